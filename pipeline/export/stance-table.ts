import type { SourceRegistry } from '../data/source-registry.js';
import type { StanceWithArticle } from '../db/stances.repo.js';
import type { EvidenceSpan } from '../stages/aggregate.js';
import type { Table } from './table.js';

/** The matched cue of a lexicon reading (ensemble records keep it under their lexicon part). */
function cueOf(span: EvidenceSpan | undefined): string | null {
  const detail = span?.detail;
  if (!detail) return null;
  if (typeof detail.cue === 'string') return detail.cue;
  const lexicon = detail.lexicon as { cue?: unknown } | undefined;
  return typeof lexicon?.cue === 'string' ? lexicon.cue : null;
}

/**
 * Stance records as a flat table, one row per record: its numbers, its article, its provenance,
 * the strongest evidence sentence with its offsets and cue, and every evidence span as JSON (a
 * record keeps up to three). `source_country` and `source_kind` come from the source registry.
 */
export function stanceTable(registry: SourceRegistry): Table<StanceWithArticle> {
  const first = (s: StanceWithArticle) => s.evidence[0] as EvidenceSpan | undefined;
  const inText = (span: EvidenceSpan | undefined) => (span?.field === 'title' ? undefined : span);
  return [
    { name: 'id', type: 'INT32', value: (s) => s.id },
    { name: 'article_id', type: 'STRING', value: (s) => s.articleId },
    { name: 'actor', type: 'STRING', value: (s) => s.actor },
    { name: 'topic', type: 'STRING', value: (s) => s.topic },
    { name: 'score', type: 'DOUBLE', value: (s) => s.score },
    { name: 'label', type: 'STRING', value: (s) => s.label },
    { name: 'confidence', type: 'DOUBLE', value: (s) => s.confidence },
    { name: 'published_at', type: 'TIMESTAMP', value: (s) => s.publishedAt },
    { name: 'source', type: 'STRING', value: (s) => s.source },
    { name: 'source_country', type: 'STRING', value: (s) => registry.lookup(s.source)?.country ?? null },
    { name: 'source_kind', type: 'STRING', value: (s) => registry.lookup(s.source)?.kind ?? null },
    { name: 'lang', type: 'STRING', value: (s) => s.lang },
    { name: 'title', type: 'STRING', value: (s) => s.title },
    { name: 'url', type: 'STRING', value: (s) => s.url },
    { name: 'sentence', type: 'STRING', value: (s) => first(s)?.sentence ?? null },
    // Offsets are into the cleaned text; a headline's sentence has none there (its own offsets are in `evidence`).
    { name: 'sentence_start', type: 'INT32', value: (s) => inText(first(s))?.start ?? null },
    { name: 'sentence_end', type: 'INT32', value: (s) => inText(first(s))?.end ?? null },
    { name: 'cue', type: 'STRING', value: (s) => cueOf(first(s)) },
    { name: 'evidence_count', type: 'INT32', value: (s) => s.evidence.length },
    { name: 'evidence', type: 'STRING', value: (s) => JSON.stringify(s.evidence) },
    { name: 'scorer', type: 'STRING', value: (s) => s.scorer },
    { name: 'model', type: 'STRING', value: (s) => s.model },
    { name: 'model_version', type: 'STRING', value: (s) => s.modelVersion },
    { name: 'topic_hash', type: 'STRING', value: (s) => s.topicHash },
    { name: 'tool_version', type: 'STRING', value: (s) => s.toolVersion },
    { name: 'lexicon_version', type: 'STRING', value: (s) => s.lexiconVersion },
    { name: 'gazetteer_version', type: 'STRING', value: (s) => s.gazetteerVersion },
  ];
}
