import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { CustomActorsSchema } from '../../../pipeline/data/custom-actors.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { saveCustomActors, storedCustomActors } from '../../../pipeline/db/actors.repo.js';
import {
  type ArticleToStore,
  claimQueued,
  countByStatus,
  getArticle,
  iterateArticles,
  queueForScorer,
  requeueInterrupted,
  sourcesOf,
  storeArticles,
} from '../../../pipeline/db/articles.repo.js';
import { rawRows } from '../../../pipeline/db/handle.js';
import { databaseNow, finishRun, latestRun, markInterrupted, runningRuns, startRun } from '../../../pipeline/db/runs.repo.js';
import { countStances, iterateStances, recordFailure, saveAnalyses, stancesOfArticle } from '../../../pipeline/db/stances.repo.js';
import { allTopics, saveTopic } from '../../../pipeline/db/topics.repo.js';
import { recoverInterrupted } from '../../../pipeline/run-record.js';
import { describeStores } from './stores.js';

const article = (id: string, text: string, extra: Partial<ArticleToStore> = {}): ArticleToStore => ({
  id,
  idGiven: true,
  contentHash: `hash:${text}`,
  text,
  lang: 'en',
  publishedAt: '2022-02-01',
  ...extra,
});

const scorer = { id: 'lexicon', model: 'lexicon', modelVersion: '1' };
const stance = (actor: string, score: number) => ({
  actor,
  topic: 'nato-expansion',
  score,
  label: score < 0 ? ('oppose' as const) : ('support' as const),
  confidence: 0.75,
  evidence: [{ sentence: `${actor} spoke.`, start: 0, end: 10, score, confidence: 0.75 }],
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describeStores('the repositories', (ctx) => {
  const db = () => ctx.handle.db;
  const owner = { pid: process.pid, host: 'test-host' };

  beforeAll(async () => {
    const outcomes = await storeArticles(db(), [
      article('a1', 'Moscow opposes enlargement.', { title: null, source: null }),
      article('a2', 'Beijing supports talks.'),
      article('a3', 'Ankara hesitates.'),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['inserted', 'inserted', 'inserted']);
  });

  it('stores a known text once, adding its source and filling what the first copy lacked', async () => {
    const outcomes = await storeArticles(db(), [
      article('copy-of-a1', 'Moscow opposes enlargement.', { title: 'Moscow says no', source: 'Wire', url: 'https://wire.example/1' }),
      article('a2', 'A different text under a taken id.'),
    ]);
    expect(outcomes).toEqual([
      { kind: 'duplicate', id: 'a1', enriched: true },
      { kind: 'id-taken', id: 'a2', by: { file: null, line: null } },
    ]);
    expect((await getArticle(db(), 'a1'))?.title).toBe('Moscow says no');
    expect((await sourcesOf(db(), 'a1')).map((s) => s.source).sort()).toEqual(['', 'Wire']);
    const generated = await storeArticles(db(), [article('a3', 'Another text, generated id.', { idGiven: false })]);
    expect(generated).toEqual([{ kind: 'inserted', id: 'a3-2' }]);
    expect((await all(iterateArticles(db()))).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'a3-2']);
  });

  it('claims queued articles once, stores a batch with its done marks, and refuses a batch the claim no longer holds', async () => {
    const run = await startRun(db(), 'analyze', 'lexicon', owner);
    const claimed = await claimQueued(db(), 2, run);
    expect(claimed).toHaveLength(2);
    const again = await claimQueued(db(), 10, run);
    expect(again.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'a3-2'].filter((id) => !claimed.some((c) => c.id === id)).sort());
    expect(await countByStatus(db())).toEqual({ processing: 4 });
    const [first, second] = claimed;
    // The run is found dead: its claims go back to the queue, and another run takes them.
    expect(await requeueInterrupted(db(), [], [run])).toBe(4);
    const other = await startRun(db(), 'analyze', 'lexicon', owner);
    expect(await claimQueued(db(), 10, other)).toHaveLength(4);
    // The first run's late save: PostgreSQL refuses it (the claim token is the other run's now),
    // so nothing is scored twice. SQLite serves one machine, where a run's claims go back only
    // once its process is gone, so no late save can come; it is not checked there.
    const late = await saveAnalyses(db(), scorer, [{ id: first.id, lang: 'en', stances: [stance('RU', -0.9)] }], undefined, run);
    expect(late).toEqual(ctx.store === 'postgres' ? { articles: 0, stances: 0 } : { articles: 1, stances: 1 });
    // The holder's save replaces whatever was there: records, language and the done mark in one go.
    expect(await saveAnalyses(db(), scorer, [{ id: first.id, lang: 'de', stances: [stance('RU', -0.25), stance('CN', 0.5)] }], undefined, other)).toEqual({
      articles: 1,
      stances: 2,
    });
    expect((await stancesOfArticle(db(), first.id)).map((s) => [s.actor, s.score, s.lang])).toEqual([
      ['CN', 0.5, 'de'],
      ['RU', -0.25, 'de'],
    ]);
    expect((await getArticle(db(), first.id))?.status).toBe('done');
    await recordFailure(db(), [second.id], 'no luck', false);
    const counts = await countByStatus(db());
    expect(counts.failed).toBe(1);
    expect(await countStances(db())).toBe(2);
    expect((await all(iterateStances(db(), { actor: 'CN' }))).map((s) => s.articleId)).toEqual([first.id]);
    // Another scorer has not seen the finished article: it is queued for it.
    expect(await queueForScorer(db(), 'nli:tiny', false)).toBe(1);
  });

  it('puts back articles left processing that no running run holds, and leaves a live run its own', async () => {
    await storeArticles(db(), [
      article('stray-none', 'Left without a claim.'),
      article('stray-ended', 'Left by a run that ended.'),
      article('stray-unknown', 'Left by a run not recorded.'),
      article('held-live', 'Held by a live run.'),
    ]);
    const ended = await startRun(db(), 'analyze', 'lexicon', owner);
    await finishRun(db(), ended, 'finished', {});
    const live = await startRun(db(), 'analyze', 'lexicon', owner);
    const mark = async (id: string, run: number | null) => {
      await rawRows(db(), sql`update articles set status = 'processing', claimed_by = ${run} where id = ${id} returning id`);
    };
    await mark('stray-none', null);
    await mark('stray-ended', ended);
    await mark('stray-unknown', 999_999);
    await mark('held-live', live);
    await recoverInterrupted(db());
    const status = async (id: string) => (await getArticle(db(), id))?.status;
    expect(await Promise.all(['stray-none', 'stray-ended', 'stray-unknown', 'held-live'].map(status))).toEqual(['queued', 'queued', 'queued', 'processing']);
    const claimed = await claimQueued(db(), 100, live);
    expect(
      claimed
        .map((a) => a.id)
        .filter((id) => id.startsWith('stray-'))
        .sort(),
    ).toEqual(['stray-ended', 'stray-none', 'stray-unknown']);
    await finishRun(db(), live, 'finished', {});
  });

  it('keeps runs: started, found running, interrupted, finished; and the database clock', async () => {
    const id = await startRun(db(), 'reanalyse', 'lexicon', owner, { topic: 'x' });
    expect((await runningRuns(db())).some((r) => r.id === id)).toBe(true);
    expect(await markInterrupted(db(), [id])).toBe(1);
    const last = await latestRun(db(), 'reanalyse', 'lexicon');
    expect(last).toMatchObject({ id, status: 'interrupted', stats: { topic: 'x' }, host: 'test-host' });
    await finishRun(db(), id, 'finished', { done: 1 });
    expect(await databaseNow(db())).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(await databaseNow(db())) - Date.now())).toBeLessThan(60_000);
  });

  it('stores researchers’ topics and actors', async () => {
    const base = builtinCatalogue()[0];
    const own = { ...base, id: 'own-topic', label: 'An own topic' };
    expect(await saveTopic(db(), own)).toBe('added');
    expect(await saveTopic(db(), own)).toBe('replaced');
    expect((await allTopics(db())).some((t) => t.id === 'own-topic')).toBe(true);
    const saved = await saveCustomActors(db(), CustomActorsSchema.parse({ actors: [{ code: 'ASEAN', name: 'ASEAN', aliases: { en: { names: ['ASEAN'] } } }] }));
    expect(saved).toMatchObject({ added: ['ASEAN'], replaced: [] });
    expect((await storedCustomActors(db())).actors.map((a) => a.code)).toEqual(['ASEAN']);
  });
  it('stores a batch of many records whole, in the order given, each on its own article', async () => {
    await storeArticles(db(), [article('m1', 'Many voices one.'), article('m2', 'Many voices two.'), article('m3', 'Many voices three.')]);
    // Held as an analysis holds them (PostgreSQL stores only what is held).
    await rawRows(db(), sql`update articles set status = 'processing' where id like 'm%' returning id`);
    const many = (n: number, sign: number) => Array.from({ length: n }, (_, i) => stance(`X${String(i).padStart(3, '0')}`, (sign * (i + 1)) / 1000));
    // More records than one multi-row statement takes, and a remainder written row by row.
    const batch = [
      { id: 'm1', lang: 'en', stances: many(100, 1) },
      { id: 'm2', lang: 'fr', stances: many(30, -1) },
      { id: 'm3', lang: 'de', stances: many(1, 1) },
    ];
    expect(await saveAnalyses(db(), scorer, batch)).toEqual({ articles: 3, stances: 131 });
    for (const { id, lang, stances } of batch) {
      const stored = await stancesOfArticle(db(), id);
      expect(stored.map((s) => [s.actor, s.score, s.lang])).toEqual(stances.map((s) => [s.actor, s.score, lang]));
    }
    const order = await rawRows<{ article_id: string }>(db(), sql`select article_id from stances where article_id like 'm%' order by id`);
    expect(order.map((r) => r.article_id)).toEqual([...Array(100).fill('m1'), ...Array(30).fill('m2'), 'm3']);
  });
});
