import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, stance, tempDir } from '../cli-helpers.js';
import { describeCliStores } from '../cli-stores.js';
import { readParquetFile } from '../parquet-reader.js';

/*
 * A researcher's session through the command line: records carry their provenance, a topic is
 * added and changed, stored articles are re-analysed, actors are added, results are grouped by
 * who reported them and exported. The articles are written for the test.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const ARTICLES = [
  {
    id: 'x1',
    title: 'Beijing on the alliance',
    text: 'China opposes NATO expansion into Asia, the foreign ministry spokesperson said on Thursday.',
    published_at: '2022-05-12',
    source: 'Xinhua',
  },
  {
    id: 'x2',
    title: 'Kremlin warns Helsinki',
    text: 'Russia strongly opposes NATO expansion, the Kremlin said, warning Finland against joining the alliance.',
    published_at: '2022-05-13',
    source: 'TASS',
  },
  {
    id: 'x3',
    title: 'Helsinki applies',
    text: 'Finland supports NATO expansion and formally applied to join the alliance, its president said.',
    published_at: '2022-05-14',
    source: 'Northern Ledger',
  },
  { id: 'x4', title: 'Lavrov interview', text: 'Russia opposes NATO expansion, Lavrov said in an interview.', source: 'BBC News' },
  {
    id: 'x5',
    title: 'Ankara objects',
    text: 'Turkey opposes NATO expansion to Sweden, Erdogan said on Friday.',
    published_at: '2022-06-01',
    source: 'https://www.reuters.com/world/ankara',
  },
  {
    id: 'x6',
    title: 'Moscow again',
    text: 'Russia rejects NATO expansion, the Russian foreign ministry said on Monday.',
    published_at: '2022-06-06',
    source: 'ria.ru',
  },
  {
    id: 'x7',
    title: 'Union backs measures',
    text: 'The African Union supports sanctions against Russia, its commission said on Wednesday.',
    published_at: '2022-03-02',
    source: 'Northern Ledger',
  },
];

const TOPIC = {
  id: 'nordic-membership',
  label: 'Finland and Sweden joining NATO',
  description: "The Nordic countries' bids to join the alliance.",
  keywords: { en: ['joining the alliance'] },
  hypotheses: { support: '{actor} supports Finland and Sweden joining NATO.', oppose: '{actor} opposes Finland and Sweden joining NATO.' },
};

const AFRICAN_UNION = {
  actors: [
    {
      code: 'AFU',
      name: 'African Union',
      display: { fr: 'Union africaine' },
      aliases: { en: { names: ['African Union'] }, fr: { names: ['Union africaine'] } },
    },
  ],
  people: [
    { actor: 'AFU', role: 'Chairperson of the Commission', person: 'Moussa Faki Mahamat', from: '2017-03-14', to: '2025-02-15', aliases: { en: ['Faki'] } },
  ],
};

interface Record {
  article_id: string;
  actor: string;
  topic: string;
  score: number;
  topic_hash: string | null;
  tool_version: string | null;
  lexicon_version: string | null;
  gazetteer_version: string | null;
}

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/* The session runs on both stores: a SQLite file, and a PostgreSQL database. */
describeCliStores('a research session', (store) => {
  let db: string;

  async function run(args: string[]) {
    return stance([...args, '--db', db]);
  }

  async function json<T>(args: string[]): Promise<T> {
    const result = await run([...args, '--json']);
    expect(result.stderr.includes('stance:') ? result.stderr : '', args.join(' ')).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  }

  beforeAll(async () => {
    db = await store.db();
    writeFileSync(join(dir, 'articles.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
    await json(['run', join(dir, 'articles.jsonl'), '--quiet']);
  });

  describe('provenance', () => {
    it('stores on every record the versions of the tool, lexicon and gazetteer and the topic definition’s hash', async () => {
      const records = await json<Record[]>(['stances']);
      const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        expect(r).toMatchObject({ tool_version: version, lexicon_version: expect.stringMatching(/^\d+$/) });
        expect(r.gazetteer_version).toMatch(/^[0-9a-f]{16}$/);
        expect(r.topic_hash).toMatch(/^[0-9a-f]{16}$/);
      }
      const nato = records.filter((r) => r.topic === 'nato-expansion');
      expect(new Set(nato.map((r) => r.topic_hash)).size).toBe(1);
    });
  });

  describe('topics and re-analysis', () => {
    it('adds a topic, says how many stored articles it reaches, and scores them only on re-analysis', async () => {
      const added = await run(['topics', 'add', '--file', writeJson('topic.json', TOPIC)]);
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('topic nordic-membership added');
      expect(added.stdout).toContain('1 stored article(s) mention it or have records on it: `stance analyze --reanalyse --topic nordic-membership`');
      expect(await json(['analyze'])).toMatchObject({ analyzed: 0 });
      expect((await json<Record[]>(['stances', '--topic', 'nordic-membership'])).length).toBe(0);
      const again = await json<{ analyzed: number; selected: number; resumed: boolean }>(['analyze', '--reanalyse', '--topic', 'nordic-membership']);
      expect(again).toMatchObject({ analyzed: 1, selected: 1, resumed: false });
      const records = await json<Record[]>(['stances', '--topic', 'nordic-membership']);
      expect(records.map((r) => [r.article_id, r.actor])).toEqual([['x2', 'RU']]);
    });

    it('says what changed in a replaced topic, and re-analysis moves its records to the new definition', async () => {
      const before = (await json<Record[]>(['stances', '--topic', 'nordic-membership']))[0];
      const changed = { ...TOPIC, keywords: { en: ['joining the alliance', 'join the alliance'], de: ['Beitritt zum Bündnis'] } };
      const replaced = await run(['topics', 'add', '--file', writeJson('topic2.json', changed)]);
      expect(replaced.stdout.split('\n')).toEqual([
        'topic nordic-membership replaced (it was your own); what changed:',
        '  keywords (de): + "Beitritt zum Bündnis"',
        '  keywords (en): + "join the alliance"',
        '2 stored article(s) mention it or have records on it: `stance analyze --reanalyse --topic nordic-membership` re-scores them (articles analysed from now on are scored on it)',
        '',
      ]);
      const all = await json<Record[]>(['stances']);
      const report = await json<{ analyzed: number; stances: number }>(['analyze', '--reanalyse']);
      expect(report.analyzed).toBe(ARTICLES.length);
      const after = await json<Record[]>(['stances']);
      // The unchanged topics' records are the same (no duplicates, none lost); the changed topic,
      // with a phrase more, keeps its records and may find more; each record is there once.
      const keys = (rows: Record[], same: boolean) =>
        rows
          .filter((r) => (r.topic === 'nordic-membership') !== same)
          .map((r) => `${r.article_id} ${r.actor} ${r.topic}`)
          .sort();
      expect(keys(after, true)).toEqual(keys(all, true));
      expect(keys(after, false)).toEqual(expect.arrayContaining(keys(all, false)));
      expect(new Set(after.map((r) => `${r.article_id} ${r.actor} ${r.topic}`)).size).toBe(after.length);
      const nordic = after.find((r) => r.topic === 'nordic-membership')!;
      expect(nordic.topic_hash).not.toBe(before.topic_hash);
      expect(after.filter((r) => r.topic === 'nato-expansion').every((r) => r.topic_hash === all.find((a) => a.topic === 'nato-expansion')!.topic_hash)).toBe(
        true,
      );
    });

    it('re-analyses only articles published since a day', async () => {
      expect(await json(['analyze', '--reanalyse', '--since', '2022-06-01'])).toMatchObject({ analyzed: 2, selected: 2 });
    });

    it('refuses what it cannot do, with exit 2', async () => {
      const unknown = await run(['analyze', '--reanalyse', '--topic', 'no-such-topic']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/unknown topic "no-such-topic": expected one of .*nordic-membership/);
      expect((await run(['analyze', '--topic', 'nordic-membership'])).code).toBe(2);
      expect((await run(['analyze', '--reanalyse', '--since', 'last week'])).code).toBe(2);
    });
  });

  describe('actors as data', () => {
    it('adds an organisation, lists it in a chosen language, and finds it from the next analysis on', async () => {
      const added = await run(['actors', 'add', '--file', writeJson('actors.json', AFRICAN_UNION)]);
      expect(added.stdout).toContain('added AFU (African Union)');
      expect(added.stdout).toContain('1 office holder(s) stored');
      const listed = await json<Array<{ code: string; name: string; custom: boolean }>>(['actors', 'list', '--lang', 'fr']);
      expect(listed.find((a) => a.code === 'AFU')).toMatchObject({ name: 'Union africaine', custom: true });
      expect(listed.find((a) => a.code === 'RU')).toMatchObject({ name: 'Russie', custom: false });
      expect((await run(['actors', 'list', '--custom'])).stdout).toMatch(/AFU\s+organisation\s+0\s+African Union\s+\(yours\)/);
      expect((await json<Record[]>(['stances', '--actor', 'AFU'])).length).toBe(0);
      await json(['analyze', '--reanalyse']);
      const records = await json<Record[]>(['stances', '--actor', 'AFU']);
      expect(records.map((r) => [r.article_id, r.topic, Math.sign(r.score)])).toEqual([['x7', 'russia-sanctions', 1]]);
    });

    it('rejects a file that breaks the gazetteer’s rules, saying where', async () => {
      const bad = { actors: [{ code: 'AU', name: 'African Union', aliases: { en: { names: ['Australia'] } } }] };
      const result = await run(['actors', 'add', '--file', writeJson('bad-actors.json', bad)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('actors.0.code: expected three or more upper-case letters');
    });
  });

  describe('who reported', () => {
    const sources = () =>
      writeJson('sources.json', {
        sources: [
          { name: 'Xinhua', country: 'CN', kind: 'state' },
          { name: 'TASS', country: 'RU', kind: 'state' },
          { name: 'RIA Novosti', domains: ['ria.ru'], country: 'RU', kind: 'state' },
          { name: 'Reuters', domains: ['reuters.com'], country: 'GB', kind: 'agency' },
        ],
      });

    it('groups a trend by source country from the researcher’s registry, and says what it left out', async () => {
      const result = await run([
        'trends',
        '--topic',
        'nato-expansion',
        '--actors',
        'RU,FI',
        '--bucket',
        'month',
        '--group-by',
        'source_country',
        '--sources',
        sources(),
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^ {2}RU \/ RU media +▁▁ {2}2 record\(s\)$/m);
      expect(result.stdout).toMatch(/^ {2}FI \/ unlisted media +█· {2}1 record\(s\)$/m);
      expect(result.stdout).toContain('excluded: 1 record(s) without a publication date');
    });

    it('compares state media only, counting what the registry does not list', async () => {
      const result = await json<{ actors: Array<{ actor: string; n_records: number }>; excluded: { unregistered_source: number } }>([
        'compare',
        '--topic',
        'nato-expansion',
        '--source-kind',
        'state',
        '--sources',
        sources(),
      ]);
      expect(result.actors.map((a) => [a.actor, a.n_records])).toEqual([
        ['RU', 2],
        ['CN', 1],
      ]);
      expect(result.excluded.unregistered_source).toBe(1);
    });
  });

  describe('stance export', () => {
    it('writes the records `stance stances` lists as CSV and as Parquet an independent reader reads back', async () => {
      const listed = await json<Record[]>(['stances', '--topic', 'nato-expansion']);
      const csvFile = join(dir, `slice-${store.name}.csv`);
      const csv = await run(['export', '--format', 'csv', '--out', csvFile, '--topic', 'nato-expansion']);
      expect(csv.stdout.trim()).toBe(`wrote ${listed.length} stance record(s) to ${csvFile} (csv)`);
      const lines = readFileSync(csvFile, 'utf8').trim().split('\r\n');
      expect(lines).toHaveLength(listed.length + 1);
      expect(lines[0].split(',').slice(0, 4)).toEqual(['id', 'article_id', 'actor', 'topic']);
      const parquetFile = join(dir, `all-${store.name}.parquet`);
      expect((await run(['export', '--out', parquetFile])).code).toBe(0);
      const { rows } = readParquetFile(readFileSync(parquetFile));
      const all = await json<Record[]>(['stances']);
      expect(rows).toHaveLength(all.length);
      expect(rows.map((r) => `${r.article_id} ${r.actor} ${r.topic} ${r.score} ${r.topic_hash}`).sort()).toEqual(
        all.map((r) => `${r.article_id} ${r.actor} ${r.topic} ${r.score} ${r.topic_hash}`).sort(),
      );
      const x7 = rows.find((r) => r.article_id === 'x7')!;
      expect(x7).toMatchObject({ actor: 'AFU', sentence: ARTICLES[6].text, sentence_start: 0, cue: 'supports', published_at: Date.UTC(2022, 2, 2) });
    });

    it('says so when the file cannot be written', async () => {
      const result = await run(['export', '--out', join(dir, 'missing', 'x.csv')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/no folder .*missing/);
    });
  });
});
