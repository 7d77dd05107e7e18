import { z } from 'zod';
import { checkDate, DATE_RANGE_TEXT } from '../core/dates.js';
import { StanceError } from '../core/errors.js';
import type { TopicDefinition } from '../pipeline/data/topic-catalogue.js';
import type { StanceFilter } from '../pipeline/db/trends.repo.js';
import { BUCKETS } from '../pipeline/trends/trend-stats.js';
import type { AppDeps } from './deps.js';

/*
 * Query parameters the read routes share, and the checks zod cannot make (known topic and actors,
 * date order). The query schemas here are the one list of each route's parameters: the OpenAPI
 * document reads their descriptions (`meta`), and `stance trends` and `stance compare` derive
 * their flags from them. Plain zod, so the command line can load them without the HTTP stack.
 */

/** A query date: `YYYY-MM-DD` or a full ISO timestamp (reduced to its UTC day), inside the accepted range. */
export const DateParam = z
  .string()
  .refine((value) => problemOf(value) !== 'not-a-date', {
    message: 'expected a real date YYYY-MM-DD or an ISO timestamp such as 2022-03-01T00:00:00Z',
    abort: true,
  })
  .refine((value) => problemOf(value) === undefined, `expected a date from ${DATE_RANGE_TEXT}`);

function problemOf(value: string): string | undefined {
  const checked = checkDate(value);
  return checked.ok ? undefined : checked.problem;
}

const commaList = (description: string, example: string) => z.string().min(1).optional().meta({ description, example });

/** Filters shared by trends, charts, stances and compare. */
export const FilterParams = {
  min_confidence: z.coerce.number().min(0).max(1).optional().meta({ description: 'Ignore records below this confidence (0..1)' }),
  source: commaList('Only these sources, comma-separated', 'Northern Ledger'),
  lang: commaList('Only these languages (ISO 639-1), comma-separated', 'en,ru'),
  scorer: z.string().min(1).optional().meta({ description: 'Exactly this scorer; default: the best per article (nli/ensemble over lexicon)' }),
};

export type FilterQuery = z.infer<z.ZodObject<typeof FilterParams>>;

/** The filters of a query, under the names the API gives them. */
export function filtersOf(query: FilterQuery): FilterQuery {
  return Object.fromEntries(Object.keys(FilterParams).map((name) => [name, query[name as keyof FilterQuery]]));
}

/** The topic every read route is about; its description is the one the reference shows. */
export const TopicParam = z.string().min(1).meta({
  description: 'Topic id, as GET /v1/topics lists them (built-in or added with POST /v1/topics; `stance topics list` on the command line)',
  example: 'nato-expansion',
});

export const MAX_ACTORS = 10;

export const TrendQuerySchema = z.object({
  topic: TopicParam,
  actors: z
    .string()
    .min(1)
    .meta({ description: `Actor codes, comma-separated (at most ${MAX_ACTORS})`, example: 'RU,CN' }),
  from: DateParam.optional().meta({ description: 'First day, YYYY-MM-DD (UTC); default: the first day with data', example: '2021-01-01' }),
  to: DateParam.optional().meta({ description: 'Last day, YYYY-MM-DD (UTC), inclusive; default: the last day with data', example: '2023-12-31' }),
  bucket: z.enum(BUCKETS).default('month').meta({ description: 'Bucket size; weeks are ISO weeks (Monday)' }),
  smooth: z.coerce.number().int().min(1).max(24).optional().meta({ description: 'Trailing rolling window in buckets, pooling observations (weighted by n)' }),
  ...FilterParams,
});

export type TrendQuery = z.infer<typeof TrendQuerySchema>;

export const CompareQuerySchema = z.object({
  topic: TopicParam,
  from: DateParam.optional().meta({ description: 'First day, YYYY-MM-DD (UTC); all time when absent', example: '2022-01-01' }),
  to: DateParam.optional().meta({ description: 'Last day, YYYY-MM-DD (UTC), inclusive; all time when absent', example: '2022-12-31' }),
  ...FilterParams,
});

export function splitList(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
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

/** `param` is the query parameter the codes came from, so the error names the one the caller sent. */
export function checkActors(deps: AppDeps, codes: string[], param = 'actors'): string[] {
  const known = new Set(deps.actors().map((a) => a.code));
  const upper = [...new Set(codes.map((c) => c.toUpperCase()))];
  const unknown = upper.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new StanceError('bad_input', `unknown actor code(s) ${unknown.join(', ')}: expected codes such as RU, CN, NATO (see GET /v1/actors)`, {
      param,
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

export function filterOf(query: FilterQuery, topic: string): StanceFilter {
  return {
    topic,
    minConfidence: query.min_confidence,
    sources: splitList(query.source),
    langs: splitList(query.lang),
    scorer: query.scorer,
  };
}
