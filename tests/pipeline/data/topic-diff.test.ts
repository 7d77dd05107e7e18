import { describe, expect, it } from 'vitest';
import { parseTopic } from '../../../pipeline/data/topic-catalogue.js';
import { describeChange, diffTopics } from '../../../pipeline/data/topic-diff.js';
import { topicHash } from '../../../pipeline/provenance.js';

const before = parseTopic({
  id: 'arctic-drilling',
  label: 'Oil and gas drilling in the Arctic',
  description: 'Opening Arctic waters to drilling.',
  keywords: { en: ['Arctic drilling', 'drilling in the Arctic'], de: ['Bohrungen in der Arktis'] },
  pairs: { en: [[['Arctic'], ['drill*']]] },
  hypotheses: { support: '{actor} supports drilling in the Arctic.', oppose: '{actor} opposes drilling in the Arctic.' },
});

describe('diffTopics', () => {
  it('lists phrases added and removed per language, and texts replaced', () => {
    const after = parseTopic({
      ...before,
      keywords: { en: ['Arctic drilling', 'Arctic oil'], fr: ["forage dans l'Arctique"] },
      pairs: { en: [[['Arctic'], ['drill*', 'oil']]] },
      cues: { en: { oppose: ['keep it in the ground'] } },
      hypotheses: { ...before.hypotheses, support: '{actor} wants drilling in the Arctic.' },
      about: ['GL'],
    });
    expect(diffTopics(before, after).map(describeChange)).toEqual([
      'hypotheses.support: "{actor} supports drilling in the Arctic." → "{actor} wants drilling in the Arctic."',
      'about: "" → "GL"',
      'keywords (de): − "Bohrungen in der Arktis"',
      'keywords (en): + "Arctic oil"; − "drilling in the Arctic"',
      'keywords (fr): + "forage dans l\'Arctique"',
      'pairs (en): + "Arctic + drill*|oil"; − "Arctic + drill*"',
      'cues.oppose (en): + "keep it in the ground"',
    ]);
  });

  it('finds nothing in the same definition written in another key order, whose hash is the same', () => {
    const reordered = parseTopic(Object.fromEntries(Object.entries(before).reverse()));
    expect(diffTopics(before, reordered)).toEqual([]);
    expect(topicHash(reordered)).toBe(topicHash(before));
    expect(topicHash(parseTopic({ ...before, label: 'Arctic drilling' }))).not.toBe(topicHash(before));
  });
});
