import { inArray } from 'drizzle-orm';
import type { NliCacheStore } from '../../models/nli.scorer.js';
import type { NliProbs } from '../../models/nli-model.js';
import { openSqlite } from './client.js';
import type { SqliteDb } from './handle.js';
import { nliCache } from './schema.js';
import { writeTransaction } from './transaction.js';

// SQLite limits bound parameters per statement; 500 keys stay well below it.
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
 * On PostgreSQL the scorer keeps its results in memory only: the cache interface reads
 * synchronously, which a network store cannot.
 */
export const memoryOnlyCache: NliCacheStore = { getMany: () => new Map(), putMany: () => undefined };
