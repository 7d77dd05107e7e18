import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { tempDir } from './cli-helpers.js';
import { describePg, freshPgDatabase } from './pg-helpers.js';

/*
 * Command-line tests run once per store: with `--db` a SQLite file, and with `--db` the URL of a
 * database on the test PostgreSQL server (skipped, saying why, when there is none). The commands
 * read and write through the same repository functions on both, so one test body serves both.
 */

export type CliStoreName = 'sqlite' | 'postgres';

export interface CliStore {
  readonly name: CliStoreName;
  /**
   * The `--db` value of the database `key` of this suite: a file in a temporary folder, or a
   * database on the server, made empty on first use. The same key gives the same database.
   */
  db(key?: string): Promise<string>;
}

export function describeCliStores(name: string, body: (store: CliStore) => void): void {
  for (const storeName of ['sqlite', 'postgres'] as const) {
    const suite = storeName === 'sqlite' ? describe : describePg;
    suite(`${name} [${storeName}]`, () => {
      const tmp = storeName === 'sqlite' ? tempDir() : undefined;
      afterAll(() => tmp?.cleanup());
      const made = new Map<string, Promise<string>>();
      const db = (key = 'main') => {
        let value = made.get(key);
        if (!value) {
          value = tmp ? Promise.resolve(join(tmp.dir, `${key}.db`)) : freshPgDatabase('cli');
          made.set(key, value);
        }
        return value;
      };
      body({ name: storeName, db });
    });
  }
}
