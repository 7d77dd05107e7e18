import { describe, expect, it } from 'vitest';
import { classOf, evaluate, scoreTriples, type Triple } from '../../pipeline/eval.js';

const t = (article: string, actor: string, topic: string, stance: -1 | 0 | 1, lang = 'en'): Triple => ({ article, lang, actor, topic, stance, evidence: '' });

describe('scoreTriples', () => {
  const gold = [t('a', 'RU', 'aukus', -1), t('a', 'CN', 'aukus', -1), t('a', 'US', 'aukus', 1), t('b', 'IN', 'ukraine', 0, 'fr')];
  // RU right, CN wrong sign (1 FP + 1 FN), US missed (FN), IN right, extra GB (FP).
  const predicted = [t('a', 'RU', 'aukus', -1), t('a', 'CN', 'aukus', 1), t('b', 'IN', 'ukraine', 0, 'fr'), t('b', 'GB', 'ukraine', 1, 'fr')];

  it('counts a wrong sign as one false positive and one false negative', () => {
    const s = scoreTriples(gold, predicted);
    // tp 2, fp 2, fn 2
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    // class -1: tp1 fp0 fn1 → F1 2/3; class 0: tp1 → F1 1; class +1: tp0 fp2 fn1 → 0
    expect(s.macro_f1).toBeCloseTo((2 / 3 + 1 + 0) / 3, 4);
    expect(s.errors).toHaveLength(3);
    expect(s.errors.find((e) => e.actor === 'CN')).toMatchObject({ expected: -1, got: 1 });
    expect(s.errors.find((e) => e.actor === 'US')).toMatchObject({ expected: 1, got: null });
  });

  it('splits the report by language and topic', () => {
    const report = evaluate(
      [
        { id: 'a', lang: 'en', gold: gold.slice(0, 3) },
        { id: 'b', lang: 'fr', gold: gold.slice(3) },
      ],
      predicted,
      true,
    );
    expect(report.n_gold).toBe(4);
    expect(report.n_pred).toBe(4);
    expect(report.by_lang.en).toMatchObject({ precision: 0.5, recall: 0.3333 });
    expect(report.by_lang.fr).toMatchObject({ precision: 0.5, recall: 1 });
    expect(Object.keys(report.by_topic)).toEqual(['aukus', 'ukraine']);
    expect(report.errors).toHaveLength(3);
  });

  it('reads scores inside the neutral band as 0', () => {
    expect([classOf(0.1), classOf(-0.19), classOf(0.2), classOf(-0.5)]).toEqual([0, 0, 1, -1]);
  });
});
