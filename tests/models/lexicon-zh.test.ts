import { describe, expect, it } from 'vitest';
import { signedRecords } from './lexicon-records.js';

// Chinese stance phrasing, in sentences written for these tests in the style of mainland wire copy
// (and, where marked, of the Taiwan and Hong Kong press in traditional characters).

const stancesOf = (text: string, publishedAt?: string) => signedRecords('zh', text, publishedAt);

describe('Chinese lexicon: predicate classes', () => {
  const cases: Array<[string, string, Record<string, number>]> = [
    ['support', '德国总理表示，德国支持乌克兰的主权和领土完整。', { 'DE ukraine-sovereignty': 1 }],
    ['welcome', '北约秘书长对芬兰加入北约表示欢迎。', { 'NATO nato-expansion': 1 }],
    ['join: applying', '芬兰总统宣布，芬兰将申请加入北约。', { 'FI nato-expansion': 1 }],
    ['join: following sanctions', '瑞士宣布跟进欧盟对俄制裁。', { 'CH russia-sanctions': 1 }],
    ['impose: freezing assets', '日本政府决定冻结俄罗斯央行的资产。', { 'JP russia-sanctions': 1 }],
    ['impose: a price cap', '美国财政部宣布对俄罗斯石油实施价格上限。', { 'US russia-sanctions': 1 }],
    ['recognise the separatist republics', '俄罗斯总统普京签署命令，承认顿涅茨克人民共和国和卢甘斯克人民共和国独立。', { 'RU ukraine-sovereignty': -1 }],
    ['oppose', '外交部发言人毛宁表示，中方坚决反对北约东扩。', { 'CN nato-expansion': -1 }],
    ['condemn the contrary', '法国外交部强烈谴责俄罗斯非法吞并乌克兰领土。', { 'FR ukraine-sovereignty': 1 }],
    ['condemn a pact', '法国总统马克龙批评奥库斯协议是对法国的背叛。', { 'FR aukus': -1 }],
    ['block', '美国阻挠世贸组织上诉机构成员遴选。', { 'US wto-reform': -1 }],
    ['withdraw', '美国总统特朗普1日在白宫宣布，美国将退出巴黎协定。', { 'US climate-action': -1 }],
    ['warn', '克里姆林宫发言人警告说，如果芬兰加入北约，俄方将采取反制措施。', { 'RU nato-expansion': -1 }],
    ['demand', '欧盟呼吁各方加快推进世贸组织改革。', { 'EU wto-reform': 1 }],
    ['neutral formula', '美国国务院发言人重申，美方不支持台湾独立。', { 'US taiwan-independence': 0 }],
    ['evaluation', '澳大利亚总理表示，奥库斯协议将增强地区安全。', { 'AU aukus': 1 }],
  ];
  for (const [name, text, expected] of cases)
    it(name, async () => expect(await stancesOf(text, name === 'withdraw' ? '2017-06-02' : undefined)).toEqual(expected));
});

describe('Chinese lexicon: negation and refusal', () => {
  it('will not take part in sanctions opposes them', async () => {
    expect(await stancesOf('印度表示不会参与对俄制裁。')).toEqual({ 'IN russia-sanctions': -1 });
  });
  it('did not join the sanctions opposes them', async () => {
    expect(await stancesOf('印度外长说，印度没有加入西方对俄制裁。')).toEqual({ 'IN russia-sanctions': -1 });
  });
  it('refusing to back an embargo opposes it', async () => {
    expect(await stancesOf('匈牙利拒绝支持欧盟对俄罗斯的石油禁运。')).toEqual({ 'HU russia-sanctions': -1 });
  });
  it('not recognising the referendum supports sovereignty', async () => {
    expect(await stancesOf('土耳其表示不承认克里米亚公投结果。')).toEqual({ 'TR ukraine-sovereignty': 1 });
  });
  it('no longer obstructing a membership supports it', async () => {
    expect(await stancesOf('匈牙利不再阻挠瑞典加入北约。')).toEqual({ 'HU nato-expansion': 1 });
  });
  it('"continuously" is not a negation', async () => {
    expect(await stancesOf('日本不断加强对俄制裁。')).toEqual({ 'JP russia-sanctions': 1 });
  });
});

describe('Chinese lexicon: topic formulas', () => {
  it('one-China formulas oppose independence', async () => {
    expect(await stancesOf('中国外交部发言人表示，台湾是中国领土不可分割的一部分。')).toEqual({ 'CN taiwan-independence': -1 });
    expect(await stancesOf('洪都拉斯宣布与台湾断绝外交关系，承认一个中国原则。')).toEqual({ 'HN taiwan-independence': -1 });
  });
  it('"so-called" qualifies the phrase it opens, not the verb after it', async () => {
    expect(await stancesOf('立陶宛外交部说，所谓公投违反国际法。')).toEqual({ 'LT ukraine-sovereignty': 1 });
  });
  it('calling NATO expansion the root of the Ukraine crisis opposes it; the crisis names no actor', async () => {
    expect(await stancesOf('外交部发言人说，北约东扩是乌克兰危机的根源。')).toEqual({ 'CN nato-expansion': -1 });
  });
  it('accusing someone of violating the one-China principle opposes independence', async () => {
    expect(await stancesOf('中方表示，此访严重违反一个中国原则。')).toEqual({ 'CN taiwan-independence': -1 });
  });
  it('accusing Russia of violating Ukraine’s sovereignty supports it', async () => {
    expect(await stancesOf('英国外交大臣说，此举侵犯乌克兰主权。')).toEqual({ 'GB ukraine-sovereignty': 1 });
  });
  // Engine gap: once a named actor is spoken about ("说，俄方…"), every cue after it is taken as said of that
  // actor, so the speaker loses its own accusation.
  it('keeps the speaker’s accusation when the accused is named', async () => {
    expect(await stancesOf('英国外交大臣说，俄方行为侵犯乌克兰主权。')).toEqual({ 'GB ukraine-sovereignty': 1 });
  });
  it('supporting the special military operation opposes sovereignty', async () => {
    expect(await stancesOf('白俄罗斯支持俄罗斯的特别军事行动。')).toEqual({ 'BY ukraine-sovereignty': -1 });
  });
  it('carbon neutrality pledges support climate action', async () => {
    expect(await stancesOf('中国承诺力争2030年前实现碳达峰、2060年前实现碳中和。')).toEqual({ 'CN climate-action': 1 });
  });
  it('NATO’s open door supports enlargement', async () => {
    expect(await stancesOf('北约秘书长斯托尔滕贝格表示，北约的大门依然敞开。')).toEqual({ 'NATO nato-expansion': 1 });
  });
  it('a parliament’s ratification after a tally supports the accession', async () => {
    expect(await stancesOf('土耳其议会以285票赞成、55票反对，批准了瑞典加入北约的议定书。')).toEqual({ 'TR nato-expansion': 1 });
  });
});

describe('Chinese lexicon: vote reports', () => {
  it('gives each side of the vote the resolution’s orientation', async () => {
    const text =
      '联合国大会以141票赞成、5票反对、35票弃权通过决议，要求俄罗斯立即从乌克兰撤军。日本、德国等国投了赞成票，俄罗斯、白俄罗斯和朝鲜投了反对票，中国、印度和南非投了弃权票。';
    expect(await stancesOf(text)).toEqual({
      'JP ukraine-sovereignty': 1,
      'DE ukraine-sovereignty': 1,
      'RU ukraine-sovereignty': -1,
      'BY ukraine-sovereignty': -1,
      'KP ukraine-sovereignty': -1,
      'CN ukraine-sovereignty': 0,
      'IN ukraine-sovereignty': 0,
      'ZA ukraine-sovereignty': 0,
    });
  });
});

describe('Chinese lexicon: holders', () => {
  it('the Taiwan Affairs Office speaks for China', async () => {
    expect(await stancesOf('国台办发言人表示，坚决反对任何形式的台独分裂活动。')).toEqual({ 'CN taiwan-independence': -1 });
  });
  it('a ministry statement', async () => {
    expect(await stancesOf('格鲁吉亚外交部发表声明称，加入北约是格鲁吉亚人民的主权选择。')).toEqual({ 'GE nato-expansion': 1 });
  });
  it('the defence ministry against the US role in the region', async () => {
    expect(await stancesOf('中国国防部发言人表示，美国在亚太地区拉帮结派，破坏地区和平稳定。')).toEqual({ 'CN us-role-asia-pacific': -1 });
  });
  it('"he said" after a named speaker', async () => {
    expect(await stancesOf('王毅在记者会上回答提问。他表示，中方一贯反对单边制裁。')).toEqual({ 'CN russia-sanctions': -1 });
  });
  it('"opposing the US" keeps its verb: the US is the object', async () => {
    expect(await stancesOf('中方坚决反对美国对俄罗斯的单边制裁。')).toEqual({ 'CN russia-sanctions': -1 });
  });
  // The imposing verb inside what is opposed ("反对…对俄罗斯实施制裁") is the object of the opposing verb.
  it('the governing verb decides over the verb of what it governs', async () => {
    expect(await stancesOf('中方坚决反对美国对俄罗斯实施单边制裁，欧盟已对俄罗斯实施制裁。')).toEqual({
      'CN russia-sanctions': -1,
      'EU russia-sanctions': 1,
    });
  });
});

describe('Chinese lexicon: lifting and the reported subject', () => {
  it('calling for sanctions to be lifted opposes them', async () => {
    expect(await stancesOf('斯洛伐克呼吁解除对俄罗斯的制裁。')).toEqual({ 'SK russia-sanctions': -1 });
  });
  it('外交部 without a country is China’s foreign ministry', async () => {
    expect(await stancesOf('外交部发言人在例行记者会上表示，美方应停止武装台湾。')).toEqual({});
    expect(await stancesOf('外交部发言人表示，坚决反对美国售台武器，反对任何形式的“台独”。')).toEqual({ 'CN taiwan-independence': -1 });
  });
  it('the subject after a full-width comma and an unnamed speaker holds the stance', async () => {
    expect(await stancesOf('发言人表示，中方坚决反对任何形式的"台独"分裂活动。')).toEqual({ 'CN taiwan-independence': -1 });
  });
});

describe('Chinese lexicon: a sentence that opens with whose view it gives', () => {
  it('在…看来', async () => {
    expect(await stancesOf('在白俄罗斯看来，北约东扩对地区安全构成直接威胁。')).toEqual({ 'BY nato-expansion': -1 });
  });
});

describe('Chinese lexicon: mentions that take no stance', () => {
  const cases: Array<[string, string]> = [
    ['a meeting agenda', '七国集团外长会议讨论了对俄制裁问题。'],
    ['a venue', '第二十八届联合国气候变化大会在阿联酋迪拜开幕，各国代表将围绕损失与损害基金展开谈判。'],
    ['a visit', '美国国务卿将于下周访问北京，讨论台湾问题。'],
    ['"other countries" is no pronoun', '拜登宣布对俄罗斯实施新一轮制裁。其他国家也反对北约东扩。'],
    ['another "any form of" opposition is not about Taiwan', '中方坚决反对任何形式的恐怖主义。'],
  ];
  for (const [name, text] of cases) {
    it(name, async () => {
      const got = await stancesOf(text);
      if (name.startsWith('"other')) expect(got).toEqual({ 'US russia-sanctions': 1 });
      else expect(got).toEqual({});
    });
  }
});

describe('Chinese lexicon: Taiwan’s own formulas', () => {
  it('the Mainland Affairs Council asserting sovereignty supports independence', async () => {
    expect(await stancesOf('陸委會強調，中華民國與中華人民共和國互不隸屬，台灣從來不是中華人民共和國的一部分。', '2024-10-08')).toEqual({
      'TW taiwan-independence': 1,
    });
  });
  it('the same formula called "so-called" by Beijing opposes it', async () => {
    expect(await stancesOf('国台办发言人批评民进党当局鼓吹所谓两岸互不隶属。', '2024-10-08')).toEqual({ 'CN taiwan-independence': -1 });
  });
});

describe('Chinese lexicon: traditional characters of the Taiwan and Hong Kong press', () => {
  it('reads the same stances', async () => {
    expect(await stancesOf('汪文斌表示，中方一貫反對在國際關係當中動輒使用單邊制裁。', '2022-02-15')).toEqual({ 'CN russia-sanctions': -1 });
    expect(await stancesOf('美國國務院重申，美方不支持台灣獨立。')).toEqual({ 'US taiwan-independence': 0 });
    expect(await stancesOf('聯合國大會通過決議，要求俄羅斯從烏克蘭撤軍。日本、德國投下贊成票，俄羅斯投下反對票，中國和印度投下棄權票。')).toEqual({
      'JP ukraine-sovereignty': 1,
      'DE ukraine-sovereignty': 1,
      'RU ukraine-sovereignty': -1,
      'CN ukraine-sovereignty': 0,
      'IN ukraine-sovereignty': 0,
    });
  });
});

describe('Chinese lexicon: names and 等 before a count are who voted so', () => {
  it('reads the count as its list', async () => {
    expect(await stancesOf('联合国大会以143票赞成通过谴责吞并乌克兰领土的决议，俄罗斯、白俄罗斯等5国投反对票，中国等35国弃权。')).toEqual({
      'RU ukraine-sovereignty': -1,
      'BY ukraine-sovereignty': -1,
      'CN ukraine-sovereignty': 0,
    });
  });
});

describe('Chinese lexicon: sponsoring a resolution holds what it says', () => {
  it('reads the drafters of a draft as supporting what it says', async () => {
    expect(await stancesOf('安理会表决了由美国和阿尔巴尼亚起草的谴责吞并乌克兰领土的决议草案。')).toEqual({
      'US ukraine-sovereignty': 1,
      'AL ukraine-sovereignty': 1,
    });
    expect(await stancesOf('安理会就美国起草的一份谴责俄罗斯吞并乌克兰领土的决议草案进行表决。')).toEqual({ 'US ukraine-sovereignty': 1 });
  });
});

describe('Chinese lexicon: a response foretold opposes what would cause it', () => {
  it('reads NATO military infrastructure and an inevitable response', async () => {
    expect(await stancesOf('俄罗斯外交部表示，北约在芬兰扩展军事基础设施必然会引起俄方的回应。')).toEqual({ 'RU nato-expansion': -1 });
  });
});

describe('Chinese lexicon: a list opened inside a run of characters', () => {
  it('the participants the arrangement includes join it', async () => {
    const text = '中国与欧盟等世贸组织成员建立了多方临时上诉仲裁安排。除中国、欧盟外，该安排的参加方还包括新西兰、挪威、智利和乌拉圭。';
    expect(await stancesOf(text, '2020-04-30')).toEqual({
      'CN wto-reform': 1,
      'EU wto-reform': 1,
      'NZ wto-reform': 1,
      'NO wto-reform': 1,
      'CL wto-reform': 1,
      'UY wto-reform': 1,
    });
  });
});
