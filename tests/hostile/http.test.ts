import { spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { registerArticleRoutes } from '../../api/routes/articles.route.js';
import { registerJobRoutes } from '../../api/routes/jobs.route.js';
import { type RunningServer, startServer } from '../../api/server.js';
import { listActors } from '../../pipeline/data/gazetteer.js';
import { storeArticles } from '../../pipeline/db/articles.repo.js';
import { openSqlite } from '../../pipeline/db/client.js';
import type { SqliteHandle } from '../../pipeline/db/handle.js';
import { allTopics } from '../../pipeline/db/topics.repo.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { CLI, tempDir, UNPRIVILEGED } from '../cli-helpers.js';

/*
 * The API on a real server on loopback, as a hostile page or a careless client reaches it.
 */

const { dir, cleanup } = tempDir();

interface Served {
  handle: SqliteHandle;
  server: RunningServer;
  port: number;
}

async function serve(file: string, options: { bodyLimitBytes?: number; hostCheck?: boolean } = {}): Promise<Served> {
  const handle = openSqlite(file, { forQueries: true });
  const deps = { db: handle.db, dbFile: handle.path, topics: () => allTopics(handle.db), actors: () => listActors() };
  const app = createApp({
    ...deps,
    bodyLimitBytes: options.bodyLimitBytes,
    hostCheck: options.hostCheck === false ? undefined : { allowedHosts: ['stance.internal'] },
    extraRoutes: (a) => {
      registerArticleRoutes(a, deps);
      registerJobRoutes(a, deps);
    },
  });
  const server = await startServer({ app, host: '127.0.0.1', port: 0 });
  return { handle, server, port: Number(new URL(server.url).port) };
}

const article = { id: 'x1', text: 'Russia opposes NATO expansion, the Kremlin said on Monday.' };

function post(port: number, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${port}/v1/articles`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Raw HTTP over one socket: fetch cannot send a false Host header or reuse a connection on purpose. */
function raw(port: number, requests: Array<string | Buffer>, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
    (async () => {
      for (const part of requests) if (!socket.write(part)) await new Promise((r) => socket.once('drain', r));
      setTimeout(() => socket.end(), waitMs);
    })();
  });
}

const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

describe('a page of another site (DNS rebinding)', () => {
  let served: Served;
  beforeAll(async () => (served = await serve(join(dir, 'hosts.db'))));
  afterAll(async () => {
    await served.server.close();
    served.handle.close();
  });

  it('is refused when the Host header names another server, for reads and writes, with no token set', async () => {
    const body = JSON.stringify(article);
    const evilWrite = `POST /v1/articles HTTP/1.1\r\nHost: evil.example:${served.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const evilRead = `GET /v1/topics HTTP/1.1\r\nHost: evil.example:${served.port}\r\n\r\n`;
    const wrongPort = `GET /v1/topics HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n`;
    expect(statuses(await raw(served.port, [evilWrite, evilRead, wrongPort]))).toEqual([403, 403, 403]);
    expect(served.handle.sqlite.prepare('select count(*) as n from articles').get()).toEqual({ n: 0 });
  });

  it('is refused when it posts from another origin', async () => {
    const response = await post(served.port, article, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('leaves requests that name this server alone: localhost, its IP, an allowed name, its own pages', async () => {
    const named = (host: string) => `GET /health HTTP/1.1\r\nHost: ${host}\r\n\r\n`;
    const answers = await raw(served.port, [named(`localhost:${served.port}`), named(`127.0.0.1:${served.port}`), named(`stance.internal:${served.port}`)]);
    expect(statuses(answers)).toEqual([200, 200, 200]);
    expect((await post(served.port, article, { origin: `http://127.0.0.1:${served.port}` })).status).toBe(200);
  });
});

describe('an oversized chunked request', () => {
  let served: Served;
  beforeAll(async () => (served = await serve(join(dir, 'limit.db'), { bodyLimitBytes: 64 * 1024, hostCheck: false })));
  afterAll(async () => {
    await served.server.close();
    served.handle.close();
  });

  it('gets a 413, and the next request on the same keep-alive connection is answered', async () => {
    const head = `POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const chunks = Array.from({ length: 12 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
    const next = `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    expect(statuses(await raw(served.port, [head, ...chunks, '0\r\n\r\n', next]))).toEqual([413, 200]);
  });
});

describe('a database that cannot serve', () => {
  const seed = (file: string) => {
    const handle = openSqlite(file);
    const texts = Array.from(
      { length: 400 },
      (_, i) => `Russia opposes NATO expansion, the Kremlin said in statement ${i}. ${'Moscow warned the alliance again. '.repeat(20)}`,
    );
    storeArticles(
      handle.db,
      texts.map((text, i) => ({ id: `a${i}`, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
    );
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    handle.sqlite.pragma('journal_mode = DELETE');
    handle.close();
  };

  if (UNPRIVILEGED.skip) console.warn(`skipped the read-only database test: ${UNPRIVILEGED.skip}`);
  it.skipIf(UNPRIVILEGED.skip)('answers a write to a read-only file with 503 naming the file and what to do; reads still work', async () => {
    const folder = join(dir, 'readonly');
    mkdirSync(folder);
    const file = join(folder, 'readonly.db');
    seed(file);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o777);
    chmodSync(file, 0o444);
    // Root writes to read-only files: the server runs as an unprivileged user when the tests run as root.
    const server = spawn(process.execPath, [CLI, 'serve', '--db', file, '--port', '0', '--scorer', 'lexicon'], {
      ...UNPRIVILEGED.options,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let said = '';
        server.stderr.on('data', (chunk) => {
          said += chunk;
          const found = /stance API on (http:\/\/\S+) /.exec(said);
          if (found) resolve(found[1]);
        });
        server.on('exit', () => reject(new Error(`the server ended: ${said}`)));
      });
      const response = await fetch(`${url}/v1/articles`, { method: 'POST', body: JSON.stringify(article), headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain(`the database ${file} is read-only`);
      expect((await fetch(`${url}/v1/articles/a1`)).status).toBe(200);
    } finally {
      server.kill();
    }
  });

  it('answers with 503 naming the file, never 500, when its pages are damaged', async () => {
    const file = join(dir, 'damaged.db');
    seed(file);
    const served = await serve(file, { hostCheck: false });
    // Every page but the first (the schema, already read) overwritten while the server runs.
    const fd = openSync(file, 'r+');
    for (let page = 1; page < 120; page++) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page * 4096);
    closeSync(fd);
    try {
      const answers = [];
      for (const path of ['/v1/jobs', '/v1/articles/a399', '/v1/topics']) {
        const response = await fetch(`http://127.0.0.1:${served.port}${path}`);
        answers.push([
          path,
          response.status,
          ((await response.json()) as { error?: { message: string } }).error?.message.includes(`the database ${file} is damaged`),
        ]);
      }
      const write = await post(served.port, { id: 'new', text: 'China opposes AUKUS, Beijing said.' });
      answers.push(['POST /v1/articles', write.status, (await write.text()).includes('stance doctor')]);
      expect(answers).toEqual([
        ['/v1/jobs', 503, true],
        ['/v1/articles/a399', 503, true],
        ['/v1/topics', 503, true],
        ['POST /v1/articles', 503, true],
      ]);
    } finally {
      await served.server.close();
      served.handle.close();
    }
  });
});

describe('dates outside 1800-01-01 to 2100-12-31 in a query', () => {
  it('are refused with 400 and the range, before any bucket is counted (from=0000-01-01 went past the bucket cap)', async () => {
    const handle = openSqlite(join(dir, 'dates.db'), { forQueries: true });
    const app = createApp({ db: handle.db, topics: () => allTopics(handle.db), actors: () => listActors() });
    try {
      const answers = [];
      for (const query of ['from=0000-01-01&bucket=day', 'from=0050-01-01&to=0060-01-01', 'to=9999-12-31&bucket=year', 'from=1800-01-01&to=1800-12-31']) {
        const response = await app.request(`/v1/trends?topic=nato-expansion&actors=RU&${query}`);
        const body = (await response.json()) as { error?: { message: string } };
        answers.push([query, response.status, body.error?.message.includes('expected a date from 1800-01-01 to 2100-12-31') ?? false]);
      }
      expect(answers).toEqual([
        ['from=0000-01-01&bucket=day', 400, true],
        ['from=0050-01-01&to=0060-01-01', 400, true],
        ['to=9999-12-31&bucket=year', 400, true],
        ['from=1800-01-01&to=1800-12-31', 200, false],
      ]);
    } finally {
      handle.close();
    }
  });
});

afterAll(cleanup);
