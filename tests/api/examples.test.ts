import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { EXAMPLE_REQUESTS } from '../../api/examples.js';
import { registerArticleRoutes } from '../../api/routes/articles.route.js';
import { registerJobRoutes } from '../../api/routes/jobs.route.js';
import { registerTopicWriteRoutes } from '../../api/routes/topics.route.js';
import { listActors } from '../../pipeline/data/gazetteer.js';
import { openSqlite } from '../../pipeline/db/client.js';
import { allTopics } from '../../pipeline/db/topics.repo.js';
import { analysePending, ingestAndAnalyse } from '../../pipeline/run.js';
import { projectRoot, tempDir } from '../cli-helpers.js';

/*
 * The reference's example answers are what the API answers: a database built from examples/ by
 * the real pipeline (as `stance run examples/` builds it, with the lexicon scorer), every example
 * request sent to the app `stance serve` runs, the answers compared with api/example-answers.json.
 * After a change that alters an answer (a new field, a scoring change), look at the difference and
 * write the file anew:  STANCE_WRITE_EXAMPLES=1 npx vitest run tests/api/examples.test.ts
 */

const ANSWERS_FILE = join(projectRoot, 'api', 'example-answers.json');
/** A list in the answer's top level longer than this is cut to its first SHOWN items (actors, topics): the reference shows what an item looks like. */
const LONG_LIST = 6;
const SHOWN = 3;
/** A text answer (SVG, HTML) is shown by its start. */
const TEXT_SHOWN = 160;
/** Stamped with the time of the run: compared by form, not value. */
const CLOCK_FIELDS = new Set(['seen_at', 'started_at', 'finished_at']);
/** Provenance: hashes and versions of data every change to a topic, the gazetteer or the lexicon moves; compared by form too. */
const VERSION_FIELDS = new Set(['topic_hash', 'gazetteer_version', 'lexicon_version', 'tool_version']);

const { dir, cleanup } = tempDir();
const handle = openSqlite(join(dir, 'examples.db'));
const lexicon = { scorer: { kind: 'lexicon' as const }, concurrency: 0, progress: false };
const deps = { db: handle.db, topics: () => allTopics(handle.db), actors: () => listActors() };
const app = createApp({
  ...deps,
  extraRoutes: (a) => {
    registerArticleRoutes(a, deps);
    registerTopicWriteRoutes(a, deps);
    registerJobRoutes(a, deps);
  },
});
const answers: Record<string, unknown> = {};

function shortened(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return answer;
  return Object.fromEntries(
    Object.entries(answer).map(([key, inner]) => [key, Array.isArray(inner) && inner.length > LONG_LIST ? inner.slice(0, SHOWN) : inner]),
  );
}

/** The answer with its clock and version fields replaced by their form, for comparing two runs. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (typeof inner !== 'string') return [key, comparable(inner)];
      if (CLOCK_FIELDS.has(key)) return [key, inner.replace(/\d/g, '0')];
      return [key, VERSION_FIELDS.has(key) ? inner.replace(/[\da-f]/g, '0') : inner];
    }),
  );
}

beforeAll(async () => {
  await ingestAndAnalyse(handle, [join(projectRoot, 'examples')], lexicon, 'lexicon');
  for (const [key, example] of Object.entries(EXAMPLE_REQUESTS)) {
    const method = key.split(' ')[0];
    const init = example.body === undefined ? undefined : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(example.body) };
    const response = await app.request(example.request, init);
    expect(response.status, `${key}: ${example.request}`).toBeLessThan(300);
    const type = response.headers.get('content-type') ?? '';
    answers[key] = type.includes('json') ? shortened(await response.json()) : `${(await response.text()).slice(0, TEXT_SHOWN)}…`;
    // The posted article is analysed before the reads, as `stance serve` does in the background.
    if (key === 'POST /v1/articles') await analysePending(handle, lexicon, 'lexicon');
  }
  if (process.env.STANCE_WRITE_EXAMPLES) writeFileSync(ANSWERS_FILE, `${JSON.stringify(answers, null, 2)}\n`);
}, 60_000);

afterAll(() => {
  handle.close();
  cleanup();
});

describe('the reference’s examples', () => {
  it('show what the API answers to each example request on a database built from examples/', () => {
    const recorded = JSON.parse(readFileSync(ANSWERS_FILE, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(EXAMPLE_REQUESTS).sort());
    for (const key of Object.keys(EXAMPLE_REQUESTS)) {
      expect(
        comparable(answers[key]),
        `${key} answers otherwise than api/example-answers.json; if the change is right: STANCE_WRITE_EXAMPLES=1 npx vitest run tests/api/examples.test.ts`,
      ).toEqual(comparable(recorded[key]));
    }
  });

  it('show stance records and an interval, not only empty answers', () => {
    const article = answers['GET /v1/articles/{id}'] as { status: string; stances: unknown[] };
    expect(article.status).toBe('done');
    expect(article.stances.length).toBeGreaterThan(0);
    const trend = answers['GET /v1/trends'] as { series: Array<{ points: Array<{ ci_low: number | null }> }> };
    expect(trend.series.flatMap((s) => s.points).some((p) => p.ci_low !== null)).toBe(true);
    expect((answers['GET /v1/stances'] as { items: unknown[] }).items).toHaveLength(1);
  });
});
