import type Database from 'better-sqlite3';
import { type SqliteDb, sqliteClient } from './handle.js';

/*
 * Statements of the hot read paths on SQLite, prepared once per connection and read as arrays.
 * A trend request runs about ten small statements: through Drizzle each one is built, prepared
 * and mapped to objects again on every request, which costs more than SQLite's work on them.
 */

/** Statements per connection, by their text (an `in (?, …)` list gives one text per length, a few dozen at most). */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** `text` prepared on `db`'s connection the first time and kept, in raw mode: each row is an array of its columns in order. */
export function preparedRaw(db: SqliteDb, text: string): Database.Statement<unknown[], unknown[]> {
  const client = sqliteClient(db);
  let byText = statements.get(client);
  if (!byText) statements.set(client, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) byText.set(text, (statement = client.prepare(text).raw(true)));
  return statement as Database.Statement<unknown[], unknown[]>;
}

/** `?, ?, ?` for a list of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
