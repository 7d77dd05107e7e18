import type { Db } from './handle.js';

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `body` in a transaction that takes the write lock when it begins (BEGIN IMMEDIATE). Every
 * transaction that writes goes through here. A deferred transaction reads first and asks for the
 * lock at its first write; when another process wrote in between, SQLite cannot upgrade its
 * snapshot and fails at once with SQLITE_BUSY, without waiting for `busy_timeout`. Taking the
 * lock first makes a second writer wait its turn instead.
 */
export function writeTransaction<T>(db: Db, body: (tx: Transaction) => T): T {
  return db.transaction(body, { behavior: 'immediate' });
}
