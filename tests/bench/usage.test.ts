import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The built benchmark, as `npm run bench` runs it (the tests build before they run). */
const BENCH = fileURLToPath(new URL('../../dist/bench/bench.js', import.meta.url));

function bench(...args: string[]) {
  return spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8' });
}

describe('npm run bench with options it does not take', () => {
  it('names the wrong option and shows the usage, with no stack trace, and exits 2', () => {
    const run = bench('--sections', 'run');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bench: Unknown option '--sections'");
    expect(run.stderr).toContain('usage: npm run bench -- [--json]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown section and the sections there are', () => {
    const run = bench('--only', 'nope');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown section "nope"; sections: floor, ingest, run');
  });
});
