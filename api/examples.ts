import answers from './example-answers.json' with { type: 'json' };

/*
 * One example request and response per endpoint, for the reference (/docs and /openapi.json).
 * Keyed by "METHOD /path" as the OpenAPI document names operations. The requests and bodies are
 * written here (the sentences for this page); the answers in example-answers.json are what the
 * API really answers them after `stance run examples/`: tests/api/examples.test.ts builds that
 * database, sends every request and fails when an answer differs from the file (it says how to
 * refresh the file), so the reference never shows a field or a number the API does not give.
 */

export interface ExampleRequest {
  /** Path and query, as sent. */
  request: string;
  /** The JSON body of a POST. */
  body?: unknown;
}

export interface Example extends ExampleRequest {
  /** The answer: JSON (long lists cut to their first items), or the start of a text answer (SVG, HTML). */
  response: unknown;
}

/** Posted by the POST /v1/articles example; a later example reads it back with its stance records. */
const nordicBid = {
  id: 'ex-2022-05-nordic-bid',
  title: 'Finland applies to join NATO',
  text: 'Finland formally applied to join NATO on Wednesday. The alliance welcomed the application, and its secretary general said the door remains open.',
  url: 'https://news.example/2022/05/finland-applies',
  source: 'Example Wire',
  published_at: '2022-05-18',
  lang: 'en',
};

/** The requests, in the order the examples test sends them: writes first, so the reads see their effect. */
export const EXAMPLE_REQUESTS: Record<string, ExampleRequest> = {
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
  },
  'POST /v1/articles': { request: '/v1/articles', body: [nordicBid, { title: 'A headline and nothing else' }] },
  'GET /health': { request: '/health' },
  'GET /v1/actors': { request: '/v1/actors' },
  'GET /v1/topics': { request: '/v1/topics' },
  'GET /v1/articles/{id}': { request: `/v1/articles/${nordicBid.id}` },
  'GET /v1/trends': { request: '/v1/trends?topic=nato-expansion&actors=RU,NATO&bucket=quarter&from=2022-01-01&to=2022-12-31' },
  'GET /v1/trends/chart': { request: '/v1/trends/chart?topic=nato-expansion&actors=RU,NATO&bucket=quarter&from=2022-01-01&to=2022-12-31&format=svg' },
  'GET /v1/stances': { request: '/v1/stances?topic=nato-expansion&actor=NATO&from=2022-04-01&to=2022-06-30&limit=1' },
  'GET /v1/compare': { request: '/v1/compare?topic=nato-expansion&from=2022-01-01&to=2022-12-31' },
  'GET /v1/facets': { request: '/v1/facets?topic=nato-expansion' },
  'GET /v1/jobs': { request: '/v1/jobs' },
  'GET /docs': { request: '/docs' },
};

/** The answers as recorded by the examples test, keyed like the requests. */
export const EXAMPLE_ANSWERS: Record<string, unknown> = answers;

export const EXAMPLES: Record<string, Example> = Object.fromEntries(
  Object.entries(EXAMPLE_REQUESTS).map(([key, example]) => [key, { ...example, response: EXAMPLE_ANSWERS[key] }]),
);
