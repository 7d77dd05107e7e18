import type { InferenceStats, Scorer, SentenceStance, StanceCandidate } from './scorer.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Confidence-weighted mean of the scorers that found a stance. Confidence is the sum of their
 * confidences over the number of scorers, so a stance only one scorer sees counts for less.
 */
export function combine(results: Record<string, SentenceStance | null>): SentenceStance | null {
  const found = Object.values(results).filter((r): r is SentenceStance => r !== null);
  const weight = found.reduce((sum, r) => sum + r.confidence, 0);
  if (found.length === 0 || weight === 0) return null;
  const detail = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r ? { score: r.score, confidence: r.confidence, ...r.detail } : null]));
  return {
    score: round(found.reduce((sum, r) => sum + r.score * r.confidence, 0) / weight),
    confidence: round(weight / Object.keys(results).length),
    detail,
  };
}

/** Lexicon and NLI on the same candidates: one record per candidate that keeps both readings. */
export class EnsembleScorer implements Scorer {
  readonly id: string;
  readonly model: string;
  readonly modelVersion: string;

  constructor(
    private readonly lexicon: Scorer,
    private readonly nli: Scorer,
  ) {
    this.id = nli.id.replace(/^nli:/, 'ensemble:');
    this.model = nli.model;
    this.modelVersion = `${lexicon.modelVersion}+${nli.modelVersion}`;
  }

  async score(candidates: StanceCandidate[]): Promise<Array<SentenceStance | null>> {
    const [lexicon, nli] = await Promise.all([this.lexicon.score(candidates), this.nli.score(candidates)]);
    return candidates.map((_, i) => combine({ lexicon: lexicon[i], nli: nli[i] }));
  }

  inference(): InferenceStats | undefined {
    return this.nli.inference?.();
  }

  async close(): Promise<void> {
    await Promise.all([this.lexicon.close?.(), this.nli.close?.()]);
  }
}
