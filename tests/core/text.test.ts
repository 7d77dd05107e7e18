import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../core/phrase-matcher.js';
import { fold, foldKeepingOffsets, phraseWords, tokenize } from '../../core/text.js';
import { findActorMentions } from '../../pipeline/stages/actors.js';

const matches = (phrase: string, text: string) => new PhraseMatcher([{ phrase, value: true }]).find(text).length > 0;

describe('fold', () => {
  it('ignores case, ё, the dot of Turkish İ, Arabic marks, hamza seats, alef maqsura and ta marbuta', () => {
    expect(fold('NATO')).toBe('nato');
    expect(fold('объединённых')).toBe('объединенных');
    expect(fold('İSVEÇ')).toBe('isveç');
    expect(fold('رُوسِيَا')).toBe('روسيا');
    expect(fold('إسرائيل')).toBe(fold('اسرائيل'));
    expect(fold('مصطفى')).toBe(fold('مصطفي'));
    expect(fold('العربية')).toBe(fold('العربيه'));
  });

  it('reads full-width Latin letters and digits as ASCII, keeping every offset', () => {
    expect(fold('ＮＡＴＯ')).toBe('nato');
    expect(fold('Ｇ７')).toBe('g7');
    expect(foldKeepingOffsets('ＥＵは２６日')).toBe('euは26日');
    expect(matches('NATO', '政府はＮＡＴＯへの加盟を申請した')).toBe(true);
    expect(matches('=NATO', 'ＮＡＴＯ summit')).toBe(true);
    expect(findActorMentions('ＥＵとＮＡＴＯは', { lang: 'ja', date: null }).map((m) => [m.actor, m.surface])).toEqual([
      ['EU', 'ＥＵ'],
      ['NATO', 'ＮＡＴＯ'],
    ]);
  });

  it('reads traditional Chinese as simplified, keeping every offset', () => {
    expect(fold('中國外交部發言人')).toBe('中国外交部发言人');
    expect(fold('臺灣獨立')).toBe(fold('台湾独立'));
    expect(foldKeepingOffsets('美國與菲律賓達成協議')).toBe('美国与菲律宾达成协议');
    expect(matches('北约东扩', '俄方反對北約東擴')).toBe(true);
    // Folding twice changes nothing, so a phrase and a text that were folded meet.
    for (const text of ['麼', '么', '發', '後', '乾']) expect(fold(fold(text))).toBe(fold(text));
    // Kana are left alone.
    expect(fold('ロシアはクリミアを')).toBe('ロシアはクリミアを');
  });

  it('has the traditional table that OpenCC’s dictionaries give', async () => {
    const { traditionalToSimplified } = await import('../../scripts/traditional-chinese.mjs');
    const { default: table } = await import('../../core/traditional-chinese.json', { with: { type: 'json' } });
    expect(table).toEqual(traditionalToSimplified());
  });

  it('folds a whole text in place only when every offset is kept', () => {
    expect(foldKeepingOffsets('Объединённые Нации')).toBe('объединенные нации');
    expect(foldKeepingOffsets('İsveç')).toBeNull();
    // ß folds to ss, as Swiss writing spells it: two characters for one.
    expect(fold('Strafmaßnahmen')).toBe(fold('Strafmassnahmen'));
    expect(foldKeepingOffsets('Strafmaßnahmen')).toBeNull();
    expect(foldKeepingOffsets('رُوسِيَا')).toBeNull();
  });
});

describe('tokenize', () => {
  it('splits words at punctuation and between Chinese or Japanese script and other letters', () => {
    expect(tokenize("Rusya'nın U.S.-led 中国はAUKUSに").map((t) => t.text)).toEqual(['Rusya', 'nın', 'U', 'S', 'led', '中国は', 'AUKUS', 'に']);
  });

  it('gives each token its folded form at the right offsets', () => {
    const [token] = tokenize('  ЁЛКА');
    expect(token).toEqual({ start: 2, end: 6, text: 'ЁЛКА', lower: 'елка' });
  });

  it('keeps the stem mark on the last word of a data phrase', () => {
    expect(phraseWords("Rusya'nın* Dışişleri")).toEqual(['Rusya', 'nın*', 'Dışişleri']);
  });
});

describe('one normaliser for every matcher', () => {
  it('matches a cue or topic phrase written with ё against text written with е, and the other way round', () => {
    expect(matches('расширение НАТО', 'Москва против расширения и расширение НАТО')).toBe(true);
    expect(matches('объединённых', 'Организация объединенных наций')).toBe(true);
    expect(matches('объединенных', 'Организация Объединённых Наций')).toBe(true);
  });

  it('matches a capitalised Turkish word with İ, as the actor finder does', () => {
    expect(matches('ittifak', 'İTTİFAK genişliyor')).toBe(true);
    expect(matches('ittifak*', 'İttifakın genişlemesi')).toBe(true);
    expect(findActorMentions('İsveç NATO üyeliği için başvurdu.', { lang: 'tr' }).map((m) => m.actor)).toContain('SE');
  });

  it('matches Arabic phrases whatever the vowel marks and hamza seats', () => {
    expect(matches('العقوبات', 'فرضت العُقُوبَات')).toBe(true);
    expect(matches('إسرائيل', 'قالت اسرائيل')).toBe(true);
  });
});
