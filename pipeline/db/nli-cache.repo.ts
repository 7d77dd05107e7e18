import { inArray } from 'drizzle-orm';
import type { NliCacheStore } from '../../models/nli.scorer.js';
import type { NliProbs } from '../../models/nli-model.js';
import { openDatabase, openSqlite } from './client.js';
import type { PgDb, SqliteDb } from './handle.js';
import { nliCache } from './schema.js';
import { nliCache as pgNliCache } from './schema.pg.js';
import { writeTransaction } from './transaction.js';

// SQLite and PostgreSQL limit bound parameters per statement; 500 keys (2,000 values) stay well below both.
const CHUNK = 500;

/**
 * The `nli_cache` table, through a connection of its own: the scorer is built from plain data
 * (a ScorerSpec), so it opens the database file by path rather than sharing the run's handle.
 */
export class SqliteNliCache implements NliCacheStore {
  private constructor(private readonly handle: { db: SqliteDb; close(): Promise<void> }) {}

  static open(dbFile: string): SqliteNliCache {
    return new SqliteNliCache(openSqlite(dbFile));
  }

  getMany(keys: string[]): Map<string, NliProbs> {
    const found = new Map<string, NliProbs>();
    for (let start = 0; start < keys.length; start += CHUNK) {
      const rows = this.handle.db
        .select()
        .from(nliCache)
        .where(inArray(nliCache.key, keys.slice(start, start + CHUNK)))
        .all();
      for (const { key, ...probs } of rows) found.set(key, probs);
    }
    return found;
  }

  putMany(entries: Array<[string, NliProbs]>): void {
    if (entries.length === 0) return;
    writeTransaction(this.handle.db, (tx) => {
      for (let start = 0; start < entries.length; start += CHUNK) {
        const rows = entries
          .slice(start, start + CHUNK)
          .map(([key, p]) => ({ key, entailment: p.entailment, neutral: p.neutral, contradiction: p.contradiction }));
        tx.insert(nliCache).values(rows).onConflictDoNothing().run();
      }
    });
  }

  close(): void {
    void this.handle.close();
  }
}

/**
 * The `nli_cache` table of a PostgreSQL database, through a pool of its own (the scorer is built
 * from plain data, as above): every worker on every machine reads what any of them inferred, and
 * a pair two workers infer at once is stored once.
 */
export class PgNliCache implements NliCacheStore {
  private constructor(private readonly handle: { db: PgDb; close(): Promise<void> }) {}

  /** Opens `url` without migrating: the command that runs the scorer has brought the schema up to date. */
  static async open(url: string): Promise<PgNliCache> {
    const handle = await openDatabase(url, { readonly: true });
    if (handle.kind !== 'postgres') throw new Error(`not a PostgreSQL URL: ${handle.path}`);
    return new PgNliCache(handle);
  }

  async getMany(keys: string[]): Promise<Map<string, NliProbs>> {
    const found = new Map<string, NliProbs>();
    for (let start = 0; start < keys.length; start += CHUNK) {
      const rows = await this.handle.db
        .select()
        .from(pgNliCache)
        .where(inArray(pgNliCache.key, keys.slice(start, start + CHUNK)));
      for (const { key, ...probs } of rows) found.set(key, probs);
    }
    return found;
  }

  async putMany(entries: Array<[string, NliProbs]>): Promise<void> {
    for (let start = 0; start < entries.length; start += CHUNK) {
      const rows = entries
        .slice(start, start + CHUNK)
        .map(([key, p]) => ({ key, entailment: p.entailment, neutral: p.neutral, contradiction: p.contradiction }));
      await this.handle.db.insert(pgNliCache).values(rows).onConflictDoNothing();
    }
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
