import { describe, expect, it } from 'vitest';
import { aggregateArticle, type SentenceResult } from '../../../pipeline/stages/aggregate.js';

/** One scored sentence of actor FR on topic aukus, `index` sentences into the article. */
function sentence(index: number, score: number, confidence: number): SentenceResult {
  const text = `Sentence ${index} of the article.`;
  return {
    sentence: { index, paragraph: 0, start: index * 40, end: index * 40 + text.length, text },
    actor: 'FR',
    topic: 'aukus',
    stance: { score, confidence },
  };
}

describe('aggregateArticle', () => {
  it('takes the confidence-weighted mean of agreeing sentences', () => {
    const [record] = aggregateArticle([sentence(0, 1, 0.8), sentence(1, 0.5, 0.4)]);
    expect(record.score).toBeCloseTo((0.8 + 0.2) / 1.2, 3);
    expect(record.label).toBe('support');
  });

  it('reads sentences that disagree as the better-attested side, not as neutral', () => {
    const [record] = aggregateArticle([sentence(0, -1, 0.64), sentence(1, 1, 0.8)]);
    expect(record.label).toBe('support');
    expect(record.score).toBe(1);
    // The disagreement still costs confidence: less than the stronger sentence alone.
    expect(record.confidence).toBeLessThan(aggregateArticle([sentence(1, 1, 0.8)])[0].confidence);
    // Every sentence stays as evidence, the dissenting one included.
    expect(record.evidence.map((e) => e.score)).toEqual([1, -1]);
  });

  it('on a tie between the sides, keeps the side the article states first', () => {
    expect(aggregateArticle([sentence(3, 1, 0.9), sentence(1, -1, 0.9)])[0].label).toBe('oppose');
    expect(aggregateArticle([sentence(1, 1, 0.9), sentence(3, -1, 0.9)])[0].label).toBe('support');
  });

  it("counts the headline as stated before the text, and marks its evidence as the title's", () => {
    const headline: SentenceResult = {
      ...sentence(0, -1, 0.9),
      sentence: { index: 0, paragraph: 0, start: 0, end: 20, text: 'A headline of twenty', field: 'title' },
    };
    const [record] = aggregateArticle([sentence(0, 1, 0.9), headline]);
    expect(record.label).toBe('oppose');
    expect(record.evidence.map((e) => e.field)).toEqual(['title', undefined]);
  });

  it('lets a neutral sentence pull a directional one toward neutral', () => {
    const [record] = aggregateArticle([sentence(0, 0, 0.9), sentence(1, 1, 0.3)]);
    expect(record.score).toBeCloseTo(0.25, 3);
  });

  it('counts a repeated sentence once', () => {
    // Counted twice, the later sentence would outweigh the first; counted once, the tie goes to the first.
    const [record] = aggregateArticle([sentence(0, -1, 0.8), sentence(1, 1, 0.8), sentence(1, 1, 0.8)]);
    expect(record.label).toBe('oppose');
  });

  it('lets sentences that speak of the topic outweigh lead sentences that only take it from the headline', () => {
    const lead = (index: number): SentenceResult => ({ ...sentence(index, 1, 0.9), fromHeadline: true });
    const [record] = aggregateArticle([lead(0), lead(1), sentence(3, -1, 0.8)]);
    expect(record.label).toBe('oppose');
    // Taken alone, or agreeing with the text, the lead sentences still count.
    expect(aggregateArticle([lead(0), lead(1)])[0].label).toBe('support');
    expect(aggregateArticle([lead(0), sentence(3, 1, 0.5)])[0].score).toBe(1);
    // Between sentences of the text, the better-attested side still stands.
    const [mixed] = aggregateArticle([lead(0), sentence(2, 1, 0.9), sentence(3, 1, 0.9), sentence(4, -1, 0.8)]);
    expect(mixed.label).toBe('support');
  });

  it('keeps an abstention as the record, whatever else the holder says on the topic, unless it also cast a vote', () => {
    const vote = (index: number, score: number, act: string): SentenceResult => ({
      ...sentence(index, score, 0.8),
      stance: { score, confidence: 0.8, detail: { act } },
    });
    // "China abstained …. Its envoy said the text would not help to ease tensions."
    const [abstained] = aggregateArticle([vote(1, 0, 'abstain'), sentence(2, -1, 0.9)]);
    expect(abstained.label).toBe('neutral');
    expect(abstained.score).toBe(0);
    // Both sentences stay as evidence.
    expect(abstained.evidence).toHaveLength(2);
    // An abstention in an earlier vote does not outweigh a vote against in this one.
    expect(aggregateArticle([vote(1, -1, 'voteAgainst'), vote(3, 0, 'abstain')])[0].label).toBe('oppose');
    // Without a vote's mark, a neutral sentence is weighed as any other.
    expect(aggregateArticle([sentence(1, 0, 0.8), sentence(2, -1, 0.9)])[0].label).toBe('oppose');
  });
});
