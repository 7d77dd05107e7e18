import { StanceError } from '../../core/errors.js';
import { isDatabaseUrl, postgresFault } from './postgres.js';

/*
 * SQLite's own failures (read-only file, damaged pages, full disk, a lock held too long) as
 * errors that name the database file and say what to do. Everything that knows SQLite's error
 * codes is here, beside the queries: the API and the command line only see `StanceError`.
 */

interface SqliteFailure {
  code: string;
  message: string;
}

/** The SQLite error behind `error`, through any wrapping (Drizzle wraps a failed query with its SQL). */
function sqliteFailure(error: unknown): SqliteFailure | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return { code, message: e.message };
  }
  return undefined;
}

/** A database failure as a `StanceError` naming `file`, or undefined when `error` is not one. */
export function databaseFault(error: unknown, file: string): StanceError | undefined {
  if (error instanceof StanceError) return undefined;
  const failure = sqliteFailure(error);
  if (!failure) return undefined;
  const { code, message } = failure;
  const unavailable = (text: string) => new StanceError('unavailable', text, { database: file, sqlite: code }, { cause: error });
  if (code.startsWith('SQLITE_READONLY')) {
    return unavailable(
      `the database ${file} is read-only (${message}): reads work, writes are refused. Give this process write access to the file and to its folder (SQLite writes ${file}-wal and -shm beside it), or set STANCE_DB to a writable copy.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return unavailable(
      `the database ${file} is damaged (${message}). Run \`stance doctor --db ${file}\` for what is damaged; restore a backup, or ingest the archive again into a new file.`,
    );
  }
  if (code.startsWith('SQLITE_FULL')) {
    return unavailable(`the disk holding ${file} is full (${message}): nothing was half-written; free some space and run the command again.`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return unavailable(
      `the database ${file} stayed locked by another process for longer than the wait allowed (${message}): run the command again once the other writer is done.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return unavailable(`cannot read or write the database ${file} (${message}, ${code}): check the file, its folder and the disk.`);
  }
  return new StanceError('internal', `database error on ${file}: ${message} (${code})`, { database: file, sqlite: code }, { cause: error });
}

/** A failure of the store at `target` (a file or a postgres:// URL), as a `StanceError` that says what to do, or undefined when it is not one. */
export function storeFault(error: unknown, target: string): StanceError | undefined {
  return isDatabaseUrl(target) ? postgresFault(error, target) : databaseFault(error, target);
}
