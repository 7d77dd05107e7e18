import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The command line, worker threads and inference processes run the compiled JavaScript in
 * `dist/`: every test run compiles first (incrementally: a second run takes seconds), so no test
 * ever runs code older than the sources beside it.
 *
 * Then a private PostgreSQL cluster starts for the tests of the PostgreSQL store
 * (scripts/pg-test-server.sh), its URL in STANCE_TEST_PG for every test process; it is stopped
 * when the run ends. Without PostgreSQL installed those tests are skipped, and this says why.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    throw new Error(`the build failed, so the tests would run stale code:\n${output}`);
  }
  return startPostgres(root);
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
