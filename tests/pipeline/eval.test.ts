import { describe, expect, it } from 'vitest';
import { classOf, confusionOf, evaluate, formatReport, scoreTriples, type Triple } from '../../pipeline/eval.js';

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

describe('error analysis', () => {
  const gold = [t('a', 'RU', 'aukus', -1), t('a', 'CN', 'aukus', -1), t('a', 'US', 'aukus', 1), t('b', 'IN', 'ukraine', 0, 'fr')];
  const predicted = [t('a', 'RU', 'aukus', -1), t('a', 'CN', 'aukus', 1), t('b', 'IN', 'ukraine', 0, 'fr'), t('b', 'GB', 'ukraine', 1, 'fr')];

  it('counts missed pairs, spurious pairs and sign errors apart, and the pair F1 whatever the sign', () => {
    const s = scoreTriples(gold, predicted);
    expect(s).toMatchObject({ n_gold: 4, n_pred: 4, correct: 2, missed: 1, spurious: 1, sign_errors: 1 });
    // pairs: RU, CN, IN found (3), US missed, GB spurious → P 3/4, R 3/4
    expect(s.pair_f1).toBe(0.75);
  });

  it('gives the gold × predicted sign matrix, with "none" for a pair only one side has', () => {
    const m = confusionOf(gold, predicted);
    expect(m['-1']).toEqual({ '-1': 1, '0': 0, '+1': 1, none: 0 });
    expect(m['+1']).toEqual({ '-1': 0, '0': 0, '+1': 0, none: 1 });
    expect(m['0']).toEqual({ '-1': 0, '0': 1, '+1': 0, none: 0 });
    expect(m.none).toEqual({ '-1': 0, '0': 0, '+1': 1, none: 0 });
  });

  it('groups by the capability a gold item tests, and prints aligned rows with n and what the columns mean', () => {
    const report = evaluate(
      [
        { id: 'a', lang: 'en', capability: 'vote-list', gold: gold.slice(0, 3) },
        { id: 'b', lang: 'fr', capability: 'a-very-long-capability-name', gold: gold.slice(3) },
      ],
      predicted,
    );
    expect(Object.keys(report.by_capability!)).toEqual(['a-very-long-capability-name', 'vote-list']);
    const lines = formatReport(report);
    const header = lines.find((l) => l.includes('prec'))!;
    const rows = lines.filter((l) => /^(lang|topic|capability|overall)/.test(l));
    const precEnd = header.indexOf('prec') + 'prec'.length;
    for (const line of rows) expect(line.slice(precEnd - 5, precEnd), line).toMatch(/^\d\.\d{3}$/);
    expect(lines.find((l) => l.startsWith('capability vote-list'))).toMatch(/\b3\s+2\s+1\s+0\s+1$/);
    expect(lines.join('\n')).toMatch(/macroF1: the mean of the F1 of the three stance classes/);
  });

  it('prints where the missed pairs were lost when the report has it', () => {
    const report = {
      ...evaluate([{ id: 'a', lang: 'en', gold }], predicted),
      missed_by_stage: { holder_not_found: 1, holder_not_with_topic: 2, no_stance: 3 },
    };
    expect(formatReport(report)).toContain('missed pairs by where they were lost: holder not found 1 · holder never with the topic 2 · no stance read 3');
    expect(formatReport(evaluate([{ id: 'a', lang: 'en', gold }], predicted)).join('\n')).not.toMatch(/by where they were lost: holder not found/);
  });
});
