import { describe, expect, it } from 'vitest';
import { checkMarkup, htmlToText, MAX_MARKUP_DEPTH } from '../../pipeline/sources/html.js';
import { cleanText, keptOnce, MAX_REPEAT_CANDIDATES, type RepeatStats } from '../../pipeline/stages/clean.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../pipeline/stages/sentences.js';

/*
 * Cleaning must stay linear in its input and bounded in its depth, whatever the input. Work is
 * counted, never timed: the paragraph comparisons for n and 2n paragraphs, and markup depth
 * checked before any tree is built.
 */

// Paragraphs of 30 words drawn from one small vocabulary: every pair shares many words (so an
// index keyed on words finds many candidates) and none repeats another (Jaccard about 1/3).
function sharedVocabulary(count: number): string[] {
  const vocabulary = Array.from({ length: 60 }, (_, i) => `word${i}`);
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, i) => `P${i} ${Array.from({ length: 30 }, () => vocabulary[Math.floor(next() * 60)]).join(' ')}.`);
}

function comparisons(paragraphs: string[]): number {
  const stats: RepeatStats = { comparisons: 0 };
  expect(keptOnce(paragraphs, stats)).toHaveLength(paragraphs.length);
  return stats.comparisons;
}

describe('repeated paragraphs', () => {
  it('are found with work linear in the number of paragraphs (comparing each with all earlier ones was quadratic)', () => {
    const small = comparisons(sharedVocabulary(200));
    const large = comparisons(sharedVocabulary(400));
    // Each paragraph is compared with a bounded number of earlier ones: linear. Comparing with
    // every earlier one (19,900 and then 79,800 comparisons) grows fourfold when n doubles.
    expect(large).toBeLessThanOrEqual(MAX_REPEAT_CANDIDATES * 400);
    expect(large / small).toBeLessThan(3);
  });

  it('are still found far apart, with a word changed, among hundreds of similar paragraphs', () => {
    const paragraphs = sharedVocabulary(300);
    const changed = paragraphs[3].replace(/\.$/, ' again.');
    const kept = keptOnce([...paragraphs, changed, paragraphs[150]]);
    expect(kept).toEqual(paragraphs);
  });

  it('leave a long article of distinct paragraphs whole', () => {
    const text = sharedVocabulary(2000).join('\n\n');
    expect(cleanText(text).split('\n\n')).toHaveLength(2000);
  });
});

describe('markup', () => {
  const nested = (levels: number) => `${'<div>'.repeat(levels)}<p>Russia opposes NATO expansion.</p>${'</div>'.repeat(levels)}`;

  it('nested beyond the limit is refused with the reason before a tree is built (20,000 levels overflowed the stack)', () => {
    expect(() => checkMarkup(nested(20_000))).toThrow(`markup nested more than ${MAX_MARKUP_DEPTH} levels deep`);
    expect(() => cleanText(nested(20_000))).toThrow(/nested more than/);
  });

  it('nested as deep as real pages is read', () => {
    expect(htmlToText(nested(60))).toBe('Russia opposes NATO expansion.');
  });

  it('counts depth as the parser builds it: void elements and implied closes do not nest', () => {
    // 2,000 unclosed <p> and <br> in a row: the parser closes each <p> when the next opens.
    expect(() => checkMarkup(`${'<p>One more paragraph.<br>'.repeat(2000)}`)).not.toThrow();
  });

  it('with many elements is refused', () => {
    expect(() => checkMarkup('<span>x</span>'.repeat(40_000))).toThrow(/more than 30000 elements/);
  });
});

describe('control characters', () => {
  it('are dropped from stored text, so no escape sequence reaches a terminal', () => {
    expect(cleanText('Russia \u001b[31mopposes\u001b[0m NATO\u0000 expansion.\u0007')).toBe('Russia [31mopposes[0m NATO expansion.');
  });
});

describe('a paragraph without sentence ends', () => {
  // One "sentence" of 200,000 characters: a scraped list joined by commas. Read whole, its cost
  // grew faster than its length (a 1.5 MB one failed three attempts of a minute each).
  const clauses = Array.from({ length: 5000 }, (_, i) => `Moscow opposes NATO expansion, Lavrov said ${i}`);
  const text = clauses.join(', ');

  it('is analysed in pieces no longer than a sentence may be, cut after commas, covering every word', () => {
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS && text.slice(s.start, s.end) === s.text)).toBe(true);
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true);
    const gaps = sentences.slice(1).map((s, i) => text.slice(sentences[i].end, s.start));
    expect(gaps.every((gap) => gap.trim() === '')).toBe(true);
    expect(sentences[0].start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(text.length);
  });

  it('without spaces or commas is cut at the limit, never inside a character of two code units', () => {
    // After one narrow character, every pair starts at an odd index: a cut at the limit would split one.
    const wide = `x${'𠀀'.repeat(MAX_SENTENCE_CHARS)}`;
    const sentences = splitSentences(wide);
    expect(sentences.map((s) => s.text).join('')).toBe(wide);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS && !/^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
  });

  it('leaves ordinary sentences as they were', () => {
    expect(splitSentences('Mr. Lavrov spoke. The U.S. answered on Friday.').map((s) => s.text)).toEqual(['Mr. Lavrov spoke.', 'The U.S. answered on Friday.']);
  });
});
