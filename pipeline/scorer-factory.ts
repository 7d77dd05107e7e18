import type { Scorer } from '../models/scorer.js';
import { createScorer, type ScorerSpec } from '../models/scorers.js';

/** A scorer built from its spec, with NLI results kept in the database's `nli_cache` table across runs. */
export function buildScorer(spec: ScorerSpec): Promise<Scorer> {
  return createScorer(spec, {
    openCache: async (target) => {
      const { PgNliCache, SqliteNliCache } = await import('./db/nli-cache.repo.js');
      const { isDatabaseUrl } = await import('./db/postgres.js');
      return isDatabaseUrl(target) ? PgNliCache.open(target) : SqliteNliCache.open(target);
    },
  });
}
