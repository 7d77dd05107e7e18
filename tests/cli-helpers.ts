import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The built CLI, run as a user runs it (`npm test` builds before testing). */
export const CLI = fileURLToPath(new URL('../bin/stance.js', import.meta.url));
/** Files the tests read; see tests/fixtures/README.md. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Root reads and writes any file, so a test of file permissions runs the command as nobody
 * (uid 65534) when the suite runs as root. That needs a checkout nobody can read; in a private
 * folder (`mktemp -d` makes them 0700) such a test cannot run and is skipped, saying why.
 */
export const UNPRIVILEGED: { options: { uid?: number; gid?: number }; skip: string | undefined } = (() => {
  if (process.getuid?.() !== 0) return { options: {}, skip: undefined };
  const options = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(CLI)})`], options);
  return probe.status === 0
    ? { options, skip: undefined }
    : { options, skip: `running as root in a checkout that uid 65534 cannot read (${projectRoot}): permission tests need one it can` };
})();

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function stance(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function spawnStance(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stance-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Polls `condition` until it holds. Not a speed limit: `within` only stops a test that would
 * otherwise hang, and the error says what never happened.
 */
export async function waitFor<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, within = 120_000): Promise<T> {
  const deadline = Date.now() + within;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${within / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
