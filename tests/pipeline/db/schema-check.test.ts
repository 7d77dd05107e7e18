import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, PG_MIGRATIONS_DIR } from '../../../pipeline/db/client.js';
import * as sqlite from '../../../pipeline/db/schema.js';
import * as pg from '../../../pipeline/db/schema.pg.js';
import { tableNames } from '../../../pipeline/db/schema-check.js';

// The row types are compared by `tsc` (pipeline/db/schema-check.ts); the names and migrations are checked here.
describe('the two schemas', () => {
  it('name the same tables', () => {
    expect(tableNames(pg)).toEqual(tableNames(sqlite));
    expect(tableNames(sqlite)).toContain('stances');
  });

  it('each have drizzle-kit migrations that create every table', () => {
    for (const [dir, schema] of [
      [MIGRATIONS_DIR, sqlite],
      [PG_MIGRATIONS_DIR, pg],
    ] as const) {
      const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
      const text = journal.entries.map((e) => readFileSync(join(dir, `${e.tag}.sql`), 'utf8')).join('\n');
      for (const table of tableNames(schema)) expect(text, `${dir} creates ${table}`).toMatch(new RegExp(`CREATE TABLE [\`"]${table}[\`"]`));
      expect(existsSync(join(dir, 'meta', '_journal.json'))).toBe(true);
    }
  });
});
