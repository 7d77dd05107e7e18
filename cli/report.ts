import { writeFileSync } from 'node:fs';
import { createApp } from '../api/app.js';
import { CompareQuerySchema, TrendQuerySchema } from '../api/params.js';
import type { CompareResult, Excluded, TrendResult } from '../api/schemas.js';
import { StanceError } from '../core/errors.js';
import { loadSourceRegistry } from '../pipeline/data/source-registry.js';
import { allActors } from '../pipeline/db/actors.repo.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import { allTopics } from '../pipeline/db/topics.repo.js';
import { queryOf } from './query-flags.js';

/**
 * `stance trends` and `stance compare` ask the same in-process app the HTTP API serves, so the
 * command line and the API can never disagree on validation or numbers.
 */
async function ask(handle: DbHandle, path: string, params: Record<string, string | undefined>, sourcesFile?: string): Promise<Response> {
  const app = createApp({
    db: handle.db,
    topics: () => allTopics(handle.db),
    actors: () => allActors(handle.db),
    sources: () => loadSourceRegistry(sourcesFile),
  });
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const response = await app.request(`${path}?${query}`);
  if (!response.ok) {
    const body = (await response.json()) as { error: { code: string; message: string } };
    throw new StanceError(body.error.code === 'not_found' ? 'not_found' : 'bad_usage', body.error.message);
  }
  return response;
}

/** What `stance trends` and `stance compare` are given: the route's query parameters as flags (see query-flags.ts), the source registry, and how to print. */
type ReportFlags = Record<string, unknown> & { json?: boolean; csv?: boolean; minConfidence?: string; sources?: string };
type TrendFlags = ReportFlags & { parquet?: string; chart?: string };

/** One line saying what the numbers leave out, or nothing when nothing was. */
export function exclusionNote(excluded: Excluded, minConfidence?: string): string | undefined {
  const parts = [
    [excluded.no_date, 'without a publication date'],
    [excluded.below_min_confidence, `below confidence ${minConfidence}`],
    [excluded.lower_ranked_scorer, "outranked by another scorer's record of the same article"],
    [excluded.unregistered_source ?? 0, 'from sources the source registry does not list'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, why]) => `${n} record(s) ${why}`);
  return said.length ? `excluded: ${said.join('; ')}` : undefined;
}

/** A series' name in tables: the actor, and who reported when grouped ("RU / CN media", "RU / state media"). */
function seriesName(actor: string, group: string | null | undefined, groupBy: string | null): string {
  return groupBy ? `${actor} / ${group ?? 'unlisted'} media` : actor;
}

const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline wider than this wraps in an ordinary terminal: longer series pool buckets into one character. */
export const MAX_SPARK_WIDTH = 60;

/** How many consecutive buckets one character stands for, so that `count` buckets fit in MAX_SPARK_WIDTH. */
export function bucketsPerChar(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_SPARK_WIDTH));
}

/**
 * One character per `per` buckets: low bars oppose, high bars support, a dot where there is no
 * data. Pooled buckets average their means weighted by records, as a reader would.
 */
export function sparkline(points: Array<{ mean: number | null; n_records: number }>, per = bucketsPerChar(points.length)): string {
  let line = '';
  for (let i = 0; i < points.length; i += per) {
    const group = points.slice(i, i + per).filter((p) => p.mean !== null && p.n_records > 0);
    const weight = group.reduce((sum, p) => sum + p.n_records, 0);
    const mean = weight === 0 ? null : group.reduce((sum, p) => sum + p.mean! * p.n_records, 0) / weight;
    line += mean === null ? '·' : BARS[Math.min(7, Math.max(0, Math.round(((mean + 1) / 2) * 7)))];
  }
  return line;
}

const ADVERBS: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' };

/** The chart format a file name asks for, or a usage error naming the ones there are. */
export function chartFormatOf(file: string): 'svg' | 'png' | 'vega' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.json')) return 'vega';
  const dot = lower.lastIndexOf('.');
  const extension = dot > lower.lastIndexOf('/') && dot >= 0 ? lower.slice(dot) : '(none)';
  throw new StanceError(
    'bad_usage',
    `cannot write a chart to ${file}: its extension ${extension} is not one the chart writer knows; use .svg, .png, or .json for the Vega-Lite spec`,
  );
}

const num = (x: number | null, digits = 2) => (x === null ? '' : (x > 0 ? '+' : '') + x.toFixed(digits));

export async function trendsCommand(handle: DbHandle, flags: TrendFlags, print: (line: string) => void): Promise<void> {
  const trendParams = (format: string) => ({ ...queryOf(TrendQuerySchema, flags), format });
  if (flags.chart) {
    const response = await ask(handle, '/v1/trends/chart', trendParams(chartFormatOf(flags.chart)), flags.sources);
    writeFileSync(flags.chart, Buffer.from(await response.arrayBuffer()));
    print(`wrote ${flags.chart}`);
    return;
  }
  if (flags.csv) {
    process.stdout.write(await (await ask(handle, '/v1/trends', trendParams('csv'), flags.sources)).text());
    return;
  }
  if (flags.parquet) {
    const response = await ask(handle, '/v1/trends', trendParams('parquet'), flags.sources);
    writeFileSync(flags.parquet, Buffer.from(await response.arrayBuffer()));
    print(`wrote ${flags.parquet}`);
    return;
  }
  const result = (await (await ask(handle, '/v1/trends', trendParams('json'), flags.sources)).json()) as TrendResult;
  if (flags.json) {
    print(JSON.stringify(result));
    return;
  }
  const names = result.series.map((s) => seriesName(s.actor, s.group, result.group_by));
  const width = Math.max(5, ...names.map((n) => n.length));
  const per = bucketsPerChar(result.series[0]?.points.length ?? 0);
  const scale = per > 1 ? `; one character per ${per} ${result.bucket}s` : '';
  print(`${result.topic}, ${ADVERBS[result.bucket]} from ${result.from} to ${result.to} (−1 opposes … +1 supports; · no data${scale})`);
  result.series.forEach((s, i) => {
    print(`  ${names[i].padEnd(width)} ${sparkline(s.points, per)}  ${s.totals.n_records} record(s)`);
  });
  print('');
  print(
    `${'BUCKET'.padEnd(10)} ${'ACTOR'.padEnd(width)} ${'MEAN'.padStart(6)} ${'95% CI'.padEnd(15)} ${'RECORDS'.padStart(7)} ${'ARTICLES'.padStart(8)} ${'SOURCES'.padStart(7)}`,
  );
  result.series.forEach((s, i) => {
    for (const p of s.points) {
      if (p.n_records === 0) continue;
      const ci = p.ci_low === null ? 'n/a' : `${num(p.ci_low)} … ${num(p.ci_high)}`;
      print(
        `${p.bucket_start.padEnd(10)} ${names[i].padEnd(width)} ${num(p.mean).padStart(6)} ${ci.padEnd(15)} ${String(p.n_records).padStart(7)} ${String(p.n_articles).padStart(8)} ${String(p.n_sources).padStart(7)}`,
      );
    }
  });
  const excluded = exclusionNote(result.excluded, flags.minConfidence);
  if (excluded) print(excluded);
}

export async function compareCommand(handle: DbHandle, flags: ReportFlags, print: (line: string) => void): Promise<void> {
  if (flags.csv) {
    process.stdout.write(await (await ask(handle, '/v1/compare', { ...queryOf(CompareQuerySchema, flags), format: 'csv' }, flags.sources)).text());
    return;
  }
  const result = (await (await ask(handle, '/v1/compare', queryOf(CompareQuerySchema, flags), flags.sources)).json()) as CompareResult;
  if (flags.json) {
    print(JSON.stringify(result));
    return;
  }
  const names = result.actors.map((a) => seriesName(a.actor, a.group, result.group_by));
  const width = Math.max(5, ...names.map((n) => n.length));
  print(`${'ACTOR'.padEnd(width)} ${'MEAN'.padStart(6)} ${'95% CI'.padEnd(15)} ${'RECORDS'.padStart(7)} ${'ARTICLES'.padStart(8)}`);
  result.actors.forEach((a, i) => {
    const ci = a.ci_low === null ? 'n/a' : `${num(a.ci_low)} … ${num(a.ci_high)}`;
    print(`${names[i].padEnd(width)} ${num(a.mean).padStart(6)} ${ci.padEnd(15)} ${String(a.n_records).padStart(7)} ${String(a.n_articles).padStart(8)}`);
  });
  if (result.actors.length === 0) print('(no stance records on this topic)');
  const excluded = exclusionNote(result.excluded, flags.minConfidence);
  if (excluded) print(excluded);
}
