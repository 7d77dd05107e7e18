import { describe, expect, it } from 'vitest';
import { signedRecords } from './lexicon-records.js';

// Phrasings of wire reports in several languages, in sentences written for these tests: the
// independence of a breakaway region, ties cut with Taipei, and vote lists counted after their names.

describe('recognising the independence of a region of Ukraine is the contrary of its sovereignty', () => {
  const cases: Array<[string, string]> = [
    ['ru', 'Президент России подписал указ о признании независимости Крыма.'],
    ['uk', 'Президент Росії підписав указ про визнання незалежності Криму.'],
    ['en', 'The Russian president signed a decree recognising Crimea as an independent state.'],
    ['de', 'Der russische Präsident unterzeichnete ein Dekret über die Anerkennung der Unabhängigkeit der Krim.'],
    ['fr', 'Le président russe a signé un décret reconnaissant l’indépendance de la Crimée.'],
    ['es', 'El presidente ruso firmó un decreto que reconoce la independencia de Crimea.'],
    ['zh', '俄罗斯总统签署命令，承认克里米亚独立。'],
    ['ja', 'ロシア大統領はクリミアの独立を承認する大統領令に署名した。'],
    ['tr', 'Rusya Devlet Başkanı, Kırım’ın bağımsızlığını tanıyan kararnameyi imzaladı.'],
    ['ar', 'وقع الرئيس الروسي مرسوما يعترف باستقلال القرم.'],
  ];
  for (const [lang, text] of cases) it(lang, async () => expect(await signedRecords(lang, text, '2014-03-17')).toEqual({ 'RU ukraine-sovereignty': -1 }));

  it('urging others not to recognise the breakaway republic upholds the sovereignty (ru, uk, en)', async () => {
    expect(await signedRecords('ru', 'Киев призвал мировое сообщество не признавать так называемую Республику Крым.', '2014-03-18')).toEqual({
      'UA ukraine-sovereignty': 1,
    });
    expect(await signedRecords('uk', 'МЗС України закликало іноземні держави не визнавати так звану Республіку Крим.', '2014-03-18')).toEqual({
      'UA ukraine-sovereignty': 1,
    });
    expect(await signedRecords('en', 'Kyiv urged foreign governments not to recognise the Republic of Crimea.', '2014-03-18')).toEqual({
      'UA ukraine-sovereignty': 1,
    });
  });
});

describe('cutting ties with Taipei is the contrary of Taiwan’s separate standing', () => {
  it('ar: a future and a past form, with the relations between verb and Taiwan', async () => {
    expect(await signedRecords('ar', 'أعلنت حكومة بنما أنها ستقطع العلاقات الدبلوماسية مع تايوان.', '2017-06-13')).toEqual({
      'PA taiwan-independence': -1,
    });
    expect(await signedRecords('ar', 'قطعت بنما علاقاتها الدبلوماسية مع تايوان.', '2017-06-13')).toEqual({ 'PA taiwan-independence': -1 });
  });
  it('tr: Taiwan spelled as in English', async () => {
    expect(await signedRecords('tr', 'Panama hükümeti, Taiwan ile diplomatik ilişkilerini kestiğini açıkladı.', '2017-06-13')).toEqual({
      'PA taiwan-independence': -1,
    });
  });
});

describe('a vote list counted after its names', () => {
  const title = '聯大通過決議譴責俄羅斯吞併烏克蘭四個地區。';
  it('zh: names joined by 、 and 和, then the count, vote so (North Korea as the Taiwan press names it)', async () => {
    expect(await signedRecords('zh', `${title}決議獲得143票贊成，敘利亞、北韓和尼加拉瓜3個國家反對。`, '2022-10-13')).toEqual({
      'SY ukraine-sovereignty': -1,
      'KP ukraine-sovereignty': -1,
      'NI ukraine-sovereignty': -1,
    });
  });
  it('zh: an abstention in such a list is the holder’s vote, which its own words after it do not outweigh', async () => {
    const text = `${title}中國、印度等35個國家棄權。中國代表表示，聯大的行動應有利於緩和局勢。`;
    expect(await signedRecords('zh', text, '2022-10-13')).toEqual({ 'CN ukraine-sovereignty': 0, 'IN ukraine-sovereignty': 0 });
  });
  it('zh: the backers of a resolution do not turn what it says', async () => {
    const text = '聯大通過獲西方國家支持的決議案，譴責俄羅斯吞併烏克蘭四個地區。決議獲得143票贊成，敘利亞和尼加拉瓜等5個國家反對。';
    expect(await signedRecords('zh', text, '2022-10-13')).toEqual({ 'SY ukraine-sovereignty': -1, 'NI ukraine-sovereignty': -1 });
  });
});

describe('a count of countries before a stance word says how many hold it; before a vote’s word it is a tally', () => {
  it('en: those named are among the countries counted', async () => {
    const text = 'Canada, Norway and Chile were among the 80 countries pushing for a phase-out of fossil fuels at the summit.';
    expect(await signedRecords('en', text, '2023-12-13')).toEqual({ 'CA climate-action': 1, 'NO climate-action': 1, 'CL climate-action': 1 });
  });
  it('en: a tally of votes still gives no stance to the ones it does not name', async () => {
    const text = 'The Assembly adopted a resolution condemning the annexation by 143 votes in favour to 5 against, with 35 abstentions.';
    expect(await signedRecords('en', text, '2022-10-12')).toEqual({});
  });
});
