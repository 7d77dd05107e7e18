import type { SentenceStance } from '../../models/scorer.js';
import type { Sentence } from './sentences.js';

export interface EvidenceSpan {
  /** The sentence as it stands in the article's cleaned text, or in its title. */
  sentence: string;
  start: number;
  end: number;
  /** Set where the sentence is the headline's: `start` and `end` are then offsets into the title. */
  field?: 'title';
  /** This sentence's own score, before the article-level combination. */
  score: number;
  confidence: number;
  /** Scorer-specific detail (matched cue, entailment probabilities, per-scorer scores). */
  detail?: Record<string, unknown>;
}

export type StanceLabel = 'oppose' | 'neutral' | 'support';

/** One actor's stance on one topic in one article, before it is stored. */
export interface ArticleStance {
  actor: string;
  topic: string;
  score: number;
  label: StanceLabel;
  confidence: number;
  evidence: EvidenceSpan[];
}

export interface SentenceResult {
  sentence: Sentence;
  actor: string;
  topic: string;
  stance: SentenceStance;
  /** The sentence names no topic of its own and takes the headline's. */
  fromHeadline?: true;
}

/** Below this magnitude a score reads as no clear stance either way. */
export const NEUTRAL_BAND = 0.2;
const MAX_EVIDENCE = 3;

export function labelOf(score: number): StanceLabel {
  return score <= -NEUTRAL_BAND ? 'oppose' : score >= NEUTRAL_BAND ? 'support' : 'neutral';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The headline comes before the text, and the text in its order. */
function statedFirst(a: SentenceResult, b: SentenceResult): number {
  return Number(!a.sentence.field) - Number(!b.sentence.field) || a.sentence.start - b.sentence.start;
}

/**
 * The sentences an article's record is scored from. When some support and others oppose, that is
 * no neutral stance: the article reports one position and something else (an earlier position, a
 * reaction read as one), so the side with the greater confidence stands, and on a tie the side
 * the article states first. Otherwise all of them.
 */
function prevailing(unique: SentenceResult[]): SentenceResult[] {
  const sideOf = (r: SentenceResult) => labelOf(r.stance.score);
  const weightOf = (side: StanceLabel) => unique.filter((r) => sideOf(r) === side).reduce((s, r) => s + r.stance.confidence, 0);
  const support = weightOf('support');
  const oppose = weightOf('oppose');
  if (support === 0 || oppose === 0) return unique;
  // A sentence of the text that speaks of the topic says more of it than one that only takes it from the headline.
  const own = unique.filter((r) => !r.fromHeadline);
  if (own.length > 0 && own.length < unique.length && own.some((r) => sideOf(r) !== 'neutral')) {
    const kept = prevailing(own);
    return [...kept, ...unique.filter((r) => r.fromHeadline && sideOf(r) === sideOf(kept[0]))];
  }
  const first = [...unique].sort(statedFirst).find((r) => sideOf(r) !== 'neutral')!;
  const side = Math.abs(support - oppose) < 1e-9 ? sideOf(first) : support > oppose ? 'support' : 'oppose';
  return unique.filter((r) => sideOf(r) === side);
}

/**
 * A holder that abstained and cast no other vote on the topic holds the abstention: what else the
 * article has it say explains the vote ("China abstained, saying the text would not help ease
 * tensions" is 0, convention 4). A scorer marks the votes it reads in `detail.act`.
 */
function abstentions(unique: SentenceResult[]): SentenceResult[] | undefined {
  const acts = unique.map((r) => r.stance.detail?.act);
  if (acts.includes('voteFor') || acts.includes('voteAgainst')) return undefined;
  const abstained = unique.filter((_, i) => acts[i] === 'abstain');
  return abstained.length > 0 ? abstained : undefined;
}

/**
 * Combines the sentences that give one actor a stance on one topic into one record: the
 * confidence-weighted mean of the prevailing sentences' scores. Confidence grows with agreeing
 * evidence and falls when the sentences disagree. The same sentence twice (a repeated quote)
 * counts once.
 */
export function aggregateArticle(results: SentenceResult[]): ArticleStance[] {
  const groups = new Map<string, SentenceResult[]>();
  for (const r of results) {
    const key = `${r.actor}\u0000${r.topic}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: ArticleStance[] = [];
  for (const group of groups.values()) {
    const unique = [...new Map(group.map((r) => [r.sentence.text, r])).values()];
    const weight = unique.reduce((s, r) => s + r.stance.confidence, 0);
    if (weight === 0) continue;
    const scored = abstentions(unique) ?? prevailing(unique);
    const score = scored.reduce((s, r) => s + r.stance.score * r.stance.confidence, 0) / scored.reduce((s, r) => s + r.stance.confidence, 0);
    const spread = unique.reduce((s, r) => s + Math.abs(r.stance.score - score) * r.stance.confidence, 0) / weight;
    const strongest = Math.max(...unique.map((r) => r.stance.confidence));
    const support = 1 - (1 - strongest) * 0.8 ** (unique.length - 1);
    const confidence = Math.max(0, Math.min(1, support * (1 - spread / 2)));
    const evidence = [...unique]
      .sort((a, b) => b.stance.confidence - a.stance.confidence || statedFirst(a, b))
      .slice(0, MAX_EVIDENCE)
      .map((r) => ({
        sentence: r.sentence.text,
        start: r.sentence.start,
        end: r.sentence.end,
        ...(r.sentence.field ? { field: r.sentence.field } : {}),
        score: round(r.stance.score),
        confidence: round(r.stance.confidence),
        ...(r.stance.detail ? { detail: r.stance.detail } : {}),
      }));
    out.push({ actor: group[0].actor, topic: group[0].topic, score: round(score), label: labelOf(score), confidence: round(confidence), evidence });
  }
  return out;
}
