import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { parseTopic } from '../../pipeline/data/topic-catalogue.js';
import { diffTopics } from '../../pipeline/data/topic-diff.js';
import { saveTopic } from '../../pipeline/db/topics.repo.js';
import { topicCounts } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, requireToken, tooLarge } from '../http.js';
import { untilChanged } from '../memo.js';
import { queryOf } from '../params.js';

export const TopicSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'nato-expansion' }),
    label: z.string().openapi({ example: 'NATO admitting new members' }),
    description: z.string(),
    hypotheses: z.object({ support: z.string(), oppose: z.string() }),
    languages: z.array(z.string()).openapi({ description: 'Languages with relevance keywords' }),
    n_records: z.number().int(),
    n_articles: z.number().int(),
  })
  .openapi('TopicSummary');

export function registerTopicRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/topics',
    summary: 'Built-in and custom topics with their record counts',
    request: { query: queryOf({}) },
    responses: {
      200: { description: 'Every topic', content: { 'application/json': { schema: z.object({ topics: z.array(TopicSummarySchema) }) } } },
      ...errorResponses(),
    },
  });
  const countsNow = untilChanged(deps.db, async () => new Map((await topicCounts(deps.db)).map((r) => [r.key, r])));
  app.openapi(route, async (c) => {
    const counts = await countsNow();
    const topics = (await deps.topics()).map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      hypotheses: t.hypotheses,
      languages: Object.keys(t.keywords),
      n_records: counts.get(t.id)?.n_records ?? 0,
      n_articles: counts.get(t.id)?.n_articles ?? 0,
    }));
    return c.json({ topics }, 200);
  });
}

const phrases = (example: string[]) => ({
  type: 'object' as const,
  additionalProperties: { type: 'array' as const, items: { type: 'string' as const } },
  example: { en: example },
});

/**
 * The body of POST /v1/topics as the reference shows it. It is validated by `parseTopic`, as
 * `stance topics add` validates a file, so the two report the same problems in the same words;
 * the schema here only documents the fields.
 */
const TopicBody = z.record(z.string(), z.unknown()).openapi('TopicInput', {
  description:
    'A topic: a proposition actors can be for or against. Phrases ignore case unless they start with "=", a trailing * makes a stem, … allows a few words between',
  required: ['id', 'label', 'description', 'keywords', 'hypotheses'],
  properties: {
    id: { type: 'string', description: 'Lower-case words joined by hyphens; an existing id is replaced', example: 'arctic-drilling' },
    label: { type: 'string', description: 'The proposition in a few words, as charts title it', example: 'Oil and gas drilling in the Arctic' },
    description: { type: 'string', description: 'One or two sentences on what the topic covers' },
    keywords: { ...phrases(['Arctic drilling']), description: 'Per ISO 639-1 language: phrases that make a sentence relevant on their own' },
    pairs: {
      type: 'object',
      description: 'Per language: pairs of phrase groups; a sentence with a word of each group is relevant. A word marked ! names the opposite',
      example: { en: [[['Arctic'], ['drill*', 'oil']]] },
    },
    contrary: { ...phrases(['drilling ban']), description: 'Per language: phrases naming the opposite of the proposition (opposing them supports the topic)' },
    cues: {
      type: 'object',
      description: 'Per language: { support: [...], oppose: [...], neutral: [...] } phrases that state a stance (or that they take no side) by themselves',
    },
    about: {
      type: 'array',
      items: { type: 'string' },
      description: 'Actors whose own standing the proposition is: a reading of one of them opposing it gives no record',
      example: ['TW'],
    },
    hypotheses: {
      type: 'object',
      description: "What an NLI model is asked; {actor} becomes the actor's name",
      required: ['support', 'oppose'],
      properties: {
        support: { type: 'string', example: '{actor} supports drilling in the Arctic.' },
        oppose: { type: 'string', example: '{actor} opposes drilling in the Arctic.' },
      },
    },
  },
});

/** POST /v1/topics: a researcher's own topic, validated like `stance topics add`. */
export function registerTopicWriteRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/v1/topics',
    summary: 'Add or replace a custom topic (id, label, description, keywords per language, hypotheses)',
    middleware: [requireToken(deps.apiToken)] as const,
    request: {
      body: {
        required: true,
        description: 'The topic as JSON (the same as `stance topics add --file`)',
        content: { 'application/json': { schema: TopicBody } },
      },
    },
    responses: {
      201: {
        description:
          'Added, or replaced when the id existed, with what changed (phrases added and removed per language, texts replaced); articles analysed from now on are scored on it, and stance analyze --reanalyse re-scores stored ones',
        content: {
          'application/json': {
            schema: z.object({ id: z.string(), status: z.enum(['added', 'replaced']), changes: z.array(z.record(z.string(), z.unknown())) }),
          },
        },
      },
      401: { description: 'Missing or wrong API token (only when the server has STANCE_API_TOKEN)' },
      ...tooLarge,
      ...errorResponses(
        'a body that is not a JSON object, or a topic that fails validation (each problem is listed with its field: id not lower-case words, a missing label, a hypothesis without {actor}, …)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const topic = parseTopic(c.req.valid('json'));
    const before = (await deps.topics()).find((t) => t.id === topic.id);
    const status = await saveTopic(deps.db, topic);
    return c.json({ id: topic.id, status, changes: before ? diffTopics(before, topic) : [] }, 201);
  });
}
