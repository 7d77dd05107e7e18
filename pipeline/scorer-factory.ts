import type { Scorer } from '../models/scorer.js';
import { createScorer, type ScorerSpec } from '../models/scorers.js';

/** A scorer built from its spec, with NLI results kept in the database's `nli_cache` table across runs. */
export function buildScorer(spec: ScorerSpec): Promise<Scorer> {
  return createScorer(spec, {
    openCache: async (dbFile) => (await import('./db/nli-cache.repo.js')).SqliteNliCache.open(dbFile),
  });
}
