import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addDays, toUtcDay } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';
import type { TopicDefinition } from '../../pipeline/data/topic-catalogue.js';
import { dataSpan, type StanceFilter, type TrendRow, trendRows } from '../../pipeline/db/trends.repo.js';
import { type Bucket, countBuckets, type TrendPoint, type TrendRecord, trendSeries } from '../../pipeline/trends/trend-stats.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { checkActors, checkOrder, filterOf, filtersOf, findTopic, MAX_ACTORS, splitList, type TrendQuery, TrendQuerySchema } from '../params.js';
import { type TrendResult, TrendResultSchema } from '../schemas.js';

/** Ten years of days: beyond this a response stops being a chart and becomes a dump. */
export const MAX_BUCKETS = 3660;

/** What a trend request can get wrong, for the reference's 400. */
const TREND_INVALID = `unknown topic or actor code, no actors or more than ${MAX_ACTORS}, a date that is not a real date or "from" after "to", an unknown bucket, smooth outside 1..24, min_confidence outside 0..1, or more than ${MAX_BUCKETS.toLocaleString('en')} buckets in the window`;

export interface ResolvedTrendQuery {
  topic: TopicDefinition;
  actors: string[];
  from: string;
  to: string;
  bucket: Bucket;
  smooth?: number;
  filter: StanceFilter;
}

function lastYear(): { from: string; to: string } {
  const to = new Date().toISOString().slice(0, 10);
  return { from: addDays(to, -365), to };
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

function totalsOf(rows: TrendRow[]) {
  return {
    n_records: rows.length,
    n_articles: new Set(rows.map((r) => r.articleId)).size,
    n_sources: new Set(rows.flatMap((r) => (r.source ? [r.source] : []))).size,
  };
}

export function computeTrend(deps: AppDeps, q: ResolvedTrendQuery): TrendResult {
  const rows = trendRows(deps.db, q.filter);
  const byActor = new Map<string, TrendRow[]>(q.actors.map((a) => [a, []]));
  for (const row of rows) byActor.get(row.actor)?.push(row);
  return {
    topic: q.topic.id,
    bucket: q.bucket,
    from: q.from,
    to: q.to,
    smooth: q.smooth ?? null,
    scorer: q.filter.scorer ?? 'best',
    totals: { ...totalsOf(rows), scorers: [...new Set(rows.map((r) => r.scorer))].sort() },
    series: q.actors.map((actor) => ({
      actor,
      totals: totalsOf(byActor.get(actor)!),
      points: trendSeries(byActor.get(actor)!.map(toTrendRecord), { from: q.from, to: q.to, bucket: q.bucket, smooth: q.smooth }),
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
  const rows = result.series.flatMap((s) => s.points.map((p: TrendPoint) => CSV_FIELDS.map((f) => csvField(f === 'actor' ? s.actor : p[f])).join(',')));
  return `${[CSV_FIELDS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function registerTrendRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const trends = createRoute({
    method: 'get',
    path: '/v1/trends',
    summary: 'Stance trend per actor and time bucket',
    description:
      'Confidence-weighted mean score per bucket with a 95% t-interval (weighted, Kish effective n); empty buckets are null. Syndicated copies (same normalised title, same day) count once per bucket.',
    request: {
      query: TrendQuerySchema.extend({
        format: z.enum(['json', 'csv']).default('json').openapi({ description: 'json, or csv: one row per actor and bucket (empty cells for no data)' }),
      }),
    },
    responses: {
      200: {
        description: 'The trend as JSON, or CSV with one row per actor × bucket',
        content: { 'application/json': { schema: TrendResultSchema }, 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(TREND_INVALID),
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
    summary: 'The trend as a chart for a report: SVG, PNG, or the Vega-Lite spec',
    description:
      'A point per actor and bucket (size: articles) with its 95% interval as an error bar, a light band along runs of intervals, one colour and shape per actor in every chart, and a caption naming the scorer, filters and counts. In the spec each point links (href) to its evidence at /v1/stances.',
    request: {
      query: TrendQuerySchema.extend({
        format: z
          .enum(['svg', 'png', 'vega'])
          .default('svg')
          .openapi({ description: 'svg; png, drawn at twice the SVG size with DejaVu Sans; or vega, the Vega-Lite spec to restyle' }),
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
    const resolved = resolveTrendQuery(deps, query);
    const rendered = await chartFor(computeTrend(deps, resolved), {
      topicLabel: resolved.topic.label,
      actorNames: Object.fromEntries(deps.actors().map((a) => [a.code, a.name])),
      filters: filtersOf(query),
      format: query.format,
    });
    if (rendered.format === 'vega') return c.json(rendered.spec as unknown as Record<string, unknown>, 200);
    return c.body(new Uint8Array(rendered.body), 200, { 'content-type': rendered.contentType });
  });
}
