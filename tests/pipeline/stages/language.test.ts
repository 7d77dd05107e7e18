import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../pipeline/stages/language.js';

describe('detectLanguage', () => {
  it('keeps the language the input gave', async () => {
    expect(await detectLanguage('Russia opposes NATO expansion.', 'de')).toBe('de');
  });

  it('recognises single sentences in the supported languages', async () => {
    const samples: Array<[string, string]> = [
      ['en', 'Turkey said it would not support the two applications.'],
      ['ru', 'Москва выступает против расширения альянса на восток.'],
      ['uk', 'Україна подає заявку на вступ до НАТО у прискореному порядку.'],
      ['de', 'Die Bundesregierung unterstützt die Sanktionen gegen Russland.'],
      ['fr', 'La France a rappelé ses ambassadeurs aux États-Unis.'],
      ['es', 'El gobierno no impondrá ninguna sanción económica a Rusia.'],
      ['tr', 'Ankara yaptırımlara katılmayı planlamadığını söyledi.'],
      ['zh', '中方坚决反对任何形式的台独分裂行径。'],
      ['ja', '岸田首相は厳しい対ロ制裁を続けていく考えを示した。'],
      ['ar', 'قالت الحكومة إنها لن تقبل أي مساس بوحدة أراضيها.'],
    ];
    for (const [lang, text] of samples) expect(await detectLanguage(text), text).toBe(lang);
  });
});
