import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../pipeline/stages/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits English without breaking on abbreviations and initials', () => {
    expect(texts('Mr. Blinken met U.S. allies on Friday. He said the U.K. agreed. J. Smith left.')).toEqual([
      'Mr. Blinken met U.S. allies on Friday.',
      'He said the U.K. agreed.',
      'J. Smith left.',
    ]);
  });

  it('ends a sentence after the platform X, not after an initial', () => {
    expect(texts('He wrote on X. Later he spoke to reporters. It was signed by George W. Bush and by J. Smith.')).toEqual([
      'He wrote on X.',
      'Later he spoke to reporters.',
      'It was signed by George W. Bush and by J. Smith.',
    ]);
    expect(texts('„Ein großer Tag“, schrieb er auf der Plattform X. Auch Stoltenberg begrüßte die Abstimmung.')).toEqual([
      '„Ein großer Tag“, schrieb er auf der Plattform X.',
      'Auch Stoltenberg begrüßte die Abstimmung.',
    ]);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(texts('Russia and Syria voted no. China abstained. Resolution No. 5 passed.')).toEqual([
      'Russia and Syria voted no.',
      'China abstained.',
      'Resolution No. 5 passed.',
    ]);
  });

  it('keeps a quote with its attribution and splits inside a multi-sentence quote', () => {
    expect(texts('"This is not about NATO. This is about the right to choose," he told MSNBC.')).toEqual([
      '"This is not about NATO.',
      'This is about the right to choose," he told MSNBC.',
    ]);
  });

  it('splits Chinese and Japanese on full-width marks without spaces', () => {
    expect(texts('中方坚决反对。美方不支持台湾独立！对吗？')).toEqual(['中方坚决反对。', '美方不支持台湾独立！', '对吗？']);
    expect(texts('日本は制裁を続ける。ロシアは反発した。')).toEqual(['日本は制裁を続ける。', 'ロシアは反発した。']);
  });

  it('splits Arabic on the Arabic question mark and full stops', () => {
    expect(texts('هل تعترف سوريا؟ قالت كييف إنها لن تقبل ذلك. انتهى')).toEqual(['هل تعترف سوريا؟', 'قالت كييف إنها لن تقبل ذلك.', 'انتهى']);
  });

  it('splits Russian and keeps abbreviations like "т.е."', () => {
    expect(texts('Москва выступает против. Т.е. расширение НАТО неприемлемо. Так заявил Лавров.')).toHaveLength(3);
  });

  it('gives offsets into the text and paragraph numbers', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 'First one.'],
      [0, 'Second one.'],
      [1, 'Third one.'],
    ]);
  });

  it('splits scraped text whose sentences lost the space after their full stop, but not abbreviations or dotted names', () => {
    const text = 'Die Resolution wurde verabschiedet.Die Abstimmung war klar. Prof.Schmidt kam im Jahr 2014.Danach sprach die U.S.Army.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Die Resolution wurde verabschiedet.',
      'Die Abstimmung war klar.',
      'Prof.Schmidt kam im Jahr 2014.',
      'Danach sprach die U.S.Army.',
    ]);
    expect(splitSentences('Він сказав це.Україна відповіла.').map((s) => s.text)).toEqual(['Він сказав це.', 'Україна відповіла.']);
  });
});
