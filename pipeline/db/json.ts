import type { Article, Stance } from './schema.js';

/* The JSON shape of stored records: one mapping for the command line, the API and exports. */

/** A stance record with its evidence, as the command line, the API and exports show it. */
export function stanceJson(s: Stance) {
  return {
    article_id: s.articleId,
    actor: s.actor,
    topic: s.topic,
    score: s.score,
    label: s.label,
    confidence: s.confidence,
    evidence: s.evidence,
    scorer: s.scorer,
    model: s.model,
    model_version: s.modelVersion,
    published_at: s.publishedAt,
    source: s.source,
    lang: s.lang,
    topic_hash: s.topicHash,
    tool_version: s.toolVersion,
    lexicon_version: s.lexiconVersion,
    gazetteer_version: s.gazetteerVersion,
  };
}

export function articleJson(a: Article) {
  return {
    article_id: a.id,
    title: a.title,
    lang: a.lang,
    published_at: a.publishedAt,
    source: a.source,
    url: a.url,
    status: a.status,
    attempts: a.attempts,
    last_error: a.lastError,
    text: a.text,
  };
}
