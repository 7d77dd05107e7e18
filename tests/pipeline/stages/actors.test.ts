import { describe, expect, it } from 'vitest';
import { type ActorMention, findActorMentions } from '../../../pipeline/stages/actors.js';

function actors(text: string, lang: string, date: string | null = '2022-06-01'): string[] {
  return findActorMentions(text, { lang, date }).map((m) => m.actor);
}

function first(text: string, lang: string, date: string | null = '2022-06-01'): ActorMention | undefined {
  return findActorMentions(text, { lang, date })[0];
}

describe('findActorMentions', () => {
  it('finds names, metonyms and people in English, with offsets into the text', () => {
    const text = "Russia's Foreign Ministry said the Kremlin would answer Kyiv, while Boris Johnson spoke in Kiev.";
    const found = findActorMentions(text, { lang: 'en', date: '2022-04-09' });
    expect(found.map((m) => [m.actor, m.kind])).toEqual([
      ['RU', 'name'],
      ['RU', 'place'],
      ['UA', 'place'],
      ['GB', 'person'],
      ['UA', 'place'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(found[1].surface).toBe('the Kremlin');
    expect(found[3]).toMatchObject({ surface: 'Boris Johnson', person: 'Boris Johnson' });
  });

  it('finds names written in traditional Chinese characters that the gazetteer lists in simplified ones, with offsets into the text', () => {
    const text = '哥倫比亞外交部表示，巴拿馬和哥斯達黎加也將出席。';
    const found = findActorMentions(text, { lang: 'zh', date: '2023-03-01' });
    expect(found.map((m) => [m.actor, m.surface])).toEqual([
      ['CO', '哥倫比亞外交部'],
      ['PA', '巴拿馬'],
      ['CR', '哥斯達黎加'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('handles possessives and hyphenated compounds', () => {
    expect(actors('US-led talks, Russo-Chinese ties and a Moscow-based bank; Iran’s reply', 'en')).toEqual(['US', 'RU', 'CN', 'RU', 'IR']);
    expect(actors('Iranian and Chinese officials met U.S. envoys', 'en')).toEqual(['IR', 'CN', 'US']);
  });

  it('resolves office holders against the publication date', () => {
    expect(first('Stoltenberg said the door is open', 'en', '2022-05-18')).toMatchObject({ actor: 'NATO', person: 'Jens Stoltenberg' });
    expect(first('Stoltenberg presented the budget', 'en', '2025-06-01')?.actor).toBe('NO');
    expect(first('Rutte said', 'en', '2023-03-01')?.actor).toBe('NL');
    expect(first('Rutte said', 'en', '2025-03-01')?.actor).toBe('NATO');
    expect(first('Rutte said', 'en', null)?.actor).toBe('NATO');
    expect(first('John Kirby told reporters', 'en', '2022-08-02')?.actor).toBe('US');
    expect(first('Kirby told reporters', 'en', '2022-08-02')?.actor).toBe('US');
    expect(first('Cameron said', 'en', '2015-01-01')?.actor).toBe('GB');
    expect(first('Cameron said', 'en', '2024-01-01')?.person).toBe('David Cameron');
    expect(actors('Trump spoke at a rally', 'en', '2022-11-15')).toEqual([]);
    expect(actors('Trump spoke at a rally', 'en', '2025-03-01')).toEqual(['US']);
  });

  it('keeps whole words and respects case-sensitive aliases', () => {
    expect(actors('Chadwick met Omanis near Nigerian oil fields', 'en')).toEqual(['NG']);
    expect(actors('Let us know, said the UN envoy from the US', 'en')).toEqual(['UN', 'US']);
    expect(actors('We ate turkey and broke some china while jordan watched', 'en')).toEqual([]);
  });

  it('gives an institution named without its country to the country named right before it', () => {
    expect(actors('Ticaret Bakanlığı açıklama yaptı.', 'tr')).toEqual(['TR']);
    expect(actors('Çin Ticaret Bakanlığı açıklama yaptı.', 'tr')).toEqual(['CN', 'CN']);
    expect(actors('Çin ile Ticaret Bakanlığı görüştü.', 'tr')).toEqual(['CN', 'TR']);
  });

  it('does not take food, porcelain or US-state phrases for countries', () => {
    expect(actors('A Turkey sandwich and a China cabinet', 'en')).toEqual([]);
    expect(actors('fine china and roast turkey', 'en')).toEqual([]);
    expect(actors('Voters in Atlanta, Georgia and Georgia voters lined up', 'en')).toEqual([]);
    expect(actors('Georgia applied to join the EU', 'en')).toEqual(['GE', 'EU']);
    expect(actors('Turkey objected; China agreed', 'en')).toEqual(['TR', 'CN']);
  });

  it('does not take a news outlet named after a country for that country', () => {
    expect(actors('France said so, Agence France-Presse reported', 'en')).toEqual(['FR']);
    expect(actors('Voice of America and the South China Morning Post reported it', 'en')).toEqual([]);
    expect(actors('sagte ein Sprecher der Deutschen Presse-Agentur', 'de')).toEqual([]);
    expect(actors('据美国之音和中国日报报道', 'zh')).toEqual([]);
    expect(actors('передает «Российская газета»', 'ru')).toEqual([]);
    expect(actors('قالت قناة روسيا اليوم', 'ar')).toEqual([]);
  });

  it('does not give the UN voice to the Security Council or the General Assembly', () => {
    expect(actors('The UN Security Council and the UN General Assembly voted', 'en')).toEqual([]);
    expect(actors('UN Secretary-General António Guterres', 'en')).toEqual(['UN', 'UN']);
  });

  it('returns anaphors with their kind', () => {
    const found = findActorMentions('NATO said the alliance would grow; the bloc agreed', { lang: 'en' });
    expect(found.map((m) => [m.actor, m.kind])).toEqual([
      ['NATO', 'name'],
      ['NATO', 'anaphor'],
      ['EU', 'anaphor'],
    ]);
  });

  it('recognises inflected Russian and Ukrainian forms', () => {
    expect(actors('Переговоры в Москве, позиция России и российский МИД', 'ru')).toEqual(['RU', 'RU', 'RU']);
    expect(actors('Владимир Путин встретился с Си Цзиньпином в Пекине; НАТО', 'ru')).toEqual(['RU', 'CN', 'CN', 'NATO']);
    expect(actors('Вучич заявил, что Сербия и Евросоюз', 'ru')).toEqual(['RS', 'RS', 'EU']);
    expect(actors('Того, кто это сделал, ждут в Индии; того же мнения в Перу', 'ru')).toEqual(['IN', 'PE']);
    expect(actors('санкції проти Росії, заява Києва, Кулеба', 'uk', '2023-02-25')).toEqual(['RU', 'UA', 'UA']);
  });

  it('recognises German, French and Spanish forms', () => {
    expect(actors('Russlands Krieg, Moskaus Antwort und die Bundesregierung', 'de')).toEqual(['RU', 'RU', 'DE']);
    expect(actors('la Russie, Pékin et l’OTAN', 'fr')).toEqual(['RU', 'CN', 'NATO']);
    expect(actors('le ministre Bruno Le Maire et le maire de Lyon', 'fr', '2022-03-02')).toEqual(['FR']);
    expect(actors('Rusia, Pekín y la OTAN', 'es')).toEqual(['RU', 'CN', 'NATO']);
  });

  it('recognises Turkish suffixes after an apostrophe or glued on', () => {
    expect(actors("Rusya'ya, Ankara'nın ve Türkiye'nin tutumu; Rusyanın", 'tr')).toEqual(['RU', 'TR', 'TR', 'RU']);
    expect(actors('mali destek ve mısır ihracatı', 'tr')).toEqual([]);
  });

  it('strips Arabic clitics', () => {
    expect(actors('وروسيا بموسكو الصين للصين والولايات المتحدة', 'ar')).toEqual(['RU', 'RU', 'CN', 'CN', 'US']);
    expect(actors('دعم مالي كبير', 'ar')).toEqual([]);
  });

  it('finds Chinese names as substrings, with single-character runs', () => {
    expect(actors('中方坚决反对，北京表示，美国和俄罗斯', 'zh')).toEqual(['CN', 'CN', 'US', 'RU']);
    expect(actors('中美关系与中俄合作，俄乌冲突', 'zh')).toEqual(['CN', 'US', 'CN', 'RU', 'RU', 'UA']);
    expect(actors('美英向澳方转让', 'zh')).toEqual(['US', 'GB', 'AU']);
    expect(actors('中心城市的中英文材料，其中美国代表', 'zh')).toEqual(['US']);
    expect(actors('联合国安理会', 'zh')).toEqual([]);
  });

  it('finds Japanese names, compounds and abbreviations', () => {
    expect(actors('日米韓の首脳', 'ja')).toEqual(['JP', 'US', 'KR']);
    expect(actors('米国とロシア、対ロ制裁', 'ja')).toEqual(['US', 'RU', 'RU']);
    expect(actors('日本語の中心にある', 'ja')).toEqual(['JP']);
    expect(actors('18日米国務省は', 'ja')).toEqual(['US']);
    expect(actors('マリオとインド太平洋', 'ja')).toEqual([]);
    expect(actors('岸田文雄首相とNATO', 'ja', '2022-03-22')).toEqual(['JP', 'NATO']);
  });

  it('finds institutions and seats of government that carry no country name, in ten languages', () => {
    expect(actors('The State Department and Foggy Bottom disagreed with Capitol Hill', 'en')).toEqual(['US', 'US', 'US']);
    expect(actors('The Knesset and the Riksdag voted; the Eduskunta and the Sejm waited', 'en')).toEqual(['IL', 'SE', 'FI', 'PL']);
    expect(actors('Госдепартамент, Форин-офис и Смоленская площадь обменялись нотами', 'ru')).toEqual(['US', 'GB', 'RU']);
    expect(findActorMentions('Министерство иностранных дел России и Совет Федерации', { lang: 'ru' }).map((m) => [m.actor, m.kind])).toEqual([
      ['RU', 'institution'],
      ['RU', 'institution'],
    ]);
    expect(actors('Верховна Рада і Держдума', 'uk')).toEqual(['UA', 'RU']);
    expect(actors('国台办回应陆委会，全国人大和国务院台湾事务办公室', 'zh')).toEqual(['CN', 'TW', 'CN', 'CN']);
    expect(actors('首相官邸と防衛省、英首相官邸', 'ja')).toEqual(['JP', 'JP', 'GB']);
    expect(actors('Das Auswärtige Amt und der Bendlerblock widersprachen der Staatsduma', 'de')).toEqual(['DE', 'DE', 'RU']);
    expect(actors("Le Quai d'Orsay et l'hôtel de Brienne répondent à la Douma", 'fr')).toEqual(['FR', 'FR', 'RU']);
    expect(actors('La Moncloa, la Casa Rosada y el Planalto', 'es')).toEqual(['ES', 'AR', 'BR']);
    expect(actors('TBMM ve Milli Savunma Bakanlığı açıklama yaptı', 'tr')).toEqual(['TR', 'TR']);
    expect(actors('الكنيست والدوما والكونغرس', 'ar')).toEqual(['IL', 'RU', 'US']);
  });

  it('reads ministries named with the country the way each press writes them', () => {
    expect(actors('der russische Außenministeriumssprecher und das chinesische Verteidigungsministerium', 'de')).toEqual(['RU', 'CN']);
    expect(actors('le ministère russe des Affaires étrangères et la diplomatie chinoise', 'fr')).toEqual(['RU', 'CN']);
    expect(actors('la Cancillería argentina y el Ministerio de Defensa ruso', 'es')).toEqual(['AR', 'RU']);
    expect(actors("Rusya Dışişleri Bakanlığı'ndan açıklama", 'tr')).toEqual(['RU']);
    expect(actors('وزارة الخارجية الصينية والخارجية القطرية', 'ar')).toEqual(['CN', 'QA']);
    expect(actors('俄罗斯外交部和日本防卫省', 'zh')).toEqual(['RU', 'JP']);
    expect(actors('ロシア外務省と中国国防省', 'ja')).toEqual(['RU', 'CN']);
  });

  it('gives bare ministry words and ordinary words to no actor', () => {
    expect(actors('外交部发言人表示，国防部和议会', 'zh')).toEqual([]);
    expect(actors('外務省と国防省、国会', 'ja')).toEqual([]);
    expect(actors('a Petri dish, a waltz, fifty pence and a King Charles spaniel at Westminster Abbey', 'en')).toEqual([]);
    expect(actors('крупнейших банков и банковский сектор', 'ru')).toEqual([]);
    expect(actors('森林内的人提高克服困难的能力，以军事手段维护合法政府', 'zh')).toEqual([]);
    expect(actors('yıldırım düştü, bilgiç biri', 'tr')).toEqual([]);
    expect(actors('des frappes à Douma', 'fr', '2018-04-10')).toEqual([]);
    expect(actors('der Herzog von Edinburgh', 'de')).toEqual([]);
    expect(actors('韩国瑜表示', 'zh', '2025-01-01')).toEqual([]);
  });

  it('resolves newly listed office holders by date, in every script', () => {
    const spokespeople = '华春莹、赵立坚、汪文斌、毛宁、林剑、郭嘉昆';
    expect(findActorMentions(spokespeople, { lang: 'zh', date: '2021-06-01' }).map((m) => m.surface)).toEqual(['华春莹', '赵立坚', '汪文斌']);
    expect(findActorMentions(spokespeople, { lang: 'zh', date: '2025-03-01' }).map((m) => m.surface)).toEqual(['华春莹', '毛宁', '林剑', '郭嘉昆']);
    expect(actors('Guo Jiakun told reporters', 'en', '2022-06-01')).toEqual([]);
    for (const [text, lang] of [
      ['Кулеба', 'uk'],
      ['库列巴', 'zh'],
      ['クレバ外相', 'ja'],
      ['كوليبا', 'ar'],
      ['Kuleba', 'tr'],
    ]) {
      expect(first(text, lang, '2023-02-01'), `${lang} ${text}`).toMatchObject({ actor: 'UA', person: 'Dmytro Kuleba' });
    }
    expect(first('Захарова заявила', 'ru', '2024-01-01')).toMatchObject({ actor: 'RU', person: 'Maria Zakharova' });
    expect(first('Khamenei said', 'en', '2025-06-01')?.person).toBe('Ali Khamenei');
    expect(first('Khamenei said', 'en', '2026-05-01')?.person).toBe('Mojtaba Khamenei');
    expect(actors('Orbán said', 'en', '2025-06-01')).toEqual(['HU']);
    expect(actors('Orbán said', 'en', '2026-06-01')).toEqual([]);
    expect(actors('Mykhailo Fedorov said', 'en', '2025-06-01')).toEqual([]);
    expect(actors('Mykhailo Fedorov said', 'en', '2026-02-01')).toEqual(['UA']);
    expect(actors('Queen Elizabeth and King Charles', 'en', '2021-01-01')).toEqual(['GB']);
    expect(actors('Queen Elizabeth and King Charles', 'en', '2023-01-01')).toEqual(['GB']);
    expect(first('天皇陛下は', 'ja', '2018-01-01')?.person).toBe('Akihito');
    expect(first('天皇陛下は', 'ja', '2020-01-01')?.person).toBe('Naruhito');
    expect(actors('Pence said the rise cost 50 pence', 'en', '2019-01-01')).toEqual(['US']);
    expect(first('Tusk said', 'en', '2012-01-01')?.actor).toBe('PL');
    expect(first('Tusk said', 'en', '2016-01-01')?.actor).toBe('EU');
    expect(first('Tusk said', 'en', '2024-01-01')?.actor).toBe('PL');
    expect(first('王毅表示', 'zh', '2023-03-01')).toMatchObject({ actor: 'CN', person: 'Wang Yi' });
    expect(actors('立法院长韩国瑜表示，卓荣泰与顾立雄', 'zh', '2025-01-01')).toEqual(['TW', 'TW', 'TW']);
    expect(actors('賴清德回應習近平與普丁', 'zh', '2025-01-01')).toEqual(['TW', 'CN', 'RU']);
  });

  it('falls back to English aliases for an unknown language', () => {
    expect(actors('Russia and NATO', 'xx')).toEqual(['RU', 'NATO']);
  });

  it('finds in a long text exactly the mentions of each of its paragraphs, at their offsets', () => {
    // Speed is measured by `npm run bench`, not asserted here; this checks that a long input loses,
    // duplicates and shifts nothing.
    const paragraph =
      'Finland and Sweden formally applied to join NATO on Wednesday, handing their letters to Secretary General Jens Stoltenberg at the alliance headquarters in Brussels. Turkey, however, signalled that it would stand in the way, and President Recep Tayyip Erdogan said Ankara would not say yes. ';
    const options = { lang: 'en', date: '2022-05-18' };
    const once = findActorMentions(paragraph, options);
    expect(once.map((m) => m.actor)).toEqual(['FI', 'SE', 'NATO', 'NATO', 'NATO', 'EU', 'TR', 'TR', 'TR']);
    const copies = 1000;
    const found = findActorMentions(paragraph.repeat(copies), options);
    const expected = Array.from({ length: copies }, (_, k) =>
      once.map((m) => ({ ...m, start: m.start + k * paragraph.length, end: m.end + k * paragraph.length })),
    ).flat();
    expect(found).toEqual(expected);
  });
});
