import { expect, it } from 'vitest';
import { LexiconScorer } from '../../models/lexicon.scorer.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { analyseArticle } from '../../pipeline/stages/analyse.js';
import { TopicFinder } from '../../pipeline/stages/topics.js';

/*
 * What the language tests of the lexicon scorer compare: every record the real scorer finds in
 * an article written for the test, read with the built-in topics.
 */

const scorer = new LexiconScorer();
const topics = new TopicFinder(builtinCatalogue());

const byText = (a: string[], b: string[]) => a.join().localeCompare(b.join());

/** Every record of the article as [actor, topic, label], sorted. */
export async function labelledRecords(lang: string, text: string, publishedAt = '2023-03-01'): Promise<string[][]> {
  const analysis = await analyseArticle({ id: `${lang}-test`, text, lang, publishedAt }, scorer, topics);
  return analysis.stances.map((s) => [s.actor, s.topic, s.label]).sort(byText);
}

/** Every record of the article as "ACTOR topic" → sign. */
export async function signedRecords(lang: string, text: string, publishedAt = '2023-03-01'): Promise<Record<string, number>> {
  const analysis = await analyseArticle({ id: `${lang}-test`, text, lang, publishedAt }, scorer, topics);
  return Object.fromEntries(analysis.stances.map((s) => [`${s.actor} ${s.topic}`, Math.sign(Math.round(s.score * 10))]));
}

/** Each record's score itself, for where its strength is what is tested ("did not oppose" leans at half). */
export async function scoredRecords(lang: string, text: string, publishedAt = '2023-03-01'): Promise<Record<string, number>> {
  const analysis = await analyseArticle({ id: `${lang}-test`, text, lang, publishedAt }, scorer, topics);
  return Object.fromEntries(analysis.stances.map((s) => [`${s.actor} ${s.topic}`, s.score]));
}

export type LabelledCase = [text: string, expected: string[][]];

/** One test per sentence: its records are exactly the expected ones, in any order. */
export function checkLabelled(lang: string, cases: LabelledCase[]): void {
  for (const [text, expected] of cases) {
    it(text, async () => {
      expect(await labelledRecords(lang, text)).toEqual([...expected].sort(byText));
    });
  }
}
