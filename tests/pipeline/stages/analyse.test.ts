import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/text.js';
import { LexiconScorer } from '../../../models/lexicon.scorer.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { analyseArticle } from '../../../pipeline/stages/analyse.js';
import { TopicFinder } from '../../../pipeline/stages/topics.js';

const topics = new TopicFinder(builtinCatalogue());
const stancesOf = async (text: string, publishedAt = '2022-06-01', lang = 'en') =>
  (await analyseArticle({ id: 't', text, lang, publishedAt }, new LexiconScorer(), topics)).stances.map((s) => [s.actor, s.topic, s.label]);

describe('analyseArticle (English, lexicon scorer)', () => {
  it('does not turn a negated objection into an oppose record', async () => {
    const stances = await stancesOf("Germany did not oppose Finland's bid to join NATO.");
    expect(stances.map(([actor, topic]) => [actor, topic])).toEqual([['DE', 'nato-expansion']]);
    expect(stances[0][2]).not.toBe('oppose');
  });

  it('reads a negated support as opposition', async () => {
    expect(await stancesOf('Mexico said it would not impose sanctions on Russia.')).toEqual([['MX', 'russia-sanctions', 'oppose']]);
  });

  it('resolves metonyms to their actors', async () => {
    const stances = await stancesOf('The Kremlin warned against NATO expansion. Ankara said it would block the bids to join NATO.');
    expect(stances).toEqual([
      ['RU', 'nato-expansion', 'oppose'],
      ['TR', 'nato-expansion', 'oppose'],
    ]);
  });

  it('gives the stance to the speaker, not to the actor spoken about', async () => {
    const stances = await stancesOf('China condemned the AUKUS pact between Australia, the UK and the United States.');
    expect(stances).toEqual([['CN', 'aukus', 'oppose']]);
  });

  it('attributes a quote to the person named after it ("he told")', async () => {
    const stances = await stancesOf(
      'NATO chief Jens Stoltenberg spoke on Friday.\n\n"This is not about NATO expansion. It is about the right of every nation to choose its own path," he told reporters.',
    );
    expect(stances).toEqual([['NATO', 'nato-expansion', 'support']]);
  });

  it('carries the last topic to a later sentence about "the agreement", and not to one about nothing', async () => {
    const text =
      'Leaders met in Brussels to discuss the Paris climate agreement on Monday.\n\n' +
      'The talks lasted into the night.\n\n' +
      'Canada said it remained committed to implementing the agreement. Brazil said it remained committed to its farmers.';
    expect(await stancesOf(text)).toEqual([['CA', 'climate-action', 'support']]);
  });

  it('gives no record to an actor that is only mentioned', async () => {
    expect(await stancesOf('The summit on NATO expansion took place in Madrid, Spain.')).toEqual([]);
  });

  it('reads a Chinese comma as a clause break, except after a verb of saying', async () => {
    // The holder of 反对 is 俄方, whose clause starts after the comma; the cue before it is the report's.
    expect(await stancesOf('报告指出对俄制裁损害全球供应链，俄方坚决反对西方的对俄制裁。', '2023-05-01', 'zh')).toEqual([['RU', 'russia-sanctions', 'oppose']]);
    // After 表示， the clause is what the speaker said: 美国 is spoken about, 王毅 holds the stance.
    expect(await stancesOf('王毅表示，美国推行所谓印太战略，企图拼凑小圈子。', '2023-05-01', 'zh')).toEqual([['CN', 'us-role-asia-pacific', 'oppose']]);
  });

  it('reads "the leaders" as the group named as subject, not a group named as object', async () => {
    const text =
      'Russia and China signed a joint statement in Beijing on Friday.\n\n' +
      'Moscow and Beijing also criticised the AUKUS pact between Australia, Britain and the United States.\n\n' +
      'The leaders also said they opposed any further NATO expansion.';
    // Australia, Britain and the United States, the objects of the second sentence, get nothing.
    expect((await stancesOf(text)).sort()).toEqual([
      ['CN', 'aukus', 'oppose'],
      ['CN', 'nato-expansion', 'oppose'],
      ['RU', 'aukus', 'oppose'],
      ['RU', 'nato-expansion', 'oppose'],
    ]);
  });

  it('reads "the alliance" as NATO only once NATO has been named', async () => {
    expect(await stancesOf('Japan said it would expand the alliance with Canberra to cover cyber defence.')).toEqual([]);
    expect(await stancesOf('NATO leaders met in Vilnius on Tuesday. Poland said it supported expanding the alliance.')).toEqual([
      ['PL', 'nato-expansion', 'support'],
    ]);
  });

  it('treats names coordinated after a preposition as its objects: "with the United States and NATO"', async () => {
    const text = 'The draft treaty that Moscow wants to sign with the United States and NATO demands a halt to NATO expansion.';
    expect(await stancesOf(text)).toEqual([['RU', 'nato-expansion', 'oppose']]);
  });

  it('gives a quotation to its speaker: the countries named inside it are spoken about', async () => {
    const lead = 'NATO Secretary General Jens Stoltenberg spoke in Chisinau on Monday.\n\n';
    const oneSentence = '"Only Moldova and the allies decide whether Moldova may join NATO, because every nation has the right to choose," he said.';
    const twoSentences =
      '"Only Moldova and the allies decide whether Moldova applies to join NATO. Every nation has the right to choose its own path," he said.';
    for (const quote of [oneSentence, twoSentences]) {
      expect(await stancesOf(lead + quote)).toEqual([['NATO', 'nato-expansion', 'support']]);
    }
  });

  it('reads "the government of X" as X itself, in any of its languages', async () => {
    const cases: Array<[string, string, string[]]> = [
      ['en', 'The government of Hungary opposes new sanctions against Russia.', ['HU', 'russia-sanctions', 'oppose']],
      ['es', 'El presidente de Francia apoya las sanciones contra Rusia.', ['FR', 'russia-sanctions', 'support']],
      ['fr', "Le gouvernement de la Hongrie s'oppose aux sanctions contre la Russie.", ['HU', 'russia-sanctions', 'oppose']],
      ['de', 'Die Regierung von Ungarn lehnt neue Sanktionen gegen Russland ab.', ['HU', 'russia-sanctions', 'oppose']],
    ];
    for (const [lang, text, expected] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([expected]);
  });

  it('gives a third party named in what a speaker said no record, and the speaker not its words', async () => {
    const cases: Array<[string, string]> = [
      ['en', 'Moscow claims that Washington supports NATO expansion.'],
      ['ru', 'Москва заявила, что Вашингтон поддерживает расширение НАТО.'],
      ['ru', 'Россия утверждает, что Киев хочет вступить в НАТО.'],
      ['fr', "Moscou affirme que Washington soutient l'élargissement de l'OTAN."],
    ];
    for (const [lang, text] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([]);
    // The speaker's own stance, and a speaker reporting about itself, still count.
    expect(await stancesOf('Moscow said that Russia opposes NATO expansion.')).toEqual([['RU', 'nato-expansion', 'oppose']]);
    expect(await stancesOf('Москва заявила, что выступает против расширения НАТО.', '2023-03-01', 'ru')).toEqual([['RU', 'nato-expansion', 'oppose']]);
    expect(await stancesOf("The Kremlin said that Finland's accession to NATO was a threat.")).toEqual([['RU', 'nato-expansion', 'oppose']]);
    expect(await stancesOf('Russia and China agreed that NATO should stop expanding.')).toEqual([
      ['RU', 'nato-expansion', 'oppose'],
      ['CN', 'nato-expansion', 'oppose'],
    ]);
  });

  it("reads condemning an invasion or annexation as support for Ukraine's sovereignty, recognising separatists as opposition", async () => {
    // Russia and Ukraine are named as the invader and the invaded: they get no record.
    const cases: Array<[string, string, string]> = [
      ['France condemned the invasion of Ukraine.', 'FR', 'support'],
      ["Poland condemned Russia's annexation of Crimea.", 'PL', 'support'],
      ['Japan condemned the invasion and called for a Russian withdrawal from Ukraine.', 'JP', 'support'],
      ['Syria recognised the separatist republics.', 'SY', 'oppose'],
      ['Serbia will not recognise the separatist republics in eastern Ukraine.', 'RS', 'support'],
    ];
    for (const [text, actor, label] of cases) expect(await stancesOf(text)).toEqual([[actor, 'ukraine-sovereignty', label]]);
  });

  it('reads "refused to" as the negation of the verb after it, or as a stance of its own', async () => {
    expect(await stancesOf('India refused to phase out coal.')).toEqual([['IN', 'climate-action', 'oppose']]);
    expect(await stancesOf('Turkey refused to join Western sanctions on Russia.')).toEqual([['TR', 'russia-sanctions', 'oppose']]);
    expect(await stancesOf('Australia refused to recognise the annexation of Crimea.')).toEqual([['AU', 'ukraine-sovereignty', 'support']]);
    expect(await stancesOf('Serbia declined to comment on NATO expansion.')).toEqual([['RS', 'nato-expansion', 'neutral']]);
  });

  it("reads the topics' contrary phrases in English: one-China, deforestation, emissions", async () => {
    expect(await stancesOf('China reaffirmed its commitment to the one-China principle.')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    expect(await stancesOf('Brazil pledged to end illegal deforestation by 2030.')).toEqual([['BR', 'climate-action', 'support']]);
    expect(await stancesOf('China pledged to cut greenhouse gas emissions.')).toEqual([['CN', 'climate-action', 'support']]);
    expect(await stancesOf('Canada pledged to reach net zero by 2050.')).toEqual([['CA', 'climate-action', 'support']]);
  });

  it("takes a topic's own stance phrase as the topic only where the article names the topic otherwise", async () => {
    expect(await stancesOf("Germany reaffirmed its ironclad support for Ukraine's territorial integrity.")).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
    expect(
      await stancesOf(
        'Manila granted US forces access to four more bases. Japan called the alliance ironclad and said it would deepen its own ties with Washington.',
      ),
    ).toContainEqual(['JP', 'us-role-asia-pacific', 'support']);
  });

  it('reads an abstention as no side, whatever the resolution said', async () => {
    expect(await stancesOf('India abstained in the UN General Assembly vote condemning the annexation.')).toEqual([['IN', 'ukraine-sovereignty', 'neutral']]);
  });

  it('reads a phrase listed both as keyword and as contrary as contrary', async () => {
    // "anexión" is a keyword of ukraine-sovereignty in Spanish and also one of its contrary phrases.
    expect(await stancesOf('España condenó la anexión de Crimea.', '2023-03-01', 'es')).toEqual([['ES', 'ukraine-sovereignty', 'support']]);
  });

  it('reads refusals in other languages as negating the verb they refuse', async () => {
    const cases: Array<[string, string, string]> = [
      ['ru', 'Правительство Сербии отказалось вводить санкции против России.', 'RS'],
      ['uk', 'Угорщина відмовилася підтримати санкції проти Росії.', 'HU'],
      ['fr', 'La Hongrie a refusé de soutenir les sanctions contre la Russie.', 'HU'],
      ['es', 'Serbia se negó a imponer sanciones a Rusia.', 'RS'],
    ];
    for (const [lang, text, actor] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([[actor, 'russia-sanctions', 'oppose']]);
  });

  it('reads Arabic verb-subject-object: the name after a stance verb holds it, the topic after the name is its object', async () => {
    const cases: Array<[string, string[]]> = [
      ['رفضت الصين استقلال تايوان.', ['CN', 'taiwan-independence', 'oppose']],
      ['أدانت فرنسا ضم شبه جزيرة القرم.', ['FR', 'ukraine-sovereignty', 'support']],
      ['أيدت ألمانيا انضمام فنلندا إلى حلف الناتو.', ['DE', 'nato-expansion', 'support']],
    ];
    for (const [text, expected] of cases) expect(await stancesOf(text, '2023-03-01', 'ar')).toEqual([expected]);
  });

  it("reads condemning an annexation, invasion or occupation as support for Ukraine's sovereignty in every language", async () => {
    const cases: Array<[string, string, string]> = [
      ['ru', 'Япония осудила аннексию Крыма.', 'JP'],
      ['uk', 'Уряд Японії засудив анексію Криму.', 'JP'],
      ['de', 'Japan verurteilte die Besetzung ukrainischer Gebiete.', 'JP'],
      ['fr', "Le Canada a condamné l'occupation des territoires ukrainiens.", 'CA'],
      ['es', 'Canadá condenó la invasión rusa de Ucrania.', 'CA'],
      ['tr', "Japonya, Kırım'ın ilhakını kınadı.", 'JP'],
      ['zh', '德国谴责俄罗斯入侵乌克兰。', 'DE'],
      ['ja', '日本政府はロシアによるクリミア併合を非難した。', 'JP'],
    ];
    for (const [lang, text, actor] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([[actor, 'ukraine-sovereignty', 'support']]);
    // "Invasion" alone names no topic: a sentence about another war is not about Ukraine.
    expect(await stancesOf('Європейський Союз засудив вторгнення.', '2023-03-01', 'uk')).toEqual([]);
  });

  it('reads climate pledges and exits in other languages', async () => {
    const cases: Array<[string, string, string[]]> = [
      ['ru', 'Россия обязалась сократить выбросы к 2030 году.', ['RU', 'climate-action', 'support']],
      ['ru', 'США заявили о выходе из Парижского соглашения.', ['US', 'climate-action', 'oppose']],
      ['de', 'Polen will aus der Kohle aussteigen.', ['PL', 'climate-action', 'support']],
      ['zh', '中国承诺减少温室气体排放。', ['CN', 'climate-action', 'support']],
      ['es', 'México se comprometió a reducir sus emisiones.', ['MX', 'climate-action', 'support']],
    ];
    for (const [lang, text, expected] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([expected]);
  });

  it('reads a demand for the topic as support, a demand to end it as opposition, and a worry as opposition', async () => {
    expect(await stancesOf('India called for reform of the WTO dispute settlement system.')).toEqual([['IN', 'wto-reform', 'support']]);
    expect(await stancesOf("L'Inde réclame une réforme de l'OMC.", '2023-03-01', 'fr')).toEqual([['IN', 'wto-reform', 'support']]);
    expect(await stancesOf('Russia called for an end to NATO expansion.')).toEqual([['RU', 'nato-expansion', 'oppose']]);
    expect(await stancesOf('Malaysia voiced concern that AUKUS could trigger an arms race.')).toEqual([['MY', 'aukus', 'oppose']]);
    expect(await stancesOf('The EU urged Hungary to lift its veto on sanctions against Russia.')).toEqual([['EU', 'russia-sanctions', 'support']]);
  });

  it('reads "does not support" as taking no side, in every language that says it so', async () => {
    const cases: Array<[string, string]> = [
      ['en', 'The United States does not support Taiwan independence.'],
      ['ru', 'США не поддерживают независимость Тайваня.'],
      ['de', 'Die USA unterstützen die Unabhängigkeit Taiwans nicht.'],
      ['fr', "Les États-Unis ne soutiennent pas l'indépendance de Taïwan."],
      ['ja', '米国は台湾独立を支持しないと表明した。'],
    ];
    for (const [lang, text] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([['US', 'taiwan-independence', 'neutral']]);
  });

  it('does not read an introductory place and a name after its comma as one group', async () => {
    expect(await stancesOf('At the summit in Madrid, NATO leaders agreed to invite Finland and Sweden to join the alliance.')).toEqual([
      ['NATO', 'nato-expansion', 'support'],
    ]);
    expect(await stancesOf('Russia, China and Iran opposed the AUKUS pact.')).toEqual([
      ['RU', 'aukus', 'oppose'],
      ['CN', 'aukus', 'oppose'],
      ['IR', 'aukus', 'oppose'],
    ]);
  });

  it('reads a preposition between two parts of a topic as part of it: "sanctions package against Russia"', async () => {
    expect(await stancesOf("Ukraine welcomed the EU's tenth sanctions package against Russia.")).toEqual([['UA', 'russia-sanctions', 'support']]);
  });

  it('gives a passive verb to its agents, and a bid to the country that made it', async () => {
    expect((await stancesOf("Finland's bid to join NATO was ratified by Turkey and Hungary.")).sort()).toEqual([
      ['FI', 'nato-expansion', 'support'],
      ['HU', 'nato-expansion', 'support'],
      ['TR', 'nato-expansion', 'support'],
    ]);
    expect(await stancesOf('The sanctions against Russia were condemned by China and Iran.')).toEqual([
      ['CN', 'russia-sanctions', 'oppose'],
      ['IR', 'russia-sanctions', 'oppose'],
    ]);
    const orban = "Hungarian Prime Minister Viktor Orban said his government would not rush to approve Sweden's bid to join NATO.";
    expect(await stancesOf(orban, '2023-03-01')).toEqual([['HU', 'nato-expansion', 'oppose']]);
  });

  it('reads the stance after "but" as the one meant, and a possessor as no subject', async () => {
    const text = "Finland applied to join NATO in May. Putin said Finland's membership posed no direct threat but a response would follow.";
    expect(await stancesOf(text, '2023-03-01')).toEqual([
      ['FI', 'nato-expansion', 'support'],
      ['RU', 'nato-expansion', 'oppose'],
    ]);
    expect(await stancesOf("Russia's Foreign Ministry opposed NATO expansion.")).toEqual([['RU', 'nato-expansion', 'oppose']]);
  });

  it('reads lifting a veto as support', async () => {
    const cases: Array<[string, string, string]> = [
      ['fr', "La Hongrie a levé son veto sur l'adhésion de la Suède à l'OTAN.", 'HU'],
      ['ru', 'Турция сняла вето на вступление Швеции в НАТО.', 'TR'],
      ['es', 'Turquía levantó su veto a la adhesión de Suecia a la OTAN.', 'TR'],
      ['zh', '土耳其不再反对瑞典加入北约。', 'TR'],
    ];
    for (const [lang, text, actor] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([[actor, 'nato-expansion', 'support']]);
  });

  it('finds what a speaker said about another actor in Chinese, Japanese and Arabic too', async () => {
    const cases: Array<[string, string]> = [
      ['zh', '俄方称美国支持北约东扩。'],
      ['ja', 'ロシアは米国がNATO拡大を支持していると主張した。'],
      ['ar', 'قالت موسكو إن واشنطن تدعم توسع الناتو.'],
    ];
    for (const [lang, text] of cases) expect(await stancesOf(text, '2023-03-01', lang)).toEqual([]);
    expect(await stancesOf('中国外交部表示，中方坚决反对北约东扩。', '2023-03-01', 'zh')).toEqual([['CN', 'nato-expansion', 'oppose']]);
    expect(await stancesOf('قالت روسيا إنها تعارض توسع الناتو.', '2023-03-01', 'ar')).toEqual([['RU', 'nato-expansion', 'oppose']]);
  });

  it('reads the headline as the topic of the lead paragraph, and of a later one only where it takes up a document or an act', async () => {
    const recordsOf = async (title: string | null, text: string) =>
      (await analyseArticle({ id: 't', title, text, lang: 'en', publishedAt: '2023-03-01' }, new LexiconScorer(), topics)).stances.map((s) => [
        s.actor,
        s.topic,
        s.label,
      ]);
    const title = 'General Assembly demands that Russia withdraw from Ukraine';
    const lead = 'The resolution passed with 141 votes in favour on Thursday. Belarus and Syria voted against it, while China abstained.';
    const votes = [
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['SY', 'ukraine-sovereignty', 'oppose'],
      ['CN', 'ukraine-sovereignty', 'neutral'],
    ];
    expect(await recordsOf(title, lead)).toEqual(votes);
    expect(await recordsOf(null, lead)).toEqual([]);
    expect(await recordsOf(title, `Delegates met in New York on Thursday.\n\nBelarus and Syria voted against, while China abstained.`)).toEqual([]);
    // "The resolution" takes up the one the headline reports, no sentence having named a topic since.
    expect(await recordsOf(title, `Delegates met in New York on Thursday.\n\n${lead}`)).toEqual(votes);
    const pact = 'France recalls its envoys over submarine pact';
    const text = 'The foreign ministry in Paris issued a statement late on Friday.\n\nFrance called the pact a stab in the back.';
    expect(await recordsOf(pact, text)).toEqual([['FR', 'aukus', 'oppose']]);
  });

  it('reads the headline as a sentence of its own, its evidence marked as the title', async () => {
    const analyse = (title: string, lang = 'en') =>
      analyseArticle({ id: 't', title, text: 'The vote came on Tuesday.', lang, publishedAt: '2023-03-01' }, new LexiconScorer(), topics);
    const title = "Turkey lifts its veto on Sweden's NATO bid";
    const [record, ...others] = (await analyse(title)).stances;
    expect(others).toEqual([]);
    expect(record).toMatchObject({ actor: 'TR', topic: 'nato-expansion', label: 'support' });
    expect(record.evidence[0]).toMatchObject({ sentence: title, start: 0, end: title.length, field: 'title' });
    // A person or an institution before a colon is the speaker: the actor named after it is in the claim.
    const actorsOf = async (title: string, lang = 'en') => (await analyse(title, lang)).stances.map((s) => s.actor);
    expect(await actorsOf("Washington backs Kyiv's bid to join NATO")).toEqual(['US']);
    expect(await actorsOf("Lavrov: Washington backs Kyiv's bid to join NATO")).toEqual([]);
    expect(await actorsOf('美国支持台独势力', 'zh')).toEqual(['US']);
    expect(await actorsOf('外交部：美国支持台独势力', 'zh')).toEqual([]);
    // A country before the colon may be where it happens.
    expect(await actorsOf('Ukraine: EU adopts new sanctions against Russia')).toEqual(['EU']);
  });

  it('finds a topic by a neutral formula that names its subject, not by one that names none', () => {
    const found = (text: string) => topics.find(text, tokenize(text), 'en').map((hit) => hit.topic.id);
    expect(found('Algeria said it remained neutral on the war in Ukraine.')).toContain('ukraine-sovereignty');
    expect(found('Brazil said it does not support the plan.')).not.toContain('taiwan-independence');
  });
});

describe('analyseArticle (coreference and clauses across languages)', () => {
  it('names an office holder the gazetteer does not know again by a word of the name written after the title', async () => {
    const en =
      'Chinese foreign ministry spokesman Zhang Wenhao spoke about remarks by Taiwan President Lai Ching-te on Monday. ' +
      "Zhang said the island's independence push was doomed to fail.";
    expect(await stancesOf(en)).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    const fr =
      'Le porte-parole de la diplomatie chinoise, Zhang Wenhao, a répondu lundi aux propos du président taïwanais Lai Ching-te. ' +
      "M. Zhang a affirmé que l'indépendance de Taïwan était vouée à l'échec.";
    expect(await stancesOf(fr, '2024-06-01', 'fr')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    // The last word of a name set off by commas counts too: "a spokesman, Zhang Wenhao, said … Wenhao stressed".
    const between =
      'A Chinese foreign ministry spokesman, Zhang Wenhao, spoke about remarks by Taiwan President Lai Ching-te. ' +
      "Wenhao stressed that the island's independence push was doomed to fail.";
    expect(await stancesOf(between)).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    // Not in a language that capitalises its offices: "TBMM Dışişleri Komisyonu" names no person.
    const tr =
      "İsveç'in NATO üyeliğine ilişkin kanun teklifi TBMM Dışişleri Komisyonu tarafından kabul edildi. " +
      "NATO Genel Sekreteri Stoltenberg de TBMM Dışişleri Komisyonu'nun kararını memnuniyetle karşıladığını söyledi.";
    expect(await stancesOf(tr, '2024-06-01', 'tr')).toEqual([['NATO', 'nato-expansion', 'support']]);
    // Japanese writes the surname before 氏: "張氏は" is the spokesman, not the Taiwanese leader named after him.
    const ja = '中国外務省の張文浩報道官は8日、台湾の頼清徳総統の発言について記者会見で答えた。張氏は「台湾独立に断固反対する」と述べた。';
    expect(await stancesOf(ja, '2024-06-01', 'ja')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    // A Japanese title after a country and a name in katakana is that country's office holder, not the last one named.
    const another =
      '米国のバイデン大統領は「われわれは台湾の独立を支持しない」と述べた。一方、南米パラグアイのペニャ大統領は台湾との外交関係を維持する方針を示した。';
    expect(await stancesOf(another, '2024-01-15', 'ja')).not.toContainEqual(['US', 'taiwan-independence', 'support']);
  });

  it('takes the country written after "of" an institution that opens its sentence as whose it is, for "the ministry" later', async () => {
    const es =
      'El Ministerio de Defensa Nacional de China convocó el lunes una rueda de prensa. ' +
      'El portavoz del ministerio dijo que la independencia de Taiwán está condenada al fracaso.';
    expect(await stancesOf(es, '2025-11-17', 'es')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    const fr =
      'Le ministère des Affaires étrangères de la Chine a tenu lundi un point de presse. ' +
      "Le porte-parole du ministère a affirmé que l'indépendance de Taïwan était vouée à l'échec.";
    expect(await stancesOf(fr, '2025-11-17', 'fr')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    // An ambassador convoked is another's: the ministry that convoked him is not his country's.
    const convoked =
      "Le ministère a convoqué l'ambassadeur de Chine lundi. Le porte-parole du ministère a affirmé que l'indépendance de Taïwan était vouée à l'échec.";
    expect(await stancesOf(convoked, '2025-11-17', 'fr')).toEqual([]);
  });

  it('takes no name in the matter a Japanese statement is about for the subject of the name after it', async () => {
    const ja = '日本の元官房長官が台湾を訪問したことについて、中国は台湾独立に断固として反対すると述べた。';
    expect(await stancesOf(ja, '2024-06-01', 'ja')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
  });

  it('reads what a Japanese verb opposes before it, not the phrase after the comma that follows it', async () => {
    const ja = '報道官は、中国は「台湾問題への外部の干渉に断固反対し、国家主権と領土の一体性を断固として守る」と述べた。';
    expect(await stancesOf(ja, '2024-06-01', 'ja')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
  });
});

describe('analyseArticle (topics taken up, vote lists and judgements, this round)', () => {
  it('takes a topic up in a later paragraph that names its act or its measures alone, for that topic only', async () => {
    const ja = 'スウェーデンは5日、NATOへの加盟を正式に申請した。\n\nNATOの事務総長は記者団に対し「申請を心から歓迎する」と述べた。';
    expect(await stancesOf(ja, '2022-05-20', 'ja')).toEqual([
      ['SE', 'nato-expansion', 'support'],
      ['NATO', 'nato-expansion', 'support'],
    ]);
    // A word of the topic's other group names it too: the measures ("freeze assets", "ban imports") of the sanctions.
    const measures =
      'The European Union imposed new sanctions on Russia on Monday.\n\nJapan said on Tuesday it would also freeze assets and ban imports of coal.';
    expect(await stancesOf(measures, '2022-03-01')).toEqual([
      ['EU', 'russia-sanctions', 'support'],
      ['JP', 'russia-sanctions', 'support'],
    ]);
    // "両国の決定" (the decision of the two) refers back to the act as "the decision" does.
    const decision = 'フィンランドとスウェーデンは18日、NATOへの加盟を申請した。\n\n官房長官は記者会見で「両国の決定を尊重し、支持する」と表明した。';
    expect((await stancesOf(decision, '2022-05-20', 'ja')).filter(([actor]) => actor === 'JP')).toEqual([['JP', 'nato-expansion', 'support']]);
  });

  it('gives a Japanese or Chinese vote to the names listed after "those who voted so were"', async () => {
    const ja =
      '国連総会は、ロシアによる4州の一方的な「併合」を無効とする決議を採択した。反対したのはロシアやベラルーシなど、棄権したのは中国やインドなどだった。';
    expect(await stancesOf(ja, '2022-10-13', 'ja')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['CN', 'ukraine-sovereignty', 'neutral'],
      ['IN', 'ukraine-sovereignty', 'neutral'],
    ]);
    const zh = '联合国大会通过决议，谴责俄罗斯吞并乌克兰四个地区。投反对票的有俄罗斯、白俄罗斯等国，投弃权票的有中国、印度等国。';
    expect(await stancesOf(zh, '2022-10-13', 'zh')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['CN', 'ukraine-sovereignty', 'neutral'],
      ['IN', 'ukraine-sovereignty', 'neutral'],
    ]);
  });

  it('reads a Japanese compound by its head: a cut of emissions is not emissions', async () => {
    const ja = '韓国の尹錫悦大統領は、パリ協定の目標達成に向けて温室効果ガスの排出削減を加速させる考えを示した。';
    expect(await stancesOf(ja, '2023-12-01', 'ja')).toEqual([['KR', 'climate-action', 'support']]);
  });

  it("judges the recognition a sentence before reported, and another's violation a speaker names", async () => {
    const recognition =
      'Der russische Präsident hat die Volksrepubliken Donezk und Luhansk als unabhängige Staaten anerkannt. ' +
      'Die Anerkennung sei ein schwerer Bruch des Völkerrechts, sagte Scholz.';
    expect(await stancesOf(recognition, '2022-02-22', 'de')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['DE', 'ukraine-sovereignty', 'support'],
    ]);
    const violation = 'Der Krieg Russlands verletze die Souveränität der Ukraine, sagte Scholz.';
    expect(await stancesOf(violation, '2022-11-04', 'de')).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
  });

  it('reads calling something a violation of a principle as upholding the principle, in every language; not for the one said to violate it', async () => {
    const upheld: Array<[string, string]> = [
      ['en', 'Beijing said the arms sale violated the one-China principle.'],
      ['en', 'The Chinese foreign ministry called the visit a serious violation of the one-China principle.'],
      ['de', 'Das Außenministerium in Peking verurteilte den Besuch als schwere Verletzung des Ein-China-Prinzips.'],
      ['fr', "Pékin a dénoncé une violation flagrante du principe d'une seule Chine."],
      ['es', 'Pekín afirmó que la visita viola el principio de una sola China.'],
      ['ru', 'МИД Китая назвал визит грубым нарушением принципа одного Китая.'],
      ['uk', 'Китай заявив, що візит порушує принцип одного Китаю.'],
      ['zh', '外交部表示，此访严重违反一个中国原则。'],
      ['ja', '中国外務省は、訪問は一つの中国の原則に対する重大な違反だと述べた。'],
      ['tr', 'Çin, ziyaretin Tek Çin ilkesinin açık bir ihlali olduğunu söyledi.'],
      ['ar', 'وقالت الخارجية الصينية إن الزيارة تنتهك مبدأ الصين الواحدة.'],
    ];
    for (const [lang, text] of upheld) expect(await stancesOf(text, '2022-08-03', lang), text).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    // The speaker upholds the sovereignty violated; the one said to violate it, named as narrated, acts against it.
    const spoken = 'Russland hat die Souveränität der Ukraine verletzt, sagte Scholz.';
    expect(await stancesOf(spoken, '2022-11-04', 'de')).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
    expect(await stancesOf('Russland hat die Souveränität der Ukraine verletzt.', '2022-11-04', 'de')).toEqual([['RU', 'ukraine-sovereignty', 'oppose']]);
    // What a subject violates is what its particle does not mark: the annexation violates international law.
    const ja = 'ウクライナ政府は、編入は国際法に違反するとして強く反発した。';
    expect(await stancesOf(ja, '2014-03-19', 'ja')).toEqual([['UA', 'ukraine-sovereignty', 'support']]);
  });

  it('reads German "sich dafür/dagegen aussprechen" with the act after its comma, and a future verb far after its object', async () => {
    const against = 'Ungarn sprach sich dagegen aus, neue Sanktionen gegen Russland zu verhängen.';
    expect(await stancesOf(against, '2022-06-01', 'de')).toEqual([['HU', 'russia-sanctions', 'oppose']]);
    const restore = 'Indiens Handelsminister sprach sich dafür aus, die Berufungsinstanz der WTO rasch wieder einzusetzen.';
    expect(await stancesOf(restore, '2023-06-01', 'de')).toEqual([['IN', 'wto-reform', 'support']]);
    const never = 'Frankreich werde die Scheinreferenden und die daraus abgeleiteten Annexionen niemals anerkennen, sagte Macron.';
    expect(await stancesOf(never, '2022-10-01', 'de')).toEqual([['FR', 'ukraine-sovereignty', 'support']]);
  });

  it('takes "the two entities" up as the separatist republics named before, and a holder\'s own act as what it notes', async () => {
    const de =
      'Moskau erkannte die Separatistengebiete Donezk und Luhansk als unabhängig an. Frankreich werde die beiden Gebilde nicht anerkennen, sagte Macron.';
    expect(await stancesOf(de, '2022-02-22', 'de')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['FR', 'ukraine-sovereignty', 'support'],
    ]);
    const en = 'Russia recognised the separatist republics of Donetsk and Luhansk. Britain will never recognise the two entities, the foreign secretary said.';
    expect(await stancesOf(en, '2022-02-22')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['GB', 'ukraine-sovereignty', 'support'],
    ]);
    const noted =
      'Die Verhandlungen drehten sich um das Pariser Klimaabkommen. ' +
      'Die Vereinigten Staaten nehmen in einer Fußnote lediglich zur Kenntnis, dass Präsident Donald Trump den Ausstieg aus dem Abkommen verkündet hat.';
    expect(await stancesOf(noted, '2017-07-10', 'de')).toEqual([['US', 'climate-action', 'oppose']]);
  });

  it('reads a German verb whose closing words, several of them, end its clause far from it: "brachten … auf den Weg"', async () => {
    const de = 'Die Außenminister der EU-Staaten brachten am Montag ein neues Sanktionspaket gegen Russland auf den Weg.';
    expect(await stancesOf(de, '2022-02-22', 'de')).toEqual([['EU', 'russia-sanctions', 'support']]);
  });

  it('reads an act not yet done as pending, no stance, where a plain negation of it opposes; German SWIFT exclusion in the infinitive', async () => {
    const pending: Array<[string, string]> = [
      ['en', "Hungary is the last NATO member that has yet to ratify Sweden's accession."],
      ['de', 'Budapest ist damit der letzte Bündnispartner, der den Beitritt Schwedens noch nicht ratifiziert hat.'],
      ['fr', "La Hongrie n'a pas encore ratifié l'adhésion de la Suède à l'OTAN."],
      ['ru', 'Венгрия пока не ратифицировала вступление Швеции в НАТО.'],
      ['zh', '匈牙利尚未批准瑞典加入北约。'],
      ['tr', "Macaristan, İsveç'in NATO üyeliğini henüz onaylamadı."],
    ];
    for (const [lang, text] of pending) expect(await stancesOf(text, '2024-01-10', lang), text).toEqual([]);
    const refused = 'Ungarn hat den NATO-Beitritt Schwedens nicht ratifiziert.';
    expect(await stancesOf(refused, '2024-01-10', 'de')).toEqual([['HU', 'nato-expansion', 'oppose']]);
    const swift = 'Polen verständigte sich mit den Partnern darauf, russische Banken aus dem SWIFT-System auszuschließen.';
    expect(await stancesOf(swift, '2022-02-26', 'de')).toEqual([['PL', 'russia-sanctions', 'support']]);
  });

  it('reads opposing a unilateral change of the status quo as the no-side formula on Taiwan, and resisting a wording by what it demands', async () => {
    const formula: Array<[string, string, string]> = [
      ['de', 'Paris unterstütze keine Unabhängigkeit Taiwans, lehne aber jede einseitige Änderung des Status quo ab, sagte ein Sprecher.', 'FR'],
      ['en', 'London does not support Taiwan independence but opposes any unilateral change to the status quo, a spokesman said.', 'GB'],
    ];
    for (const [lang, text, actor] of formula) expect(await stancesOf(text, '2023-01-01', lang), text).toEqual([[actor, 'taiwan-independence', 'neutral']]);
    const wording = 'Saudi-Arabien hatte sich gegen jede Formulierung gestemmt, die einen Ausstieg aus den fossilen Energien verlangt.';
    expect(await stancesOf(wording, '2022-12-05', 'de')).toEqual([['SA', 'climate-action', 'oppose']]);
  });

  it('reads handing in a bid, launching a package, restoring or overcoming the paralysis of appeals', async () => {
    expect(await stancesOf('Finland and Sweden handed in their NATO applications on Wednesday.', '2022-05-18')).toEqual([
      ['FI', 'nato-expansion', 'support'],
      ['SE', 'nato-expansion', 'support'],
    ]);
    const de = 'Die EU brachte neue Sanktionen gegen Russland auf den Weg.';
    expect(await stancesOf(de, '2022-02-22', 'de')).toEqual([['EU', 'russia-sanctions', 'support']]);
    const restore = 'The Canadian trade minister said restoring a fully functioning dispute settlement system was the priority.';
    expect(await stancesOf(restore, '2020-04-30')).toEqual([['CA', 'wto-reform', 'support']]);
    const overcome = 'Canada and Norway set up an interim mechanism to overcome the paralysis of the Appellate Body.';
    expect(await stancesOf(overcome, '2020-04-30')).toEqual([
      ['CA', 'wto-reform', 'support'],
      ['NO', 'wto-reform', 'support'],
    ]);
  });

  it('takes a European commissioner for the EU and the climate crisis for the climate', async () => {
    const fr = "« L'Organe d'appel doit être rétabli », a déclaré le commissaire européen au Commerce.";
    expect(await stancesOf(fr, '2020-04-30', 'fr')).toEqual([['EU', 'wto-reform', 'support']]);
    const zh = '欧盟委员会主席表示，欧盟期待与各方携手应对气候危机。';
    expect(await stancesOf(zh, '2021-01-22', 'zh')).toEqual([['EU', 'climate-action', 'support']]);
  });
});

describe('analyseArticle (scenes, vote nouns and judgements)', () => {
  it('takes up, by "these measures", the topic named before a sentence that names another only as its scene', async () => {
    const fr =
      'Les Vingt-Sept ont adopté vendredi un nouveau paquet de sanctions contre la Russie.\n\n' +
      "À Berlin, le chancelier a salué un accord qui montre que l'Europe reste unie face à l'agression russe.\n\n" +
      "La Serbie continue de refuser de s'aligner sur ces mesures.";
    const stances = await stancesOf(fr, '2022-06-03', 'fr');
    expect(stances.filter(([actor]) => actor === 'RS')).toEqual([['RS', 'russia-sanctions', 'oppose']]);
    // "des mesures" takes the topic up too.
    const denounced = "L'UE a adopté un nouveau paquet de sanctions contre la Russie.\n\nMoscou a dénoncé des mesures « illégitimes ».";
    expect((await stancesOf(denounced, '2022-06-03', 'fr')).filter(([actor]) => actor === 'RU')).toEqual([['RU', 'russia-sanctions', 'oppose']]);
  });

  it('marks the votes it reads as the holder casting them, not an abstention in a count or in a quotation', async () => {
    const actsOf = async (text: string, lang: string) =>
      (await analyseArticle({ id: 't', text, lang, publishedAt: '2024-01-24' }, new LexiconScorer(), topics)).stances.map((s) => [
        s.actor,
        s.evidence.map((e) => e.detail?.act ?? null),
      ]);
    expect(await actsOf('The General Assembly voted on a resolution condemning the annexation. China abstained.', 'en')).toEqual([['CN', ['abstain']]]);
    const count =
      'أنقرة - صادق البرلمان التركي، مساء الثلاثاء، على بروتوكول انضمام السويد إلى حلف الناتو بأغلبية 250 صوتاً مقابل 40 وامتناع ثلاثة نواب، منهياً بذلك أشهراً من التأخير أثار خلالها الطلب توتراً بين أنقرة وشركائها.';
    expect(await actsOf(count, 'ar')).toEqual([['TR', [null]]]);
    const quoted = 'В Киеве осудили аннексию Крыма. «Это не тот вопрос, где мы позволяем себе воздержание», — подчеркнул министр иностранных дел Украины.';
    expect((await actsOf(quoted, 'ru')).flatMap(([, acts]) => acts)).not.toContain('abstain');
  });

  it("gives an actor no record against its own standing, which the topic names, and keeps the others' records", async () => {
    expect(await stancesOf('Taiwan ended diplomatic relations with Nauru on Monday after the island nation switched recognition to Beijing.')).toEqual([]);
    const ru = 'Министр иностранных дел Тайваня заявил, что Тайбэй прекращает отношения с Гондурасом ради защиты суверенитета острова.';
    expect((await stancesOf(ru, '2023-03-26', 'ru')).filter(([actor]) => actor === 'TW')).toEqual([]);
    // Another actor's break with Taipei keeps its record.
    expect(await stancesOf("Nauru has broken off diplomatic relations with Taipei, Taiwan's foreign ministry said.")).toEqual([
      ['NR', 'taiwan-independence', 'oppose'],
    ]);
  });

  it('keeps the abstention of a holder that explains it, in several languages', async () => {
    const en =
      'The General Assembly adopted a resolution condemning the annexation of four Ukrainian regions. China abstained. Its ambassador said the resolution would not help to ease tensions.';
    expect(await stancesOf(en)).toContainEqual(['CN', 'ukraine-sovereignty', 'neutral']);
    const ru =
      'Генеральная ассамблея ООН приняла резолюцию, осуждающую аннексию украинских регионов. Среди воздержавшихся оказался Казахстан. В казахстанской делегации от комментариев отказались.';
    expect(await stancesOf(ru, '2022-10-12', 'ru')).toContainEqual(['KZ', 'ukraine-sovereignty', 'neutral']);
    const fr =
      "L'Assemblée générale a adopté une résolution condamnant l'annexion de régions ukrainiennes. La Chine s'est abstenue. Son représentant a estimé que le texte n'aiderait pas à apaiser les tensions.";
    expect(await stancesOf(fr, '2022-10-12', 'fr')).toContainEqual(['CN', 'ukraine-sovereignty', 'neutral']);
    // A vote against stands over an abstention of an earlier vote.
    const earlier =
      "Le Mali a voté contre la résolution exigeant le retrait des troupes russes d'Ukraine. En octobre, lors du vote sur les annexions russes, Bamako s'était contenté de s'abstenir.";
    expect(await stancesOf(earlier, '2023-02-24', 'fr')).toContainEqual(['ML', 'ukraine-sovereignty', 'oppose']);
  });

  it('reads Russian vote lists after "those against spoke" and "among the abstainers were"', async () => {
    const ru =
      'Генассамблея ООН приняла резолюцию, которая подтверждает приверженность территориальной целостности Украины. ' +
      'Против высказались семь делегаций, в том числе Россия и Белоруссия. Среди воздержавшихся оказались Китай и Индия.';
    expect(await stancesOf(ru, '2023-02-24', 'ru')).toEqual([
      ['RU', 'ukraine-sovereignty', 'oppose'],
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['CN', 'ukraine-sovereignty', 'neutral'],
      ['IN', 'ukraine-sovereignty', 'neutral'],
    ]);
  });

  it('gives an abstention named as a noun to the voters after "of"', async () => {
    const es = 'La Asamblea General aprobó una resolución que condena la anexión de Crimea, con la abstención de China.';
    expect(await stancesOf(es, '2022-10-13', 'es')).toEqual([['CN', 'ukraine-sovereignty', 'neutral']]);
    const en = 'The General Assembly adopted a resolution condemning the annexation of Crimea, with the abstention of India.';
    expect(await stancesOf(en, '2022-10-13')).toEqual([['IN', 'ukraine-sovereignty', 'neutral']]);
  });

  it('reads agreeing with, seeing positively, calling something the best hope, declining to assess, and a particle far from its verb', async () => {
    const agree = '«Все союзники согласны с важностью расширения НАТО», — заявил Столтенберг.';
    expect(await stancesOf(agree, '2022-05-18', 'ru')).toEqual([['NATO', 'nato-expansion', 'support']]);
    const positively =
      'Финляндия подала заявку на вступление в НАТО. Эрдоган заявил, что Анкара «не может положительно смотреть» на членство Финляндии в альянсе.';
    expect((await stancesOf(positively, '2022-05-18', 'ru')).filter(([actor]) => actor === 'TR')).toEqual([['TR', 'nato-expansion', 'oppose']]);
    const hope = 'Європейська комісія заявила, що Паризька угода залишається «найкращою надією для всього людства».';
    expect(await stancesOf(hope, '2025-01-21', 'uk')).toEqual([['EU', 'climate-action', 'support']]);
    const declined = 'Україна подала заявку на вступ до НАТО. Радник президента США Джейк Салліван відмовився оцінювати заявку по суті.';
    expect((await stancesOf(declined, '2022-09-30', 'uk')).filter(([actor]) => actor === 'US')).toEqual([['US', 'nato-expansion', 'neutral']]);
    // A German verb's particle at the end of its clause, however far from the verb ("stimmt … zu").
    const agreed = 'Die Türkei stimmt dem Beitritt Schwedens zur Nato nach monatelangem Zögern nun doch zu.';
    expect(await stancesOf(agreed, '2024-01-24', 'de')).toEqual([['TR', 'nato-expansion', 'support']]);
    const rejected = 'Die Vollversammlung verurteilte die Annexion. Der russische Botschafter wies die Resolution als „politisiert“ und „provokant“ zurück.';
    expect((await stancesOf(rejected, '2022-10-13', 'de')).filter(([actor]) => actor === 'RU')).toEqual([['RU', 'ukraine-sovereignty', 'oppose']]);
    const carried = 'Die EU einigte sich auf ein neues Sanktionspaket gegen Russland. Ein Regierungssprecher sagte, die Bundesregierung trage das Paket mit.';
    expect((await stancesOf(carried, '2022-12-03', 'de')).filter(([actor]) => actor === 'DE')).toEqual([['DE', 'russia-sanctions', 'support']]);
    const door = 'El secretario general de la OTAN, Jens Stoltenberg, recalcó que la puerta de la Alianza “sigue abierta”.';
    expect(await stancesOf(door, '2022-05-18', 'es')).toEqual([['NATO', 'nato-expansion', 'support']]);
  });
});

describe('analyseArticle (paralysis remedied, a stopgap, headline clauses)', () => {
  it('reads remedying a paralysis as a stance for what is paralysed, and paralysing as one against it', async () => {
    const remedy = "L'UE a notifié un mécanisme provisoire afin de pallier la paralysie de l'Organe d'appel.";
    expect(await stancesOf(remedy, '2020-04-30', 'fr')).toEqual([['EU', 'wto-reform', 'support']]);
    expect(await stancesOf("Washington paralyse l'Organe d'appel depuis deux ans.", '2020-04-30', 'fr')).toEqual([['US', 'wto-reform', 'oppose']]);
    const overcome = 'La UE creó un mecanismo para superar la parálisis del Órgano de Apelación.';
    expect(await stancesOf(overcome, '2020-04-30', 'es')).toEqual([['EU', 'wto-reform', 'support']]);
  });

  it('reads "a stopgap system" as no stance', async () => {
    const stopgap = "The European Union and Canada notified a stopgap system for appealing trade rulings, stepping in for the WTO's Appellate Body.";
    expect(await stancesOf(stopgap, '2020-04-30')).toEqual([]);
  });

  it('parts a Chinese headline at the space between its clauses', async () => {
    const article = {
      id: 't',
      title: '美英澳公布核潜艇合作计划 中方表示坚决反对',
      text: '外交部发言人表示，中方坚决反对美英澳核潜艇合作。',
      lang: 'zh',
      publishedAt: '2023-03-15',
    };
    const { stances } = await analyseArticle(article, new LexiconScorer(), topics);
    expect(stances.map((s) => [s.actor, s.topic, s.label])).toEqual([['CN', 'aukus', 'oppose']]);
  });
});

describe('analyseArticle (who "he" is, circumvention, violations)', () => {
  it('takes a person named again by one word of the name as the last person named, for "er" and "he" after it', async () => {
    const de =
      'Außenministerin Annalena Baerbock empfing am Dienstag ihren chinesischen Amtskollegen Qin Gang in Berlin. ' +
      'Man habe offen gesprochen, sagte Baerbock.\n\nQin wies jede Kritik an Peking zurück. Die Taiwan-Frage sei eine innere Angelegenheit Chinas, sagte er.';
    expect(await stancesOf(de, '2023-05-09', 'de')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    const en =
      'Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. Blinken said the talks had been candid.\n\n' +
      'Qin rejected the criticism. The Taiwan question was purely an internal affair of China, he said.';
    expect(await stancesOf(en, '2023-06-19')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
  });

  it('reads circumventing sanctions as their contrary: warning against it supports them', async () => {
    const en = 'A senior US official warned of consequences for countries that try to circumvent the sanctions against Russia.';
    expect(await stancesOf(en, '2022-04-01')).toEqual([['US', 'russia-sanctions', 'support']]);
    const de = 'Ein ranghoher US-Beamter warnte vor Konsequenzen für Staaten, die versuchten, die Sanktionen gegen Russland zu umgehen.';
    expect(await stancesOf(de, '2022-04-01', 'de')).toEqual([['US', 'russia-sanctions', 'support']]);
    const ar = 'وحذرت الولايات المتحدة الدول من مساعدة روسيا على الالتفاف على العقوبات.';
    expect(await stancesOf(ar, '2022-04-01', 'ar')).toEqual([['US', 'russia-sanctions', 'support']]);
  });

  it('reads the subject of "violated the sovereignty" as doing it, and whoever says another violates it as upholding it', async () => {
    expect(await stancesOf("Russia violated Ukraine's sovereignty again.", '2014-03-18')).toEqual([['RU', 'ukraine-sovereignty', 'oppose']]);
    expect(await stancesOf('Moskau verletzt die Souveränität der Ukraine.', '2014-03-18', 'de')).toEqual([['RU', 'ukraine-sovereignty', 'oppose']]);
    const de = 'Bundeskanzler Olaf Scholz sagte am Montag, Moskau verletze die Souveränität der Ukraine.';
    expect(await stancesOf(de, '2022-03-18', 'de')).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
    const warned =
      'Außenministerin Annalena Baerbock hatte im Bundestag gewarnt, Moskau verletze mit seinem Vorgehen die territoriale Unversehrtheit der Ukraine.';
    expect(await stancesOf(warned, '2022-03-18', 'de')).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
    const fr = "Le chef de la diplomatie française a déclaré que Moscou violait l'intégrité territoriale de l'Ukraine.";
    expect(await stancesOf(fr, '2014-03-18', 'fr')).toEqual([['FR', 'ukraine-sovereignty', 'support']]);
  });
});

describe('analyseArticle (German: votes after a fronted phrase, ordinals, judgements)', () => {
  const de = (text: string, date = '2022-06-01') => stancesOf(text, date, 'de');

  it('reads the voters after a verb that a phrase opens the clause with', async () => {
    const lead = 'Die UN-Vollversammlung verurteilte am Donnerstag die Annexion der Krim. ';
    const expected = [
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['SY', 'ukraine-sovereignty', 'oppose'],
    ];
    expect(await de(`${lead}Gegen die Resolution stimmten Belarus und Syrien.`, '2014-03-28')).toEqual(expected);
    expect(await de(`${lead}Am Abend stimmten Belarus und Syrien gegen die Resolution.`, '2014-03-28')).toEqual(expected);
    expect(await de('Am Montag stimmte Ungarn gegen neue Sanktionen gegen Russland.')).toEqual([['HU', 'russia-sanctions', 'oppose']]);
  });

  it('does not end a sentence at an ordinal number after "als" or a possessive', async () => {
    expect(await de('Montenegro ist als 29. Staat der Nato beigetreten.', '2017-06-06')).toEqual([['ME', 'nato-expansion', 'support']]);
  });

  it('reads welcoming "the new ally" as welcoming the accession just reported', async () => {
    const text = 'Montenegro ist am Montag der Nato beigetreten. Generalsekretär Jens Stoltenberg hieß den neuen Verbündeten willkommen.';
    expect(await de(text, '2017-06-06')).toEqual([
      ['ME', 'nato-expansion', 'support'],
      ['NATO', 'nato-expansion', 'support'],
    ]);
  });

  it('reads a measure called short-sighted as opposed and one called inevitable as supported', async () => {
    expect(await de('Das Außenministerium in Moskau nannte die neuen Sanktionen gegen Russland „kurzsichtig“.')).toEqual([
      ['RU', 'russia-sanctions', 'oppose'],
    ]);
    const inevitable = 'Nach dem Angriff seien weitere Sanktionen gegen Russland „unvermeidlich“ geworden, sagte Bundeskanzler Olaf Scholz.';
    expect(await de(inevitable)).toEqual([['DE', 'russia-sanctions', 'support']]);
  });

  it('reads "einstellen" as stopping what it ends, and what was said after the comma that follows the verb of saying and a phrase of time', async () => {
    const stop = 'Peking forderte Washington auf, die Unterstützung für die Unabhängigkeitskräfte Taiwans einzustellen.';
    expect(await de(stop, '2023-04-10')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
    const later = 'Peking erklärte am Dienstag, Washington müsse die Unterstützung für die Unabhängigkeitskräfte Taiwans einstellen.';
    expect(await de(later, '2023-04-10')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
  });
});

describe('analyseArticle (what a phrase is about: "the region", "non-annexation")', () => {
  it('does not take "the region" and Washington for the United States\' role in Asia', async () => {
    const es = 'Venezuela votó en contra de la resolución sobre Crimea, al considerar que respondía a los intereses de Washington en la región.';
    expect((await stancesOf(es, '2014-03-28', 'es')).filter(([, topic]) => topic === 'us-role-asia-pacific')).toEqual([]);
    const fr = 'Le Venezuela a voté contre la résolution, qui servirait selon lui les intérêts de Washington dans la région.';
    expect((await stancesOf(fr, '2014-03-28', 'fr')).filter(([, topic]) => topic === 'us-role-asia-pacific')).toEqual([]);
  });

  it('reads a negation between a preposition and the topic\'s phrase as "non-": defending non-annexation upholds the sovereignty', async () => {
    const es = 'Costa Rica defendió el principio de no anexión de territorios por la fuerza.';
    expect(await stancesOf(es, '2014-03-28', 'es')).toEqual([['CR', 'ukraine-sovereignty', 'support']]);
    const en = 'Costa Rica defended the principle of non-annexation of territory by force.';
    expect(await stancesOf(en, '2014-03-28')).toEqual([['CR', 'ukraine-sovereignty', 'support']]);
  });

  it('reads taking a country out of an agreement as leaving it, with the country between the verb and what it leaves', async () => {
    expect(await stancesOf('The president pulled the United States out of the Paris climate agreement.', '2017-06-02')).toEqual([
      ['US', 'climate-action', 'oppose'],
    ]);
    expect(await stancesOf('Washington withdrew the country from the Paris climate accord.', '2017-06-02')).toEqual([['US', 'climate-action', 'oppose']]);
    expect(await stancesOf('Washington zieht die USA aus dem Pariser Klimaabkommen zurück.', '2017-06-02', 'de')).toEqual([['US', 'climate-action', 'oppose']]);
  });

  it('gives words to the speaker a verb of demanding or criticising names after them, and reads Russia withdrawing its troops from Ukraine', async () => {
    const demanded = 'Russland müsse seine Truppen aus der Ukraine zurückziehen, forderte Bundeskanzler Olaf Scholz.';
    expect(await stancesOf(demanded, '2022-04-02', 'de')).toEqual([['DE', 'ukraine-sovereignty', 'support']]);
    const criticised = 'Die Sanktionen gegen Russland seien ein Fehler, kritisierte Ministerpräsident Viktor Orbán.';
    expect(await stancesOf(criticised, '2022-04-02', 'de')).toEqual([['HU', 'russia-sanctions', 'oppose']]);
  });
});

describe('analyseArticle (German: what must be done, severed ties, unchanged policy)', () => {
  const de = (text: string, date = '2023-04-10') => stancesOf(text, date, 'de');

  it('gives what another must or should do to the speaker named after the words, as a demand', async () => {
    const must = 'Die USA müssten ihre Militärpräsenz in Asien verringern, sagte ein Sprecher des chinesischen Außenministeriums.';
    expect(await de(must)).toEqual([['CN', 'us-role-asia-pacific', 'oppose']]);
    const should = 'Die USA sollten aufhören, im asiatisch-pazifischen Raum Militärblöcke zu schmieden, sagte ein Sprecher des chinesischen Außenministeriums.';
    expect(await de(should)).toEqual([['CN', 'us-role-asia-pacific', 'oppose']]);
  });

  it('reads breaking off relations with Taiwan, and an unchanged one-China policy as no side taken', async () => {
    expect(await de('Im Dezember hatte Kiribati seine Beziehungen zu Taiwan abgebrochen.', '2019-09-21')).toEqual([['KI', 'taiwan-independence', 'oppose']]);
    const unchanged = 'Ein Sprecher des Weißen Hauses betonte, die Ein-China-Politik der Vereinigten Staaten habe sich nicht geändert.';
    expect(await de(unchanged)).toEqual([['US', 'taiwan-independence', 'neutral']]);
  });

  it('gives a sentence in the mood of reported speech to the speaker of the sentence before it', async () => {
    const aukus =
      'Ein Sprecher des chinesischen Außenministeriums äußerte sich am Montag in Peking. Das Aukus-Abkommen sei eine Gefahr für den Frieden in der Region.';
    expect(await de(aukus, '2021-09-20')).toEqual([['CN', 'aukus', 'oppose']]);
    const sanctions =
      'Der russische Außenminister Sergej Lawrow äußerte sich am Abend. Die Sanktionen gegen Russland seien „kontraproduktiv“ und schadeten den Europäern selbst.';
    expect(await de(sanctions, '2022-04-02')).toEqual([['RU', 'russia-sanctions', 'oppose']]);
    // Not in the indicative: the writer's own sentence is no one's stance.
    const indicative =
      'Der russische Außenminister Sergej Lawrow äußerte sich am Abend. Die Sanktionen gegen Russland sind nach Ansicht von Ökonomen kontraproduktiv.';
    expect(await de(indicative, '2022-04-02')).toEqual([]);
  });
});

describe("analyseArticle (an accession that makes the alliance stronger, NATO's secretary general)", () => {
  it('reads saying an act makes something stronger or safer as praise of the act', async () => {
    const en = "Secretary of State Antony Blinken said Sweden's accession to NATO would make the alliance stronger.";
    expect(await stancesOf(en, '2024-03-07')).toEqual([['US', 'nato-expansion', 'support']]);
    const ru = 'Генсек НАТО заявил, что вступление Швеции сделает альянс сильнее.';
    expect(await stancesOf(ru, '2024-03-07', 'ru')).toEqual([['NATO', 'nato-expansion', 'support']]);
  });

  it("takes NATO's secretary general named by the office for NATO", async () => {
    const fr = "Le secrétaire général de l'Otan a salué mercredi l'adhésion de la Suède.";
    expect(await stancesOf(fr, '2024-03-07', 'fr')).toEqual([['NATO', 'nato-expansion', 'support']]);
    const es = 'El secretario general de la OTAN celebró el miércoles la adhesión de Suecia.';
    expect(await stancesOf(es, '2024-03-07', 'es')).toEqual([['NATO', 'nato-expansion', 'support']]);
  });

  it('reads a title with "of" in it before the name as the title, not a phrase the name is the object of', async () => {
    expect(await stancesOf("Secretary of State Antony Blinken welcomed Finland's accession to NATO.", '2023-04-04')).toEqual([
      ['US', 'nato-expansion', 'support'],
    ]);
    expect(await stancesOf('Minister of Foreign Affairs Sergei Lavrov condemned NATO expansion.', '2023-04-04')).toEqual([['RU', 'nato-expansion', 'oppose']]);
    // A person inside another phrase's object still holds nothing.
    expect(await stancesOf('The daughters of Russian President Vladimir Putin were hit by new sanctions.', '2022-04-06')).toEqual([]);
  });

  it("reads the verb before a subject that follows it in German as the subject's own, negation and all", async () => {
    const refused = 'Am Freitag verweigerten Polen und Ungarn ihre Zustimmung zu dem Ziel der Klimaneutralität bis 2050.';
    expect(await stancesOf(refused, '2019-06-21', 'de')).toEqual([
      ['PL', 'climate-action', 'oppose'],
      ['HU', 'climate-action', 'oppose'],
    ]);
  });

  it('reads Swiss spelling, votes with "unter anderem" or "dafür" after the verb, and standing behind a pact', async () => {
    const swiss = 'Auch Washington verschärfte seine Strafmassnahmen gegen russische Banken.';
    expect(await stancesOf(swiss, '2014-08-13', 'de')).toEqual([['US', 'russia-sanctions', 'support']]);
    const lead = 'Die UN-Vollversammlung verurteilte am Montag die Annexion der Krim. ';
    expect(await stancesOf(`${lead}Mit Moskau stimmten unter anderem Belarus und Syrien gegen den Text.`, '2014-03-28', 'de')).toEqual([
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['SY', 'ukraine-sovereignty', 'oppose'],
    ]);
    expect(await stancesOf(`${lead}Österreich votierte wie die Mehrheit der EU-Staaten dafür.`, '2014-03-28', 'de')).toEqual([
      ['AT', 'ukraine-sovereignty', 'support'],
    ]);
    expect(await stancesOf('Canberra stehe voll und ganz hinter Aukus, sagte der Premierminister.', '2023-03-14', 'de')).toEqual([['AU', 'aukus', 'support']]);
  });

  it('keeps a side of the vote after a comma for the list that follows it ("…, vier dagegen: …")', async () => {
    const text =
      'Die UN-Vollversammlung verurteilte die Annexion der Krim. 120 Staaten stimmten für die Resolution, drei dagegen: Belarus, Syrien und Nordkorea.';
    expect(await stancesOf(text, '2014-03-28', 'de')).toEqual([
      ['BY', 'ukraine-sovereignty', 'oppose'],
      ['SY', 'ukraine-sovereignty', 'oppose'],
      ['KP', 'ukraine-sovereignty', 'oppose'],
    ]);
  });

  it('reads a commitment called ironclad or a presence called indispensable as praise, and German "wolle" as what the speaker wants', async () => {
    const en = 'Biden said the US commitment to its allies in the Indo-Pacific was ironclad.';
    expect(await stancesOf(en, '2024-04-11')).toEqual([['US', 'us-role-asia-pacific', 'support']]);
    const de = 'Die amerikanische Militärpräsenz sei für die Stabilität in Asien unverzichtbar, sagte Ministerpräsident Fumio Kishida.';
    expect(await stancesOf(de, '2024-04-11', 'de')).toEqual([['JP', 'us-role-asia-pacific', 'support']]);
    const wants = 'Seoul wolle sich aktiv an der Reform der WTO beteiligen, sagte der südkoreanische Handelsminister.';
    expect(await stancesOf(wants, '2019-10-25', 'de')).toEqual([['KR', 'wto-reform', 'support']]);
  });
});

describe('analyseArticle (measures found wanting, welcoming the new partner)', () => {
  it('reads a measure taken up from the sentence before and called paltry as wanted stronger', async () => {
    const text =
      'Negotiators agreed a new climate finance goal of $300bn a year on Sunday. ' +
      'India\'s negotiator told the plenary that the figure was "a paltry sum" and said India objected to its adoption.';
    expect(await stancesOf(text, '2024-11-24')).toEqual([['IN', 'climate-action', 'support']]);
    const ru = 'Зеленский назвал установленный потолок цен на российскую нефть «несерьёзным».';
    expect(await stancesOf(ru, '2022-12-03', 'ru')).toEqual([['UA', 'russia-sanctions', 'support']]);
  });

  it('reads "dio la bienvenida al nuevo socio" as welcoming the accession just reported', async () => {
    const es = 'Suecia se convirtió el jueves en el miembro número 32 de la OTAN. El secretario de Estado Antony Blinken dio la bienvenida al nuevo socio.';
    expect(await stancesOf(es, '2024-03-07', 'es')).toEqual([
      ['SE', 'nato-expansion', 'support'],
      ['US', 'nato-expansion', 'support'],
    ]);
  });
});
