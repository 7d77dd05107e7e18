import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.js';

/** The database as every repository sees it: Drizzle over one SQLite connection. */
export type Db = BetterSQLite3Database<typeof schema>;

/** An open database: the Drizzle handle, its connection, and how to close both. */
export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close(): void;
}
