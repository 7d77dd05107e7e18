import { describe, expect, it } from 'vitest';
import { SourceRegistry } from '../../../pipeline/data/source-registry.js';
import type { StanceWithArticle } from '../../../pipeline/db/stances.repo.js';
import { stanceTable } from '../../../pipeline/export/stance-table.js';
import type { EvidenceSpan } from '../../../pipeline/stages/aggregate.js';

const table = stanceTable(new SourceRegistry([], 'none'));

/** The flattened evidence columns of a record whose strongest sentence is `span`. */
function flattened(span: EvidenceSpan): Record<string, unknown> {
  const record = { evidence: [span] } as unknown as StanceWithArticle;
  const names = ['sentence', 'sentence_start', 'sentence_end', 'cue', 'evidence_count'];
  return Object.fromEntries(table.filter((c) => names.includes(c.name)).map((c) => [c.name, c.value(record)]));
}

describe('stanceTable', () => {
  it("flattens the strongest sentence with its offsets in the text, and a headline's without (they are the title's)", () => {
    const text: EvidenceSpan = { sentence: 'Canada backs the bid.', start: 40, end: 61, score: 1, confidence: 0.8, detail: { cue: 'backs' } };
    expect(flattened(text)).toEqual({ sentence: 'Canada backs the bid.', sentence_start: 40, sentence_end: 61, cue: 'backs', evidence_count: 1 });
    const headline: EvidenceSpan = { ...text, start: 0, end: 21, field: 'title' };
    expect(flattened(headline)).toEqual({ sentence: 'Canada backs the bid.', sentence_start: null, sentence_end: null, cue: 'backs', evidence_count: 1 });
  });
});
