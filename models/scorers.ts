import { LexiconScorer } from './lexicon.scorer.js';
import type { Scorer } from './scorer.js';

/** A scorer described in plain data, so a worker thread can build the same one. */
export type ScorerSpec = { kind: 'lexicon' };

export async function createScorer(spec: ScorerSpec): Promise<Scorer> {
  switch (spec.kind) {
    case 'lexicon':
      return new LexiconScorer();
  }
}

/** The identity a spec's records are stored under, known before any model is loaded. */
export function scorerId(spec: ScorerSpec): string {
  return spec.kind;
}
