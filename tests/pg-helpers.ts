import pg from 'pg';
import { describe } from 'vitest';

/*
 * The PostgreSQL server the tests use: a private cluster started by the global setup
 * (scripts/pg-test-server.sh). Each test file makes its own databases in it.
 */

/** The server's URL, or undefined when PostgreSQL is not installed (the tests say so and skip). */
export const PG_URL = process.env.STANCE_TEST_PG;
export const PG_SKIP = PG_URL ? undefined : (process.env.STANCE_TEST_PG_SKIP ?? 'no PostgreSQL server for the tests (STANCE_TEST_PG is not set)');
/** A database the global setup migrated once, as a command's first open does; undefined when it made none. */
const TEMPLATE = process.env.STANCE_TEST_PG_TEMPLATE;

/** `describe` that runs only with a PostgreSQL server, and names why it was skipped otherwise. */
export const describePg = (name: string, body: () => void) => (PG_URL ? describe(name, body) : describe.skip(`${name} (skipped: ${PG_SKIP})`, body));

let made = 0;

async function createDatabase(prefix: string, template: string | undefined): Promise<string> {
  const name = `${prefix}_${process.pid}_${made++}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await client.end();
  }
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database on the test server with the schema up to date and no rows, as a first open
 * leaves it: a copy of the template the global setup migrated once (an empty database the first
 * open migrates, when there is no template). Returns its URL.
 */
export function freshPgDatabase(prefix = 't'): Promise<string> {
  return createDatabase(prefix, TEMPLATE);
}

/** A new database without any table, for what the first open of a database does (migrations, several processes at once). */
export function emptyPgDatabase(prefix = 't'): Promise<string> {
  return createDatabase(prefix, undefined);
}
