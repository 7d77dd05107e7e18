import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { errorMessage } from '../../core/errors.js';
import { countByStatus } from './articles.repo.js';
import { PG_MIGRATIONS_DIR } from './client.js';
import { type Finding, migrationFinding, queueFindings } from './doctor.js';
import { type DbHandle, rawRows } from './handle.js';
import { openPostgres } from './postgres.js';

/*
 * `stance doctor` on a shared PostgreSQL database. It connects as every command does, so a server
 * it cannot reach, a refused login or a missing database is said with the same message and what
 * to fix; then it only reads: not even the migrations a writing command applies on open. The
 * server looks after its own pages, so there is no integrity check here (the amcheck extension,
 * or a pg_dump, reads every page).
 */

export async function examinePostgres(url: string): Promise<Finding[]> {
  let handle: DbHandle;
  try {
    handle = await openPostgres(url, PG_MIGRATIONS_DIR, { readonly: true });
  } catch (error) {
    return [{ check: 'connect', level: 'problem', message: errorMessage(error) }];
  }
  try {
    const [server] = await rawRows<{ version: string; database: string }>(
      handle.db,
      sql`select current_setting('server_version') as version, current_database() as database`,
    );
    const findings: Finding[] = [{ check: 'connect', level: 'ok', message: `PostgreSQL ${server.version}, database "${server.database}" (${handle.path})` }];
    const applied = await appliedMigrations(handle);
    findings.push(migrationFinding(applied, knownMigrations()));
    // Before the first command that writes there are no tables, so no queue to count.
    if (applied > 0) findings.push(...queueFindings(await countByStatus(handle.db)));
    return findings;
  } catch (error) {
    return [{ check: 'read', level: 'problem', message: `cannot read ${handle.path}: ${errorMessage(error)}` }];
  } finally {
    await handle.close();
  }
}

function knownMigrations(): number {
  return (JSON.parse(readFileSync(join(PG_MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
}

/** Migrations recorded in the database (drizzle keeps them in `public`, as `openPostgres` asks). */
async function appliedMigrations(handle: DbHandle): Promise<number> {
  const [table] = await rawRows<{ present: boolean }>(handle.db, sql`select to_regclass('public.__drizzle_migrations') is not null as present`);
  if (!table.present) return 0;
  const [row] = await rawRows<{ n: string | number }>(handle.db, sql`select count(*) as n from public.__drizzle_migrations`);
  return Number(row.n);
}
