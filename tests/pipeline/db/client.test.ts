import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openSqlite } from '../../../pipeline/db/client.js';
import { clusterId } from '../../../pipeline/trends/clusters.js';
import { tempDir } from '../../cli-helpers.js';

/** A database as an older version left it: the first `applied` migrations only (four: before stance clusters). */
function olderDatabase(dir: string, file: string, applied = 4): void {
  const migrations = join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
  const journalFile = join(migrations, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, applied) }));
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: migrations });
  const article = sqlite.prepare(`insert into articles (id, content_hash, title, text, published_at) values (?, ?, ?, 'text', ?)`);
  article.run('a1', 'h1', 'Kremlin warns against NATO enlargement', '2022-03-05');
  article.run('a2', 'h2', 'KREMLIN warns against NATO enlargement!', '2022-03-05T18:00:00Z');
  article.run('a3', 'h3', null, '2022-03-05');
  const stance = sqlite.prepare(
    `insert into stances (article_id, actor, topic, score, label, confidence, evidence, scorer, model, model_version, published_at)
     values (?, ?, 'nato-expansion', -0.5, 'oppose', 0.8, '[]', 'lexicon', 'lexicon', '1', '2022-03-05')`,
  );
  sqlite.prepare(`insert into topics (id, definition) values ('own', '{}')`).run();
  for (const [id, actor] of [
    ['a1', 'RU'],
    ['a1', 'CN'],
    ['a2', 'RU'],
    ['a3', 'RU'],
  ])
    stance.run(id, actor);
  sqlite.close();
}

describe('openDatabase', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('fills in the duplicate clusters of records an older version stored', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'old.db');
    olderDatabase(tmp.dir, file);
    const handle = openSqlite(file);
    const rows = handle.sqlite.prepare('select article_id as id, cluster from stances order by id, actor').all() as Array<{ id: string; cluster: number }>;
    handle.close();
    expect(rows.map((r) => r.cluster)).toEqual([
      clusterId('a1', 'Kremlin warns against NATO enlargement', '2022-03-05'),
      clusterId('a1', 'Kremlin warns against NATO enlargement', '2022-03-05'),
      clusterId('a2', 'KREMLIN warns against NATO enlargement!', '2022-03-05T18:00:00Z'),
      clusterId('a3', null, '2022-03-05'),
    ]);
    // The syndicated copy shares the story's cluster; the untitled article has its own.
    expect(rows[2].cluster).toBe(rows[0].cluster);
    expect(rows[3].cluster).not.toBe(rows[0].cluster);
    expect(Number.isSafeInteger(rows[0].cluster)).toBe(true);
  });

  it('keeps records and topics of a database from before provenance, which then has none', () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = join(tmp.dir, 'old.db');
    olderDatabase(tmp.dir, file, 5);
    const handle = openSqlite(file);
    const rows = handle.sqlite.prepare('select actor, topic_hash, tool_version, lexicon_version, gazetteer_version from stances order by id').all();
    const tables = handle.sqlite.prepare(`select name from sqlite_master where type = 'table' and name like 'custom_%' order by name`).all();
    const topics = handle.sqlite.prepare('select id from topics').all();
    handle.close();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ actor: 'RU', topic_hash: null, tool_version: null, lexicon_version: null, gazetteer_version: null });
    expect(tables).toEqual([{ name: 'custom_actors' }, { name: 'custom_people' }]);
    expect(topics).toEqual([{ id: 'own' }]);
  });
});
