/*
 * One example request and response per endpoint, for the reference (/docs and /openapi.json).
 * Keyed by "METHOD /path" as the OpenAPI document names operations. The docs test runs every
 * example request against a real database and checks that the answer has the example's shape,
 * and that no endpoint is left without an example. The sentences are written for this page.
 */

export interface Example {
  /** Path and query, as sent. */
  request: string;
  /** The JSON body of a POST. */
  body?: unknown;
  /** The answer: JSON, or the start of a text answer (SVG, HTML). */
  response: unknown;
}

const nordicBid = {
  id: 'ex-2022-05-nordic-bid',
  title: 'Finland applies to join NATO',
  text: 'Finland formally applied to join NATO on Wednesday. The alliance welcomed the application, and its secretary general said the door remains open.',
  url: 'https://news.example/2022/05/finland-applies',
  source: 'Example Wire',
  published_at: '2022-05-18',
  lang: 'en',
};

const stanceRecord = {
  article_id: 'ex-2022-02-moscow-talks',
  actor: 'RU',
  topic: 'nato-expansion',
  score: -1,
  label: 'oppose',
  confidence: 0.9,
  evidence: [
    {
      sentence: 'Moscow said the alliance must not take in any new members.',
      start: 0,
      end: 59,
      score: -1,
      confidence: 0.9,
      detail: { cue: 'must not', negated: false, contrary: false, hedged: false, holder: 'Moscow' },
    },
  ],
  scorer: 'lexicon',
  model: 'lexicon',
  model_version: '2',
  published_at: '2022-02-04',
  source: 'Example Wire',
  lang: 'en',
};

const point = (bucket_start: string, mean: number | null, ci: [number, number] | null, n: number, sources: number) => ({
  bucket_start,
  mean,
  ci_low: ci?.[0] ?? null,
  ci_high: ci?.[1] ?? null,
  n_records: n,
  n_articles: n,
  n_sources: sources,
});

export const EXAMPLES: Record<string, Example> = {
  'GET /health': { request: '/health', response: { status: 'ok' } },
  'GET /v1/actors': {
    request: '/v1/actors',
    response: {
      actors: [
        { code: 'RU', kind: 'country', name: 'Russia', names: { en: 'Russia', ru: 'Россия', zh: '俄罗斯', de: 'Russland' }, n_records: 118, n_articles: 97 },
        { code: 'NATO', kind: 'organisation', name: 'NATO', names: { en: 'NATO', ru: 'НАТО', fr: 'OTAN' }, n_records: 151, n_articles: 140 },
      ],
    },
  },
  'GET /v1/topics': {
    request: '/v1/topics',
    response: {
      topics: [
        {
          id: 'nato-expansion',
          label: 'NATO admitting new members',
          description:
            'Enlargement of the North Atlantic Treaty Organization: new members, applications to join, the open-door policy, ratification of accessions.',
          hypotheses: { support: '{actor} supports NATO admitting new members.', oppose: '{actor} opposes NATO admitting new members.' },
          languages: ['ar', 'de', 'en', 'es', 'fr', 'ja', 'ru', 'tr', 'uk', 'zh'],
          n_records: 388,
          n_articles: 372,
        },
      ],
    },
  },
  'POST /v1/topics': {
    request: '/v1/topics',
    body: {
      id: 'arctic-drilling',
      label: 'Oil and gas drilling in the Arctic',
      description: 'Opening Arctic waters to oil and gas exploration and drilling.',
      keywords: { en: ['Arctic drilling', 'drilling in the Arctic'], de: ['Bohrungen in der Arktis'] },
      contrary: { en: ['drilling ban'] },
      hypotheses: { support: '{actor} supports drilling in the Arctic.', oppose: '{actor} opposes drilling in the Arctic.' },
    },
    response: { id: 'arctic-drilling', status: 'added' },
  },
  'POST /v1/articles': {
    request: '/v1/articles',
    body: [nordicBid, { title: 'A headline and nothing else' }],
    response: {
      ingested: 1,
      duplicates: 0,
      rejected: [{ index: 1, reason: 'missing `text` (or `body`/`content`)' }],
      ids: ['ex-2022-05-nordic-bid'],
      duplicate_of: [],
    },
  },
  'GET /v1/articles/{id}': {
    request: '/v1/articles/ex-2022-05-nordic-bid',
    response: {
      article_id: 'ex-2022-05-nordic-bid',
      title: nordicBid.title,
      lang: 'en',
      published_at: '2022-05-18',
      source: 'Example Wire',
      url: nordicBid.url,
      status: 'done',
      attempts: 1,
      last_error: null,
      text: nordicBid.text,
      sources: [{ source: 'Example Wire', url: nordicBid.url, seen_at: '2022-05-18T09:12:44.000Z' }],
      stances: [
        {
          ...stanceRecord,
          article_id: nordicBid.id,
          actor: 'NATO',
          score: 1,
          label: 'support',
          evidence: [
            {
              sentence: 'The alliance welcomed the application, and its secretary general said the door remains open.',
              start: 51,
              end: 144,
              score: 1,
              confidence: 0.9,
              detail: { cue: 'welcomed', negated: false, contrary: false, hedged: false, holder: 'The alliance' },
            },
          ],
          published_at: '2022-05-18',
        },
      ],
    },
  },
  'GET /v1/trends': {
    request: '/v1/trends?topic=nato-expansion&actors=RU,NATO&bucket=month&from=2022-01-01&to=2022-03-31',
    response: {
      topic: 'nato-expansion',
      bucket: 'month',
      from: '2022-01-01',
      to: '2022-03-31',
      smooth: null,
      scorer: 'best',
      totals: { n_records: 19, n_articles: 18, n_sources: 4, scorers: ['lexicon'] },
      series: [
        {
          actor: 'RU',
          totals: { n_records: 9, n_articles: 9, n_sources: 3 },
          points: [point('2022-01-01', -1, [-1, -0.61], 4, 2), point('2022-02-01', -0.71, [-1, 0.02], 4, 3), point('2022-03-01', -1, null, 1, 1)],
        },
        {
          actor: 'NATO',
          totals: { n_records: 10, n_articles: 9, n_sources: 3 },
          points: [point('2022-01-01', null, null, 0, 0), point('2022-02-01', 0.64, [0.05, 1], 5, 2), point('2022-03-01', 0.8, [0.29, 1], 5, 3)],
        },
      ],
    },
  },
  'GET /v1/trends/chart': {
    request: '/v1/trends/chart?topic=nato-expansion&actors=RU,NATO&bucket=month&from=2022-01-01&to=2022-12-31&format=svg',
    response:
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="686" height="529" viewBox="0 0 686 529"><rect width="686" height="529" fill="white"/>…</svg>',
  },
  'GET /v1/stances': {
    request: '/v1/stances?topic=nato-expansion&actor=RU&from=2022-02-01&to=2022-02-28&limit=1',
    response: {
      items: [{ id: 412, ...stanceRecord, title: 'Moscow sets out its demands', url: 'https://news.example/2022/02/moscow-talks' }],
      next_cursor: 'WyIyMDIyLTAyLTA0Iiw0MTJd',
    },
  },
  'GET /v1/compare': {
    request: '/v1/compare?topic=nato-expansion&from=2022-01-01&to=2022-12-31',
    response: {
      topic: 'nato-expansion',
      from: '2022-01-01',
      to: '2022-12-31',
      scorer: 'best',
      actors: [
        { actor: 'NATO', name: 'NATO', mean: 0.82, ci_low: 0.71, ci_high: 0.93, n_records: 88, n_articles: 85, n_sources: 9 },
        { actor: 'TR', name: 'Türkiye', mean: -0.31, ci_low: -0.52, ci_high: -0.1, n_records: 61, n_articles: 60, n_sources: 7 },
        { actor: 'RU', name: 'Russia', mean: -0.93, ci_low: -0.98, ci_high: -0.88, n_records: 97, n_articles: 95, n_sources: 8 },
      ],
    },
  },
  'GET /v1/facets': {
    request: '/v1/facets?topic=nato-expansion',
    response: {
      topic: 'nato-expansion',
      scorers: [{ value: 'lexicon', n_records: 388 }],
      sources: [
        { value: 'Example Wire', n_records: 142 },
        { value: 'Northern Ledger', n_records: 97 },
      ],
      langs: [
        { value: 'en', n_records: 301 },
        { value: 'ru', n_records: 52 },
      ],
    },
  },
  'GET /v1/jobs': {
    request: '/v1/jobs',
    response: {
      queue: { queued: 0, processing: 0, done: 372, failed: 0 },
      runs: [
        {
          id: 3,
          command: 'analyze',
          scorer: 'lexicon',
          status: 'finished',
          started_at: '2022-05-18T09:12:45.102Z',
          finished_at: '2022-05-18T09:12:45.377Z',
          stats: { analyzed: 1, stances: 1, failed: 0 },
        },
      ],
    },
  },
  'GET /docs': { request: '/docs', response: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stance API reference</title>…' },
};
