import Database from 'better-sqlite3';
import type { ActorInfo } from '../pipeline/data/gazetteer.js';
import { builtinCatalogue, type TopicDefinition } from '../pipeline/data/topic-catalogue.js';
import { openSqlite } from '../pipeline/db/client.js';

/**
 * The synthetic database the trend benchmark reads: `records` stance records over
 * `records / 4` articles, 10 years, 50 actors, 10 topics, 30 sources, 8 languages.
 *
 * Built in SQL, not through the analyser and not row by row from JavaScript, so that ten million
 * records take minutes, not hours: the rows come from a recursive CTE with integer hashing for
 * the spread, inserted with the tables' indexes dropped and the journal off, and the indexes are
 * then created again from their own definitions (read back from the schema, so they stay exactly
 * the ones the migrations make), as are the triggers that keep the trend rollup; the rollup is
 * then built in one pass, as for a database upgraded with records already in it. Deterministic:
 * the same `records` gives the same database.
 */

export const ACTOR_CODES = (
  'RU CN US TR UA DE FR GB IT ES PL SE FI NO DK NL BE AT CH HU RO BG GR RS JP KR KP IN PK IR ' + 'IL SA EG ZA NG BR AR MX CA AU NZ ID VN TH PH BY KZ NATO EU UN'
).split(' ');
const SOURCES = Array.from({ length: 30 }, (_, i) => `Source ${i + 1}`);
const LANGS = ['en', 'ru', 'zh', 'de', 'fr', 'es', 'ar', 'tr'];
const DAYS = 10 * 365;
const FIRST_DAY = '2015-01-01';
export const RECORDS_PER_ARTICLE = 4;
/** Actors of one article are `first + r × step` (mod 50) with step ≤ 12, so its four never repeat. */
const MAX_STEP = 12;

export function benchActors(): ActorInfo[] {
  return ACTOR_CODES.map((code) => ({ code, kind: code.length === 2 ? 'country' : 'organisation', name: code, names: { en: code } }));
}

/** The built-in topics plus synthetic ones up to ten. */
export function benchTopics(): TopicDefinition[] {
  const builtin = builtinCatalogue();
  const extra = Array.from({ length: Math.max(0, 10 - builtin.length) }, (_, i) => ({
    ...builtin[0],
    id: `bench-topic-${i + 1}`,
    label: `Bench topic ${i + 1}`,
  }));
  return [...builtin, ...extra].slice(0, 10);
}

/**
 * One step of a 31-bit linear congruential generator as SQL. Its argument stays below 2³¹ (or
 * is a row number), so the product fits SQLite's 64-bit integers; callers take high bits.
 */
const mix = (expression: string) => `(((${expression}) * 1103515245 + 12345) & 2147483647)`;

function lookupTable(sqlite: Database.Database, name: string, values: string[]): void {
  sqlite.exec(`create temp table ${name} (i integer primary key, v text not null)`);
  const insert = sqlite.prepare(`insert into ${name} (i, v) values (?, ?)`);
  for (const [i, value] of values.entries()) insert.run(i, value);
}

/** Creates the database at `file` (migrated, as the application makes it) and fills it. */
export function buildTrendDatabase(file: string, records: number): void {
  void openSqlite(file).close();
  const sqlite = new Database(file);
  try {
    // A scratch file built in one go: nothing to recover from if the build stops half-way.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('foreign_keys = OFF');
    sqlite.pragma('cache_size = -262144');
    // Index builds sort in worker threads.
    sqlite.pragma('threads = 2');
    const indexes = sqlite
      .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name in ('articles', 'stances') and sql is not null")
      .all() as Array<{ name: string; sql: string }>;
    for (const { name } of indexes) sqlite.exec(`drop index "${name}"`);
    // The rollup's triggers would mark every record one by one; the rollup is built in one pass at the end instead.
    const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'stances'").all() as Array<{
      name: string;
      sql: string;
    }>;
    for (const { name } of triggers) sqlite.exec(`drop trigger "${name}"`);
    lookupTable(sqlite, 'bench_actors', ACTOR_CODES);
    lookupTable(
      sqlite,
      'bench_topics',
      benchTopics().map((topic) => topic.id),
    );
    lookupTable(sqlite, 'bench_sources', SOURCES);
    lookupTable(sqlite, 'bench_langs', LANGS);
    const articles = Math.ceil(records / RECORDS_PER_ARTICLE);
    // Every title is distinct, so every article is its own duplicate cluster: its hash `x`, which
    // is one-to-one with its number, serves as the cluster id (trend reads only group by it).
    // One hash `v` per record, from its article and position; score, confidence and topic take
    // its next steps.
    const v = mix(mix(`b.a * ${RECORDS_PER_ARTICLE} + k.r + 7`));
    sqlite.exec(`
      create temp table bench_articles as
      select b.*, s.v as source, l.v as lang from (
        with recursive seq(a) as (select 0 union all select a + 1 from seq where a + 1 < ${articles}),
        hashed as (select a, ${mix(mix('a + 1'))} as x from seq)
        select a, x, 'art-' || a as id, 'Story number ' || a || ' about world affairs' as title,
          date('${FIRST_DAY}', '+' || ((x >> 8) % ${DAYS}) || ' days') as day,
          (${mix('x')} >> 8) % ${SOURCES.length} as source_i,
          (${mix(mix('x'))} >> 8) % ${LANGS.length} as lang_i,
          (${mix(mix(mix('x')))} >> 8) % ${ACTOR_CODES.length} as first_actor,
          1 + (${mix(mix(mix('x')))} >> 20) % ${MAX_STEP} as step
        from hashed
      ) b join bench_sources s on s.i = b.source_i join bench_langs l on l.i = b.lang_i`);
    sqlite.transaction(() => {
      sqlite.exec(`
        insert into articles (id, content_hash, title, text, lang, published_at, source, url, status)
        select id, 'hash-' || a, title, 'Synthetic text ' || a || '.', lang, day, source, 'https://news.example/' || a, 'done'
        from bench_articles order by id`);
      sqlite.exec(`
        insert into stances (article_id, actor, topic, score, label, confidence, evidence, scorer, model, model_version, published_at, source, lang, cluster)
        select r.id, ac.v, tp.v, r.score,
          case when r.score < -0.2 then 'oppose' when r.score > 0.2 then 'support' else 'neutral' end,
          r.confidence,
          json_array(json_object('sentence', ac.v || ' on ' || tp.v || '.', 'start', 0, 'end', 20, 'score', r.score, 'confidence', 0.7)),
          'lexicon', 'lexicon', '1', r.day, r.source, r.lang, r.x
        from (
          select b.*, k.r,
            (((${mix(v)} >> 8) % 2001) - 1000) / 1000.0 as score,
            ((${mix(mix(v))} >> 8) % 1001) / 1000.0 as confidence,
            (${mix(mix(mix(v)))} >> 8) % ${benchTopics().length} as topic_i
          from bench_articles b
          join (select 0 as r union all select 1 union all select 2 union all select 3) k on b.a * ${RECORDS_PER_ARTICLE} + k.r < ${records}
        ) r
        join bench_actors ac on ac.i = (r.first_actor + r.r * r.step) % ${ACTOR_CODES.length}
        join bench_topics tp on tp.i = r.topic_i`);
    })();
    for (const { sql } of indexes) sqlite.exec(sql);
    for (const { sql } of triggers) sqlite.exec(sql);
    // The mark an upgraded database carries: the next open builds the whole rollup from the records.
    sqlite.exec(`insert into trend_dirty (article_id, topic, actor, scorer, day) values ('*', '*', '*', '*', '*')`);
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
  void openSqlite(file).close();
  const analysed = new Database(file);
  try {
    analysed.exec('analyze');
  } finally {
    analysed.close();
  }
}
