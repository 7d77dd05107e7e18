import type { ArticleStance } from './stages/aggregate.js';

/**
 * A stance as it is stored: its evidence as the analysis made it, or already the JSON text of it.
 * A worker thread sends the text: one string crosses to this thread instead of every span and
 * detail as objects, which this thread would rebuild, hold until the save and turn into that text.
 */
export type StanceToStore = Omit<ArticleStance, 'evidence'> & { evidence: ArticleStance['evidence'] | string };

/** What a save is given of one article: its id, language and stances. */
export interface AnalysedArticle {
  id: string;
  lang: string;
  stances: StanceToStore[];
}

/** The stored `evidence` column: the JSON text of the spans. */
export function evidenceText(stance: StanceToStore): string {
  return typeof stance.evidence === 'string' ? stance.evidence : JSON.stringify(stance.evidence);
}

/** `analysis` with each stance's evidence as its JSON text, as a worker thread sends it. */
export function withEvidenceText(analysis: AnalysedArticle): AnalysedArticle {
  return { ...analysis, stances: analysis.stances.map((s) => ({ ...s, evidence: evidenceText(s) })) };
}
