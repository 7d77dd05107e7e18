import { describe, expect, it } from 'vitest';
import { signedRecords } from './lexicon-records.js';

/*
 * The machinery of the lexicon scorer, language by language where it differs: who holds a stance,
 * what the stance is said of, and how the polarities of nested predicates combine. Every sentence
 * here is written for these tests.
 */

const recordsOf = signedRecords;

describe('a stance is the predicate times what it is said of', () => {
  it('multiplies a verb by the predicate it embeds: voting against a resolution that condemns the annexation', async () => {
    expect(await recordsOf('en', 'Eritrea voted against the resolution condemning the annexation of Crimea.')).toEqual({ 'ER ukraine-sovereignty': -1 });
  });

  it('reads criticism of another actor for backing something as opposition to it', async () => {
    expect(await recordsOf('en', 'China criticised Washington for backing Taiwan independence.')).toEqual({ 'CN taiwan-independence': -1 });
  });

  it('does not multiply coordinated verbs: the one that names the topic decides', async () => {
    expect(await recordsOf('en', 'Poland criticised the delay and demanded new sanctions against Russia.')).toEqual({ 'PL russia-sanctions': 1 });
  });

  it('gives no stance on the topic when the verb is said of another actor', async () => {
    expect(await recordsOf('en', 'India backed Moscow at the talks on sanctions.')).toEqual({});
  });

  it('keeps a name that owns the topic phrase, or is part of it, as the target', async () => {
    expect(await recordsOf('en', "Turkey backed Sweden's bid to join NATO.")).toEqual({ 'TR nato-expansion': 1 });
    expect(await recordsOf('en', 'Georgia supports NATO enlargement.')).toEqual({ 'GE nato-expansion': 1 });
  });

  it('does not chain a vote tally into the verb', async () => {
    expect(await recordsOf('ru', 'Сенат США 95 голосами против одного ратифицировал протоколы о вступлении Финляндии в НАТО.')).toEqual({
      'US nato-expansion': 1,
    });
  });
});

describe('threats and conditions', () => {
  it('reads "threatened to" as the intent of the verb it governs', async () => {
    expect(await recordsOf('en', 'Slovakia threatened to veto the next package of sanctions against Russia.')).toEqual({ 'SK russia-sanctions': -1 });
    expect(await recordsOf('en', 'Canada threatened to impose further sanctions on Russia.')).toEqual({ 'CA russia-sanctions': 1 });
  });

  it('gives a name inside a condition no stance', async () => {
    expect(await recordsOf('en', 'Moscow threatened to retaliate if Finland joined NATO.')).toEqual({ 'RU nato-expansion': -1 });
    expect(await recordsOf('de', 'Russland drohte mit Konsequenzen, falls Finnland der Nato beitritt.')).toEqual({ 'RU nato-expansion': -1 });
  });
});

describe('accusations', () => {
  it('reads accusing someone of backing a thing as opposing it, however long the name of the accused', async () => {
    expect(await recordsOf('en', 'Beijing accused the Lithuanian parliament speaker of supporting Taiwan independence forces.')).toEqual({
      'CN taiwan-independence': -1,
    });
    expect(await recordsOf('ar', 'اتهمت بكين رئيس البرلمان الليتواني بدعم القوى الانفصالية في تايوان.')).toEqual({ 'CN taiwan-independence': -1 });
  });
});

describe('criticising a threat', () => {
  it('reads criticism of threats against a bid as support for it', async () => {
    expect(await recordsOf('ar', 'انتقدت النرويج تهديدات موسكو ضد طلب السويد الانضمام إلى حلف الناتو.')).toMatchObject({ 'NO nato-expansion': 1 });
  });
});

describe('a later paragraph taking up the topic', () => {
  it('follows the pact, the sanctions or the bid named again in French, Spanish and German', async () => {
    expect(
      await recordsOf('fr', 'Washington, Londres et Canberra ont annoncé jeudi le partenariat AUKUS.\n\nPékin a dénoncé un pacte « irresponsable ».'),
    ).toEqual({
      'CN aukus': -1,
    });
    expect(await recordsOf('es', 'La UE aprobó nuevas sanciones contra Rusia.\n\nHungría criticó las medidas.')).toMatchObject({ 'HU russia-sanctions': -1 });
    expect(await recordsOf('de', 'Die EU beschloss neue Sanktionen gegen Russland.\n\nUngarn kritisierte die Maßnahmen.')).toMatchObject({
      'HU russia-sanctions': -1,
    });
  });
});

describe('the scene of an act', () => {
  it('gives no stance on a topic named only as the background of another topic', async () => {
    expect(await recordsOf('en', "Norway applied to join NATO after Russia's invasion of Ukraine.")).toEqual({ 'NO nato-expansion': 1 });
    expect(await recordsOf('ar', 'تقدمت النرويج بطلب الانضمام إلى حلف الناتو بعد الغزو الروسي لأوكرانيا.')).toEqual({ 'NO nato-expansion': 1 });
  });

  it('keeps a reaction to what the background names when it is the only topic', async () => {
    expect(await recordsOf('en', 'France denounced a stab in the back after the announcement of the AUKUS pact.')).toEqual({
      'FR aukus': -1,
    });
  });

  it('reads "NATO member Turkey" as Turkey', async () => {
    expect(await recordsOf('en', "NATO member Hungary delayed the ratification of Sweden's membership.")).not.toHaveProperty('NATO nato-expansion');
    expect(await recordsOf('en', "NATO member Hungary blocked Sweden's membership.")).toEqual({ 'HU nato-expansion': -1 });
  });
});

describe('words of praise and blame', () => {
  it('reads a violation of sovereignty as the contrary of the topic, condemned or asserted', async () => {
    expect(await recordsOf('en', "Ghana condemned the flagrant violation of Ukraine's sovereignty.")).toEqual({ 'GH ukraine-sovereignty': 1 });
    expect(await recordsOf('en', "Ghana said the votes in the occupied regions were a violation of Ukraine's sovereignty.")).toEqual({
      'GH ukraine-sovereignty': 1,
    });
    expect(await recordsOf('de', 'Ghana verurteilte die Verletzung der Souveränität der Ukraine.')).toEqual({ 'GH ukraine-sovereignty': 1 });
  });

  it('qualify the topic phrase they stand beside: another verb takes the stance', async () => {
    expect(await recordsOf('en', 'Brazil pledged to end illegal deforestation by 2030.')).toEqual({ 'BR climate-action': 1 });
  });

  it('state a stance when said of the topic', async () => {
    expect(await recordsOf('en', 'Canada called the annexation of Crimea illegal.')).toEqual({ 'CA ukraine-sovereignty': 1 });
  });

  it('never take a clause as their object', async () => {
    expect(await recordsOf('en', 'The Kremlin warned against NATO expansion.')).toEqual({ 'RU nato-expansion': -1 });
  });
});

describe('votes and lists', () => {
  it('keeps the topic through the paragraph, and gives each listed country its vote', async () => {
    const text =
      'The Assembly adopted a resolution on Thursday reaffirming the territorial integrity of Ukraine. Venezuela, Cuba and Nicaragua voted against the text, while Vietnam and Laos abstained. Chile and Peru voted in favour.';
    expect(await recordsOf('en', text)).toEqual({
      'VE ukraine-sovereignty': -1,
      'CU ukraine-sovereignty': -1,
      'NI ukraine-sovereignty': -1,
      'VN ukraine-sovereignty': 0,
      'LA ukraine-sovereignty': 0,
      'CL ukraine-sovereignty': 1,
      'PE ukraine-sovereignty': 1,
    });
  });

  it('reads a list after its vote: after a colon, "including", "were", "серед них"', async () => {
    const before = 'The Assembly adopted a resolution reaffirming the territorial integrity of Ukraine.';
    expect(await recordsOf('en', `${before} Voting against were Russia, Belarus and Syria.`)).toEqual({
      'RU ukraine-sovereignty': -1,
      'BY ukraine-sovereignty': -1,
      'SY ukraine-sovereignty': -1,
    });
    expect(await recordsOf('en', `${before}\n\nForty members voted for the resolution, including Chile and Peru.`)).toEqual({
      'CL ukraine-sovereignty': 1,
      'PE ukraine-sovereignty': 1,
    });
  });

  it('gives the vote to those named as joining it: "along with", "junto a", "вместе с"', async () => {
    const votes: Array<[string, string]> = [
      ['en', 'The Assembly voted on the territorial integrity of Ukraine. Chad abstained along with Mali and Niger.'],
      ['es', 'La Asamblea votó sobre la integridad territorial de Ucrania. Chad se abstuvo junto a Malí y Níger.'],
      ['de', 'Die Versammlung stimmte über die territoriale Integrität der Ukraine ab. Tschad enthielt sich zusammen mit Mali und Niger.'],
      ['ru', 'Ассамблея голосовала по территориальной целостности Украины. Чад воздержался вместе с Мали и Нигером.'],
    ];
    for (const [lang, text] of votes) {
      expect(await recordsOf(lang, text), lang).toEqual({ 'TD ukraine-sovereignty': 0, 'ML ukraine-sovereignty': 0, 'NE ukraine-sovereignty': 0 });
    }
  });

  it('gives the vote to names listed inside its subject, and to those an abstention noun includes', async () => {
    const before = 'The Assembly adopted a resolution demanding the withdrawal of Russian troops from Ukraine.';
    expect(await recordsOf('en', `${before} Forty countries, including Chad and Kenya, abstained.`)).toEqual({
      'TD ukraine-sovereignty': 0,
      'KE ukraine-sovereignty': 0,
    });
    expect(await recordsOf('en', `${before} The abstentions included Chad and Kenya.`)).toEqual({ 'TD ukraine-sovereignty': 0, 'KE ukraine-sovereignty': 0 });
    expect(
      await recordsOf('de', `Die Versammlung stimmte über die territoriale Integrität der Ukraine ab. 35 Länder, darunter Tschad und Kenia, enthielten sich.`),
    ).toEqual({
      'TD ukraine-sovereignty': 0,
      'KE ukraine-sovereignty': 0,
    });
  });

  it('does not read names after a preposition as a list of voters', async () => {
    expect(await recordsOf('en', 'Poland backed the sanctions against Russia, including those on Belarus and Iran.')).toEqual({ 'PL russia-sanctions': 1 });
  });

  it('orients a vote by what the document says, read in a later paragraph', async () => {
    const text =
      'Russia vetoed a draft resolution condemning the annexation of four Ukrainian regions.\n\nTen members voted for the draft, including France and Norway.';
    expect(await recordsOf('en', text)).toEqual({ 'RU ukraine-sovereignty': -1, 'FR ukraine-sovereignty': 1, 'NO ukraine-sovereignty': 1 });
  });

  it('reads the content of a document before the word that names it where descriptions come first', async () => {
    const text = '国連総会は、ロシアによるウクライナ領の併合を非難する決議を採択した。日本は賛成した。';
    expect(await recordsOf('ja', text)).toMatchObject({ 'JP ukraine-sovereignty': 1 });
  });

  it('orients a vote whose clause names no topic by what another clause says of it', async () => {
    const text = 'The Council voted on a draft condemning the annexation of Crimea; Brazil abstained, and Russia vetoed it.';
    expect(await recordsOf('en', text)).toEqual({ 'BR ukraine-sovereignty': 0, 'RU ukraine-sovereignty': -1 });
  });

  it('reads a clause joined by "and" after a vote as a new subject with its own vote', async () => {
    const before = 'The Assembly adopted a resolution reaffirming the territorial integrity of Ukraine.';
    expect(await recordsOf('en', `${before} Brazil abstained and Syria voted against.`)).toEqual({ 'BR ukraine-sovereignty': 0, 'SY ukraine-sovereignty': -1 });
    expect(
      await recordsOf('de', 'Die Versammlung stimmte über die territoriale Integrität der Ukraine ab. Brasilien enthielt sich und Syrien stimmte dagegen.'),
    ).toEqual({
      'BR ukraine-sovereignty': 0,
      'SY ukraine-sovereignty': -1,
    });
  });

  it('reads a demand that troops leave Ukraine as a matter of its sovereignty', async () => {
    const votes: Array<[string, string]> = [
      ['en', 'Peru voted for the text demanding that Moscow pull all its soldiers out of Ukraine.'],
      ['es', 'Perú votó a favor del texto que exige a Moscú retirar a todos sus soldados de Ucrania.'],
      ['fr', "Le Pérou a voté pour le texte qui exige que Moscou retire tous ses soldats d'Ukraine."],
      ['tr', "Peru, Moskova'nın tüm askerlerini Ukrayna'dan çekmesini isteyen metin lehinde oy kullandı."],
      ['ar', 'وصوتت بيرو لصالح النص الذي يطالب موسكو بسحب جميع جنودها من أوكرانيا.'],
    ];
    for (const [lang, text] of votes) expect(await recordsOf(lang, text), lang).toEqual({ 'PE ukraine-sovereignty': 1 });
  });

  it('does not read a vote count as a stance', async () => {
    expect(await recordsOf('zh', '联合国大会以141票赞成、5票反对通过决议，重申乌克兰的主权和领土完整。')).toEqual({});
  });
});

describe('reactions', () => {
  it('take the sign of the act reported before', async () => {
    const text = 'The United States pulled out of the Paris Agreement on Wednesday.\n\nThe move was criticised by France.';
    expect(await recordsOf('en', text)).toEqual({ 'US climate-action': -1, 'FR climate-action': 1 });
  });
});

describe('institutions referred back to', () => {
  it('gives "the ministry" to the actor whose ministry was named last', async () => {
    const text = 'The Chinese foreign ministry spoke about AUKUS on Friday. The ministry said it opposes the pact.';
    expect(await recordsOf('en', text)).toEqual({ 'CN aukus': -1 });
  });

  it('reads an institution named with its country as that country, not as a reference back', async () => {
    const text = "Russia's foreign ministry said on Monday that it opposed NATO expansion. The Chinese foreign ministry said it opposed NATO expansion too.";
    expect(await recordsOf('en', text)).toEqual({ 'RU nato-expansion': -1, 'CN nato-expansion': -1 });
  });

  it('refers back to nothing when no institution was named before', async () => {
    expect(await recordsOf('en', 'The ministry said it opposes the AUKUS pact.')).toEqual({});
  });
});

describe('objects and negations', () => {
  it("reads a later name in the subject's clause as an object, whatever the verb", async () => {
    expect(
      await recordsOf('de', 'Venezuelas Präsident Nicolás Maduro sicherte Moskau im Streit um die Sanktionen gegen Russland seine Unterstützung zu.'),
    ).not.toHaveProperty('RU russia-sanctions');
  });

  it('still reads a place named first and a speaker after it', async () => {
    expect(await recordsOf('en', 'In Madrid, China said it opposed NATO expansion.')).toEqual({ 'CN nato-expansion': -1 });
  });

  it('reads a preposition right after a topic phrase as part of it', async () => {
    expect(await recordsOf('es', 'La Casa Blanca impuso nuevas sanciones contra las petroleras rusas.')).toEqual({ 'US russia-sanctions': 1 });
  });

  it('reads a negation inside a verb written in two parts', async () => {
    expect(await recordsOf('de', 'Die Europäische Union erkennt die Annexion nicht an, die Russland auf der Krim vollzog.')).toEqual({
      'EU ukraine-sovereignty': 1,
    });
    expect(await recordsOf('de', 'Die Europäische Union erkennt die Krim-Annexion nicht an.')).toEqual({ 'EU ukraine-sovereignty': 1 });
  });

  it('reads a compound by its head: recognising the Crimea annexation opposes sovereignty', async () => {
    expect(await recordsOf('de', 'Nordkorea erkennt die Krim-Annexion an.')).toEqual({ 'KP ukraine-sovereignty': -1 });
  });

  it('does not take names followed by a verb of their own for a list', async () => {
    const text = 'Le Conseil a approuvé l’accord de Paris, soutenu par 26 États membres dont la Pologne, la Hongrie s’est abstenue.';
    expect(await recordsOf('fr', text)).toMatchObject({ 'HU climate-action': 0 });
  });

  it('keeps a negation that is part of a listed phrase as the phrase says ("no longer objects")', async () => {
    expect(await recordsOf('uk', 'Угорщина більше не заперечує проти вступу Швеції до НАТО.')).toEqual({ 'HU nato-expansion': 1 });
  });

  it('does not carry a negation past "but": "not lifted but tightened"', async () => {
    expect(await recordsOf('en', 'Canada said sanctions on Russia should not be lifted but tightened.')).toEqual({ 'CA russia-sanctions': 1 });
    expect(await recordsOf('ru', 'Канада считает, что ограничения против России нужно не смягчать, а ужесточать.')).toEqual({ 'CA russia-sanctions': 1 });
  });

  it('reads a name after a comma with its own verb as the subject of a new clause', async () => {
    expect(await recordsOf('fr', 'L’accord de Paris a été approuvé, la Hongrie s’est abstenue.')).toEqual({ 'HU climate-action': 0 });
  });

  it('gives a verb-first verb to every name coordinated after it, with its object between', async () => {
    const text = 'اعتمدت الجمعية العامة قرارا يؤكد وحدة أراضي أوكرانيا. وعارضت القرار إيران وسوريا.';
    expect(await recordsOf('ar', text)).toEqual({ 'IR ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1 });
  });

  it('shares an act with those who align with its holder: "joined Russia in opposing it"', async () => {
    const text = 'The Assembly adopted a resolution affirming the territorial integrity of Ukraine. Cuba, Nicaragua and Mali joined Russia in opposing it.';
    expect(await recordsOf('en', text)).toEqual({
      'CU ukraine-sovereignty': -1,
      'NI ukraine-sovereignty': -1,
      'ML ukraine-sovereignty': -1,
      'RU ukraine-sovereignty': -1,
    });
  });

  it('finds the agent of a passive before its verb, by its marker', async () => {
    expect(await recordsOf('zh', '芬兰加入北约的议定书被匈牙利议会批准。')).toEqual({ 'HU nato-expansion': 1 });
    expect(await recordsOf('ja', 'スウェーデンのNATO加盟議定書がハンガリー国会によって批准された。')).toEqual({ 'HU nato-expansion': 1 });
    expect(await recordsOf('tr', "İsveç'in NATO üyeliği Macaristan ve Türkiye tarafından onaylandı.")).toEqual({
      'HU nato-expansion': 1,
      'TR nato-expansion': 1,
    });
  });
});
