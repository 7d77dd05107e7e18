import pg from 'pg';
import { describe } from 'vitest';

/*
 * The PostgreSQL server the tests use: a private cluster started by the global setup
 * (scripts/pg-test-server.sh). Each test file makes its own databases in it.
 */

/** The server's URL, or undefined when PostgreSQL is not installed (the tests say so and skip). */
export const PG_URL = process.env.STANCE_TEST_PG;
export const PG_SKIP = PG_URL ? undefined : (process.env.STANCE_TEST_PG_SKIP ?? 'no PostgreSQL server for the tests (STANCE_TEST_PG is not set)');

/** `describe` that runs only with a PostgreSQL server, and names why it was skipped otherwise. */
export const describePg = (name: string, body: () => void) => (PG_URL ? describe(name, body) : describe.skip(`${name} (skipped: ${PG_SKIP})`, body));

let made = 0;

/** A new empty database on the test server; returns its URL. */
export async function freshPgDatabase(prefix = 't'): Promise<string> {
  const name = `${prefix}_${process.pid}_${made++}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
