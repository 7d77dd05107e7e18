import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnStance, stance, tempDir, waitFor } from '../cli-helpers.js';

/*
 * `stance serve --processes 2` as a user starts it: a real server on loopback whose processes
 * answer in turn, one of which is killed and comes back, and which stops whole on SIGTERM.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** GET over a connection of its own: the first process hands each new connection to the next server. */
function getFresh(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** The server processes /health names over `tries` new connections. */
async function answering(api: string, tries = 20): Promise<Set<number>> {
  const seen = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const health = await getFresh(`${api}/health`);
    expect(health.status).toBe(200);
    const { process } = JSON.parse(health.body) as { process: { number: number; of: number } };
    expect(process.of).toBe(2);
    seen.add(process.number);
  }
  return seen;
}

function children(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('stance serve --processes 2', () => {
  it('answers from both processes, analyses posted articles once, restarts a killed process and stops them all on SIGTERM', async () => {
    const server = spawnStance(['serve', '--db', join(dir, 'two.db'), '--port', '0', '--processes', '2', '--scorer', 'lexicon']);
    let log = '';
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const api = await waitFor('the server to say where it listens', () => /stance API on (http:\/\/\S+) /.exec(log)?.[1]);
      expect(log).toContain('2 server processes');
      expect(await answering(api)).toEqual(new Set([1, 2]));

      // Posted to one server process, analysed by the first process: once, by one run.
      const texts = { a1: 'Russia said it opposes the further expansion of NATO.', a2: 'Moscow again rejected any enlargement of NATO to the east.' };
      for (const [id, text] of Object.entries(texts)) {
        const posted = await fetch(`${api}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify([{ id, published_at: '2022-02-04', text }]),
        });
        expect(posted.status).toBe(200);
      }
      await waitFor('both articles to be analysed', async () => {
        const jobs = JSON.parse((await getFresh(`${api}/v1/jobs`)).body) as { queue: Record<string, number> };
        return jobs.queue.done === 2;
      });
      const trend = await getFresh(`${api}/v1/trends?topic=nato-expansion&actors=RU&bucket=year`);
      expect(trend.status).toBe(200);
      expect(JSON.stringify(JSON.parse(trend.body))).toContain('"RU"');

      // A server process that dies is replaced, and the port keeps answering from two.
      const [first, second] = children(server.pid!);
      expect(second).toBeDefined();
      process.kill(second, 'SIGKILL');
      await waitFor('another server process to take its place', () => children(server.pid!).length === 2 && !children(server.pid!).includes(second));
      // The line is written before the fork, but reaches this process through a pipe that may deliver it later.
      await waitFor('the replacement to be said', () => /server process \d \(pid \d+\) was killed by SIGKILL; starting another/.test(log));
      await waitFor('both server processes to answer again', async () => (await answering(api, 6)).size === 2);

      const before = children(server.pid!);
      expect(before).toContain(first);
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const pid of before) expect(alive(pid)).toBe(false);
      expect(log).toContain('stopping (SIGTERM)');
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('refuses a count that is not a whole number from 1 up, and an in-memory database', async () => {
    const zero = await stance(['serve', '--db', join(dir, 'zero.db'), '--port', '0', '--processes', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('expected --processes to be a whole number from 1 up or "auto", got "0"');
    const memory = await stance(['serve', '--db', ':memory:', '--port', '0', '--processes', '2']);
    expect(memory.code).toBe(2);
    expect(memory.stderr).toContain('an in-memory database lives in one process');
  });
});
