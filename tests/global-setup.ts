import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../pipeline/db/client.js';

/**
 * The command line, worker threads and inference processes run the compiled JavaScript in
 * `dist/`: every test run compiles first (incrementally: a second run takes seconds), so no test
 * ever runs code older than the sources beside it.
 *
 * Then a private PostgreSQL cluster starts for the tests of the PostgreSQL store
 * (scripts/pg-test-server.sh), its URL in STANCE_TEST_PG for every test process; it is stopped
 * when the run ends. Without PostgreSQL installed those tests are skipped, and this says why.
 * On it, one database is migrated once, by the store's own open, and named in
 * STANCE_TEST_PG_TEMPLATE: the tests copy it (`create database … template …`) rather than apply
 * every migration again for each database they make.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    throw new Error(`the build failed, so the tests would run stale code:\n${output}`);
  }
  const stopServer = startPostgres(root);
  const dropTemplate = process.env.STANCE_TEST_PG ? await migratedTemplate(process.env.STANCE_TEST_PG) : async () => undefined;
  return async () => {
    await dropTemplate();
    stopServer();
  };
}

function startPostgres(root: string): () => void {
  if (process.env.STANCE_TEST_PG) return () => undefined;
  const script = `${root}scripts/pg-test-server.sh`;
  const started = spawnSync('bash', [script, 'start'], { encoding: 'utf8' });
  if (started.status !== 0) {
    process.env.STANCE_TEST_PG_SKIP = started.stderr.trim() || `scripts/pg-test-server.sh exited ${started.status}`;
    console.log(`PostgreSQL tests skipped: ${process.env.STANCE_TEST_PG_SKIP}`);
    return () => undefined;
  }
  const [url, dir] = started.stdout.trim().split('\n');
  process.env.STANCE_TEST_PG = url;
  return () => void spawnSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
}

/** Makes the migrated template database on the server at `serverUrl`; returns how to drop it. */
async function migratedTemplate(serverUrl: string): Promise<() => Promise<void>> {
  const name = `template_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Opened as every command opens a new database: its migrations and data steps applied.
  const handle = await openDatabase(url.toString());
  await handle.close();
  process.env.STANCE_TEST_PG_TEMPLATE = name;
  return () => admin(`drop database if exists "${name}" with (force)`).catch(() => undefined);
}
