import cluster from 'node:cluster';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createApp } from '../api/app.js';
import type { AppDeps } from '../api/deps.js';
import { startServer } from '../api/server.js';
import { isServerProcess, superviseServers, tellSupervisor } from '../api/server-processes.js';
import { openDatabase } from '../pipeline/db/client.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import { ACTOR_CODES, benchActors, benchTopics, buildTrendDatabase } from './trend-database.js';

/**
 * Latency of the trend and compare reads on a synthetic database (bench/trend-database.ts;
 * default 1,000,000 stance records), in-process through `app.request()` and over HTTP on
 * loopback. The HTTP throughput is measured twice: with one server process (in a worker thread,
 * so the load generator does not share its event loop) and with one server process per core, as
 * `stance serve --processes auto` runs them (the headline `http_rps`).
 */

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p97_5: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function trendPath(random: () => number): string {
  const topics = benchTopics();
  const topic = topics[Math.floor(random() * topics.length)].id;
  const picked = new Set<string>();
  while (picked.size < 3) picked.add(ACTOR_CODES[Math.floor(random() * ACTOR_CODES.length)]);
  return `/v1/trends?topic=${topic}&actors=${[...picked].join(',')}&bucket=month&from=2015-01-01&to=2024-12-31`;
}

export function comparePath(random: () => number): string {
  const topics = benchTopics();
  return `/v1/compare?topic=${topics[Math.floor(random() * topics.length)].id}`;
}

/** Timings in ms of `count` sequential requests from `request`, after a few warm-up calls. */
export async function timeRequests(count: number, path: () => string, request: (path: string) => Promise<Response>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await (await request(path())).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const url = path();
    const started = performance.now();
    const response = await request(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`benchmark request ${url} gave ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function benchDeps(handle: DbHandle): AppDeps {
  return { db: handle.db, topics: benchTopics, actors: benchActors };
}

/** Starts the API over `dbPath` in a worker thread; resolves with its URL and a stop function. */
async function serveInWorker(dbPath: string): Promise<{ url: string; stop(): Promise<void> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'bench-server', dbPath } });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { url: string }) => resolve(message.url));
    worker.once('error', reject);
  });
  return { url, stop: async () => void (await worker.terminate()) };
}

async function runServerWorker(dbPath: string): Promise<void> {
  const handle = await openDatabase(dbPath, { readonly: true, forQueries: true });
  const server = await startServer({ app: createApp(benchDeps(handle)), host: '127.0.0.1', port: 0 });
  parentPort!.postMessage({ url: server.url });
}

/** Starts the API over `dbPath` in `processes` server processes on one port, supervised as `stance serve --processes N` does it. */
async function serveInProcesses(dbPath: string, processes: number): Promise<{ url: string; stop(): Promise<void> }> {
  cluster.setupPrimary({ exec: fileURLToPath(import.meta.url), args: [dbPath] });
  const supervisor = superviseServers({
    processes,
    onAnalyse: () => undefined,
    log: (line) => process.stderr.write(`${line}\n`),
    onGiveUp: (reason) => process.stderr.write(`benchmark server: ${reason}\n`),
  });
  try {
    return { url: await supervisor.listening, stop: supervisor.stop };
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
}

async function runServerProcess(dbPath: string): Promise<void> {
  const handle = await openDatabase(dbPath, { readonly: true, forQueries: true });
  const server = await startServer({ app: createApp(benchDeps(handle)), host: '127.0.0.1', port: 0 });
  tellSupervisor({ type: 'listening', url: server.url });
}

/** Requests/s and latency with 10 connections for `seconds`, after a second of the same load to warm each server process up. */
async function underLoad(url: string, seconds: number): Promise<AutocannonResult> {
  await autocannon({ url, connections: 10, duration: 1 });
  return autocannon({ url, connections: 10, duration: seconds });
}

export interface TrendBenchResult {
  records: number;
  build_s: number;
  trend_p50_ms: number;
  trend_p95_ms: number;
  compare_p50_ms: number;
  compare_p95_ms: number;
  http_trend_p50_ms: number;
  http_trend_p95_ms: number;
  http_compare_p95_ms: number;
  /** Requests/s with 10 connections, served by `http_processes` processes (one per core). */
  http_rps: number;
  http_latency_p50_ms: number;
  http_latency_p97_5_ms: number;
  http_processes: number;
  /** The same load served by one process. */
  http_rps_1proc: number;
  http_latency_p50_ms_1proc: number;
}

/**
 * The trend database at `file`: built there when absent (and kept), reused when it holds exactly
 * `records` records. Seconds spent building, 0 for a database reused.
 */
function keptTrendDatabase(file: string, records: number): number {
  if (existsSync(file)) {
    const sqlite = new Database(file, { readonly: true });
    try {
      const held = sqlite.prepare('select count(*) from stances').pluck().get() as number;
      if (held !== records) throw new Error(`${file} holds ${held} stance records, not ${records}: pass --records ${held}, or another file to build`);
    } finally {
      sqlite.close();
    }
    return 0;
  }
  const built = performance.now();
  buildTrendDatabase(file, records);
  return (performance.now() - built) / 1000;
}

/** `database`: a file to keep the built database in and to reuse on later runs (see `keptTrendDatabase`); else a scratch one. */
export async function benchTrends(options: { records?: number; httpSeconds?: number; database?: string } = {}): Promise<TrendBenchResult> {
  const records = options.records ?? 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'stance-trend-bench-'));
  const dbPath = options.database ?? join(dir, 'bench.db');
  try {
    let buildSeconds: number;
    if (options.database) buildSeconds = keptTrendDatabase(options.database, records);
    else {
      const built = performance.now();
      buildTrendDatabase(dbPath, records);
      buildSeconds = (performance.now() - built) / 1000;
    }
    // A fresh connection, as `stance serve` would open it.
    const handle = await openDatabase(dbPath, { readonly: true, forQueries: true });
    const app = createApp(benchDeps(handle));
    const random = seeded(11);
    const inProcess = (path: string) => Promise.resolve(app.request(path));
    const trend = await timeRequests(200, () => trendPath(random), inProcess);
    const compare = await timeRequests(20, () => comparePath(random), inProcess);
    await handle.close();

    const seconds = options.httpSeconds ?? 10;
    const loadPath = trendPath(random);
    const server = await serveInWorker(dbPath);
    let httpTrend: number[];
    let httpCompare: number[];
    let single: AutocannonResult;
    try {
      const overHttp = (path: string) => fetch(`${server.url}${path}`);
      httpTrend = await timeRequests(200, () => trendPath(random), overHttp);
      httpCompare = await timeRequests(20, () => comparePath(random), overHttp);
      single = await underLoad(`${server.url}${loadPath}`, seconds);
    } finally {
      await server.stop();
    }
    const processes = availableParallelism();
    const servers = await serveInProcesses(dbPath, processes);
    try {
      const load = await underLoad(`${servers.url}${loadPath}`, seconds);
      return {
        records,
        build_s: round(buildSeconds),
        trend_p50_ms: round(percentile(trend, 50)),
        trend_p95_ms: round(percentile(trend, 95)),
        compare_p50_ms: round(percentile(compare, 50)),
        compare_p95_ms: round(percentile(compare, 95)),
        http_trend_p50_ms: round(percentile(httpTrend, 50)),
        http_trend_p95_ms: round(percentile(httpTrend, 95)),
        http_compare_p95_ms: round(percentile(httpCompare, 95)),
        http_rps: round(load.requests.average),
        http_latency_p50_ms: load.latency.p50,
        http_latency_p97_5_ms: load.latency.p97_5,
        http_processes: processes,
        http_rps_1proc: round(single.requests.average),
        http_latency_p50_ms_1proc: single.latency.p50,
      };
    } finally {
      await servers.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The size the `_10m` keys name; they are given only for a database of exactly that size. */
export const TEN_MILLION = 10_000_000;

/**
 * The figures as `npm run bench` reports them. Every key without a size in its name was measured
 * at `trend_records` records (`records` is its older name). The `_10m` keys are copies of the
 * same measurements and appear only when the database held exactly ten million records: a figure
 * measured at another size never carries the name of this one.
 */
export function trendFigures(result: TrendBenchResult): Record<string, number> {
  const figures: Record<string, number> = { ...result, trend_records: result.records };
  if (result.records === TEN_MILLION) {
    figures.trend_p95_ms_10m = result.trend_p95_ms;
    figures.compare_p95_ms_10m = result.compare_p95_ms;
    figures.http_rps_10m = result.http_rps;
  }
  return figures;
}

if (isServerProcess()) {
  await runServerProcess(process.argv[2]);
} else if (!isMainThread && (workerData as { role?: string } | null)?.role === 'bench-server') {
  await runServerWorker((workerData as { dbPath: string }).dbPath);
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const records = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await benchTrends({ records }), null, 2));
}
