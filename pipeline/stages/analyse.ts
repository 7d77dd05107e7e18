import type { Scorer } from '../../models/scorer.js';
import { findActorMentions } from './actors.js';
import { type ArticleStance, aggregateArticle, type SentenceResult } from './aggregate.js';
import { buildCandidates } from './candidates.js';
import { detectLanguage } from './language.js';
import { splitSentences } from './sentences.js';
import type { TopicFinder } from './topics.js';

export interface ArticleInput {
  id: string;
  text: string;
  lang: string | null;
  publishedAt: string | null;
}

export interface ArticleAnalysis {
  id: string;
  lang: string;
  stances: ArticleStance[];
}

/** language → sentences → actors → candidates (topics, coreference) → scorer → one record per actor and topic. */
export async function analyseArticle(article: ArticleInput, scorer: Scorer, topics: TopicFinder): Promise<ArticleAnalysis> {
  const lang = await detectLanguage(article.text, article.lang);
  const sentences = splitSentences(article.text);
  const mentions = findActorMentions(article.text, { lang, date: article.publishedAt });
  const placed = buildCandidates(article.text, sentences, mentions, lang, topics);
  const scores = await scorer.score(placed.map((p) => p.candidate));
  const results: SentenceResult[] = [];
  placed.forEach(({ sentence, candidate }, i) => {
    const stance = scores[i];
    if (stance) results.push({ sentence, actor: candidate.actor.code, topic: candidate.topic.id, stance });
  });
  return { id: article.id, lang, stances: aggregateArticle(results) };
}
