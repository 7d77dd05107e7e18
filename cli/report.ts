import { writeFileSync } from 'node:fs';
import { createApp } from '../api/app.js';
import type { TrendResult } from '../api/schemas.js';
import { StanceError } from '../core/errors.js';
import { listActors } from '../pipeline/data/gazetteer.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import { allTopics } from '../pipeline/db/topics.repo.js';

/**
 * `stance trends` and `stance compare` ask the same in-process app the HTTP API serves, so the
 * command line and the API can never disagree on validation or numbers.
 */
async function ask(handle: DbHandle, path: string, params: Record<string, string | undefined>): Promise<Response> {
  const app = createApp({ db: handle.db, topics: () => allTopics(handle.db), actors: () => listActors() });
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const response = await app.request(`${path}?${query}`);
  if (!response.ok) {
    const body = (await response.json()) as { error: { code: string; message: string } };
    throw new StanceError(body.error.code === 'not_found' ? 'not_found' : 'bad_usage', body.error.message);
  }
  return response;
}

export interface TrendFlags {
  topic: string;
  actors: string;
  bucket?: string;
  from?: string;
  to?: string;
  smooth?: string;
  minConfidence?: string;
  source?: string;
  lang?: string;
  scorer?: string;
}

function trendParams(flags: TrendFlags, format: string) {
  return {
    topic: flags.topic,
    actors: flags.actors,
    bucket: flags.bucket,
    from: flags.from,
    to: flags.to,
    smooth: flags.smooth,
    min_confidence: flags.minConfidence,
    source: flags.source,
    lang: flags.lang,
    scorer: flags.scorer,
    format,
  };
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per bucket: low bars oppose, high bars support, a dot where there is no data. */
export function sparkline(means: Array<number | null>): string {
  return means.map((m) => (m === null ? '·' : BARS[Math.min(7, Math.max(0, Math.round(((m + 1) / 2) * 7)))])).join('');
}

const num = (x: number | null, digits = 2) => (x === null ? '' : (x > 0 ? '+' : '') + x.toFixed(digits));

export async function trendsCommand(
  handle: DbHandle,
  flags: TrendFlags & { json?: boolean; csv?: boolean; chart?: string },
  print: (line: string) => void,
): Promise<void> {
  if (flags.chart) {
    const format = flags.chart.endsWith('.json') ? 'vega' : 'svg';
    const response = await ask(handle, '/v1/trends/chart', trendParams(flags, format));
    writeFileSync(flags.chart, await response.text());
    print(`wrote ${flags.chart}`);
    return;
  }
  if (flags.csv) {
    process.stdout.write(await (await ask(handle, '/v1/trends', trendParams(flags, 'csv'))).text());
    return;
  }
  const result = (await (await ask(handle, '/v1/trends', trendParams(flags, 'json'))).json()) as TrendResult;
  if (flags.json) {
    print(JSON.stringify(result));
    return;
  }
  print(`${result.topic}, ${result.bucket}ly from ${result.from} to ${result.to} (−1 opposes … +1 supports; · no data)`);
  for (const s of result.series) {
    const n = s.points.reduce((sum, p) => sum + p.n_records, 0);
    print(`  ${s.actor.padEnd(5)} ${sparkline(s.points.map((p) => p.mean))}  ${n} record(s)`);
  }
  print('');
  print(
    `${'BUCKET'.padEnd(10)} ${'ACTOR'.padEnd(5)} ${'MEAN'.padStart(6)} ${'95% CI'.padEnd(15)} ${'RECORDS'.padStart(7)} ${'ARTICLES'.padStart(8)} ${'SOURCES'.padStart(7)}`,
  );
  for (const s of result.series) {
    for (const p of s.points) {
      if (p.n_records === 0) continue;
      const ci = p.ci_low === null ? 'n/a' : `${num(p.ci_low)} … ${num(p.ci_high)}`;
      print(
        `${p.bucket_start.padEnd(10)} ${s.actor.padEnd(5)} ${num(p.mean).padStart(6)} ${ci.padEnd(15)} ${String(p.n_records).padStart(7)} ${String(p.n_articles).padStart(8)} ${String(p.n_sources).padStart(7)}`,
      );
    }
  }
}

interface CompareEntry {
  actor: string;
  mean: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n_records: number;
  n_articles: number;
}

export async function compareCommand(
  handle: DbHandle,
  flags: { topic: string; from?: string; to?: string; json?: boolean },
  print: (line: string) => void,
): Promise<void> {
  const result = (await (await ask(handle, '/v1/compare', { topic: flags.topic, from: flags.from, to: flags.to })).json()) as { actors: CompareEntry[] };
  if (flags.json) {
    print(JSON.stringify(result));
    return;
  }
  print(`${'ACTOR'.padEnd(5)} ${'MEAN'.padStart(6)} ${'95% CI'.padEnd(15)} ${'RECORDS'.padStart(7)} ${'ARTICLES'.padStart(8)}`);
  for (const a of result.actors) {
    const ci = a.ci_low === null ? 'n/a' : `${num(a.ci_low)} … ${num(a.ci_high)}`;
    print(`${a.actor.padEnd(5)} ${num(a.mean).padStart(6)} ${ci.padEnd(15)} ${String(a.n_records).padStart(7)} ${String(a.n_articles).padStart(8)}`);
  }
  if (result.actors.length === 0) print('(no stance records on this topic)');
}
