import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../pipeline/stages/actors.js';

function actors(text: string, lang: string): string[] {
  return findActorMentions(text, { lang, date: '2024-05-01' }).map((m) => m.actor);
}

// Sentences written for this test: an official named by the country's adjective, or a capital
// standing for its government, for countries that had neither in these languages before.
const FOUND: [lang: string, text: string, codes: string[]][] = [
  ['fr', 'Le ministre algérien des Affaires étrangères a affirmé son soutien', ['DZ']],
  ['fr', 'Alger a rejeté la proposition', ['DZ']],
  ['fr', 'Les autorités maliennes et le président sénégalais ont protesté', ['ML', 'SN']],
  ['fr', 'La diplomatie marocaine a salué l’accord conclu à Nairobi', ['MA', 'KE']],
  ['es', 'El canciller chileno expresó su apoyo', ['CL']],
  ['es', 'Argel rechazó la resolución y Lima guardó silencio', ['DZ', 'PE']],
  ['es', 'Las autoridades etíopes y el gobierno tanzano', ['ET', 'TZ']],
  ['de', 'Der algerische Außenminister sagte, die kenianische Regierung begrüße den Schritt', ['DZ', 'KE']],
  ['de', 'Algier lehnte ab, Wien schwieg', ['DZ', 'AT']],
  ['ru', 'Алжирский МИД и марокканская сторона поддержали', ['DZ', 'MA']],
  ['ru', 'Послы в Лиссабоне и Загребе', ['PT', 'HR']],
  ['ru', 'Черногорские власти заявили', ['ME']],
  ['uk', 'Чилійський уряд підтримав, а у Відні заявили', ['CL', 'AT']],
  ['ar', 'قال وزير الخارجية الكيني إن الحكومة الإثيوبية رفضت', ['KE', 'ET']],
  ['ar', 'أعلنت كمبالا وداكار', ['UG', 'SN']],
  ['tr', 'Cezayirli yetkililer ve Bağdat yönetimi tepki gösterdi', ['DZ', 'IQ']],
  ['tr', 'Ermeni ve Azeri heyetler', ['AM', 'AZ']],
  ['zh', '阿尔及尔和喀布尔表示', ['DZ', 'AF']],
  ['ja', 'ナイロビとダッカは表明した', ['KE', 'BD']],
  ['en', 'The Zambian foreign minister met Togolese officials in Bishkek', ['ZM', 'TG', 'KG']],
];

// Words that a careless stem or a capital written as a common word would take for a country.
const NOT_FOUND: [lang: string, text: string][] = [
  ['fr', 'qu’il vienne demain, les drapeaux en berne'],
  ['es', 'con una lima y una paz duradera, yo quito el polvo'],
  ['uk', 'Відносини між країнами'],
  ['ru', 'Лиссабонский договор и жители Черногорска'],
  ['tr', 'Sana söyledim'],
  ['ar', 'مسقط رأسه'],
  ['de', 'die zentralafrikanischen Staaten'],
];

describe('adjectives and capitals of the gazetteer', () => {
  it.each(FOUND)('%s: %s', (lang, text, codes) => {
    expect(actors(text, lang)).toEqual(codes);
  });

  it.each(NOT_FOUND)('%s: %s names no country', (lang, text) => {
    expect(actors(text, lang)).toEqual([]);
  });

  it('gives South Sudan, not Sudan, the compound adjective', () => {
    expect(actors('un ministre sud-soudanais', 'fr')).toEqual(['SS']);
    expect(actors('Güney Sudanlı yetkililer', 'tr')).toEqual(['SS']);
  });
});
