import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase } from '../../../pipeline/db/client.js';
import type { DbHandle } from '../../../pipeline/db/handle.js';
import { tempDir } from '../../cli-helpers.js';
import { describePg, freshPgDatabase } from '../../pg-helpers.js';

/*
 * One suite, run on both stores: a fresh SQLite file, and a fresh database on the test
 * PostgreSQL server (skipped, saying why, when there is none).
 */

export type StoreName = 'sqlite' | 'postgres';

/** An open empty database of the store, opened before the suite and closed after it. */
export interface StoreContext {
  readonly store: StoreName;
  readonly handle: DbHandle;
}

export function describeStores(name: string, body: (ctx: StoreContext) => void): void {
  for (const store of ['sqlite', 'postgres'] as const) {
    const suite = store === 'sqlite' ? describe : describePg;
    suite(`${name} [${store}]`, () => {
      const ctx = { store } as { store: StoreName; handle: DbHandle };
      let cleanup: () => void = () => undefined;
      beforeAll(async () => {
        if (store === 'sqlite') {
          const tmp = tempDir();
          cleanup = tmp.cleanup;
          ctx.handle = await openDatabase(join(tmp.dir, 'store.db'));
        } else {
          ctx.handle = await openDatabase(await freshPgDatabase('store'));
        }
      });
      afterAll(async () => {
        await ctx.handle?.close();
        cleanup();
      });
      body(ctx);
    });
  }
}
