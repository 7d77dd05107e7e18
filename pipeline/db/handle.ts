import type Database from 'better-sqlite3';
import { is, type SQL, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDatabase } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import * as sqliteSchema from './schema.js';
import * as pgSchema from './schema.pg.js';

/** Drizzle over one SQLite file: the zero-setup default. */
export type SqliteDb = BetterSQLite3Database<typeof sqliteSchema>;
/** Drizzle over a PostgreSQL pool: one database shared by workers on many machines. */
export type PgDb = NodePgDatabase<typeof pgSchema> & { $client: pg.Pool };

/** The database as every repository sees it, on either store. */
export type Db = SqliteDb | PgDb;

/** An open database: the Drizzle handle, where it is, and how to close it. */
export type DbHandle = SqliteHandle | PgHandle;
export type SqliteHandle = { kind: 'sqlite'; db: SqliteDb; sqlite: Database.Database; path: string; close(): Promise<void> };
/** `path` is the URL without its password. */
export type PgHandle = { kind: 'postgres'; db: PgDb; pool: pg.Pool; path: string; close(): Promise<void> };

export function isPostgres(db: Db): db is PgDb {
  return is(db, PgDatabase);
}

/**
 * The query builder both stores share, under SQLite's types. Drizzle's builders have one shape
 * on both dialects (select/insert/update/delete, where, orderBy, limit, returning, onConflict…),
 * and the two schemas have the same row types (`schema-check.ts`), so a query written once over
 * `tables(db)` returns the same rows from either store when awaited. Only what the SQL dialects
 * really do differently (claims, bulk writes, clocks) branches on `isPostgres`.
 */
export function query(db: Db): SqliteDb {
  return db as unknown as SqliteDb;
}

/** The tables of `db`'s store, typed as the SQLite ones (see `query`). */
export function tables(db: Db): typeof sqliteSchema {
  return (isPostgres(db) ? pgSchema : sqliteSchema) as unknown as typeof sqliteSchema;
}

/**
 * The better-sqlite3 connection under a Drizzle handle (the driver keeps it as `$client`; the
 * shared type leaves it out), for hot loops where Drizzle's per-statement mapping costs more than SQLite.
 */
export function sqliteClient(db: SqliteDb): Database.Database {
  return (db as SqliteDb & { $client: Database.Database }).$client;
}

/** Rows a write changed, whichever driver reported it. */
export function changed(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

/** The store's clock as stored timestamps read (ISO 8601, UTC, milliseconds), so they compare as text. */
export function nowSql(db: Db): SQL<string> {
  return isPostgres(db)
    ? sql<string>`to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
}

/** Rows of a raw statement (what no query builder expresses), on either store. */
export async function rawRows<T extends Record<string, unknown>>(db: Db, statement: SQL): Promise<T[]> {
  if (isPostgres(db)) return (await db.execute<T>(statement)).rows as T[];
  return db.all<T>(statement);
}
