import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { TopicDefinition } from '../../pipeline/data/topic-catalogue.js';
import { dataSpan, trendRows, type StanceFilter, type TrendRow } from '../../pipeline/db/trends.repo.js';
import { StanceError } from '../../pipeline/errors.js';
import { errorResponses, type AppDeps } from '../app.js';
import { renderSvg, trendChartSpec } from '../chart.js';
import { BUCKETS, countBuckets, trendSeries, type Bucket, type TrendPoint, type TrendRecord } from '../trend-stats.js';

export const MAX_ACTORS = 10;
/** Ten years of days: beyond this a response stops being a chart and becomes a dump. */
export const MAX_BUCKETS = 3660;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A query date: `YYYY-MM-DD` or a full ISO timestamp (reduced to its UTC day). */
export const DateParam = z
  .string()
  .regex(DATE_PATTERN, 'expected a date YYYY-MM-DD or an ISO timestamp such as 2022-03-01T00:00:00Z')
  .refine((value) => toUtcDay(value) !== undefined, 'not a real calendar date');

/** The UTC day of a query date, or undefined when it does not exist (2023-02-30). */
export function toUtcDay(value: string): string | undefined {
  if (value.length === 10) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

const commaList = (description: string, example: string) => z.string().min(1).optional().openapi({ description, example });

/** Filters shared by trends, charts, stances and compare. */
export const FilterParams = {
  min_confidence: z.coerce.number().min(0).max(1).optional().openapi({ description: 'Ignore records below this confidence (0..1)' }),
  source: commaList('Only these sources, comma-separated', 'Northern Ledger'),
  lang: commaList('Only these languages (ISO 639-1), comma-separated', 'en,ru'),
  scorer: z.string().min(1).optional().openapi({ description: 'Exactly this scorer; default: the best per article (nli/ensemble over lexicon)' }),
};

export const TrendQuerySchema = z.object({
  topic: z.string().min(1).openapi({ example: 'nato-expansion' }),
  actors: z.string().min(1).openapi({ description: `Actor codes, comma-separated (at most ${MAX_ACTORS})`, example: 'RU,CN' }),
  from: DateParam.optional().openapi({ description: 'First day (UTC); default: first day with data', example: '2021-01-01' }),
  to: DateParam.optional().openapi({ description: 'Last day (UTC), inclusive; default: last day with data', example: '2023-12-31' }),
  bucket: z.enum(BUCKETS).default('month').openapi({ description: 'Bucket size; weeks are ISO weeks (Monday)' }),
  smooth: z.coerce.number().int().min(1).max(24).optional().openapi({ description: 'Trailing rolling window in buckets, pooling observations (weighted by n)' }),
  ...FilterParams,
});

export type TrendQuery = z.infer<typeof TrendQuerySchema>;

export const TrendPointSchema = z.object({
  bucket_start: z.string().openapi({ example: '2022-05-01' }),
  mean: z.number().nullable().openapi({ description: 'Confidence-weighted mean score in [-1, 1]; null when the bucket is empty' }),
  ci_low: z.number().nullable().openapi({ description: '95% t-interval (weighted, effective n); null for n < 2' }),
  ci_high: z.number().nullable(),
  n_records: z.number().int(),
  n_articles: z.number().int(),
  n_sources: z.number().int(),
});

export const TrendResultSchema = z
  .object({
    topic: z.string(),
    bucket: z.enum(BUCKETS),
    from: z.string(),
    to: z.string(),
    smooth: z.number().int().nullable(),
    scorer: z.string().openapi({ description: '"best" (nli/ensemble over lexicon per article) or the scorer asked for' }),
    series: z.array(z.object({ actor: z.string(), points: z.array(TrendPointSchema) })),
  })
  .openapi('Trend');

export type TrendResult = z.infer<typeof TrendResultSchema>;

export interface ResolvedTrendQuery {
  topic: TopicDefinition;
  actors: string[];
  from: string;
  to: string;
  bucket: Bucket;
  smooth?: number;
  filter: StanceFilter;
}

export function splitList(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

export function findTopic(deps: AppDeps, id: string): TopicDefinition {
  const topics = deps.topics();
  const topic = topics.find((t) => t.id === id);
  if (!topic) {
    throw new StanceError('bad_input', `unknown topic "${id}": expected one of ${topics.map((t) => t.id).join(', ')} (add your own with POST /v1/topics)`, {
      param: 'topic',
    });
  }
  return topic;
}

export function checkActors(deps: AppDeps, codes: string[]): string[] {
  const known = new Set(deps.actors().map((a) => a.code));
  const upper = [...new Set(codes.map((c) => c.toUpperCase()))];
  const unknown = upper.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new StanceError('bad_input', `unknown actor code(s) ${unknown.join(', ')}: expected codes such as RU, CN, NATO (see GET /v1/actors)`, {
      param: 'actors',
      unknown,
    });
  }
  return upper;
}

export function checkOrder(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) {
    throw new StanceError('bad_input', `"from" (${from}) is after "to" (${to}): swap them`, { param: 'from' });
  }
}

export interface FilterQuery {
  min_confidence?: number;
  source?: string;
  lang?: string;
  scorer?: string;
}

export function filterOf(query: FilterQuery, topic: string): StanceFilter {
  return {
    topic,
    minConfidence: query.min_confidence,
    sources: splitList(query.source),
    langs: splitList(query.lang),
    scorer: query.scorer,
  };
}

function lastYear(): { from: string; to: string } {
  const to = new Date();
  return { from: new Date(to.getTime() - 365 * 86_400_000).toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** Checks what zod cannot (known topic and actors, date order, window size) and fills defaults. */
export function resolveTrendQuery(deps: AppDeps, query: TrendQuery): ResolvedTrendQuery {
  const topic = findTopic(deps, query.topic);
  const actors = checkActors(deps, splitList(query.actors) ?? []);
  if (actors.length === 0 || actors.length > MAX_ACTORS) {
    throw new StanceError('bad_input', `expected 1 to ${MAX_ACTORS} actors, got ${actors.length}: split the request`, { param: 'actors' });
  }
  let from = query.from ? toUtcDay(query.from)! : undefined;
  let to = query.to ? toUtcDay(query.to)! : undefined;
  checkOrder(from, to);
  if (!from || !to) {
    const span = dataSpan(deps.db, topic.id, actors) ?? lastYear();
    to ??= span.to > (from ?? '') ? span.to : from;
    from ??= span.from < to! ? span.from : to;
  }
  const buckets = countBuckets(from!, to!, query.bucket);
  if (buckets > MAX_BUCKETS) {
    throw new StanceError('bad_input', `${buckets} ${query.bucket} buckets from ${from} to ${to} is more than ${MAX_BUCKETS}: pick a larger bucket or a shorter window`, {
      param: 'bucket',
    });
  }
  return { topic, actors, from: from!, to: to!, bucket: query.bucket, smooth: query.smooth, filter: { ...filterOf(query, topic.id), actors, from, to } };
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

export function computeTrend(deps: AppDeps, q: ResolvedTrendQuery): TrendResult {
  const byActor = new Map<string, TrendRecord[]>(q.actors.map((a) => [a, []]));
  for (const row of trendRows(deps.db, q.filter)) byActor.get(row.actor)?.push(toTrendRecord(row));
  return {
    topic: q.topic.id,
    bucket: q.bucket,
    from: q.from,
    to: q.to,
    smooth: q.smooth ?? null,
    scorer: q.filter.scorer ?? 'best',
    series: q.actors.map((actor) => ({
      actor,
      points: trendSeries(byActor.get(actor)!, { from: q.from, to: q.to, bucket: q.bucket, smooth: q.smooth }),
    })),
  };
}

export const CSV_FIELDS = ['actor', 'bucket_start', 'mean', 'ci_low', 'ci_high', 'n_records', 'n_articles', 'n_sources'] as const;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per actor × bucket; empty cells for nulls. */
export function trendCsv(result: TrendResult): string {
  const rows = result.series.flatMap((s) =>
    s.points.map((p: TrendPoint) => CSV_FIELDS.map((f) => csvField(f === 'actor' ? s.actor : p[f])).join(',')),
  );
  return `${[CSV_FIELDS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function registerTrendRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const trends = createRoute({
    method: 'get',
    path: '/v1/trends',
    summary: 'Stance trend per actor and time bucket',
    description:
      'Confidence-weighted mean score per bucket with a 95% t-interval (weighted, Kish effective n); empty buckets are null. Syndicated copies (same normalised title, same day) count once per bucket.',
    request: { query: TrendQuerySchema.extend({ format: z.enum(['json', 'csv']).default('json') }) },
    responses: {
      200: {
        description: 'The trend as JSON, or CSV with one row per actor × bucket',
        content: { 'application/json': { schema: TrendResultSchema }, 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(),
    },
  });
  app.openapi(trends, (c) => {
    const query = c.req.valid('query');
    const result = computeTrend(deps, resolveTrendQuery(deps, query));
    if (query.format === 'csv') {
      return c.body(trendCsv(result), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${result.topic}-${result.bucket}.csv"`,
      });
    }
    return c.json(result, 200);
  });

  const chart = createRoute({
    method: 'get',
    path: '/v1/trends/chart',
    summary: 'The trend as a chart: SVG, or the Vega-Lite spec',
    description: 'A line per actor with its 95% confidence band; hovering a point shows n.',
    request: { query: TrendQuerySchema.extend({ format: z.enum(['svg', 'vega']).default('svg') }) },
    responses: {
      200: {
        description: 'An SVG image or a Vega-Lite specification',
        content: { 'image/svg+xml': { schema: z.string() }, 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      },
      ...errorResponses(),
    },
  });
  app.openapi(chart, async (c) => {
    const query = c.req.valid('query');
    const resolved = resolveTrendQuery(deps, query);
    const spec = trendChartSpec(computeTrend(deps, resolved), resolved.topic.label);
    if (query.format === 'vega') return c.json(spec as unknown as Record<string, unknown>, 200);
    return c.body(await renderSvg(spec), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
  });
}
