import { spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticles } from '../../pipeline/db/articles.repo.js';
import { openSqlite } from '../../pipeline/db/client.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { CLI, stance, tempDir } from '../cli-helpers.js';

/*
 * The command line as a careless user or a hostile input reaches it: output piped into a reader
 * that leaves early, ids that carry terminal escape sequences, a damaged database file, and a
 * server whose npm parent is killed.
 */

const { dir, cleanup } = tempDir();
const healthy = join(dir, 'healthy.db');
const ESC = '\u001b';

/** Articles with ids written by a hostile input: an escape sequence that would turn a terminal red, a bell, a NUL. */
function seed(file: string, count: number): void {
  const handle = openSqlite(file);
  const texts = Array.from(
    { length: count },
    (_, i) => `Russia opposes NATO expansion, the Kremlin said in statement ${i}. ${'Moscow warned again. '.repeat(20)}`,
  );
  storeArticles(
    handle.db,
    texts.map((text, i) => ({
      id: i === 0 ? `r${ESC}[31m\u0007\u0000` : `a${i}`,
      idGiven: true,
      contentHash: contentHash(text),
      text,
      lang: 'en',
      publishedAt: '2022-01-01',
    })),
  );
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.sqlite.pragma('journal_mode = DELETE');
  handle.close();
}

beforeAll(() => seed(healthy, 300));
afterAll(cleanup);

describe('output for people', () => {
  it('shows control characters in ids escaped, never as raw bytes for the terminal', async () => {
    const result = await stance(['articles', '--db', healthy]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(result.stdout).toContain('r\\u001b[31m\\u0007\\u0000');
  });
});

describe('a reader that leaves early (`stance … | head -1`)', () => {
  it('ends the command quietly with exit code 0, without an EPIPE stack trace', async () => {
    // `articles --json` writes every article's text: far more than a pipe holds.
    const child = spawn(process.execPath, [CLI, 'articles', '--db', healthy, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (exit) => resolve(exit)));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('stance doctor', () => {
  it('says a healthy file checks out, with its queue, and exits 0', async () => {
    const result = await stance(['doctor', '--db', healthy, '--json']);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as Array<{ check: string; level: string; message: string }>;
    expect(findings.filter((f) => f.level === 'problem')).toEqual([]);
    expect(findings.map((f) => f.check)).toEqual(expect.arrayContaining(['integrity', 'schema', 'queue']));
    expect(findings.find((f) => f.check === 'queue')?.message).toContain('300 queued');
  });

  it('names the damage of a file with overwritten pages and what to do, and exits 1', async () => {
    const damaged = join(dir, 'damaged.db');
    seed(damaged, 300);
    const fd = openSync(damaged, 'r+');
    for (let page = 2; page < 60; page++) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page * 4096);
    closeSync(fd);
    const result = await stance(['doctor', '--db', damaged]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^problem +(integrity|read) .*damaged|malformed/m);
    expect(result.stdout).toContain('ingest the archive again into a new file');
    expect(result.stderr).not.toContain('    at ');
  });

  it('says a file that does not exist is not there, instead of creating it', async () => {
    const result = await stance(['doctor', '--db', join(dir, 'missing.db')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no database at');
  });
});

describe('`stance serve` started through npm or npx', () => {
  it('stops when that npm process is killed, even with SIGKILL, which npm cannot pass on', async () => {
    // A stand-in for npx: its process title is what npm sets ("npm exec …"), its environment what
    // npm passes down, and it starts the command through a shell as npx does.
    const file = join(dir, 'served.db');
    const npm = `
      process.title = 'npm exec stance serve --db ${file.replaceAll('\\', '/')} --port 0';
      const { spawn } = require('node:child_process');
      const child = spawn('sh', ['-c', '"$0" "$1" serve --db "$2" --port 0 --scorer lexicon; :', process.execPath, ${JSON.stringify(CLI)}, ${JSON.stringify(file)}],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_command: 'exec' } });
      setInterval(() => undefined, 1000);`;
    // In a process group of its own, so that nothing it started outlives the test when the test fails.
    const parent = spawn(process.execPath, ['-e', npm], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let said = '';
        parent.stderr.on('data', (chunk) => {
          said += chunk;
          const found = /stance API on (http:\/\/\S+) /.exec(said);
          if (found) resolve(found[1]);
        });
        parent.on('exit', () => reject(new Error(`the stand-in for npm ended: ${said}`)));
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      parent.kill('SIGKILL');
      // The server notices within its watch interval and closes its port; the test's own time limit bounds the wait.
      for (;;) {
        const up = await fetch(`${url}/health`).then(
          () => true,
          () => false,
        );
        if (!up) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      try {
        process.kill(-parent.pid!, 'SIGKILL');
      } catch {
        // The group is gone: everything in it has ended.
      }
    }
  }, 30_000);
});
