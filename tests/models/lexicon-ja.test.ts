import { describe, expect, it } from 'vitest';
import { signedRecords } from './lexicon-records.js';

// Japanese stance phrasing, in sentences written for these tests in the style of Japanese newspapers
// and broadcasters: verb-final clauses, は/が marking the holder, quotative と before the verb of saying.

const stancesOf = (text: string, publishedAt?: string) => signedRecords('ja', text, publishedAt);

describe('Japanese lexicon: predicate classes', () => {
  const cases: Array<[string, string, Record<string, number>]> = [
    ['support', '岸田首相はウクライナの主権と領土の一体性を支持すると述べた。', { 'JP ukraine-sovereignty': 1 }],
    ['welcome', 'オーストラリアのアルバニージー首相はAUKUSを歓迎した。', { 'AU aukus': 1 }],
    ['join: applying', 'フィンランドは18日、NATOへの加盟を正式に申請した。', { 'FI nato-expansion': 1 }],
    ['join: joined', 'スウェーデンは7日、NATOに正式加盟した。', { 'SE nato-expansion': 1 }],
    ['impose: freezing assets', '日本政府はロシア中央銀行の資産を凍結すると発表した。', { 'JP russia-sanctions': 1 }],
    ['impose: an import ban', 'EUはロシア産原油の輸入を禁止する制裁を決定した。', { 'EU russia-sanctions': 1 }],
    ['recognise the separatist republics', 'プーチン大統領はドネツクとルハンスクの独立を承認した。', { 'RU ukraine-sovereignty': -1 }],
    ['oppose', 'ロシアはNATO拡大に強く反発している。', { 'RU nato-expansion': -1 }],
    ['condemn', '中国外務省の報道官はAUKUSを批判した。', { 'CN aukus': -1 }],
    ['block', 'トルコはスウェーデンのNATO加盟を阻止している。', { 'TR nato-expansion': -1 }],
    // Blocking appointments keeps the Appellate Body from working: it opposes the reform that would restore it.
    ['block appointments', '米国はWTOの上級委員会の委員の選任を阻止している。', { 'US wto-reform': -1 }],
    ['withdraw', 'トランプ大統領はパリ協定からの離脱を表明した。', { 'US climate-action': -1 }],
    ['warn', 'ペスコフ大統領報道官は、フィンランドのNATO加盟はロシアにとって脅威だと警告した。', { 'RU nato-expansion': -1 }],
    ['neutral formula', '米国務省の報道官は、米国は台湾独立を支持しないと述べた。', { 'US taiwan-independence': 0 }],
    ['praise', '林官房長官はAUKUSについて地域の平和と安定に資するものだと述べた。', { 'JP aukus': 1 }],
    ['blame', '中国は一方的な制裁に反対する立場を示した。', { 'CN russia-sanctions': -1 }],
    ['leading a reform', '日本政府はWTO改革の議論を主導する考えを示した。', { 'JP wto-reform': 1 }],
  ];
  for (const [name, text, expected] of cases)
    it(name, async () => expect(await stancesOf(text, name === 'withdraw' ? '2017-06-02' : undefined)).toEqual(expected));
});

describe('Japanese lexicon: negation, verb-final and polite forms', () => {
  it('〜しない方針: not taking part opposes', async () => {
    expect(await stancesOf('インドは対ロ制裁に参加しない方針を示した。')).toEqual({ 'IN russia-sanctions': -1 });
  });
  it('〜ません: the polite negation', async () => {
    expect(await stancesOf('ブラジルのルラ大統領は、対ロ制裁には加わりませんと述べた。')).toEqual({ 'BR russia-sanctions': -1 });
  });
  it('認めない: not recognising the annexation supports sovereignty', async () => {
    expect(await stancesOf('トルコはクリミア併合を認めない立場を改めて示した。')).toEqual({ 'TR ukraine-sovereignty': 1 });
  });
  it('決して認められない: the annexation "by Russia" is the topic, not a third party', async () => {
    expect(await stancesOf('松野官房長官は、ロシアによるウクライナ4州の併合は決して認められないと述べた。')).toEqual({ 'JP ukraine-sovereignty': 1 });
  });
  it('a nominal "sanctions increase" opposed is not itself a measure taken', async () => {
    expect(await stancesOf('ロシア外務省は日本の追加制裁に強く反発した。')).toEqual({ 'RU russia-sanctions': -1 });
  });
  it('the extension opposed', async () => {
    expect(await stancesOf('ハンガリーは対ロ制裁の延長に反対した。')).toEqual({ 'HU russia-sanctions': -1 });
  });
});

describe('Japanese lexicon: topic formulas', () => {
  it('one-China formulas oppose independence', async () => {
    expect(await stancesOf('中国外務省の報道官は、台湾は中国の領土の不可分の一部だと強調した。')).toEqual({ 'CN taiwan-independence': -1 });
  });
  it('NATO’s open door supports enlargement', async () => {
    expect(await stancesOf('ストルテンベルグ事務総長は、NATOの門戸は開かれていると強調した。')).toEqual({ 'NATO nato-expansion': 1 });
  });
  it('a carbon-neutrality target supports climate action', async () => {
    expect(await stancesOf('中国は2060年までのカーボンニュートラル実現を目指すと表明した。')).toEqual({ 'CN climate-action': 1 });
  });
  it('rejecting a change of the status quo by force supports sovereignty', async () => {
    expect(await stancesOf('岸田首相はロシアによるウクライナ侵攻について、力による現状変更は許されないと批判した。', '2022-03-03')).toEqual({
      'JP ukraine-sovereignty': 1,
    });
  });
  it('rejoining the Paris Agreement', async () => {
    expect(await stancesOf('バイデン大統領はパリ協定に復帰する大統領令に署名した。')).toEqual({ 'US climate-action': 1 });
  });
  it('blocking appointments to the Appellate Body, said in the next sentence', async () => {
    expect(await stancesOf('上級委員会は機能停止に陥った。米国が委員の選任を拒み続けたためだ。', '2019-12-11')).toEqual({ 'US wto-reform': -1 });
  });
});

describe('Japanese lexicon: holders', () => {
  it('Taiwan’s president asserting that neither side is subordinate supports independence', async () => {
    expect(await stancesOf('頼清徳総統は、台湾は主権国家だと強調した。', '2024-10-08')).toEqual({ 'TW taiwan-independence': 1 });
  });
  it('a spokesperson named with the ministry and the title', async () => {
    expect(await stancesOf('中国外務省の毛寧報道官は記者会見で、NATOの東方拡大に反対すると述べた。')).toEqual({ 'CN nato-expansion': -1 });
  });
  it('the trade representative speaks for the United States, not for Thailand', async () => {
    expect(await stancesOf('米通商代表部（USTR）のタイ代表は、上級委員会の復活には反対だと述べた。')).toEqual({ 'US wto-reform': -1 });
  });
  it('the deputy chief cabinet secretary speaks for Japan', async () => {
    expect(await stancesOf('木原官房副長官は、対ロ制裁を強力に推進していくと述べた。')).toEqual({ 'JP russia-sanctions': 1 });
  });
  it('同氏 refers back to the minister', async () => {
    expect(await stancesOf('フィンランドのハービスト外相が会見した。同氏はNATOへの加盟を実現したいと述べた。', '2022-05-17')).toEqual({
      'FI nato-expansion': 1,
    });
  });
});

describe('Japanese lexicon: vote reports and the press’s own government', () => {
  it('each side of a vote list in one sentence', async () => {
    expect(await stancesOf('決議はウクライナの主権を再確認した。ロシアなど5カ国が反対し、中国やインドが棄権した。')).toEqual({
      'RU ukraine-sovereignty': -1,
      'CN ukraine-sovereignty': 0,
      'IN ukraine-sovereignty': 0,
    });
  });
  it('voting against a resolution described before its noun', async () => {
    expect(await stancesOf('ロシアの併合を非難する決議案に、ベラルーシやシリアが反対した。')).toEqual({
      'BY ukraine-sovereignty': -1,
      'SY ukraine-sovereignty': -1,
    });
  });
  it('政府 without a country is Japan’s government; with one, that country’s', async () => {
    expect(await stancesOf('政府は、ロシアの銀行2行の資産を凍結する追加制裁を決定した。')).toEqual({ 'JP russia-sanctions': 1 });
    expect(await stancesOf('ロシア外務省は、日本の対ロシア制裁を非難した。')).toEqual({ 'RU russia-sanctions': -1 });
  });
});

describe('Japanese lexicon: a sentence that opens with whose view it gives', () => {
  it('…によれば', async () => {
    expect(await stancesOf('ベラルーシ外務省によれば、NATO拡大は地域の安全への直接的な脅威だ。')).toEqual({ 'BY nato-expansion': -1 });
  });
});

describe('Japanese lexicon: mentions that take no stance', () => {
  const cases: Array<[string, string]> = [
    ['a meeting agenda', 'G7外相会合では対ロ制裁が議題となった。'],
    ['a visit', 'ブリンケン国務長官は来週、北京を訪問し、台湾問題を協議する。'],
    ['a venue', '気候変動に関する国連の会議がエジプトで開幕した。'],
    ['the Northern Territories are no Ukrainian territory', 'ロシア外務省はウクライナ情勢を理由に北方領土への交流を停止した。'],
  ];
  for (const [name, text] of cases) it(name, async () => expect(await stancesOf(text)).toEqual({}));
});

describe('Japanese lexicon: engine gaps', () => {
  // A name inside what the speaker said (between は and と述べた) makes every later cue "said of another".
  it('the speaker keeps the stance of a statement that names another country', async () => {
    expect(await stancesOf('松野官房長官は、台湾に関する日本政府の立場に変更はないと述べた。')).toEqual({ 'JP taiwan-independence': 0 });
  });
});

describe('Japanese lexicon: broadcast style', () => {
  it('polite past forms of listed verbs (〜しました, 〜ました)', async () => {
    expect(await stancesOf('スウェーデンは7日、NATOに正式に加盟しました。')).toEqual({ 'SE nato-expansion': 1 });
    expect(await stancesOf('政府は閣議で、ロシアに対する追加の制裁措置を決めました。')).toEqual({ 'JP russia-sanctions': 1 });
  });
  it('a run of country abbreviations names each country (日米)', async () => {
    expect(await stancesOf('日英両政府は、ロシアへの制裁を強化することで一致しました。')).toEqual({ 'JP russia-sanctions': 1, 'GB russia-sanctions': 1 });
  });
  it('the phrase marked by は is what the predicate is said of', async () => {
    expect(await stancesOf('官房長官は記者会見で「いわゆる住民投票は、ウクライナの領土の一体性を侵害するもので、強く非難する」と述べました。')).toEqual({
      'JP ukraine-sovereignty': 1,
    });
  });
});

describe('Japanese lexicon: sponsoring a resolution holds what it says', () => {
  it('reads the submitter of a resolution as supporting what it says', async () => {
    expect(await stancesOf('安保理は、ロシアによるウクライナ領の併合を非難する米国提出の決議案を採決した。')).toEqual({ 'US ukraine-sovereignty': 1 });
    expect(await stancesOf('国連総会は、日本などが提出した、ロシアによる併合を非難する決議を採択した。')).toEqual({ 'JP ukraine-sovereignty': 1 });
  });
});
