import { tokenize } from '../core/text.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import { iterateArticles } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import { articlesWithRecords } from './db/stances.repo.js';
import { TopicFinder } from './stages/topics.js';

/** The languages a topic has phrases in. */
function topicLanguages(topic: TopicDefinition): string[] {
  return [...new Set([...Object.keys(topic.keywords), ...Object.keys(topic.pairs), ...Object.keys(topic.contrary), ...Object.keys(topic.cues)])];
}

/**
 * Stored articles whose text holds a phrase of `topic` (a keyword, contrary phrase or both words
 * of a pair; its stance phrases only beside one of those) in the article's language, or in any of the topic's languages while the
 * article's language is not known yet. Analysis finds a topic only where its phrases occur (a
 * later sentence may go on about it, but only after it was named), so this is every article a
 * re-analysis could give records on it; pairs whose words sit in different sentences count too.
 */
export async function* articlesMentioning(db: Db, topic: TopicDefinition): AsyncGenerator<string> {
  const finder = new TopicFinder([topic]);
  const languages = topicLanguages(topic);
  for await (const article of iterateArticles(db)) {
    const tokens = tokenize(article.text);
    const candidates = article.lang ? [article.lang] : languages;
    if (candidates.some((lang) => finder.find(article.text, tokens, lang).some((hit) => !hit.cueOnly))) yield article.id;
  }
}

/** What a re-analysis of `topic` re-scores: articles that mention it now, and those with records on it (of `scorer`, or of any). */
export async function topicReach(db: Db, topic: TopicDefinition, scorer?: string): Promise<string[]> {
  const mentioning: string[] = [];
  for await (const id of articlesMentioning(db, topic)) mentioning.push(id);
  return [...new Set([...mentioning, ...(await articlesWithRecords(db, topic.id, scorer))])];
}
