import { z } from 'zod';
import { checkDate, DATE_RANGE_TEXT } from '../core/dates.js';
import { StanceError } from '../core/errors.js';
import { isCountryCode, loadSourceRegistry, type Outlet, SOURCE_KINDS, type SourceRegistry } from '../pipeline/data/source-registry.js';
import type { TopicDefinition } from '../pipeline/data/topic-catalogue.js';
import { countRecords, distinctSources, type Exclusions, type StanceFilter } from '../pipeline/db/trends.repo.js';
import { BUCKETS } from '../pipeline/trends/trend-stats.js';
import type { AppDeps } from './deps.js';
import type { Excluded } from './schemas.js';

/*
 * Query parameters the read routes share, and the checks zod cannot make (known topic and actors,
 * date order). The query schemas here are the one list of each route's parameters: the OpenAPI
 * document reads their descriptions (`meta`), and `stance trends` and `stance compare` derive
 * their flags from them. Plain zod, so the command line can load them without the HTTP stack.
 */

/**
 * A route's query parameters. A parameter the route does not know is a 400 that names it and
 * lists the ones it accepts: a misspelt `lng=` or `form=` must not be silently ignored.
 */
export function queryOf<T extends z.ZodRawShape>(shape: T) {
  const accepted = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown query parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: ${accepted.length ? `this route accepts ${accepted.join(', ')}` : 'this route takes none'}`
        : undefined,
  });
}

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
  source_country: commaList(
    'Only articles from outlets of these countries (ISO 3166-1 alpha-2), comma-separated, as the source registry assigns them; sources it does not list are counted in excluded.unregistered_source',
    'CN',
  ),
  source_kind: commaList(
    `Only articles from outlets of these kinds, comma-separated (${SOURCE_KINDS.join(', ')}), as the source registry assigns them`,
    'state',
  ),
};

export const GROUPS = ['source_country', 'source_kind'] as const;
export type GroupBy = (typeof GROUPS)[number];

/** Splits results by who reported them. */
export const GroupByParam = {
  group_by: z.enum(GROUPS).optional().meta({
    description:
      "One result per actor and source country (or kind), as the source registry assigns each article's outlet; outlets it does not list form the group null",
  }),
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

export const TrendQuerySchema = queryOf({
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
  ...GroupByParam,
});

export type TrendQuery = z.infer<typeof TrendQuerySchema>;

export const CompareQuerySchema = queryOf({
  topic: TopicParam,
  from: DateParam.optional().meta({ description: 'First day, YYYY-MM-DD (UTC); all time when absent', example: '2022-01-01' }),
  to: DateParam.optional().meta({ description: 'Last day, YYYY-MM-DD (UTC), inclusive; all time when absent', example: '2022-12-31' }),
  ...FilterParams,
  ...GroupByParam,
});

export function splitList(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

export async function findTopic(deps: AppDeps, id: string): Promise<TopicDefinition> {
  const topics = await deps.topics();
  const topic = topics.find((t) => t.id === id);
  if (!topic) {
    throw new StanceError('bad_input', `unknown topic "${id}": expected one of ${topics.map((t) => t.id).join(', ')} (add your own with POST /v1/topics)`, {
      param: 'topic',
    });
  }
  return topic;
}

/** `param` is the query parameter the codes came from, so the error names the one the caller sent. */
export async function checkActors(deps: AppDeps, codes: string[], param = 'actors'): Promise<string[]> {
  const known = new Set((await deps.actors()).map((a) => a.code));
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

/** How the source registry shaped a query: the groups of `group_by`, and what a registry filter left out. */
export interface SourceScope {
  groupBy?: GroupBy;
  /** Source → its group, for every listed source with records on the topic. */
  groupOf?: Map<string, string>;
  /** Sources with records on the topic that the registry does not list (null: no source): left out by a registry filter. */
  unregistered?: Array<string | null>;
}

function checkCountries(codes: string[]): string[] {
  const upper = codes.map((c) => c.toUpperCase());
  const unknown = upper.filter((c) => !isCountryCode(c));
  if (unknown.length) {
    throw new StanceError(
      'bad_input',
      `unknown country code(s) ${unknown.join(', ')} in source_country: expected ISO 3166-1 alpha-2 codes such as CN, RU, US`,
      {
        param: 'source_country',
        unknown,
      },
    );
  }
  return upper;
}

function checkKinds(kinds: string[]): string[] {
  const unknown = kinds.filter((k) => !(SOURCE_KINDS as readonly string[]).includes(k));
  if (unknown.length) {
    throw new StanceError('bad_input', `unknown source kind(s) ${unknown.join(', ')}: expected ${SOURCE_KINDS.join(', ')}`, { param: 'source_kind', unknown });
  }
  return kinds;
}

const groupValue = (outlet: Outlet, by: GroupBy) => (by === 'source_country' ? outlet.country : outlet.kind);

/**
 * The filter of a query, with `source_country`/`source_kind` turned into the list of sources
 * the registry assigns to them (of those with records on the topic), and `group_by` into each
 * source's group.
 */
export async function filterOf(
  deps: AppDeps,
  query: FilterQuery & { group_by?: GroupBy },
  topic: string,
): Promise<{ filter: StanceFilter; scope: SourceScope }> {
  const filter: StanceFilter = {
    topic,
    minConfidence: query.min_confidence,
    sources: splitList(query.source),
    langs: splitList(query.lang),
    scorer: query.scorer,
  };
  const countries = splitList(query.source_country);
  const kinds = splitList(query.source_kind);
  if (!countries && !kinds && !query.group_by) return { filter, scope: {} };
  const wantCountries = countries && new Set(checkCountries(countries));
  const wantKinds = kinds && new Set(checkKinds(kinds));
  const registry: SourceRegistry = deps.sources?.() ?? loadSourceRegistry();
  const scope: SourceScope = { groupBy: query.group_by };
  const named = filter.sources && new Set(filter.sources);
  const present = (await distinctSources(deps.db, topic)).filter((s) => !named || named.has(s));
  const outlets = new Map(present.map((s) => [s, registry.lookup(s)]));
  if (wantCountries || wantKinds) {
    filter.sources = present.filter((s) => {
      const outlet = outlets.get(s);
      return outlet && (!wantCountries || wantCountries.has(outlet.country)) && (!wantKinds || wantKinds.has(outlet.kind));
    });
    scope.unregistered = present.filter((s) => !outlets.get(s));
  }
  if (query.group_by) {
    const by = query.group_by;
    scope.groupOf = new Map(
      [...outlets].filter((e): e is [string, Outlet] => e[0] !== null && e[1] !== undefined).map(([source, outlet]) => [source, groupValue(outlet, by)]),
    );
  }
  return { filter, scope };
}

/** Records of the filter's topic, actors and window that a registry filter left out because the registry does not list their source. */
export async function unregisteredCount(deps: AppDeps, filter: StanceFilter, scope: SourceScope): Promise<number | undefined> {
  if (!scope.unregistered) return undefined;
  return countRecords(deps.db, { ...filter, sources: scope.unregistered });
}

/** The exclusions as the API states them. */
export function excludedJson(excluded: Exclusions, unregistered: number | undefined): Excluded {
  return {
    no_date: excluded.noDate,
    below_min_confidence: excluded.belowMinConfidence,
    lower_ranked_scorer: excluded.lowerRankedScorer,
    ...(unregistered === undefined ? {} : { unregistered_source: unregistered }),
  };
}

/** The format parameter of a route that answers in several. */
export function formatParam<const F extends readonly [string, ...string[]]>(formats: F, description: string) {
  return z.enum(formats).default(formats[0]).meta({ description });
}
