import { sql } from 'drizzle-orm';
import type { SqliteDb } from './handle.js';

type Transaction = Parameters<Parameters<SqliteDb['transaction']>[0]>[0];

/**
 * Runs `body` in a transaction that takes the write lock when it begins (BEGIN IMMEDIATE). Every
 * transaction that writes goes through here. A deferred transaction reads first and asks for the
 * lock at its first write; when another process wrote in between, SQLite cannot upgrade its
 * snapshot and fails at once with SQLITE_BUSY, without waiting for `busy_timeout`. Taking the
 * lock first makes a second writer wait its turn instead.
 */
export function writeTransaction<T>(db: SqliteDb, body: (tx: Transaction) => T): T {
  return db.transaction(body, { behavior: 'immediate' });
}

/**
 * An async body in one SQLite transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on a throw), for
 * code shared with PostgreSQL that awaits its queries. Only for bodies that await nothing but
 * this connection's queries: better-sqlite3 runs them at once, so nothing else interleaves.
 */
export async function sqliteTransaction<T>(db: SqliteDb, body: () => Promise<T>): Promise<T> {
  db.run(sql`begin immediate`);
  try {
    const result = await body();
    db.run(sql`commit`);
    return result;
  } catch (error) {
    db.run(sql`rollback`);
    throw error;
  }
}
