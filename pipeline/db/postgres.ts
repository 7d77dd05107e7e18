import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { StanceError } from '../../core/errors.js';
import type { DbHandle, PgDb } from './handle.js';
import { refreshRollup } from './rollup-refresh.js';
import * as schema from './schema.pg.js';

/*
 * The PostgreSQL store: one pool per process, migrations applied on open under an advisory lock,
 * and connection failures said as what to fix.
 */

/** `postgres://…` or `postgresql://…`: a PostgreSQL database; anything else is a SQLite file path. */
export function isDatabaseUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The URL without its password, for messages. */
export function redactUrl(target: string): string {
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return target.replace(/:[^:@/]*@/, ':***@');
  }
}

// Any number between processes agreeing on it; this one spells "stance" in ASCII.
const MIGRATION_LOCK = 0x7374616e6365;

/** Connection settings to a running PostgreSQL, read from the URL. */
function poolOptions(url: string): pg.PoolConfig {
  return { connectionString: url, max: 4, connectionTimeoutMillis: 10_000, application_name: 'stance' };
}

/** Opens one pool on `url`, checks the connection, and brings the schema up to date. */
export async function openPostgres(url: string, migrationsFolder: string, options: { readonly?: boolean } = {}): Promise<DbHandle> {
  const pool = new pg.Pool(poolOptions(url));
  // An idle client that loses its server (a restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const shown = redactUrl(url);
  try {
    const client = await pool.connect();
    try {
      if (!options.readonly) {
        // Several workers opening a fresh database at once: one migrates, the others wait and find it done.
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        try {
          await migrate(drizzle({ client, schema }), { migrationsFolder, migrationsSchema: 'public' });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        }
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw (
      postgresFault(error, url) ?? new StanceError('unavailable', `cannot open the database ${shown}: ${(error as Error).message}`, undefined, { cause: error })
    );
  }
  const db = drizzle({ client: pool, schema }) as PgDb;
  // Records the rollup has not caught up with (the migration that adds it): brought up to date before any read relies on it.
  if (!options.readonly) await refreshRollup(db);
  return { kind: 'postgres', db, pool, path: shown, close: () => pool.end() };
}

/** Whether this process can see the database (a cheap probe for `/health`). */
export async function pingPostgres(db: PgDb): Promise<void> {
  await db.execute(sql`select 1`);
}

interface PgFailure {
  code: string;
  message: string;
}

function pgFailure(error: unknown): PgFailure | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return { code, message: e.message };
    // A refused connection to every address comes as an AggregateError of the tries.
    if (e instanceof AggregateError && e.errors.length > 0) return pgFailure(e.errors[0]);
  }
  return undefined;
}

/** A PostgreSQL failure as a `StanceError` that says what to fix, or undefined when `error` is not one. */
export function postgresFault(error: unknown, url: string): StanceError | undefined {
  if (error instanceof StanceError) return undefined;
  const failure = pgFailure(error);
  if (!failure) return undefined;
  const { code, message } = failure;
  const shown = redactUrl(url);
  let where = { host: 'localhost', port: '5432', user: '', database: '' };
  try {
    const u = new URL(url);
    // A unix socket folder comes as ?host=/path, the host part left empty.
    where = {
      host: u.searchParams.get('host') || u.hostname || 'localhost',
      port: u.port || '5432',
      user: decodeURIComponent(u.username),
      database: decodeURIComponent(u.pathname.slice(1)),
    };
  } catch {
    // An unparsable URL fails in pg first, with its own message.
  }
  const unavailable = (text: string) => new StanceError('unavailable', text, { database: shown, postgres: code }, { cause: error });
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOENT'].includes(code) || /timeout/i.test(message)) {
    return unavailable(
      `cannot reach PostgreSQL at ${where.host}:${where.port} (${code}): check that the server runs and listens there (listen_addresses, port, firewall), or fix the host and port in --db / STANCE_DB (${shown}).`,
    );
  }
  if (code === '28P01' || code === '28000') {
    return unavailable(
      `PostgreSQL refused the login of user "${where.user}" on ${where.host}:${where.port} (${code}: ${message}): put the right user and password in the URL (postgres://user:password@host:port/db) or allow the client in pg_hba.conf.`,
    );
  }
  if (code === '3D000') {
    return unavailable(
      `the database "${where.database}" does not exist on ${where.host}:${where.port}: create it with \`createdb -h ${where.host} -p ${where.port}${where.user ? ` -U ${where.user}` : ''} ${where.database}\`, then run the command again.`,
    );
  }
  if (code === '42501')
    return unavailable(`PostgreSQL denied a permission on ${shown} (${message}): grant the user the rights to create tables in the database.`);
  if (code === '53300') return unavailable(`PostgreSQL has no free connection on ${shown} (${message}): raise max_connections or run fewer workers.`);
  if (code.startsWith('08') || code === 'ECONNRESET' || code === '57P01') {
    return unavailable(`the connection to PostgreSQL at ${shown} broke (${message}): check the server, then run the command again; queued work is kept.`);
  }
  return undefined;
}
