import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addDays, toUtcDay } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';
import type { TopicDefinition } from '../../pipeline/data/topic-catalogue.js';
import { type RollupCell, rollupCells, rollupExclusions, rollupScorer, sharedArticleSurplus } from '../../pipeline/db/rollup.repo.js';
import { dataSpan, type StanceFilter, type TrendRow, trendSlice } from '../../pipeline/db/trends.repo.js';
import { csvText } from '../../pipeline/export/csv.js';
import { seriesFromSpans } from '../../pipeline/trends/rollup-series.js';
import { largestSpan, segmentsOf } from '../../pipeline/trends/rollup-spans.js';
import { type Bucket, bucketStarts, countBuckets, type TrendRecord, trendSeries } from '../../pipeline/trends/trend-stats.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import {
  checkActors,
  checkOrder,
  excludedJson,
  filterOf,
  filtersOf,
  findTopic,
  formatParam,
  MAX_ACTORS,
  queryOf,
  type SourceScope,
  splitList,
  type TrendQuery,
  TrendQuerySchema,
  unregisteredCount,
} from '../params.js';
import { type TrendResult, TrendResultSchema } from '../schemas.js';
import { trendTable, trendTableRows } from '../tables.js';
import { tableResponse } from '../tabular.js';

/** Lines in one chart: beyond this, group_by needs a narrower filter to stay readable. */
export const MAX_SERIES = 40;
/** Ten years of days: beyond this a response stops being a chart and becomes a dump. */
export const MAX_BUCKETS = 3660;

/** What a trend request can get wrong, for the reference's 400. */
const TREND_INVALID = `unknown topic or actor code, no actors or more than ${MAX_ACTORS}, a date that is not a real date or "from" after "to", an unknown bucket, smooth outside 1..24, min_confidence outside 0..1, an unknown source country or kind or group_by, more than ${MAX_SERIES} series, more than ${MAX_BUCKETS.toLocaleString('en')} buckets in the window, or an unknown query parameter`;

export interface ResolvedTrendQuery {
  topic: TopicDefinition;
  actors: string[];
  from: string;
  to: string;
  bucket: Bucket;
  smooth?: number;
  filter: StanceFilter;
  scope: SourceScope;
}

function lastYear(): { from: string; to: string } {
  const to = new Date().toISOString().slice(0, 10);
  return { from: addDays(to, -365), to };
}

/** Checks what zod cannot (known topic and actors, date order, window size) and fills defaults. */
export async function resolveTrendQuery(deps: AppDeps, query: TrendQuery): Promise<ResolvedTrendQuery> {
  const topic = await findTopic(deps, query.topic);
  const actors = await checkActors(deps, splitList(query.actors) ?? []);
  if (actors.length === 0 || actors.length > MAX_ACTORS) {
    throw new StanceError('bad_input', `expected 1 to ${MAX_ACTORS} actors, got ${actors.length}: split the request`, { param: 'actors' });
  }
  let from = query.from ? toUtcDay(query.from)! : undefined;
  let to = query.to ? toUtcDay(query.to)! : undefined;
  checkOrder(from, to);
  if (!from || !to) {
    const span = (await dataSpan(deps.db, topic.id, actors)) ?? lastYear();
    to ??= span.to > (from ?? '') ? span.to : from;
    // biome-ignore lint/complexity/useMathMinMax: days compare as text
    from ??= span.from < to! ? span.from : to;
  }
  const buckets = countBuckets(from!, to!, query.bucket);
  if (buckets > MAX_BUCKETS) {
    throw new StanceError(
      'bad_input',
      `${buckets} ${query.bucket} buckets from ${from} to ${to} is more than ${MAX_BUCKETS}: pick a larger bucket or a shorter window`,
      {
        param: 'bucket',
      },
    );
  }
  const { filter, scope } = await filterOf(deps, query, topic.id);
  return { topic, actors, from: from!, to: to!, bucket: query.bucket, smooth: query.smooth, filter: { ...filter, actors, from, to }, scope };
}

function toTrendRecord(row: TrendRow): TrendRecord {
  return {
    articleId: row.articleId,
    cluster: row.cluster ?? row.articleId,
    publishedAt: row.publishedAt,
    score: row.score,
    confidence: row.confidence,
    source: row.source,
  };
}

function totalsOf(rows: TrendRow[]) {
  return {
    n_records: rows.length,
    n_articles: new Set(rows.map((r) => r.articleId)).size,
    n_sources: new Set(rows.flatMap((r) => (r.source ? [r.source] : []))).size,
  };
}

/** Groups in a stable order: named ones alphabetically, then the unlisted sources (null). */
function byGroup(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

interface SeriesRows {
  actor: string;
  group: string | null;
  rows: TrendRow[];
}

/** The rows of each series: one per actor, or with group_by one per actor and group that has data. */
function seriesOf(q: ResolvedTrendQuery, rows: TrendRow[]): SeriesRows[] {
  const { groupBy, groupOf } = q.scope;
  const groupOfRow = (row: TrendRow) => (groupOf && row.source !== null ? (groupOf.get(row.source) ?? null) : null);
  const byKey = new Map<string, SeriesRows>();
  if (!groupBy) for (const actor of q.actors) byKey.set(actor, { actor, group: null, rows: [] });
  for (const row of rows) {
    const group = groupOfRow(row);
    const key = groupBy ? `${row.actor}\u0000${group}` : row.actor;
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { actor: row.actor, group, rows: [] }));
    series.rows.push(row);
  }
  // Grouped, an actor without data still gets its (empty) line.
  const seen = new Set([...byKey.values()].map((s) => s.actor));
  for (const actor of q.actors) if (!seen.has(actor)) byKey.set(actor, { actor, group: null, rows: [] });
  const ordered = [...byKey.values()].sort((a, b) => q.actors.indexOf(a.actor) - q.actors.indexOf(b.actor) || byGroup(a.group, b.group));
  if (ordered.length > MAX_SERIES) {
    throw new StanceError(
      'bad_input',
      `group_by=${groupBy} gives ${ordered.length} series, more than ${MAX_SERIES}: ask for fewer actors or narrow with source_country or source_kind`,
      { param: 'group_by' },
    );
  }
  return ordered;
}

/** What a trend answer says of itself, however it was computed. */
function trendHeader(q: ResolvedTrendQuery) {
  return { topic: q.topic.id, bucket: q.bucket, from: q.from, to: q.to, smooth: q.smooth ?? null, scorer: q.filter.scorer ?? 'best' };
}

/** The window and bucketing every series of the answer is cut to. */
function seriesWindow(q: ResolvedTrendQuery) {
  return { from: q.from, to: q.to, bucket: q.bucket, smooth: q.smooth };
}

/**
 * The trend from the rollup (pipeline/db/rollup.repo.ts): the same numbers as the records give,
 * read from O(buckets × actors) rows. Only for what the rollup answers (`rollupScorer`).
 */
async function trendFromRollup(deps: AppDeps, q: ResolvedTrendQuery, scorer: string): Promise<TrendResult> {
  const cells = await rollupCells(deps.db, q.topic.id, scorer, segmentsOf(q.from, q.to, largestSpan(q.bucket)), q.actors);
  const byActor = new Map<string, RollupCell[]>(q.actors.map((a) => [a, []]));
  for (const cell of cells) byActor.get(cell.actor)?.push(cell);
  const window = seriesWindow(q);
  const starts = bucketStarts(q.from, q.to, q.bucket);
  const series = q.actors.map((actor) => ({
    actor,
    ...seriesFromSpans(byActor.get(actor)!, window, starts),
  }));
  const records = series.reduce((sum, s) => sum + s.totals.n_records, 0);
  const surplus = await sharedArticleSurplus(deps.db, q.topic.id, scorer, q.actors, q.from, q.to);
  return {
    ...trendHeader(q),
    totals: {
      n_records: records,
      n_articles: records - surplus,
      n_sources: new Set(series.flatMap((s) => [...s.sources])).size,
      scorers: records > 0 ? [scorer] : [],
    },
    group_by: null,
    series: series.map((s) => ({ actor: s.actor, totals: s.totals, points: s.points })),
    excluded: excludedJson(await rollupExclusions(deps.db, q.filter), undefined),
  };
}

export async function computeTrend(deps: AppDeps, q: ResolvedTrendQuery): Promise<TrendResult> {
  const scorer = await rollupScorer(deps.db, q.filter, q.scope.groupBy !== undefined);
  return scorer === null ? computeTrendFromRecords(deps, q) : trendFromRollup(deps, q, scorer);
}

/** The trend computed from the records themselves: every filter, and the reference the rollup is tested against. */
export async function computeTrendFromRecords(deps: AppDeps, q: ResolvedTrendQuery): Promise<TrendResult> {
  const { rows, excluded } = await trendSlice(deps.db, q.filter);
  const unregistered = await unregisteredCount(deps, q.filter, q.scope);
  const groupBy = q.scope.groupBy;
  return {
    ...trendHeader(q),
    totals: { ...totalsOf(rows), scorers: [...new Set(rows.map((r) => r.scorer))].sort() },
    group_by: groupBy ?? null,
    series: seriesOf(q, rows).map((s) => ({
      actor: s.actor,
      ...(groupBy ? { group: s.group } : {}),
      totals: totalsOf(s.rows),
      points: trendSeries(s.rows.map(toTrendRecord), seriesWindow(q)),
    })),
    excluded: excludedJson(excluded, unregistered),
  };
}

/** One row per actor (and group) × bucket, with the topic; empty cells for nulls. */
export function trendCsv(result: TrendResult): string {
  return csvText(trendTable(result.group_by), trendTableRows(result));
}

export function registerTrendRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const trends = createRoute({
    method: 'get',
    path: '/v1/trends',
    summary: 'Stance trend per actor and time bucket',
    description:
      'Confidence-weighted mean score per bucket with a 95% t-interval (weighted, Kish effective n); empty buckets are null. Syndicated copies (same normalised title, same day) count once per bucket.',
    request: {
      query: queryOf({
        ...TrendQuerySchema.shape,
        format: formatParam(['json', 'csv', 'parquet'], 'json; csv or parquet: one row per actor (and group) × bucket, with the topic'),
      }),
    },
    responses: {
      200: {
        description: 'The trend as JSON, or a table (CSV, Parquet) with one row per actor (and group) × bucket',
        content: {
          'application/json': { schema: TrendResultSchema },
          'text/csv': { schema: z.string() },
          'application/vnd.apache.parquet': { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...errorResponses(TREND_INVALID),
    },
  });
  app.openapi(trends, async (c) => {
    const query = c.req.valid('query');
    const result = await computeTrend(deps, await resolveTrendQuery(deps, query));
    if (query.format !== 'json') {
      return tableResponse(query.format, trendTable(result.group_by), trendTableRows(result), `${result.topic}-${result.bucket}`);
    }
    return c.json(result, 200);
  });

  const chart = createRoute({
    method: 'get',
    path: '/v1/trends/chart',
    summary: 'The trend as a chart for a report: SVG, PNG, or the Vega-Lite spec',
    description:
      'A point per actor and bucket (size: articles) with its 95% interval as an error bar, a light band along runs of intervals, one colour and shape per actor in every chart, and a caption naming the scorer, filters and counts. In the spec each point links (href) to its evidence at /v1/stances.',
    request: {
      query: queryOf({
        ...TrendQuerySchema.shape,
        format: formatParam(['svg', 'png', 'vega'], 'svg; png, drawn at twice the SVG size with DejaVu Sans; or vega, the Vega-Lite spec to restyle'),
      }),
    },
    responses: {
      200: {
        description: 'An SVG image, a PNG image (drawn at twice the SVG size), or a Vega-Lite specification',
        content: {
          'image/svg+xml': { schema: z.string() },
          'image/png': { schema: z.string().openapi({ format: 'binary' }) },
          'application/json': { schema: z.record(z.string(), z.unknown()) },
        },
      },
      ...errorResponses(`${TREND_INVALID}; a format other than svg, png or vega`),
    },
  });
  app.openapi(chart, async (c) => {
    const query = c.req.valid('query');
    // Vega and Vega-Lite take about 0.4 s to load: only a chart request pays for them.
    const { chartFor } = await import('../chart/chart.js');
    const resolved = await resolveTrendQuery(deps, query);
    const rendered = await chartFor(await computeTrend(deps, resolved), {
      topicLabel: resolved.topic.label,
      actorNames: Object.fromEntries((await deps.actors()).map((a) => [a.code, a.name])),
      filters: filtersOf(query),
      format: query.format,
    });
    if (rendered.format === 'vega') return c.json(rendered.spec as unknown as Record<string, unknown>, 200);
    return c.body(new Uint8Array(rendered.body), 200, { 'content-type': rendered.contentType });
  });
}
