import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { StanceError } from '../../core/errors.js';
import { projectRoot } from '../../core/project.js';
import { databaseFault } from './faults.js';
import type { DbHandle, SqliteDb, SqliteHandle } from './handle.js';
import { isDatabaseUrl, openPostgres } from './postgres.js';
import { refreshRollupSqlite } from './rollup-refresh.js';
import * as schema from './schema.js';
import { fillMissingClusters } from './stances.repo.js';
import { writeTransaction } from './transaction.js';

/** drizzle-kit's SQL migrations, one folder per store. */
export const MIGRATIONS_DIR = join(projectRoot(), 'migrations');
export const PG_MIGRATIONS_DIR = join(projectRoot(), 'migrations-pg');

/**
 * Data steps SQL migrations cannot express, each run once: right after the migration count
 * first reaches its number.
 */
const DATA_STEPS: Array<[migrations: number, step: (db: SqliteDb) => unknown]> = [[5, fillMissingClusters]];

function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
  return table ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n : 0;
}

export interface OpenOptions {
  /** Skip migrations: the caller only reads. */
  readonly?: boolean;
  /**
   * A long-lived reader answering trend queries (`stance serve`): a 64 MB page cache and
   * memory-mapped reads keep wide index ranges in RAM. Batch runs leave it off, so their memory
   * stays small and flat however large the database grows.
   */
  forQueries?: boolean;
}

/**
 * Opens the database `target` names and brings its schema up to date: a `postgres://` URL is a
 * PostgreSQL database (never a file of that name), anything else a SQLite file, created if needed.
 */
export async function openDatabase(target: string, options: OpenOptions = {}): Promise<DbHandle> {
  if (isDatabaseUrl(target)) return openPostgres(target, PG_MIGRATIONS_DIR, options);
  return openSqlite(target, options);
}

/** Opens (creating if needed) the SQLite file at `path`. WAL lets the API read while an analysis run writes. */
export function openSqlite(path: string, options: OpenOptions = {}): SqliteHandle {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (error) {
    throw new StanceError('bad_config', `cannot open the database ${file}: ${(error as Error).message}`, undefined, { cause: error });
  }
  try {
    return prepare(sqlite, file, options);
  } catch (error) {
    // A damaged or read-only file fails here, at its first read or write: say which and what to do.
    sqlite.close();
    throw databaseFault(error, file) ?? error;
  }
}

/** Migrations this version knows (drizzle-kit's journal), read once. */
let knownMigrations: number | undefined;

function migrationCount(): number {
  knownMigrations ??= (JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
  return knownMigrations;
}

function isReadOnly(error: unknown): boolean {
  return String((error as { code?: unknown }).code).startsWith('SQLITE_READONLY');
}

function prepare(sqlite: Database.Database, file: string, options: OpenOptions): SqliteHandle {
  sqlite.pragma('busy_timeout = 10000');
  try {
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    // A read-only file still serves reads; its writes fail with a message that says so.
    if (!isReadOnly(error)) throw error;
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  if (options.forQueries) {
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('mmap_size = 268435456');
  } else {
    sqlite.pragma('cache_size = -8192');
  }
  const db = drizzle(sqlite, { schema });
  // Up to date: nothing to write (and a read-only file opens).
  if (!options.readonly && appliedMigrations(sqlite) !== migrationCount()) {
    const before = appliedMigrations(sqlite);
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    for (const [count, step] of DATA_STEPS) if (before < count && appliedMigrations(sqlite) >= count) step(db);
  }
  // Records the rollup has not caught up with (the migration that adds it, a writer that stopped
  // half-way): brought up to date before any read relies on it.
  if (!options.readonly) writeTransaction(db, () => refreshRollupSqlite(db));
  return { kind: 'sqlite', db, sqlite, path: file, close: async () => void sqlite.close() };
}
