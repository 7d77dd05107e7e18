import { describe, expect, it } from 'vitest';
import { scoredRecords, signedRecords } from './lexicon-records.js';

/*
 * Constructions shared by every language, read by the real lexicon scorer with the built-in
 * topics: the act itself as a stance, becoming a member, a red line, a manner word before a verb,
 * and names coordinated after a topic noun. Each sentence is written for this test.
 */

type Case = [lang: string, text: string, expected: Record<string, number>];

function check(cases: Case[]): void {
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, async () => {
      expect(await signedRecords(lang, text)).toEqual(expected);
    });
  }
}

describe('annexing and invading are stances against the sovereignty they take', () => {
  check([
    ['en', 'Russia illegally annexed Crimea in 2014.', { 'RU ukraine-sovereignty': -1 }],
    ['en', 'Russia unilaterally declared the annexation of four Ukrainian regions.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Russland hat die Krim 2014 völkerrechtswidrig annektiert.', { 'RU ukraine-sovereignty': -1 }],
    ['fr', 'La Russie a illégalement annexé la Crimée en 2014.', { 'RU ukraine-sovereignty': -1 }],
    ['es', 'Rusia anexionó ilegalmente Crimea en 2014.', { 'RU ukraine-sovereignty': -1 }],
    ['zh', '俄罗斯单方面宣布吞并乌克兰四个地区。', { 'RU ukraine-sovereignty': -1 }],
    ['ja', 'ロシアは2014年にクリミアを一方的に併合した。', { 'RU ukraine-sovereignty': -1 }],
    ['ja', 'ロシアはウクライナ東部の4州の併合を一方的に宣言した。', { 'RU ukraine-sovereignty': -1 }],
    ['ar', 'ضمت روسيا شبه جزيرة القرم بشكل غير قانوني عام 2014.', { 'RU ukraine-sovereignty': -1 }],
    // The act is its subject's, not the speaker's who reports it.
    ['en', 'Russia formally annexed Crimea, Kyiv said.', { 'RU ukraine-sovereignty': -1 }],
  ]);
});

describe('a word of blame right before a verb is its manner, not the holder’s stance', () => {
  check([
    // The verb decides: not recognising an annexation upholds the sovereignty it took.
    ['ja', '日本政府はロシアによるウクライナ4州の併合を断じて認めないと表明した。', { 'JP ukraine-sovereignty': 1 }],
  ]);
});

describe('becoming a member, with a rank between', () => {
  check([
    ['en', 'Finland became the 31st member of NATO on Tuesday.', { 'FI nato-expansion': 1 }],
    ['fr', "La Finlande est devenue mardi le 31e membre de l'OTAN.", { 'FI nato-expansion': 1 }],
    ['de', 'Finnland ist am Dienstag das 31. Mitglied der Nato geworden.', { 'FI nato-expansion': 1 }],
    ['es', 'Finlandia se convirtió el martes en el miembro número 31 de la OTAN.', { 'FI nato-expansion': 1 }],
    ['tr', "Finlandiya, NATO'nun 31. üyesi oldu.", { 'FI nato-expansion': 1 }],
    ['ja', 'フィンランドは4日、NATOの31番目の加盟国となった。', { 'FI nato-expansion': 1 }],
  ]);
});

describe('a red line is a warning, whatever the topic', () => {
  check([
    ['de', 'Moskau bezeichnete eine Erweiterung der Nato als rote Linie.', { 'RU nato-expansion': -1 }],
    ['fr', "Moscou a qualifié l'élargissement de l'OTAN de « ligne rouge ».", { 'RU nato-expansion': -1 }],
    ['es', 'Moscú calificó la ampliación de la OTAN de «línea roja».', { 'RU nato-expansion': -1 }],
  ]);
});

describe('names coordinated after a topic noun are all its genitive', () => {
  check([
    ['de', 'Der Bundestag hat die Nato-Beitritte Finnlands und Schwedens ratifiziert.', { 'DE nato-expansion': 1 }],
    ['de', 'Der Bundestag hat am Freitag mit großer Mehrheit die Nato-Beitritte Finnlands und Schwedens ratifiziert.', { 'DE nato-expansion': 1 }],
  ]);
});

describe('a negation inside a topic word negates nothing', () => {
  check([['ja', '中国外務省の報道官は「台湾は中国の不可分の一部だ」と述べた。', { 'CN taiwan-independence': -1 }]]);
});

describe('a document’s sponsors after its description', () => {
  check([
    [
      'uk',
      'Генасамблея ООН ухвалила резолюцію на підтримку територіальної цілісності України, внесену Україною разом з Канадою, Німеччиною та Польщею.',
      { 'UA ukraine-sovereignty': 1, 'CA ukraine-sovereignty': 1, 'DE ukraine-sovereignty': 1, 'PL ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('Turkish vote sides before their voters, closed by "oy"', () => {
  check([
    ['tr', "Rusya'nın Ukrayna'daki işgalini kınayan karara aleyhte Rusya ve Belarus oy verdi.", { 'RU ukraine-sovereignty': -1, 'BY ukraine-sovereignty': -1 }],
    [
      'tr',
      "Rusya'nın Ukrayna'ya saldırısını kınayan karar 141 oyla kabul edilirken, aleyhinde Rusya, Belarus ve Kuzey Kore oy verdi.",
      { 'RU ukraine-sovereignty': -1, 'BY ukraine-sovereignty': -1, 'KP ukraine-sovereignty': -1 },
    ],
    // The side word right before the vote is the vote itself.
    ['tr', "Türkiye, Rusya'nın işgalini kınayan karara lehte oy verdi.", { 'TR ukraine-sovereignty': 1 }],
  ]);
});

describe('a resolution on Ukraine names the topic, though it orients nothing', () => {
  check([
    ['en', 'India and China abstained in the vote on the resolution on Ukraine.', { 'IN ukraine-sovereignty': 0, 'CN ukraine-sovereignty': 0 }],
    ['en', 'Russia vetoed a draft resolution on Ukraine in the Security Council.', { 'RU ukraine-sovereignty': -1 }],
    ['ru', 'Индия воздержалась при голосовании по резолюции Генассамблеи ООН об Украине.', { 'IN ukraine-sovereignty': 0 }],
    ['de', 'Indien enthielt sich bei der Abstimmung über die Resolution zur Ukraine der Stimme.', { 'IN ukraine-sovereignty': 0 }],
    ['es', 'México votó a favor de la resolución sobre Ucrania.', { 'MX ukraine-sovereignty': 1 }],
    ['zh', '中国对联合国大会关于乌克兰问题的决议投了弃权票。', { 'CN ukraine-sovereignty': 0 }],
    ['uk', 'Росія заблокувала в Радбезі резолюцію щодо України.', { 'RU ukraine-sovereignty': -1 }],
    // A postposition written apart makes the name an object: "Ukrayna ile ilgili" ("about Ukraine").
    ['tr', 'Hindistan, Ukrayna ile ilgili BM kararı oylamasında çekimser kaldı.', { 'IN ukraine-sovereignty': 0 }],
    ['ar', 'امتنعت الهند عن التصويت على مشروع القرار بشأن أوكرانيا.', { 'IN ukraine-sovereignty': 0 }],
  ]);
});

describe('a view opened without a comma', () => {
  check([
    ['de', 'Für Moskau ist eine Nato-Osterweiterung inakzeptabel.', { 'RU nato-expansion': -1 }],
    ['ru', 'Для Москвы расширение НАТО неприемлемо.', { 'RU nato-expansion': -1 }],
    ['en', 'According to Moscow the sanctions are illegal.', { 'RU russia-sanctions': -1 }],
    ['en', "For Hungary Ukraine's membership in NATO is out of the question.", { 'HU nato-expansion': -1 }],
    // An infinitive after the name is no view: nobody takes a stance here.
    ['en', 'For Ukraine to join NATO, all members must agree.', {}],
  ]);
});

describe('German verbs whose object runs long, and a topic inside the verb phrase', () => {
  check([
    ['de', 'Russland erkannte die Unabhängigkeit der Separatistengebiete Donezk und Luhansk an.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Die EU dringt auf eine rasche Reform der Welthandelsorganisation.', { 'EU wto-reform': 1 }],
    [
      'de',
      'Scholz sicherte der Ukraine weitere Unterstützung zu und bekräftigte, Deutschland werde die Annexion niemals anerkennen.',
      { 'DE ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('a Japanese target with the year between', () => {
  check([['ja', '日本政府は、2030年度に温室効果ガスを2013年度比で46%削減する目標を表明した。', { 'JP climate-action': 1 }]]);
});

describe('Beijing’s formulas on Taiwan, and Washington’s', () => {
  check([
    ['ja', '中国外務省の報道官は、米国に対し「一つの中国」原則を厳守するよう促した。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国外務省は日本に対し、「台湾独立」勢力に誤ったシグナルを送らないよう求めた。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国国務院台湾事務弁公室の報道官は、台湾問題は中国の内政だと述べた。', { 'CN taiwan-independence': -1 }],
    ['ja', 'バイデン大統領は、「一つの中国」政策を変更する意図はないと表明した。', { 'US taiwan-independence': 0 }],
    ['ja', '松野官房長官は、台湾をめぐる日本の立場に変更はないと述べた。', { 'JP taiwan-independence': 0 }],
    // The one urged is the object of the verb before it, not the subject of the act after it.
    ['en', 'China urged Japan not to send wrong signals to Taiwan independence forces.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a participle after the topic’s noun describes it; the verb of the sentence decides', () => {
  check([
    ['es', 'Venezuela calificó de ilegales las sanciones impuestas contra Rusia.', { 'VE russia-sanctions': -1 }],
    ['en', 'Venezuela called the sanctions imposed on Russia illegal.', { 'VE russia-sanctions': -1 }],
    // The noun "sanciones" is the topic, not the verb "sancionar".
    ['es', 'España sancionó a tres bancos rusos.', { 'ES russia-sanctions': 1 }],
    ['es', 'China considera que Taiwán es parte inalienable de su territorio.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a title written with a hyphen heads the institution after it', () => {
  check([
    ['fr', "Le porte-parole du ministère chinois des Affaires étrangères a jugé l'alliance Aukus irresponsable.", { 'CN aukus': -1 }],
    ['fr', "Le porte-parole de la diplomatie chinoise a qualifié l'alliance Aukus d'« extrêmement irresponsable ».", { 'CN aukus': -1 }],
    ['fr', "L'Allemagne s'est rangée derrière l'embargo européen sur le pétrole russe.", { 'DE russia-sanctions': 1 }],
  ]);
});

describe('an institution named again by a word for it', () => {
  check([
    [
      'es',
      'El Ministerio de Exteriores ruso emitió un comunicado el martes. La cartera rechaza la ampliación de la OTAN hacia el este.',
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('names coordinated as the object of a warning', () => {
  check([
    ['en', 'Moscow warned Norway and Denmark against joining NATO.', { 'RU nato-expansion': -1 }],
    ['de', 'Moskau warnte Norwegen und Dänemark vor einem Nato-Beitritt.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a Japanese name inside the matter spoken about (について, をめぐる) is not the speaker', () => {
  check([
    ['ja', '中国外務省の報道官は、台湾の外相が欧州を訪問したことについて「台湾独立勢力の策動だ」と批判した。', { 'CN taiwan-independence': -1 }],
    // With its own topic particle the name is the speaker: "中国外務省は台湾問題について".
    ['ja', '中国外務省は台湾問題について「中国の内政だ」と強調した。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('the Taiwan question as China’s internal affair, and arms sales to Taiwan', () => {
  check([
    ['en', 'Beijing said the Taiwan question was entirely a matter of China’s internal affairs.', { 'CN taiwan-independence': -1 }],
    ['en', 'The Chinese defence ministry said it firmly opposed the arms sales to Taiwan.', { 'CN taiwan-independence': -1 }],
    ['zh', '国防部发言人表示，中方坚决反对美方对台军售。', { 'CN taiwan-independence': -1 }],
    ['zh', '外交部发言人强调，台湾问题纯属中国内政。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国国防省は、米国による台湾への武器売却に強く反対すると表明した。', { 'CN taiwan-independence': -1 }],
    ['ru', 'В Пекине заявили, что тайваньский вопрос относится к внутренним делам Китая.', { 'CN taiwan-independence': -1 }],
    ['ar', 'وقالت بكين إن قضية تايوان شأن داخلي صيني.', { 'CN taiwan-independence': -1 }],
    // Named as a matter talked about, with no stance word, the question gives no record.
    ['ja', '両国の外相は台湾問題について意見を交わした。', {}],
  ]);
});

describe('a phrase that names a topic only in an article about it (marked ~)', () => {
  check([
    // China's own territorial integrity, in an article on Taiwan, is the contrary of Taiwan independence, and says nothing of Ukraine.
    ['zh', '国台办发言人表示，台湾是中国的一部分。发言人说，中方将坚决捍卫国家主权和领土完整。', { 'CN taiwan-independence': -1 }],
    ['de', 'Zur Taiwan-Frage sagte der Sprecher, Peking werde seine Souveränität und territoriale Integrität verteidigen.', { 'CN taiwan-independence': -1 }],
    // Without Taiwan named, the same words give no record on either topic.
    ['zh', '外交部发言人说，中方将坚决维护国家主权和领土完整。', {}],
    ['en', 'Beijing said the protests were China’s internal affair.', {}],
    // In an article on Ukraine, territorial integrity is Ukraine's.
    [
      'en',
      'Russia invaded Ukraine in February. Turkey said it supported the territorial integrity of the country.',
      { 'RU ukraine-sovereignty': -1, 'TR ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('who said it: the speaker of a second "that" clause, a person named again by one word', () => {
  check([
    // The United States is the subject of the second clause of what Beijing said, not a speaker.
    [
      'fr',
      "Le ministère chinois des Affaires étrangères a déclaré que la stratégie indo-pacifique des Etats-Unis était une stratégie d'hégémonie et que les Etats-Unis devaient y renoncer.",
      { 'CN us-role-asia-pacific': -1 },
    ],
    // A name in a phrase before the speaker is not the speaker: Taiwan is spoken about.
    [
      'en',
      'Citing the visit to Taiwan, the Chinese foreign ministry said that there was only one China and that Taiwan was part of China.',
      { 'CN taiwan-independence': -1 },
    ],
    // "M. Wang" is the spokesman named in full before; "il s'agit" refers to no one.
    [
      'fr',
      "Le porte-parole Wang Wenbin s'est exprimé mercredi. Selon M. Wang, il s'agit d'une provocation, et Taïwan est une partie inséparable de la Chine.",
      { 'CN taiwan-independence': -1 },
    ],
    // "ne … que" says "only": there is only one China, not "not one China".
    ['fr', "La diplomatie chinoise a rappelé qu'il n'y a qu'une seule Chine dans le monde.", { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a verb whose object is another topic’s phrase is about that topic', () => {
  check([
    ['en', 'The EU imposed new sanctions on Russia over the annexation of Crimea.', { 'EU russia-sanctions': 1 }],
    ['en', 'Japan extended its sanctions against Russia over the invasion of Ukraine.', { 'JP russia-sanctions': 1 }],
    ['ja', '政府は、ロシアによるウクライナ侵略を受けて、対ロ制裁を続けていく考えを示した。', { 'JP russia-sanctions': 1 }],
    // The verb's own object decides: here it is the annexation.
    ['en', 'Norway condemned the annexation of Crimea and joined the sanctions against Russia.', { 'NO ukraine-sovereignty': 1, 'NO russia-sanctions': 1 }],
  ]);
});

describe('a Japanese sentence without a subject of its own is said by the topic before it', () => {
  check([
    [
      'ja',
      '岸田首相は記者団に対し、ロシアの対応は受け入れられないと述べた。そのうえで、G7と連携して対ロ制裁を続けていく考えを示した。',
      { 'JP russia-sanctions': 1 },
    ],
    // A new paragraph starts afresh.
    ['ja', '岸田首相は記者団の取材に応じた。\n\n対ロ制裁の強化を求める声が出ている。', {}],
  ]);
});

describe('Turkish: a decision not taken, sanctions that do not work, objects marked once for a group', () => {
  check([
    ['tr', "Türkiye, Rusya'ya karşı yaptırım kararı almadı.", { 'TR russia-sanctions': -1 }],
    ['tr', "Cumhurbaşkanlığı Sözcüsü İbrahim Kalın, Rusya'ya yönelik yaptırımların işe yaramadığını söyledi.", { 'TR russia-sanctions': -1 }],
    // "Rusya ile Ukrayna arasında": both are the place of the mediation, not holders.
    ['tr', "Türkiye, Rusya'ya yaptırım uygulamadı ve Rusya ile Ukrayna arasında arabuluculuk yaptı.", { 'TR russia-sanctions': -1 }],
    // "de" after a group is "also", not a case ending.
    ['tr', "ABD ve İngiltere de Rusya'ya yönelik yeni yaptırımlar açıkladı.", { 'US russia-sanctions': 1, 'GB russia-sanctions': 1 }],
    // The speaker after a clause that asked him; "genişleme" is NATO's in an article on NATO.
    [
      'tr',
      "Ukrayna'nın NATO üyeliği hakkındaki değerlendirmesi sorulan Çavuşoğlu, Türkiye'nin genişlemeyi desteklediğini söyledi.",
      { 'TR nato-expansion': 1 },
    ],
  ]);
});

describe('threatening sanctions supports them', () => {
  check([
    ['en', 'The United States threatened Russia with new sanctions.', { 'US russia-sanctions': 1 }],
    ['de', 'Die Bundesregierung hat Russland mit weiteren Sanktionen gedroht.', { 'DE russia-sanctions': 1 }],
    ['ru', 'Вашингтон пригрозил Москве новыми санкциями.', { 'US russia-sanctions': 1 }],
    ['es', 'La Unión Europea amenazó a Rusia con nuevas sanciones.', { 'EU russia-sanctions': 1 }],
  ]);
});

describe('retaliation promised, and a compound that names the owner of sanctions', () => {
  check([
    ['en', 'The Russian foreign ministry said the new American sanctions would not go unanswered.', { 'RU russia-sanctions': -1 }],
    // "EU-Sanktionen": the EU owns the sanctions; the ministry that answers them opposes them.
    ['de', 'Das russische Außenministerium erklärte, die Verlängerung der EU-Sanktionen werde nicht unbeantwortet bleiben.', { 'RU russia-sanctions': -1 }],
    ['ru', 'В МИД России заявили, что новые санкции Евросоюза не останутся без ответа.', { 'RU russia-sanctions': -1 }],
  ]);
});

describe('a topic whose words only co-occur is the setting of one named by its own phrase', () => {
  check([
    // "the United States … in the Indo-Pacific" pairs the US role in Asia; AUKUS is the topic named.
    // The pact concluded by the United States is theirs.
    ['fr', "Paris a dénoncé le pacte Aukus conclu par les États-Unis dans l'Indo-Pacifique.", { 'FR aukus': -1, 'US aukus': 1 }],
    ['ja', '中国外務省の報道官は、米英豪の安全保障枠組み「AUKUS」がアジア太平洋地域の平和と安定を損なうと批判した。', { 'CN aukus': -1 }],
    // Alone, the pair names the topic.
    ['en', 'China accused the United States of stoking tensions in the Asia-Pacific.', { 'CN us-role-asia-pacific': -1 }],
    // American troops elsewhere are not the US role in Asia.
    ['fr', 'Le Kremlin a dénoncé la présence militaire américaine en Pologne.', {}],
  ]);
});

describe('announcing a measure or an annexation is taking it', () => {
  check([
    ['en', 'The Kremlin announced the annexation of two Ukrainian regions.', { 'RU ukraine-sovereignty': -1 }],
    ['fr', 'Le Canada a annoncé le gel des avoirs de plusieurs banques russes.', { 'CA russia-sanctions': 1 }],
    ['de', 'Japan kündigte weitere Sanktionen gegen Russland an.', { 'JP russia-sanctions': 1 }],
    // Refusing the exit from coal opposes climate action.
    ['fr', "L'Australie a refusé de s'engager sur une sortie du charbon.", { 'AU climate-action': -1 }],
  ]);
});

describe('a measure found wanting is wanted stronger; regretting a withdrawal supports what was left', () => {
  check([
    ['en', 'Kyiv criticised the new sanctions against Russia as too weak.', { 'UA russia-sanctions': 1 }],
    ['de', 'Polen nannte das Ölembargo gegen Russland unzureichend.', { 'PL russia-sanctions': 1 }],
    ['zh', '乌克兰外交部表示，对俄制裁力度不够。', { 'UA russia-sanctions': 1 }],
    ['ja', 'ウクライナ政府は、ロシア産原油の価格上限は高すぎると批判した。', { 'UA russia-sanctions': 1 }],
    // Not too weak: no wish for more.
    ['en', 'Hungary said the sanctions against Russia were not too weak but harmful.', { 'HU russia-sanctions': -1 }],
    ['fr', "Berlin a regretté la décision américaine de se retirer de l'accord de Paris.", { 'DE climate-action': 1, 'US climate-action': -1 }],
  ]);
});

describe('US bases in the Philippines are the US role in Asia, named by the country', () => {
  check([
    [
      'en',
      'The Philippines granted US troops access to two more military sites.\n\nBeijing warned that the expanded US military bases would raise tensions in the region.',
      { 'PH us-role-asia-pacific': 1, 'CN us-role-asia-pacific': -1 },
    ],
  ]);
});

describe('judged negatively, or found not to work', () => {
  check([
    ['ru', 'В Кремле негативно оценили решение Швеции вступить в Североатлантический альянс.', { 'RU nato-expansion': -1, 'SE nato-expansion': 1 }],
    ['ru', 'В МИД России заявили, что западные санкции против России не достигли своей цели.', { 'RU russia-sanctions': -1 }],
    ['en', 'Hungary said the sanctions against Russia had proved ineffective.', { 'HU russia-sanctions': -1 }],
    ['ru', 'Пекин выступает против любых официальных контактов между США и Тайванем, заявили в МИД КНР.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('French: a spokeswoman named by her office is "elle", sanctions that serve nothing, what does not strengthen', () => {
  check([
    [
      'fr',
      'La porte-parole de la diplomatie chinoise a dénoncé la visite. « Taïwan fait partie de la Chine », a-t-elle martelé.',
      { 'CN taiwan-independence': -1 },
    ],
    ['fr', 'Le ministre hongrois des Affaires étrangères a jugé que les sanctions contre la Russie ne servent à rien.', { 'HU russia-sanctions': -1 }],
    ['fr', "Le Kremlin a estimé que l'élargissement de l'Otan ne renforçait pas la sécurité du continent.", { 'RU nato-expansion': -1 }],
  ]);
});

describe('no threat, but a response will follow', () => {
  check([
    [
      'de',
      'Der Nato-Beitritt Schwedens sei keine Bedrohung, doch neue Stützpunkte würden eine Reaktion nach sich ziehen, sagte der Kremlchef.',
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('a claim about another closed by its verb of saying leaves what follows to the speaker', () => {
  check([
    ['ja', 'トルコの大統領は、スウェーデンがテロ組織を支援していると主張し、スウェーデンのNATO加盟を承認しない考えを示した。', { 'TR nato-expansion': -1 }],
    // Inside the claim, the act is no stance of the one it is said of.
    ['en', 'Moscow claims that Washington is pushing Kyiv to join NATO.', {}],
  ]);
});

describe('a topic that is only the setting of another takes a stance as a verb’s object', () => {
  check([
    // Sanctions are named by a pair beside the invasion's own phrase, and are what "impondrá" is about.
    ['es', 'El Gobierno de Chile no impondrá sanciones económicas a Rusia por la invasión de Ucrania.', { 'CL russia-sanctions': -1 }],
  ]);
});

describe('the one whose decision it is holds the act decided', () => {
  check([
    ['en', "The State Department welcomed Finland's decision to apply for NATO membership.", { 'US nato-expansion': 1, 'FI nato-expansion': 1 }],
    [
      'en',
      'Ukraine condemned the decision of Russia to recognise the so-called republics of Donetsk and Luhansk.',
      {
        'UA ukraine-sovereignty': 1,
        'RU ukraine-sovereignty': -1,
      },
    ],
    ['uk', 'МЗС України привітало рішення ЄС запровадити новий пакет санкцій проти Росії.', { 'UA russia-sanctions': 1, 'EU russia-sanctions': 1 }],
    // The judge's verb takes the decided act as its object: condemning a recognition upholds sovereignty.
    [
      'uk',
      'Міністерство закордонних справ України засудило рішення Росії визнати незалежність так званих ЛНР і ДНР.',
      {
        'UA ukraine-sovereignty': 1,
        'RU ukraine-sovereignty': -1,
      },
    ],
    ['fr', "Washington a salué la décision de la Suède de demander son adhésion à l'OTAN.", { 'US nato-expansion': 1, 'SE nato-expansion': 1 }],
    // A decision taken by the holder itself is its own act, not another's.
    ['uk', 'Верховна Рада ухвалила рішення підтримати вступ Фінляндії до НАТО.', { 'UA nato-expansion': 1 }],
  ]);
});

describe('institutions agree with neuter verbs in Russian and Ukrainian', () => {
  check([
    ['uk', 'Міністерство фінансів Японії заморозило активи російських банків.', { 'JP russia-sanctions': 1 }],
    ['ru', 'Министерство иностранных дел Турции одобрило вступление Финляндии в НАТО, заявило ведомство.', { 'TR nato-expansion': 1 }],
    ['uk', 'Посольство США в Києві привітало рішення Фінляндії подати заявку на вступ до НАТО.', { 'US nato-expansion': 1, 'FI nato-expansion': 1 }],
  ]);
});

describe('a clause of waiting is a condition: who is named in it does nothing yet', () => {
  check([['en', "Erdogan said Ankara would not back Sweden's bid to join NATO until Stockholm meets its demands.", { 'TR nato-expansion': -1 }]]);
});

describe('reluctance is a refusal of what follows', () => {
  check([
    ['es', 'Hungría se mostró reacia a endurecer las sanciones contra Rusia.', { 'HU russia-sanctions': -1 }],
    ['fr', 'La Hongrie reste réticente à durcir les sanctions contre la Russie.', { 'HU russia-sanctions': -1 }],
  ]);
});

describe('a measure announced is a measure taken', () => {
  check([
    ['ja', '日本政府は、ロシアに対する制裁を発表した。', { 'JP russia-sanctions': 1 }],
    // Announcing a statement is not taking a measure; and sanctions on another country are not this topic.
    ['ja', 'ロシア外務省は、NATOの拡大について声明を発表した。', {}],
    ['ja', '日本政府は、北朝鮮に対する追加制裁を発表した。', {}],
    ['ja', '日本政府は、北朝鮮からの輸入を禁止した。', {}],
  ]);
});

describe('siding with a measure, and a neutral formula in reported speech', () => {
  check([
    ['de', 'Die Bundesregierung hat sich hinter das geplante Ölembargo gegen Russland gestellt.', { 'DE russia-sanctions': 1 }],
    ['de', 'Eine Unabhängigkeit Taiwans unterstütze Deutschland nicht, sagte ein Sprecher des Auswärtigen Amts.', { 'DE taiwan-independence': 0 }],
    ['zh', '外交部发言人汪文斌表示，中方坚决反对美国向台湾出售武器。', { 'CN taiwan-independence': -1 }],
    // Countermeasures name the sanctions topic only where the article names it otherwise.
    ['es', 'Pekín condenó la venta de armas de Estados Unidos a Taiwán y advirtió de que tomará "contramedidas firmes".', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('an act named as a noun, with a verb of its own after it, is what that verb is said of', () => {
  check([
    ['fr', "Le Kremlin a affirmé qu'une adhésion de la Finlande à l'OTAN constituerait une menace pour la Russie.", { 'RU nato-expansion': -1 }],
    ['en', 'Moscow said the accession of Sweden to NATO would be a threat to Russia.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('French reporting: the speaker after a phrase of audience, a later verb of saying, its own vote recalled', () => {
  check([
    [
      'fr',
      "« L'expansion de l'OTAN porte atteinte à notre sécurité », a affirmé devant les journalistes le porte-parole de la présidence russe, Dmitri Peskov.",
      { 'RU nato-expansion': -1 },
    ],
    [
      'fr',
      "La Finlande a officiellement rejoint l'OTAN mardi. « Cela nous oblige à prendre des contre-mesures », a poursuivi le porte-parole du Kremlin.",
      { 'FI nato-expansion': 1, 'RU nato-expansion': -1 },
    ],
    [
      'fr',
      "Le ministre indien a rappelé que son pays s'était abstenu lors du vote sur la résolution condamnant l'invasion russe de l'Ukraine.",
      { 'IN ukraine-sovereignty': 0 },
    ],
    [
      'fr',
      'Le chef de la diplomatie chinoise a exhorté Washington à cesser de soutenir les forces séparatistes taïwanaises.',
      { 'CN taiwan-independence': -1 },
    ],
    // The country a measure aims at is its target, not a holder.
    ['fr', 'La Chine s’est dite « fermement opposée » aux sanctions unilatérales visant la Russie.', { 'CN russia-sanctions': -1 }],
    ['fr', 'Les Vingt-Sept ont adopté un embargo progressif sur le pétrole russe.', { 'EU russia-sanctions': 1 }],
  ]);
});

describe('Japanese press: its own government named by office alone', () => {
  check([
    ['ja', '首相は記者会見で、ロシアに対する追加の制裁措置を公表した。', { 'JP russia-sanctions': 1 }],
    ['ja', '林官房長官は、G7と連携して対ロ制裁を継続する方針を示した。', { 'JP russia-sanctions': 1 }],
    // Another country's office is that country's, and "同" points back to one named before.
    ['ja', 'ハンガリーのオルバン首相は、ロシア産ガスの禁輸に反対した。', { 'HU russia-sanctions': -1 }],
    ['ja', '同国の首相は、NATOの拡大に強く反対すると述べた。', {}],
  ]);
});

describe('a violation of sovereignty judged is sovereignty upheld', () => {
  check([
    ['ja', '外相は「ロシアの行為は、ウクライナの主権を侵害するもので、決して認められない」と述べた。', { 'JP ukraine-sovereignty': 1 }],
    ['ja', '外相は、ロシアによるウクライナの主権の侵害を強く非難した。', { 'JP ukraine-sovereignty': 1 }],
    [
      'ja',
      '首相は「独立の承認など一連のロシアの行為は、ウクライナの主権を侵害するもので、認めることはできず、強く非難する」と述べた。',
      { 'JP ukraine-sovereignty': 1 },
    ],
    ['en', "Japan's foreign minister said Russia's actions violate Ukraine's sovereignty and cannot be accepted.", { 'JP ukraine-sovereignty': 1 }],
  ]);
});

describe('names listed with the owner of a topic phrase are what the topic is about', () => {
  check([['ja', '米国務省は、フィンランドとスウェーデンのNATO加盟申請を歓迎すると述べた。', { 'US nato-expansion': 1 }]]);
});

describe('Russian: responses promised and harm done', () => {
  check([
    [
      'ru',
      'Дальнейшее продвижение НАТО на восток заставит Россию принять ответные меры, заявил на брифинге официальный представитель МИД РФ.',
      { 'RU nato-expansion': -1 },
    ],
    ['ru', 'Министр иностранных дел России Сергей Лавров заявил, что Москва примет адекватные меры в ответ на расширение НАТО.', { 'RU nato-expansion': -1 }],
    ['ru', 'Расширение НАТО наносит удар по европейской безопасности, заявила официальный представитель МИД РФ Мария Захарова.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('cutting banks from SWIFT is a sanction taken or asked for', () => {
  check([
    ['en', 'European Union governments agreed on Wednesday to cut seven Russian banks from the SWIFT messaging system.', { 'EU russia-sanctions': 1 }],
    ['en', 'Ukraine has urged the West to cut all Russian banks from SWIFT.', { 'UA russia-sanctions': 1 }],
  ]);
});

describe('a warning of one’s own act against the topic is that act', () => {
  check([
    ['en', 'Hungary warned it would veto any new sanctions against Russia.', { 'HU russia-sanctions': -1 }],
    ['en', "Turkey threatened to block Sweden's NATO bid.", { 'TR nato-expansion': -1 }],
    // A warning against another's act still opposes it.
    ['en', 'Russia warned Finland against joining NATO.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a verb with a topic phrase of its own polarity is one predicate', () => {
  check([['en', 'China repeated its opposition to unilateral sanctions against Russia.', { 'CN russia-sanctions': -1 }]]);
});

describe('holders told apart in a longer article', () => {
  check([
    // "not" negates, and "the alliance" is NATO where the sentence names NATO itself ("has yet to approve" is pending: see analyse.test.ts).
    ['en', "Hungary is the only member of the alliance that has not approved Sweden's bid to join NATO.", { 'HU nato-expansion': -1 }],
    // "ayrıca" is "also", not a word that joins names.
    ['tr', "Türkiye ayrıca Ukrayna'nın toprak bütünlüğüne desteğini yineledi.", { 'TR ukraine-sovereignty': 1 }],
    // "his country" is the office holder's named before it in the sentence, not the last institution of the article.
    [
      'uk',
      "Міністерство закордонних справ України провело брифінг.\nРаніше прем'єр-міністр Угорщини Віктор Орбан заявив, що його країна не підтримає нові санкції проти Росії.",
      { 'HU russia-sanctions': -1 },
    ],
  ]);
});

describe('wire copy: datelines, asides, seats, quoted accusations, a turn', () => {
  check([
    [
      'es',
      'BRUSELAS (EFE).- La OTAN invitó formalmente a Finlandia y Suecia a unirse a la Alianza, después de que Turquía levantara su veto.',
      { 'NATO nato-expansion': 1, 'TR nato-expansion': 1 },
    ],
    // An aside after the holder is its past; the verb after it is what it did.
    [
      'fr',
      'Les Vingt-Sept ont adopté de nouvelles sanctions contre la Russie. La Hongrie, longtemps réticente, a finalement donné son feu vert.',
      { 'EU russia-sanctions': 1, 'HU russia-sanctions': 1 },
    ],
    ['de', 'Ein Sprecher des Außenministeriums in Peking sagte, Taiwan sei ein untrennbarer Teil Chinas.', { 'CN taiwan-independence': -1 }],
    ['de', 'Der finnische Präsident sagte dagegen, sein Land unterstütze den Beitritt zur Nato.', { 'FI nato-expansion': 1 }],
    ['fr', "Le ministère chinois de la Défense a accusé Washington d'« encourager les forces indépendantistes » à Taïwan.", { 'CN taiwan-independence': -1 }],
    [
      'zh',
      '欧盟27国领导人22日同意将对俄经济制裁延长6个月。\n匈牙利总理欧尔班此前曾表示反对延长制裁，但最终没有阻止这一决定。',
      {
        'EU russia-sanctions': 1,
        'HU russia-sanctions': 1,
      },
    ],
  ]);
});

describe('the scene of an act, before or after its phrase', () => {
  check([
    // Japanese and Chinese put the background word after its scene.
    ['ja', '政府は1日午前、ロシアによるウクライナ侵攻を踏まえ、ロシア中央銀行との取引を制限する追加制裁措置を閣議了解した。', { 'JP russia-sanctions': 1 }],
    // Words quoted before と are what was said; the occasion before the quotation is not.
    [
      'ja',
      '官房長官は、ロシアによるウクライナ侵攻が100日を迎えたことを受け「国際社会が結束して強力な対露制裁措置を講じることが必要だ」と強調した。',
      { 'JP russia-sanctions': 1 },
    ],
    ['fr', "La Finlande a rejoint l'OTAN, un tournant provoqué par l'invasion russe de l'Ukraine.", { 'FI nato-expansion': 1 }],
  ]);
});

describe('what a quotation says of another is not that other’s stance', () => {
  check([
    // The quotation ends a few words before its verb of saying.
    [
      'fr',
      "La Finlande a rejoint l'Otan mardi. \"La Finlande n'est jamais devenue anti-Russie et nous n'avions aucune dispute\" avec elle, a déploré M. Peskov.",
      { 'FI nato-expansion': 1, 'RU nato-expansion': -1 },
    ],
    // A name a word of blame is said of, after a copula, is what the words describe.
    [
      'fr',
      "Le Kremlin a dénoncé l'adhésion de la Suède à l'Otan, car l'Alliance \"est une organisation inamicale\", a ajouté le porte-parole.",
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('a holder inside an aside holds only the aside', () => {
  check([
    [
      'en',
      'France, which lost a multibillion-dollar contract when Canberra switched to U.S. and British designs, said it regretted the AUKUS decision.',
      { 'FR aukus': -1 },
    ],
    [
      'en',
      'The Assembly voted to condemn the annexation of Ukrainian regions. Russia and Syria voted no. China and India were among the 35 countries that abstained.',
      { 'RU ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1, 'CN ukraine-sovereignty': 0, 'IN ukraine-sovereignty': 0 },
    ],
  ]);
});

describe('a third party accused of pushing another into NATO: the accuser opposes enlargement', () => {
  check([
    ['en', 'Moscow accused Washington of pushing Kyiv into NATO.', { 'RU nato-expansion': -1 }],
    ['de', 'Moskau wirft Washington vor, die Ukraine in die Nato drängen zu wollen.', { 'RU nato-expansion': -1 }],
    ['es', 'Moscú acusó a Washington de empujar a Kiev hacia la OTAN.', { 'RU nato-expansion': -1 }],
    ['fr', "Moscou accuse Washington de pousser Kiev à rejoindre l'OTAN.", { 'RU nato-expansion': -1 }],
    ['tr', "Moskova, Washington'u Kiev'i NATO'ya itmekle suçladı.", { 'RU nato-expansion': -1 }],
  ]);
});

describe('no threat, but a response: in German and Japanese', () => {
  check([
    [
      'de',
      'Putin sagte, Finnlands Nato-Beitritt sei keine direkte Bedrohung, Russland werde aber auf die Stationierung von Militärinfrastruktur reagieren.',
      { 'RU nato-expansion': -1 },
    ],
    [
      'ja',
      'プーチン大統領は、フィンランドのNATO加盟は直接の脅威ではないとしつつも、軍事インフラが配備されれば対抗措置を取ると警告した。',
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('an unnamed speaker leaves the stance to the subject of what was said', () => {
  check([
    ['es', 'El portavoz afirmó que Estados Unidos no apoya la independencia de Taiwán.', { 'US taiwan-independence': 0 }],
    ['de', 'Die USA unterstützen nach eigenen Angaben keine Unabhängigkeit Taiwans.', { 'US taiwan-independence': 0 }],
    // A demand's clause is what another should do, not the other's stance.
    ['en', 'The General Assembly demanded that Russia immediately withdraw its forces from Ukraine.', {}],
  ]);
});

describe('"the two leaders" are the last two office holders named, and secession phrased as separating', () => {
  check([
    [
      'ja',
      '岸田首相は、ゼレンスキー大統領と電話で会談し、ロシア情勢について協議した。両首脳は、ロシアへの制裁を維持することで一致した。',
      { 'JP russia-sanctions': 1, 'UA russia-sanctions': 1 },
    ],
    ['es', 'El canciller chino, Wang Yi, advirtió que Pekín "no tolerará" ningún intento de separar Taiwán de China.', { 'CN taiwan-independence': -1 }],
    ['ja', '中国外務省の報道官は、米国が台湾に武器を売却することに「断固反対する」と述べた。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('Russian: agreements concluded, referendums not recognised, a historic day, arms for Taiwan', () => {
  check([
    ['ru', 'Австралия, Великобритания и США заключили соглашение в рамках AUKUS.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    ['ru', 'Президент Сербии Александр Вучич заявил, что Белград не признает референдумы в четырех регионах Украины.', { 'RS ukraine-sovereignty': 1 }],
    [
      'ru',
      'Финляндия вступила в НАТО. Генсек НАТО Йенс Столтенберг назвал вступление Финляндии историческим днем.',
      {
        'FI nato-expansion': 1,
        'NATO nato-expansion': 1,
      },
    ],
    ['ru', 'В Пекине осудили поставки вооружений для Тайваня.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('sanctions that will not work, a serious mistake, official contacts with Taiwan', () => {
  check([
    ['ar', 'قال وزير الخارجية الروسي سيرغي لافروف إن العقوبات الغربية لن تنجح في عزل روسيا.', { 'RU russia-sanctions': -1 }],
    ['tr', 'Rusya Dışişleri Bakanlığı, Finlandiya\'nın NATO\'ya katılımının "ciddi bir hata" olduğunu açıkladı.', { 'RU nato-expansion': -1 }],
    ['zh', '外交部发言人毛宁表示，中方坚决反对美国同中国台湾地区进行任何形式的官方往来。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('having applied, in an article on NATO', () => {
  check([
    [
      'en',
      'Finland formally joined NATO on Tuesday. Sweden, which applied at the same time, is still waiting.',
      { 'FI nato-expansion': 1, 'SE nato-expansion': 1 },
    ],
  ]);
});

describe('who was met is not who spoke, and a sentence with a topic of its own takes no other from before', () => {
  check([
    ['ja', '岸田首相は、ゼレンスキー大統領と電話で会談し、ロシアのウクライナ侵略を改めて非難した。', { 'JP ukraine-sovereignty': 1 }],
    [
      'ja',
      '岸田首相は、ゼレンスキー大統領と電話で会談し、ロシアのウクライナ侵略を改めて非難した。両首脳は、ロシアへの制裁を維持することで一致した。',
      { 'JP ukraine-sovereignty': 1, 'JP russia-sanctions': 1, 'UA russia-sanctions': 1 },
    ],
  ]);
});

describe('an accusation with a clause about the accused one’s act', () => {
  check([
    ['ru', 'Москва обвинила Вашингтон в том, что он толкает Киев в НАТО.', { 'RU nato-expansion': -1 }],
    ['uk', 'Москва звинуватила Вашингтон у тому, що він штовхає Київ до НАТО.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a description denied by the verb after it says the opposite', () => {
  check([
    [
      'tr',
      "Putin, Finlandiya'nın NATO üyeliğinin Rusya için doğrudan bir tehdit oluşturmadığını, ancak askeri altyapı konuşlandırılması halinde karşılık vereceklerini söyledi.",
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('a formula said of a name with a Chinese or Japanese copula is about that name, not by it', () => {
  check([
    ['ja', '中国外務省の報道官は、台湾は中国領土の不可分の一部だと述べた。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国政府は、台湾は中国の一つの省だと主張した。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国は、台湾と外交関係を持つ国々との公式交流に一貫して反対している。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('the words of a matter spoken about are not the speaker’s', () => {
  check([
    ['ja', '中国外務省の報道官は、日本の外相が台湾の主権を支持すると述べたことに関し、強い不満を表明した。', { 'CN taiwan-independence': -1 }],
    // With が, the name is the matter's own subject: its act stays its own.
    [
      'ja',
      'ロシアのプーチン大統領が18日、ウクライナ南部クリミアの編入を定めた条約に署名したことを受け、日本政府は編入を承認しないと表明した。',
      { 'RU ukraine-sovereignty': -1, 'JP ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('a quote over two sentences, its speaker named before it opened', () => {
  check([
    [
      'tr',
      'Cumhurbaşkanı Erdoğan, İsveç\'in üyeliği konusunda, "Bu ülke terörle mücadelede samimi değil. Bize yaptırım uygulayan bir ülkenin NATO\'ya girmesine evet demeyiz" dedi.',
      { 'TR nato-expansion': -1 },
    ],
  ]);
});

describe('threats of punitive measures and agreeing on a package', () => {
  check([
    ['fr', 'Le gouvernement français a menacé Moscou de nouvelles mesures punitives.', { 'FR russia-sanctions': 1 }],
    [
      'fr',
      '« Nous sommes tombés d’accord sur un nouveau paquet de sanctions contre la Russie », a déclaré le ministre français des Affaires étrangères.',
      { 'FR russia-sanctions': 1 },
    ],
  ]);
});

describe('a statement announced as following, in the next sentence', () => {
  check([
    [
      'ja',
      '中国外務省の報道官は記者会見で、日米首脳の共同声明に強い不満を示し、次のように述べた。台湾は中国の領土の不可欠な部分であり、外部の干渉は許さない。',
      { 'CN taiwan-independence': -1 },
    ],
  ]);
});

describe('an agent after a noun the active verb takes is that noun’s, and a cause in an aside is background', () => {
  check([
    [
      'en',
      'Berlin on Friday welcomed the deliberations by Finland on joining NATO, a step brought on by Russia’s war against Ukraine.',
      // Finland deliberates on joining: its own move toward the alliance.
      { 'DE nato-expansion': 1, 'FI nato-expansion': 1 },
    ],
    ['en', 'Sweden’s NATO accession protocol was ratified on Tuesday by the Hungarian parliament.', { 'HU nato-expansion': 1 }],
  ]);
});

describe('what a recognised thing is taken as names no holder', () => {
  check([
    [
      'en',
      'Peru condemned the annexation. It will never recognise the occupied regions as Russian, since that violates the sovereignty of Ukraine.',
      { 'PE ukraine-sovereignty': 1 },
    ],
    [
      'es',
      'Perú condenó la anexión. Reitera que nunca reconocerá las regiones ocupadas como rusas, ya que es una violación de la soberanía de Ucrania.',
      { 'PE ukraine-sovereignty': 1 },
    ],
    [
      'fr',
      'Le Pérou a condamné l’annexion. Il ne reconnaîtra jamais les régions occupées comme russes, car c’est une violation de la souveraineté de l’Ukraine.',
      { 'PE ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('the trilateral cooperation referred to by its members, and a matter opened by 就', () => {
  check([
    ['zh', '记者问及美英澳三边安全伙伴关系。中国外交部发言人说，三国合作只会加剧地区军备竞赛。', { 'CN aukus': -1 }],
    ['zh', '中方已多次就美英澳推进核潜艇合作表明严正立场。', {}],
    ['zh', '中方已多次就美英澳推进核潜艇合作表明立场，坚决反对三国合作。', { 'CN aukus': -1 }],
  ]);
});

describe('responses to sanctions, ruling out their easing, and calling them madness', () => {
  check([
    ['ru', 'Москва примет жесткие меры в ответ на введение Евросоюзом нового пакета санкций, заявили в МИД России.', { 'RU russia-sanctions': -1 }],
    ['ar', 'أكد وزير الخارجية الروسي أن رد بلاده على العقوبات الأوروبية سيكون حازماً.', { 'RU russia-sanctions': -1 }],
    ['ar', 'قال وزير الخارجية الروسي إن أوروبا بلغت حد الجنون بالتفكير في عقوبات جديدة على روسيا.', { 'RU russia-sanctions': -1 }],
    ['de', 'Die deutsche Außenministerin schließt es aus, über Lockerungen der Sanktionen gegen Russland zu sprechen.', { 'DE russia-sanctions': 1 }],
  ]);
});

describe('words of joining any body name NATO only in an article that names it', () => {
  check([
    ['es', 'Estados Unidos se ha negado a avalar el nombramiento de nuevos miembros del Órgano de Apelación de la OMC.', { 'US wto-reform': -1 }],
    ['de', 'Die Ukraine hat ihren Beitrittsantrag bei der Europäischen Union eingereicht.', {}],
    ['fr', 'Kiev a déposé sa demande d’adhésion à l’Union européenne.', {}],
    ['fr', 'La Finlande a déposé sa demande d’adhésion à l’OTAN. Moscou a dénoncé la demande d’adhésion.', { 'FI nato-expansion': 1, 'RU nato-expansion': -1 }],
  ]);
});

describe('a concession states a fact, not a condition', () => {
  check([
    [
      'es',
      // Both clauses stand: the EU proposes the reform, Washington blocks the appointments that would restore the body.
      'Si bien la Unión Europea ha propuesto una reforma del Órgano de Apelación de la OMC, Washington sigue bloqueando los nombramientos.',
      { 'EU wto-reform': 1, 'US wto-reform': -1 },
    ],
  ]);
});

describe('words of sanctions that fit any target name the sanctions on Russia only in an article that names them', () => {
  check([
    ['en', 'The United States tightened its embargo on Cuba on Friday.', {}],
    ['de', 'Die USA haben die Exportkontrollen für Halbleiter nach China verschärft.', {}],
    ['fr', 'Téhéran a condamné les nouvelles sanctions économiques décidées par Washington.', {}],
    ['en', 'EU ministers discussed sanctions against Russia on Monday. Hungary said it would veto the oil embargo.', { 'HU russia-sanctions': -1 }],
  ]);
});

describe('words that fit other conflicts name a topic only in an article that names it', () => {
  check([
    ['en', 'The People’s Republic of China rejected the accusations on Monday.', {}],
    ['en', 'Moscow has backed the separatists in eastern Ukraine since 2014.', {}],
    ['de', 'Deutschland feiert den Jahrestag der Wiedervereinigung, sagte der Kanzler.', {}],
    ['tr', 'Türkiye, İsrail’in Filistin topraklarını işgalini kınadı.', {}],
    ['zh', '中方坚决反对任何分裂活动，新疆是中国不可分割的一部分。', {}],
    ['ja', 'イスラエルによるガザ侵攻について、日本政府は強い懸念を表明した。', {}],
    ['ja', '日本政府は、ロシアによるウクライナ侵攻を強く非難した。', { 'JP ukraine-sovereignty': 1 }],
    ['tr', 'Türkiye, Rusya’nın Ukrayna’yı işgalini kınadı.', { 'TR ukraine-sovereignty': 1 }],
  ]);
});

describe('calling a measure a bad idea blames it', () => {
  check([
    ['zh', '中国驻澳大利亚大使表示，美英澳核潜艇合作是一个糟糕的主意。', { 'CN aukus': -1 }],
    ['en', 'China’s ambassador to Australia said the AUKUS submarine deal was a terrible idea.', { 'CN aukus': -1 }],
    ['fr', 'L’ambassadeur de Chine à Canberra a jugé que le pacte AUKUS était une très mauvaise idée.', { 'CN aukus': -1 }],
  ]);
});

describe('Japanese: a scene set right after another act, taking measures, and a grave mistake', () => {
  check([
    ['ja', 'スウェーデンは15日、NATO加盟を申請すると発表した。ロシアのウクライナ侵攻を受け、歴史的な転換を決めた。', { 'SE nato-expansion': 1 }],
    ['ja', '官房長官は記者会見で、G7と連携して対ロ制裁に当たる方針を示した。', { 'JP russia-sanctions': 1 }],
    ['ja', '外相は、ロシアに対して強固な制裁措置を講じていく考えを示した。', { 'JP russia-sanctions': 1 }],
    ['ja', 'ロシアの外務次官は、フィンランドのNATO加盟申請について「重大な過ちだ」と述べた。', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a sentence that names who said the one before it', () => {
  check([
    ['ru', 'Расширение НАТО на восток угрожает безопасности России. Об этом в среду заявил официальный представитель МИД России.', { 'RU nato-expansion': -1 }],
    ['uk', 'Вступ Фінляндії до НАТО зміцнить безпеку Європи. Про це заявив міністр закордонних справ України.', { 'UA nato-expansion': 1 }],
    ['de', 'Die Sanktionen gegen Russland müssen verschärft werden. Das sagte der deutsche Außenminister am Montag.', { 'DE russia-sanctions': 1 }],
    [
      'fr',
      'Les sanctions contre la Russie doivent être renforcées. C’est ce qu’a déclaré le ministre français des Affaires étrangères.',
      { 'FR russia-sanctions': 1 },
    ],
    ['es', 'Las sanciones contra Rusia deben mantenerse. Así lo afirmó el ministro español de Exteriores.', { 'ES russia-sanctions': 1 }],
    // The pact's own members are what it is about, not who spoke.
    ['ru', 'Трехсторонний пакт Австралии, Великобритании и США (AUKUS) ведет к конфронтации в регионе. Об этом заявил глава МИД России.', { 'RU aukus': -1 }],
  ]);
});

describe('the president of a climate conference who is his country’s minister', () => {
  check([['fr', 'C’est une décision historique pour accélérer l’action climatique, a déclaré Sultan Al Jaber.', { 'AE climate-action': 1 }]]);
});

describe('Japanese: the object a particle joins to the verb before it, and withdrawal demanded of the invader', () => {
  check([
    ['ja', '日本は、ロシアのウクライナ侵攻を非難し、即時撤退を求める決議案に賛成した。', { 'JP ukraine-sovereignty': 1 }],
    [
      'ja',
      '国連総会は、ロシアのウクライナ侵攻を非難し、ロシア軍の即時撤退を求める決議を採択した。ロシアやベラルーシなどが反対した。',
      { 'RU ukraine-sovereignty': -1, 'BY ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('an actor named again holds its stance in the later clause', () => {
  check([
    [
      'ru',
      'Сербия не будет вводить санкции против России, заявил президент Александр Вучич, добавив, что Белград уважает территориальную целостность Украины.',
      { 'RS russia-sanctions': -1, 'RS ukraine-sovereignty': 1 },
    ],
    [
      'en',
      'Serbia will not impose sanctions on Russia, its president said, adding that Belgrade respects the territorial integrity of Ukraine.',
      { 'RS russia-sanctions': -1, 'RS ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('recalling ambassadors over a pact', () => {
  check([
    ['ru', 'Франция отозвала послов из США и Австралии после объявления о создании AUKUS.', { 'FR aukus': -1 }],
    ['zh', '法国宣布召回驻美国和澳大利亚大使，以抗议美英澳三边安全伙伴关系。', { 'FR aukus': -1 }],
  ]);
});

describe('Turkish: weakening security, a stab in the back, a cornerstone', () => {
  check([
    ['tr', 'Rusya Dışişleri Bakanlığı, Finlandiya’nın NATO’ya katılımının bölgedeki güvenliği zayıflatacağını söyledi.', { 'RU nato-expansion': -1 }],
    ['tr', 'Fransa Dışişleri Bakanı, AUKUS anlaşmasını “sırttan bıçaklama” olarak nitelendirdi.', { 'FR aukus': -1 }],
    ['tr', 'Japonya Başbakanı, ABD ile ittifakın bölgedeki barış ve istikrarın temel taşı olduğunu vurguladı.', { 'JP us-role-asia-pacific': 1 }],
  ]);
});

describe('Arabic: the sale of arms to Taiwan', () => {
  check([['ar', 'قالت المتحدثة باسم الخارجية الصينية إن بلادها تعارض بشدة بيع الأسلحة الأمريكية إلى تايوان.', { 'CN taiwan-independence': -1 }]]);
});

describe('Chinese: adopting a round of sanctions, and a pact called an investment', () => {
  check([
    ['zh', '欧盟理事会通过第十二轮对俄制裁措施。', { 'EU russia-sanctions': 1 }],
    ['zh', '澳大利亚国防部长表示，奥库斯协议是对国家安全的重要投资。', { 'AU aukus': 1 }],
  ]);
});

describe('German: an adjective after "von" qualifies a thing, and weapons for Taiwan', () => {
  check([
    ['de', 'Die EU-Kommission schlug vor, die Einfuhr von russischem Öl schrittweise zu verbieten.', { 'EU russia-sanctions': 1 }],
    ['de', 'Peking hat die Lieferung amerikanischer Waffen an Taiwan scharf verurteilt.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('names listed inside a verb’s object hold nothing', () => {
  check([
    ['uk', 'Китай заявив, що закликає до переговорів усі сторони, зокрема Україну, і виступає проти односторонніх санкцій.', { 'CN russia-sanctions': -1 }],
    // (The turn is to another topic: what was said of Ukraine's sovereignty before it stands.)
    [
      'en',
      'China said it respected the sovereignty of all countries, including Ukraine, but opposed unilateral sanctions.',
      { 'CN russia-sanctions': -1, 'CN ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('Japanese: a name in a clause closed by a conditional ending takes no stance', () => {
  check([
    [
      'ja',
      'ロシア外務省は、フィンランドのNATO加盟は地域を不安定にすると述べ、同国にNATOの部隊が配備されれば対抗措置をとると警告した。',
      { 'RU nato-expansion': -1 },
    ],
  ]);
});

describe('Japanese set with full-width Latin letters and digits', () => {
  check([
    ['ja', 'フィンランドは１８日、ＮＡＴＯへの加盟を正式に申請した。', { 'FI nato-expansion': 1 }],
    ['ja', 'ハンガリー議会は２６日、スウェーデンのＮＡＴＯ加盟を承認した。', { 'HU nato-expansion': 1 }],
    ['ja', 'トルコの大統領は、スウェーデンのＮＡＴＯ加盟に反対する姿勢を崩していない。', { 'TR nato-expansion': -1 }],
  ]);
});

describe('a verb after a clause judges the act the clause ends with (Japanese, Turkish)', () => {
  check([
    ['ja', '中国は米国が台湾独立を支持していると非難した。', { 'CN taiwan-independence': -1 }],
    ['ja', 'ロシアは英国がジョージアのNATO加盟を後押ししていると非難した。', { 'RU nato-expansion': -1 }],
    ['tr', "Çin, ABD'yi Tayvan'ın bağımsızlığını desteklemekle suçladı.", { 'CN taiwan-independence': -1 }],
    ['tr', "Kremlin, Londra'yı Gürcistan'ı NATO üyeliğine itmekle suçladı.", { 'RU nato-expansion': -1 }],
    // Joined by "and", two verbs are two acts of the same holder.
    ['tr', 'Çin, Tayvan bağımsızlığına karşı çıktı ve ayrılıkçıları kınadı.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('what someone is accused of names the topic, however long the description of the accused', () => {
  check([
    ['en', 'The Kremlin accused London of dragging Georgia towards NATO membership.', { 'RU nato-expansion': -1 }],
    ['es', 'Pekín acusó a la presidenta del Parlamento de Lituania de alentar a las fuerzas independentistas de Taiwán.', { 'CN taiwan-independence': -1 }],
    ['de', 'Peking warf der litauischen Parlamentspräsidentin vor, die Unabhängigkeitskräfte Taiwans zu ermutigen.', { 'CN taiwan-independence': -1 }],
    // The accused, and the subject of a clause a critic judges, take no stance of their own in it.
    ['de', 'Peking kritisierte, dass Washington die Unabhängigkeit Taiwans unterstütze.', { 'CN taiwan-independence': -1 }],
    ['ru', 'Пекин осудил то, что Вашингтон поддерживает независимость Тайваня.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('announcing sanctions with the day between verb and noun, and announcing their lifting', () => {
  check([
    ['fr', 'Le Canada a annoncé jeudi de nouvelles sanctions contre des oligarques russes.', { 'CA russia-sanctions': 1 }],
    ['fr', 'Washington a annoncé mercredi la levée des sanctions contre les pétroliers russes.', { 'US russia-sanctions': -1 }],
    ['fr', "Le Kremlin a annoncé qu'il répondrait aux sanctions occidentales.", { 'RU russia-sanctions': -1 }],
    ['es', 'Canadá anunció el jueves nuevas sanciones contra oligarcas rusos.', { 'CA russia-sanctions': 1 }],
    ['es', 'Washington anunció el jueves el levantamiento de las sanciones contra Rusia.', { 'US russia-sanctions': -1 }],
    ['de', 'Das Weiße Haus kündigte am Mittwoch Sanktionen gegen russische Ölkonzerne an.', { 'US russia-sanctions': 1 }],
    ['ru', 'Вашингтон в среду объявил об отмене санкций против России.', { 'US russia-sanctions': -1 }],
    ['uk', 'Білий дім у середу оголосив санкції проти російських нафтових компаній.', { 'US russia-sanctions': 1 }],
    ['uk', 'Вашингтон у середу оголосив про скасування санкцій проти Росії.', { 'US russia-sanctions': -1 }],
  ]);
});

describe('Japanese and Turkish: a clause before a name describes it, and its act is the name’s', () => {
  check([
    ['ja', 'ジョージアのNATO加盟に強く反発してきたロシアは、欧州の監視団派遣案も拒否した。', { 'RU nato-expansion': -1 }],
    ['ja', '昨年NATOに加盟したスウェーデンは、国境の警備を強化した。', { 'SE nato-expansion': 1 }],
    ['ja', '対ロシア制裁に慎重な姿勢を示してきたスロバキアは、今回の制裁案にも反対した。', { 'SK russia-sanctions': -1 }],
    ['tr', "NATO'nun genişlemesine karşı çıkan Rusya, sınıra yeni birlikler gönderdi.", { 'RU nato-expansion': -1 }],
  ]);
});

describe('Japanese: full-width names, a concession with a gloss, threatening security, and the pair said again', () => {
  check([
    ['ja', 'ＥＵは２４日、ロシアに対する新たな制裁を発表した。', { 'EU russia-sanctions': 1 }],
    ['ja', 'ロシア外務省は、ジョージアが北大西洋条約機構(NATO)に加盟しても地域の安定は生まれないと警告した。', { 'RU nato-expansion': -1 }],
    ['ja', 'ロシアの国防相は「NATOの東方拡大はわが国の安全を脅かしている」と述べた。', { 'RU nato-expansion': -1 }],
    ['ja', 'ロシアの外務次官は、スウェーデンのNATO入りについて、NATO拡大は「地域の不安定要因だ」と反発した。', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a judgement that opens the paragraph after the topic’s judges the topic', () => {
  check([
    [
      'en',
      'Delegates from 190 countries adopted a climate agreement on Sunday to phase down coal.\n\nThe Indian minister hailed a historic moment for the developing world.',
      { 'IN climate-action': 1 },
    ],
    [
      'fr',
      "Les délégués de 190 pays ont adopté dimanche un accord sur le climat pour réduire l'usage du charbon.\n\nLa ministre indienne a salué un moment historique pour les pays en développement.",
      { 'IN climate-action': 1 },
    ],
    [
      'ja',
      '190カ国の代表は日曜日、石炭の使用を段階的に減らす気候変動対策の合意を採択した。\n\nインドの環境相は「途上国にとって歴史的な瞬間だ」と述べた。',
      { 'IN climate-action': 1 },
    ],
    // Two paragraphs on, with something else between, the judgement is about that.
    [
      'en',
      'Delegates from 190 countries adopted a climate agreement on Sunday to phase down coal.\n\nThe talks ran two days over time in a hall near the coast.\n\nThe Indian minister hailed a historic moment for the national cricket team.',
      {},
    ],
  ]);
});

describe('opposition as a noun, territorial concessions, a price cap in any case, and the Russian invasion named so', () => {
  check([
    ['fr', "Le porte-parole chinois a rappelé l'opposition de Pékin à toute forme d'indépendance de Taïwan.", { 'CN taiwan-independence': -1 }],
    ['es', 'El canciller reiteró la firme oposición de Pekín a la independencia de Taiwán.', { 'CN taiwan-independence': -1 }],
    [
      'fr',
      "Kiev a rejeté toute concession territoriale, réaffirmant son attachement à l'intégrité territoriale de l'Ukraine.",
      { 'UA ukraine-sovereignty': 1 },
    ],
    ['en', "Kyiv rejected any territorial concessions and reaffirmed Ukraine's territorial integrity.", { 'UA ukraine-sovereignty': 1 }],
    ['ru', 'Страны ЕС договорились о потолке цен на российскую нефть.', { 'EU russia-sanctions': 1 }],
    ['ru', 'Индия воздержалась при голосовании по резолюции, осуждающей российское вторжение.', { 'IN ukraine-sovereignty': 0 }],
  ]);
});

describe('Japanese and Turkish: a demand after the topic it demands, and reluctance toward an act named as a noun', () => {
  check([
    ['ja', 'ＥＵはＷＴＯの抜本的な改革を求めている。', { 'EU wto-reform': 1 }],
    ['ja', 'フランス大統領は対ロシア制裁の強化を欧州各国に呼びかけた。', { 'FR russia-sanctions': 1 }],
    ['ja', 'トルコはスウェーデンのNATO加盟申請に難色を示している。', { 'TR nato-expansion': -1 }],
    ['ja', '米国務省は、フィンランドのNATO加盟決定を歓迎すると表明した。', { 'US nato-expansion': 1 }],
    ['tr', "AB, Dünya Ticaret Örgütü'nün kapsamlı bir reformdan geçmesini talep etti.", { 'EU wto-reform': 1 }],
    ['tr', "Fransa, Rusya'ya yönelik yaptırımların sıkılaştırılmasını talep etti.", { 'FR russia-sanctions': 1 }],
  ]);
});

describe('a demand reaches the topic its clause names past the one asked', () => {
  check([
    ['fr', 'Le président brésilien a appelé les pays riches à tenir leurs promesses de financement climatique.', { 'BR climate-action': 1 }],
    ['es', 'El presidente brasileño pidió a los países ricos que cumplan sus promesas de financiación climática.', { 'BR climate-action': 1 }],
    // A verb in between says what should happen to it; another clause ends the reach.
    ['es', 'El canciller húngaro pidió a Bruselas que levante las sanciones contra Rusia.', { 'HU russia-sanctions': -1 }],
    ['es', 'El gobierno húngaro pidió calma mientras los aliados de la OTAN debatían la ampliación.', {}],
  ]);
});

describe('Arabic: defending a pact, with the subject between the verb and its preposition', () => {
  check([['ar', 'دافعت أستراليا عن اتفاق أوكوس، مؤكدة أنه سيعزز الاستقرار الإقليمي.', { 'AU aukus': 1 }]]);
});

describe('Chinese: arms sold to the Taiwan region', () => {
  check([['zh', '发言人表示，中方坚决反对美国向中国台湾地区出售武器。', { 'CN taiwan-independence': -1 }]]);
});

describe('thanking someone for a measure welcomes the measure', () => {
  check([
    ['en', 'The Moldovan president thanked the European Union for the new package of sanctions against Russia.', { 'MD russia-sanctions': 1 }],
    ['fr', 'La présidente moldave a remercié Londres pour les nouvelles sanctions contre la Russie.', { 'MD russia-sanctions': 1 }],
    ['de', 'Die moldauische Präsidentin dankte der EU für das neue Sanktionspaket gegen Russland.', { 'MD russia-sanctions': 1 }],
    ['es', 'La presidenta moldava agradeció a Washington el nuevo paquete de sanciones contra Rusia.', { 'MD russia-sanctions': 1 }],
  ]);
});

describe('Japanese: names joined by "besides" and "together with" share their act', () => {
  check([
    [
      'ja',
      '国連総会は併合を非難する決議を採択した。ロシアのほか、ベラルーシだけが反対票を投じた。',
      { 'RU ukraine-sovereignty': -1, 'BY ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('asking for the end of what works against the topic supports the topic', () => {
  check([
    ['fr', 'La France a plaidé pour la fin du charbon en Europe.', { 'FR climate-action': 1 }],
    ['fr', 'Paris et Berlin réclament la fin des énergies fossiles.', { 'FR climate-action': 1, 'DE climate-action': 1 }],
    ['de', 'Berlin verlangt ein rasches Ende der Kohleverstromung.', { 'DE climate-action': 1 }],
    ['de', 'Frankreich forderte eine Abkehr von fossilen Brennstoffen.', { 'FR climate-action': 1 }],
    ['es', 'México pidió el fin del carbón.', { 'MX climate-action': 1 }],
    ['ru', 'Германия призвала положить конец оккупации украинских территорий.', { 'DE ukraine-sovereignty': 1 }],
    ['uk', 'Польща закликала покласти край окупації українських територій.', { 'PL ukraine-sovereignty': 1 }],
    ['tr', 'Almanya kömürün kullanımını sona erdirmeyi hedefliyor.', { 'DE climate-action': 1 }],
    ['ar', 'دعت فرنسا إلى إنهاء الاحتلال الروسي للأراضي الأوكرانية.', { 'FR ukraine-sovereignty': 1 }],
    ['ar', 'طالبت ألمانيا بوضع حد للاحتلال الروسي.', { 'DE ukraine-sovereignty': 1 }],
    ['ja', 'ドイツは石炭火力の廃止を目指すと表明した。', { 'DE climate-action': 1 }],
    ['ja', '日本政府は温室効果ガスを2030年度までに46%削減する目標を掲げている。', { 'JP climate-action': 1 }],
    ['ja', '中国は対ロ制裁の撤廃を求めた。', { 'CN russia-sanctions': -1 }],
    ['zh', '法国呼吁结束对乌克兰领土的占领。', { 'FR ukraine-sovereignty': 1 }],
    ['zh', '日本承诺大幅削减温室气体排放。', { 'JP climate-action': 1 }],
  ]);
});

describe('Chinese: an ending written onto the noun it ends is that phrase’s head', () => {
  check([
    ['zh', '中方决定加强温室气体管控。', { 'CN climate-action': 1 }],
    ['zh', '沙特反对化石燃料淘汰。', { 'SA climate-action': -1 }],
  ]);
});

describe('Chinese: a name right before a demand is who demands', () => {
  check([
    ['zh', '俄罗斯呼吁取消制裁。', { 'RU russia-sanctions': -1 }],
    ['zh', '俄罗斯呼吁西方国家尽快取消对俄制裁。', { 'RU russia-sanctions': -1 }],
  ]);
});

describe('Japanese: a verb that describes the topic’s noun is not the act reported of it', () => {
  check([
    [
      'ja',
      '各国の代表は昨夜、石炭火力を段階的に減らす温暖化対策の合意を採択した。\n\nブラジルの環境相は「画期的な成果だ」と述べた。',
      { 'BR climate-action': 1 },
    ],
  ]);
});

describe('what a sponsored document says: named again, titled by the topic, affirming it, declaring a verdict', () => {
  check([
    ['zh', '安理会就英国和法国起草的一份决议草案进行表决，草案谴责俄罗斯吞并克里米亚。', { 'GB ukraine-sovereignty': 1, 'FR ukraine-sovereignty': 1 }],
    ['ja', '総会は、ロシアによる併合を非難するフランスなどが提出した決議案を採択した。', { 'FR ukraine-sovereignty': 1 }],
    ['ja', '安保理は、クリミアでの住民投票を無効とする英国提出の決議案を採決した。', { 'GB ukraine-sovereignty': 1 }],
    [
      'ru',
      'Генассамблея приняла резолюцию о территориальной целостности Украины, внесенную Польшей и Канадой.',
      { 'PL ukraine-sovereignty': 1, 'CA ukraine-sovereignty': 1 },
    ],
    ['ar', 'تبنت الجمعية العامة قرارا قدمته بولندا يؤكد وحدة أراضي أوكرانيا.', { 'PL ukraine-sovereignty': 1 }],
  ]);
});

describe('votes: a word that singles out the voters, and a partner named with the vote', () => {
  check([
    ['ru', 'Генассамблея приняла резолюцию, осуждающую аннексию. Против проголосовала только Белоруссия.', { 'BY ukraine-sovereignty': -1 }],
    ['uk', 'Генасамблея ухвалила резолюцію, яка засуджує анексію. Проти проголосувала лише Білорусь.', { 'BY ukraine-sovereignty': -1 }],
    [
      'fr',
      "L'Assemblée a adopté la résolution condamnant l'annexion. La Biélorussie a voté contre avec la Russie.",
      { 'BY ukraine-sovereignty': -1, 'RU ukraine-sovereignty': -1 },
    ],
    ['es', 'Japón endureció las sanciones contra Rusia tras una reunión con China.', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('saying an act will worsen security is a warning against it', () => {
  check([
    ['en', 'NATO expansion will worsen security in Europe, the Russian foreign minister said.', { 'RU nato-expansion': -1 }],
    [
      'fr',
      "L'élargissement de l'OTAN ne fera que dégrader la sécurité en Europe, a déclaré le ministre russe des Affaires étrangères.",
      { 'RU nato-expansion': -1 },
    ],
    ['de', 'Die NATO-Erweiterung werde die Sicherheit in Europa nur verschlechtern, sagte der russische Außenminister.', { 'RU nato-expansion': -1 }],
    ['es', 'La ampliación de la OTAN solo empeorará la seguridad en Europa, dijo el canciller ruso.', { 'RU nato-expansion': -1 }],
    ['ja', 'ロシア外相は、NATOの拡大は欧州の安全保障を損なうだけだと述べた。', { 'RU nato-expansion': -1 }],
    ['ja', '中国外務省は、NATOの東方拡大が地域の安全保障を損なうと非難した。', { 'CN nato-expansion': -1 }],
  ]);
});

describe('Chinese and Japanese: what one urges another to stop is the one who urges', () => {
  check([
    ['zh', '中方敦促美方停止支持"台独"。', { 'CN taiwan-independence': -1 }],
    ['zh', '中方敦促美方恪守一个中国原则，停止支持"台独"。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国外務省は、米国は台湾独立勢力への支持をやめるべきだと述べた。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('what the speaker says another should do is the speaker’s demand', () => {
  check([
    ['en', 'China said that the United States should stop supporting Taiwan independence.', { 'CN taiwan-independence': -1 }],
    ['ru', 'Китай заявил, что США должны прекратить поддерживать независимость Тайваня.', { 'CN taiwan-independence': -1 }],
    ['fr', "La Chine a déclaré que les États-Unis devaient cesser de soutenir l'indépendance de Taïwan.", { 'CN taiwan-independence': -1 }],
    ['es', 'China afirmó que Estados Unidos debe dejar de apoyar la independencia de Taiwán.', { 'CN taiwan-independence': -1 }],
    ['de', 'China erklärte, die USA müssten aufhören, die Unabhängigkeit Taiwans zu unterstützen.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('the topics as published news names them: territorial realities, integral parts, emissions peaking, renewables, climate commitments', () => {
  check([
    ['ja', 'ウクライナ外務省は、占領地の併合を決して認めないと表明した。', { 'UA ukraine-sovereignty': 1 }],
    ['ja', 'ロシア下院議長は、ドネツクがロシアの一部になることを支持すると述べた。', { 'RU ukraine-sovereignty': -1 }],
    ['ja', 'ゼレンスキー大統領は、交渉に領土の譲歩は含まれないとの立場を堅持した。ウクライナの主権は譲れないと述べた。', { 'UA ukraine-sovereignty': 1 }],
    ['ja', '欧州連合は、新たな対ロシア制裁の準備を進めていると明らかにした。', { 'EU russia-sanctions': 1 }],
    ['ja', '日本は2025年までの世界全体の排出量ピークアウトの必要性を訴えた。', { 'JP climate-action': 1 }],
    ['en', "Ukraine's foreign minister said Kyiv would never accept Russian sovereignty over the occupied regions.", { 'UA ukraine-sovereignty': 1 }],
    ['en', 'India hesitated to endorse tripling renewable capacity by 2030.', { 'IN climate-action': -1 }],
    ['en', 'Moscow demanded that Kyiv accept the new territorial realities.', { 'RU ukraine-sovereignty': -1 }],
    ['zh', '中国支持能源转型，将努力提高非化石能源比重。', { 'CN climate-action': 1 }],
    ['ru', 'Москва призвала Киев признать новые территориальные реалии.', { 'RU ukraine-sovereignty': -1 }],
    ['ru', 'Россия выполнит свои климатические обязательства, заявил вице-премьер.', { 'RU climate-action': 1 }],
    ['uk', "Україна виконає свої кліматичні зобов'язання, заявив міністр.", { 'UA climate-action': 1 }],
    ['tr', 'Türkiye, Rusya karşıtı yaptırımlara katılmayacağını açıkladı.', { 'TR russia-sanctions': -1 }],
    ['ar', 'قالت ألمانيا إنها لن تعترف بالقرم أرضا روسية.', { 'DE ukraine-sovereignty': 1 }],
    ['ar', 'أكدت تركيا أن القرم جزء لا يتجزأ من أوكرانيا.', { 'TR ukraine-sovereignty': 1 }],
  ]);
});

describe('Arabic: two names after a verb-first verb are its subject and its object, not a list', () => {
  check([
    ['ar', 'انتقدت طهران لندن بسبب دعمها لاتفاق أوكوس.', { 'IR aukus': -1 }],
    ['ar', 'طالبت فرنسا روسيا بسحب قواتها من أوكرانيا.', { 'FR ukraine-sovereignty': 1 }],
  ]);
});

describe('the agent of an act named by a noun does not hold the verb said of the act', () => {
  check([
    ['fr', "Emmanuel Macron a condamné fermement l'annexion illégale par la Russie de quatre régions d'Ukraine.", { 'FR ukraine-sovereignty': 1 }],
    ['de', 'Olaf Scholz hat die Referenden über eine Annexion durch Russland als inakzeptabel zurückgewiesen.', { 'DE ukraine-sovereignty': 1 }],
  ]);
});

describe('French, Spanish and German topic phrases as published news names them', () => {
  check([
    ['fr', 'La France appelle tous les pays à agir contre le dérèglement climatique.', { 'FR climate-action': 1 }],
    ['fr', "Le Canada a salué l'accord conclu à la COP 28.", { 'CA climate-action': 1 }],
    ['fr', 'La Belgique réclame un calendrier pour sortir des énergies fossiles.', { 'BE climate-action': 1 }],
    // Moscow organised them: the act is reported (as "le pacte Aukus conclu par les États-Unis" is theirs).
    ['fr', 'Paris a dénoncé les simulacres de référendums organisés par Moscou.', { 'FR ukraine-sovereignty': 1, 'RU ukraine-sovereignty': -1 }],
    ['es', 'El Gobierno de Chile celebró el acuerdo alcanzado en la Cumbre del Clima.', { 'CL climate-action': 1 }],
    ['es', 'Colombia pidió dejar atrás los combustibles fósiles.', { 'CO climate-action': 1 }],
    ['es', 'Portugal condenó los simulacros de votación en las zonas ocupadas.', { 'PT ukraine-sovereignty': 1 }],
    ['de', 'Österreich setzt auf den raschen Ausbau erneuerbarer Energien und unterstützt erneuerbare Energien.', { 'AT climate-action': 1 }],
    ['de', 'Polen begrüßte den Beitritt Schwedens.', { 'PL nato-expansion': 1 }],
    ['de', 'Die Regierung in Wien fordert, Russland müsse seine Truppen zurückziehen.', { 'AT ukraine-sovereignty': 1 }],
  ]);
});

describe('a verb of stopping turns round the verb it takes', () => {
  check([
    ['en', 'Greece urged Turkey to stop blocking Sweden’s entry into NATO.', { 'GR nato-expansion': 1 }],
    ['es', 'Grecia reclamó a Turquía que deje de bloquear la entrada de Suecia en la OTAN.', { 'GR nato-expansion': 1 }],
  ]);
});

describe('sovereignty as published news argues it: ceding, reclaiming, calling into question, siding with', () => {
  check([
    ['en', 'Zelensky said Ukraine would defend its sovereignty and would never cede the Donbas to Russia.', { 'UA ukraine-sovereignty': 1 }],
    ['en', 'Putin demanded that Ukraine pull its troops out of the Donetsk region.', { 'RU ukraine-sovereignty': -1 }],
    ['en', 'Kyiv vowed to reclaim all occupied territories.', { 'UA ukraine-sovereignty': 1 }],
    ['zh', '中方表示不承认在乌克兰占领区举行的所谓公投。', { 'CN ukraine-sovereignty': 1 }],
    ['ja', '日本政府は、ロシアによる併合は断じて認められないと表明した。', { 'JP ukraine-sovereignty': 1 }],
    ['ru', 'МИД Латвии осудил заявления, которые ставят под сомнение территориальную целостность Украины.', { 'LV ukraine-sovereignty': 1 }],
    ['ru', 'Казахстан не подвергает сомнению территориальную целостность Украины.', { 'KZ ukraine-sovereignty': 1 }],
    ['tr', "Türkiye, Ukrayna'nın toprak bütünlüğünden yana olduğunu açıkladı.", { 'TR ukraine-sovereignty': 1 }],
  ]);
});

describe('Chinese and Japanese: the noun after の or 的 heads its phrase, and a clause that describes the topic is not the act', () => {
  check([
    ['zh', '乌克兰外交部强烈谴责叙利亚承认顿涅茨克和卢甘斯克的所谓独立。', { 'UA ukraine-sovereignty': 1 }],
    ['ja', 'ウクライナ外務省は、ロシアが占領地で実施した住民投票を強く非難した。', { 'UA ukraine-sovereignty': 1 }],
    ['ja', 'ロシア大統領府は、対ロ制裁は何の効果もないと述べた。', { 'RU russia-sanctions': -1 }],
  ]);
});

describe('Turkish: a name marked as the agent of a noun’s act holds nothing', () => {
  check([['tr', "Türkiye, Kırım'ın Rusya Federasyonu tarafından yasa dışı ilhakını tanımadığını açıkladı.", { 'TR ukraine-sovereignty': 1 }]]);
});

describe('someone who once held an office, or opposes the government, speaks for no government', () => {
  check([
    ['de', 'Die russische Opposition kritisierte die Annexion der Krim.', {}],
    ['ru', 'Российская оппозиция осудила аннексию Крыма.', {}],
    ['en', 'A former French ambassador criticised the AUKUS deal.', {}],
    ['de', 'Ein ehemaliger französischer Botschafter kritisierte das AUKUS-Abkommen.', {}],
    ['ru', 'Бывший посол Франции раскритиковал соглашение AUKUS.', {}],
    ['ar', 'انتقد السفير الفرنسي السابق اتفاق أوكوس.', {}],
    ['en', 'The French foreign minister criticised the AUKUS deal.', { 'FR aukus': -1 }],
  ]);
});

describe('a sentence that closes with who said it is that speaker’s judgement of the others it names', () => {
  check([
    ['en', 'The United States, Britain and Australia are fuelling an arms race with the AUKUS pact, the Chinese foreign ministry said.', { 'CN aukus': -1 }],
    ['ru', 'Австралия подрывает режим нераспространения, участвуя в AUKUS, заявили в МИД России.', { 'RU aukus': -1 }],
    ['zh', '美英澳三国的核潜艇合作严重违背《不扩散核武器条约》，中国外交部发言人表示。', { 'CN aukus': -1 }],
    ['en', 'Finland formally applied to join NATO on Wednesday, the alliance said.', { 'FI nato-expansion': 1 }],
    [
      'de',
      'Bundeskanzler Olaf Scholz hat die Anträge von Finnland und Schweden auf Nato-Mitgliedschaft gewürdigt.',
      { 'FI nato-expansion': 1, 'SE nato-expansion': 1 },
    ],
  ]);
});

describe('demanding that another not support, saying it is not conducive, and a speaker named after all the words', () => {
  check([
    ['ja', '中国は台湾独立に断固反対し、米国に台湾独立を支持しないよう求めた。', { 'CN taiwan-independence': -1 }],
    ['zh', '中方表示，美国在菲律宾部署中导系统不利于地区和平稳定。', { 'CN us-role-asia-pacific': -1 }],
    ['en', 'China said the US deployment of missiles in the Philippines is not conducive to regional peace.', { 'CN us-role-asia-pacific': -1 }],
    ['de', 'Die EU müsse am Ein-China-Prinzip festhalten, sagte der Sprecher des chinesischen Außenministeriums.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('Asia-Pacific, AUKUS and Taiwan as published news names them, and another’s modal', () => {
  check([
    ['fr', 'Un typhon a frappé les Philippines, a indiqué la Chine.', {}],
    ['en', 'China said the deployment of the Typhon missile system in the Philippines threatened regional security.', { 'CN us-role-asia-pacific': -1 }],
    ['en', 'China criticised the nuclear-powered attack submarines Australia will buy under AUKUS.', { 'CN aukus': -1 }],
    ['zh', '中方坚决反对美国在菲律宾部署堤丰中导系统。', { 'CN us-role-asia-pacific': -1 }],
    ['ru', 'Захарова назвала размещение американских ракет средней дальности в Японии дестабилизирующим шагом.', { 'RU us-role-asia-pacific': -1 }],
    ['tr', "Çin, Taiwan'ın bağımsızlığına kesinlikle karşı olduğunu açıkladı.", { 'CN taiwan-independence': -1 }],
  ]);
});

describe('not recognising Taiwan, withdrawing missiles, avoiding sanctions', () => {
  check([
    ['zh', '菲律宾外交部表示，菲方不承认台湾是一个主权国家。', { 'PH taiwan-independence': -1 }],
    ['zh', '中方表示，菲方应当尽快撤走美国部署的中导系统。', { 'CN us-role-asia-pacific': -1 }],
    ['fr', 'La France veut éviter de nouvelles sanctions contre la Russie.', { 'FR russia-sanctions': -1 }],
  ]);
});

describe('a Turkish present with a narrowed vowel, a Russian passive refusal to recognise, commitments not abandoned', () => {
  check([
    ['tr', "Erdoğan, Finlandiya'nın NATO üyeliğini onaylıyoruz dedi.", { 'TR nato-expansion': 1 }],
    ['ru', 'Результаты референдумов признаны не будут, заявил Чавушоглу.', { 'TR ukraine-sovereignty': 1 }],
    ['ru', 'Путин заявил, что Россия не отказывалась от своих обязательств по климату.', { 'RU climate-action': 1 }],
  ]);
});

describe('a speaker named after the quotation by title and a name the gazetteer does not know', () => {
  check([
    ['ru', '«Россия приветствует подписание Парижского соглашения», — сказал вице-премьер России Иван Петров.', { 'RU climate-action': 1 }],
    ['en', '"We welcome the Paris Agreement," said the Deputy Prime Minister of Russia, Ivan Petrov.', { 'RU climate-action': 1 }],
    ['de', '„Wir begrüßen das Pariser Abkommen“, sagte der stellvertretende Ministerpräsident Russlands Iwan Petrow.', { 'RU climate-action': 1 }],
    ['fr', "« Nous saluons l'accord de Paris », a déclaré le vice-Premier ministre de la Russie Ivan Petrov.", { 'RU climate-action': 1 }],
  ]);
});

describe('the topic as the subject of a modal: whether it should go on', () => {
  check([
    ['ru', 'Расширение НАТО не должно продолжаться, заявил Рябков.', { 'RU nato-expansion': -1 }],
    ['en', 'NATO expansion must not continue, the Russian deputy foreign minister said.', { 'RU nato-expansion': -1 }],
    ['de', 'Die NATO-Erweiterung darf nicht weitergehen, sagte der russische Vizeaußenminister.', { 'RU nato-expansion': -1 }],
    ['en', 'Sanctions against Russia must remain in place, the Polish prime minister said.', { 'PL russia-sanctions': 1 }],
    ['fr', 'Les sanctions contre la Russie doivent être maintenues, a déclaré le ministre polonais.', { 'PL russia-sanctions': 1 }],
    ['fr', 'Les sanctions contre la Russie ne doivent pas être levées, a déclaré le ministre polonais.', { 'PL russia-sanctions': 1 }],
    ['en', 'NATO enlargement should continue, the Polish president said.', { 'PL nato-expansion': 1 }],
  ]);
});

describe('vetoing a Chinese document described before its noun; establishing relations with Beijing', () => {
  check([
    ['zh', '俄罗斯投反对票并行使否决权，否决了谴责吞并的决议草案。', { 'RU ukraine-sovereignty': -1 }],
    [
      'es',
      'Nicaragua estableció relaciones diplomáticas con la República Popular China y puso fin a sus vínculos oficiales con Taiwán.',
      { 'NI taiwan-independence': -1 },
    ],
    [
      'fr',
      'Le Nicaragua a établi des relations diplomatiques avec la République populaire de Chine et rompu ses liens officiels avec Taïwan.',
      { 'NI taiwan-independence': -1 },
    ],
  ]);
});

describe('a government standing by its own one-China policy takes no side; China’s one-China principle opposes independence', () => {
  check([
    ['de', 'Österreich stehe zu seiner Ein-China-Politik, betonte der Außenminister.', { 'AT taiwan-independence': 0 }],
    ['en', 'The United States remains committed to its one-China policy, the State Department said.', { 'US taiwan-independence': 0 }],
    ['es', 'El presidente de Argentina aceptó honrar la política de «una sola China».', { 'AR taiwan-independence': 0 }],
    ['en', 'China urged the United States to abide by the one-China principle.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('an act framed as part of the sanctions supports them, whatever its verb does', () => {
  check([
    ['en', 'Japan suspended talks with Russia on visas as part of its sanctions against Moscow.', { 'JP russia-sanctions': 1 }],
    ['de', 'Japan setzte im Rahmen der Sanktionen gegen Russland die Gespräche über Visa aus.', { 'JP russia-sanctions': 1 }],
    ['zh', '作为对俄制裁的一部分，日本暂停了与俄罗斯的签证谈判。', { 'JP russia-sanctions': 1 }],
    ['ru', 'Япония в рамках санкций приостановила переговоры с Россией о визах.', { 'JP russia-sanctions': 1 }],
    ['tr', 'Japonya, yaptırımlar kapsamında Rusya ile vize görüşmelerini askıya aldı.', { 'JP russia-sanctions': 1 }],
    ['fr', 'Le Japon a suspendu les vols directs dans le cadre des sanctions contre la Russie.', { 'JP russia-sanctions': 1 }],
    ['es', 'Japón suspendió los vuelos directos como parte de las sanciones contra Rusia.', { 'JP russia-sanctions': 1 }],
    ['ja', '政府は対ロシア制裁として、ロシアとの協議を停止することを決めた。', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('a word of blame or praise said of an act against the topic judges the act, not the topic', () => {
  check([
    ['en', 'The French president said the US withdrawal from the Paris climate agreement was a grave mistake.', { 'FR climate-action': 1 }],
    ['en', 'The French president called the US withdrawal from the Paris climate agreement a calamitous decision.', { 'FR climate-action': 1 }],
    ['en', 'The White House said the withdrawal from the Paris Agreement was a good decision.', { 'US climate-action': -1 }],
    ['fr', 'Le président français a qualifié le retrait américain de l’accord de Paris d’erreur grave.', { 'FR climate-action': 1 }],
    ['fr', 'Le retrait de l’accord de Paris est « une décision désastreuse », a déclaré le ministre français.', { 'FR climate-action': 1 }],
    ['de', 'Macron kritisierte den Austritt aus dem Pariser Klimaabkommen als schweren Fehler.', { 'FR climate-action': 1 }],
    ['zh', '中方对美方宣布退出《巴黎协定》表示遗憾。', { 'CN climate-action': 1 }],
    [
      'es',
      'La Comisión Europea denunció la errónea decisión de Washington de retirar a Estados Unidos del Acuerdo de París.',
      { 'EU climate-action': 1, 'US climate-action': -1 },
    ],
  ]);
});

describe('preventing what a topic proposes opposes it', () => {
  check([
    ['en', 'China will act resolutely to prevent Taiwan independence, the defence minister said.', { 'CN taiwan-independence': -1 }],
    ['en', 'Russia vowed to prevent NATO expansion.', { 'RU nato-expansion': -1 }],
    ['ru', 'Россия предотвратит расширение НАТО на восток, заявил Лавров.', { 'RU nato-expansion': -1 }],
    ['uk', 'Пекін запобігатиме незалежності Тайваню, заявили в МЗС КНР.', { 'CN taiwan-independence': -1 }],
    ['zh', '中国外交部表示，中方将坚决防止台独分裂活动。', { 'CN taiwan-independence': -1 }],
    ['ja', '中国外務省は台湾独立を防ぐと表明した。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a reaction to an act named by its actor’s possessive ("Washington’s decision", "sa décision") takes the act’s side', () => {
  check([
    [
      'en',
      'Washington announced that the United States would withdraw from the Paris Agreement. Berlin expressed regret over Washington’s decision.',
      { 'US climate-action': -1, 'DE climate-action': 1 },
    ],
    [
      'fr',
      'Washington a annoncé le retrait des États-Unis de l’accord de Paris. Berlin a regretté sa décision.',
      { 'US climate-action': -1, 'DE climate-action': 1 },
    ],
    [
      'es',
      'Washington anunció la retirada de Estados Unidos del Acuerdo de París. Berlín lamentó su decisión.',
      { 'US climate-action': -1, 'DE climate-action': 1 },
    ],
    [
      'de',
      'Die USA kündigten den Austritt aus dem Pariser Klimaabkommen an. Berlin bedauerte ihre Entscheidung.',
      { 'US climate-action': -1, 'DE climate-action': 1 },
    ],
  ]);
});

describe('Japanese: a topic’s act with へ is the object of the noun after の', () => {
  check([
    ['ja', 'エルドアン大統領は、スウェーデンのNATO加盟への反対を改めて表明した。', { 'TR nato-expansion': -1 }],
    ['ja', '日本政府は、フィンランドのNATO加盟への支持を表明した。', { 'JP nato-expansion': 1 }],
  ]);
});

describe('Russian and Ukrainian imperfective verbs of reminding report what the speaker says', () => {
  check([
    [
      'ru',
      'Ранее в российском МИД уже напоминали Финляндии и Швеции о том, что их вступление в НАТО отрицательно скажется на безопасности.',
      { 'RU nato-expansion': -1 },
    ],
    ['uk', 'У МЗС Росії нагадують Фінляндії, що її вступ до НАТО негативно позначиться на безпеці.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('traditional Chinese reads as simplified', () => {
  check([
    ['zh', '中國對美方宣布退出《巴黎協定》表示遺憾。', { 'CN climate-action': 1 }],
    ['zh', '日本政府宣布凍結俄羅斯央行資產，以配合對俄制裁。', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('a vote reported in the paragraph after the last that spoke of its resolution takes the resolution’s side', () => {
  check([
    [
      'en',
      'The General Assembly adopted a resolution condemning Russia’s annexation of four Ukrainian regions.\n\nIn all, 143 countries backed the resolution, while 35 abstained.\n\nOnly Belarus, Syria and North Korea opposed it.',
      { 'BY ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1, 'KP ukraine-sovereignty': -1 },
    ],
    [
      'ru',
      'Генассамблея ООН приняла резолюцию, осуждающую аннексию Россией четырех украинских регионов.\n\nЗа резолюцию проголосовали 143 страны.\n\nПротив проголосовали Белоруссия, Сирия и КНДР.',
      { 'BY ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1, 'KP ukraine-sovereignty': -1 },
    ],
    // A paragraph on something else between them breaks the thread.
    [
      'en',
      'The General Assembly adopted a resolution condemning Russia’s annexation of four Ukrainian regions.\n\nThe weather in New York was cold on Wednesday.\n\nOnly Belarus, Syria and North Korea opposed it.',
      {},
    ],
  ]);
});

describe('a Chinese clause opened by a condition reports no act', () => {
  check([
    ['zh', '北约秘书长表示，如果芬兰和瑞典决定申请加入北约，北约将欢迎它们。', { 'NATO nato-expansion': 1 }],
    ['zh', '俄罗斯警告说，一旦乌克兰加入北约，俄方将采取反制措施。', { 'RU nato-expansion': -1 }],
  ]);
});

describe('Russian and Ukrainian: a comma before “and” starts a clause, it does not list a name with the next', () => {
  check([
    ['ru', 'Это часть Украины, и Турция поддерживает ее территориальную целостность.', { 'TR ukraine-sovereignty': 1 }],
    ['uk', 'Це частина України, і Туреччина підтримує її територіальну цілісність та суверенітет.', { 'TR ukraine-sovereignty': 1 }],
    ['ru', 'Россия и Китай выступают против расширения НАТО.', { 'RU nato-expansion': -1, 'CN nato-expansion': -1 }],
  ]);
});

describe('an act reported in a clause of time has its own subject', () => {
  check([
    ['es', 'La advertencia llega el día en que Japón anunció nuevas sanciones contra Rusia.', { 'JP russia-sanctions': 1 }],
    ['es', 'La advertencia llega cuando Japón anunció nuevas sanciones contra Rusia.', { 'JP russia-sanctions': 1 }],
    ['de', 'Die Warnung kam, nachdem Japan neue Sanktionen gegen Russland angekündigt hatte.', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('a word or two after a speaker named at the end still name the speaker', () => {
  check([
    [
      'de',
      '„Das Vereinigte Königreich unterstützt nachdrücklich die Anträge Finnlands und Schwedens auf Mitgliedschaft in der Nato“, erklärte Truss dazu.',
      { 'GB nato-expansion': 1 },
    ],
    ['en', '"We will never recognise the annexation of Crimea," said Blinken today.', { 'US ukraine-sovereignty': 1 }],
  ]);
});

describe('“the two countries” are countries, not the alliance or the bloc named last', () => {
  check([
    ['fr', 'Le secrétaire général de l’Otan a tenu une réunion prévue à Bruxelles.\n\nLes deux pays nordiques ont demandé ensemble à adhérer à l’Otan.', {}],
    ['en', 'Finland and Sweden met in Helsinki. The two countries applied to join NATO on Wednesday.', { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
  ]);
});

describe('a list is “A, B and C”: a comma after its “and” ends it', () => {
  check([
    ['tr', 'Almanya ve Fransa, Rusya’ya yeni yaptırımlar uygulayacaklarını açıkladı.', { 'DE russia-sanctions': 1, 'FR russia-sanctions': 1 }],
    ['tr', 'ABD ve AB, Rusya’ya ilave yaptırımlar uygulayacak.', { 'US russia-sanctions': 1, 'EU russia-sanctions': 1 }],
    [
      'en',
      'Belarus, Syria and North Korea voted against the resolution condemning the annexation.',
      {
        'BY ukraine-sovereignty': -1,
        'SY ukraine-sovereignty': -1,
        'KP ukraine-sovereignty': -1,
      },
    ],
  ]);
});

describe('Chinese: adopting a package of sanctions or a law imposes it', () => {
  check([
    ['zh', '欧盟通过了对俄罗斯的第十轮制裁方案。', { 'EU russia-sanctions': 1 }],
    ['zh', '俄罗斯通过了吞并乌克兰四个地区的法律。', { 'RU ukraine-sovereignty': -1 }],
  ]);
});

describe('Arabic: the names in the gap of a verb-first phrase are its subject', () => {
  check([
    ['ar', 'دافع الاتحاد الأوروبي والصين بقوة عن اتفاقية باريس حول المناخ.', { 'EU climate-action': 1, 'CN climate-action': 1 }],
    ['ar', 'دافعت فرنسا وألمانيا عن اتفاقية باريس.', { 'FR climate-action': 1, 'DE climate-action': 1 }],
  ]);
});

describe('Chinese: a verb says what it demands of the object after it, where no particle puts one first', () => {
  check([
    ['zh', '大会表决了一项决议，决议谴责俄罗斯的侵略，要求俄方立即从乌克兰撤军。白俄罗斯投了反对票。', { 'BY ukraine-sovereignty': -1 }],
    [
      'zh',
      '法国起草的决议草案批评俄罗斯的侵略，要求俄军撤出乌克兰。草案获得多数赞成，俄罗斯投反对票。',
      { 'FR ukraine-sovereignty': 1, 'RU ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('Russian and Ukrainian: a clause that opens with the topic names its subject after the verb, in the subject’s case', () => {
  check([
    ['ru', 'Резолюцию о территориальной целостности Украины поддержали Канада и Франция.', { 'CA ukraine-sovereignty': 1, 'FR ukraine-sovereignty': 1 }],
    ['ru', 'Вступление Финляндии в НАТО ратифицировал парламент Венгрии.', { 'HU nato-expansion': 1 }],
    ['uk', 'Вступ Фінляндії до НАТО ратифікував парламент Угорщини.', { 'HU nato-expansion': 1 }],
    ['uk', 'Резолюцію про територіальну цілісність України підтримали Канада та Франція.', { 'CA ukraine-sovereignty': 1, 'FR ukraine-sovereignty': 1 }],
    [
      'ru',
      'Генассамблея ООН приняла резолюцию, осуждающую аннексию Крыма. За документ проголосовали Франция и Германия.',
      { 'FR ukraine-sovereignty': 1, 'DE ukraine-sovereignty': 1 },
    ],
    [
      'uk',
      'Генасамблея ООН ухвалила резолюцію, що засуджує анексію Криму. Проти документа проголосували Білорусь і Сирія.',
      { 'BY ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1 },
    ],
    // An object in its own case after the verb stays an object.
    ['ru', 'Резолюцию о территориальной целостности Украины раскритиковали в Москве, обвинив Канаду в давлении.', {}],
  ]);
});

describe('a vote reported right after one that took the topic up goes on with it, past a phrase of the vote', () => {
  const both = { 'BY ukraine-sovereignty': -1, 'SY ukraine-sovereignty': -1, 'CN ukraine-sovereignty': 0, 'IN ukraine-sovereignty': 0 };
  check([
    [
      'en',
      'The General Assembly adopted a resolution condemning the annexation of Crimea.\n\nBelarus and Syria voted against the text. Another 58 countries abstained from the vote, including China and India.',
      both,
    ],
    [
      'ru',
      'Генассамблея ООН приняла резолюцию, осуждающую аннексию Крыма.\n\nПротив документа проголосовали Белоруссия и Сирия. Еще 58 стран воздержались при голосовании, в том числе Китай и Индия.',
      both,
    ],
    [
      'de',
      'Die UN-Vollversammlung verabschiedete eine Resolution, die die Annexion der Krim verurteilt.\n\nBelarus und Syrien stimmten gegen den Text. Weitere 58 Staaten enthielten sich bei der Abstimmung, darunter China und Indien.',
      both,
    ],
  ]);
});

describe('a relative clause on the topic’s noun: its subject did to it what the verb says', () => {
  check([
    ['en', 'The sanctions that the EU imposed on Russia have hit its oil exports.', { 'EU russia-sanctions': 1 }],
    ['en', 'Hungary criticised the sanctions that the European Union imposed on Russia.', { 'EU russia-sanctions': 1, 'HU russia-sanctions': -1 }],
    ['fr', 'Les sanctions que l’Union européenne a imposées à la Russie comprennent le gel des avoirs.', { 'EU russia-sanctions': 1 }],
    ['es', 'Las sanciones que la Unión Europea impuso a Rusia afectan a sus exportaciones.', { 'EU russia-sanctions': 1 }],
    ['ar', 'أثرت العقوبات التي فرضتها الولايات المتحدة على روسيا على صادرات النفط.', { 'US russia-sanctions': 1 }],
    ['ar', 'دخلت العقوبات التي أقرها الاتحاد الأوروبي ضد روسيا حيز التنفيذ.', { 'EU russia-sanctions': 1 }],
    // A subject relative with a name after its verb names the object: Russia holds nothing here.
    ['en', 'Brazil voted for the resolution that deplores Russia’s aggression against Ukraine.', { 'BR ukraine-sovereignty': 1 }],
  ]);
});

describe('Arabic: not supporting “the independence”, said of Taiwan, is the formula that takes no side', () => {
  check([['ar', 'سئل بايدن عن استقلال تايوان، فقال: «نحن لا ندعم الاستقلال».', { 'US taiwan-independence': 0 }]]);
});

describe('a name of the topic that its formula is said of holds nothing: “Taiwan is part of China”', () => {
  check([
    ['zh', '中方表示，任何人都改变不了臺灣是中國一部分的事實，國際社會堅持一個中國原則。', { 'CN taiwan-independence': -1 }],
    ['fr', 'Selon Pékin, il n’y a qu’une seule Chine et Taïwan fait partie de la Chine.', { 'CN taiwan-independence': -1 }],
    ['ru', 'Китай считает, что существует только один Китай и Тайвань принадлежит одному Китаю.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('German: a phrase of time, place or manner may open the clause, and the subject follows the verb', () => {
  check([
    ['de', 'Am Montag verhängte die EU neue Sanktionen gegen Russland.', { 'EU russia-sanctions': 1 }],
    ['de', 'Trotz der Zusage drohte Ministerpräsident Viktor Orban mit einem Veto gegen das Embargo für russisches Öl.', { 'HU russia-sanctions': -1 }],
    ['de', 'In Brüssel begrüßte die Bundesregierung den Beschluss über neue Sanktionen gegen Russland.', { 'DE russia-sanctions': 1 }],
    // A pronoun subject leaves the name after it an object.
    ['de', 'Am Montag kritisierte er Russland wegen der Annexion der Krim.', {}],
  ]);
});

describe('German: an agent before an attributive participle is that participle’s, not the clause’s', () => {
  check([
    ['de', 'Die Türkei hat die Mitgliedschaft Finnlands in dem von den USA geführten Bündnis ratifiziert.', { 'TR nato-expansion': 1 }],
    [
      'de',
      'Orban drohte mit einem Veto gegen das von der EU-Kommission vorgeschlagene Embargo für russisches Öl.',
      { 'HU russia-sanctions': -1, 'EU russia-sanctions': 1 },
    ],
    ['de', 'Ungarn kritisierte die von Brüssel verhängten Sanktionen gegen Russland.', { 'HU russia-sanctions': -1, 'EU russia-sanctions': 1 }],
  ]);
});

describe('in an article that names the topic, its head noun alone names it again: “the sanctions”, “the accession”', () => {
  check([
    [
      'en',
      'The EU imposed new sanctions on Russia in March.\n\nHungary said it would veto any further sanctions.',
      { 'EU russia-sanctions': 1, 'HU russia-sanctions': -1 },
    ],
    [
      'ru',
      'Евросоюз ввел новые санкции против России.\n\nВенгрия пригрозила заблокировать дальнейшие санкции.',
      { 'EU russia-sanctions': 1, 'HU russia-sanctions': -1 },
    ],
    ['en', 'Finland applied to join NATO in May.\n\nTurkey said it would not block the accession.', { 'FI nato-expansion': 1, 'TR nato-expansion': 1 }],
    [
      'de',
      'Finnland hat den Beitritt zur NATO beantragt.\n\nUngarn will die Mitgliedschaft nicht blockieren.',
      { 'FI nato-expansion': 1, 'HU nato-expansion': 1 },
    ],
    // Only there: sanctions on another country are no topic of their own.
    ['en', 'Iran faces new sanctions, Washington said.', {}],
  ]);
});

describe('German: urging others to hold to a principle holds it', () => {
  check([
    ['de', 'Die chinesische Regierung dränge die deutschen Abgeordneten, sich an den «Ein-China-Grundsatz» zu halten.', { 'CN taiwan-independence': -1 }],
    ['de', 'Peking drängte Berlin, sich an die Ein-China-Politik zu halten.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a group word holds for each of its actors, whichever the sentence named first', () => {
  check([
    [
      'tr',
      "ABD ve Japonya Tokyo'da görüştü. İki ülke, Japonya'daki ABD kuvvetlerinin yapısını güçlendirerek yeni bir karargâh kurma kararı aldı.",
      { 'JP us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
    [
      'tr',
      "Japonya ve ABD Tokyo'da görüştü. İki ülke, Japonya'daki ABD kuvvetlerinin yapısını güçlendirerek yeni bir karargâh kurma kararı aldı.",
      { 'JP us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
  ]);
});

describe('German: a verb and its particle frame the clause, and giving up an objection is for what it objected to', () => {
  check([
    ['de', 'Ungarn gibt seinen Widerstand gegen den Beitritt Schwedens zur Nato auf.', { 'HU nato-expansion': 1 }],
    ['de', 'Die Regierung in Budapest hob am Montag die Blockade der neuen Sanktionen gegen Russland auf.', { 'HU russia-sanctions': 1 }],
    ['de', 'Ungarn hob die Sanktionen gegen Russland nach langen Verhandlungen in Brüssel auf.', { 'HU russia-sanctions': -1 }],
    ['de', 'Die Slowakei lehnt jede Blockade der neuen Sanktionen gegen Russland ab.', { 'SK russia-sanctions': 1 }],
    ['de', 'Ungarn lehnt weitere Sanktionen gegen Russland in der jetzigen Form entschieden ab.', { 'HU russia-sanctions': -1 }],
  ]);
});

describe('a vote tally with its lists in brackets: each side takes the resolution’s orientation', () => {
  const sovereignty = (against: string[], abstained: string[]) =>
    Object.fromEntries([...against.map((c) => [`${c} ukraine-sovereignty`, -1]), ...abstained.map((c) => [`${c} ukraine-sovereignty`, 0])]);
  check([
    [
      'en',
      'The resolution condemning the annexation was adopted with 143 in favour, 5 against (Russia, Belarus, Syria, North Korea and Nicaragua) and 35 abstentions (China, India and South Africa).',
      sovereignty(['RU', 'BY', 'SY', 'KP', 'NI'], ['CN', 'IN', 'ZA']),
    ],
    [
      'es',
      'La Asamblea General aprobó la resolución que condena la anexión rusa con 143 votos a favor, 5 votos en contra (Rusia, Bielorrusia, Corea del Norte, Nicaragua y Siria) y 35 abstenciones (China, India y Sudáfrica, entre otros).',
      sovereignty(['RU', 'BY', 'KP', 'NI', 'SY'], ['CN', 'IN', 'ZA']),
    ],
    [
      'fr',
      "L'Assemblée générale a adopté la résolution qui condamne l'annexion par 143 voix pour, contre cinq (Russie, Bélarus, Syrie, Corée du Nord et Nicaragua) et 35 abstentions (Chine, Inde).",
      sovereignty(['RU', 'BY', 'SY', 'KP', 'NI'], ['CN', 'IN']),
    ],
    [
      'de',
      'Die Resolution, die die Annexion verurteilt, wurde mit 143 Stimmen angenommen, bei fünf Gegenstimmen (Russland, Belarus, Syrien, Nordkorea und Nicaragua) und 35 Enthaltungen (China, Indien).',
      sovereignty(['RU', 'BY', 'SY', 'KP', 'NI'], ['CN', 'IN']),
    ],
    [
      'uk',
      "Резолюцію, що засуджує анексію, підтримали 143 країни, проти проголосували п'ять (Росія, Білорусь, Сирія, КНДР і Нікарагуа), утрималися 35 (Китай, Індія).",
      sovereignty(['RU', 'BY', 'SY', 'KP', 'NI'], ['CN', 'IN']),
    ],
    [
      'ar',
      'واعتمدت الجمعية العامة القرار الذي يدين الضم بأغلبية 143 صوتا مقابل 5 أصوات ضده (روسيا وبيلاروس وسوريا وكوريا الشمالية ونيكاراغوا) وامتناع 35 دولة عن التصويت.',
      sovereignty(['RU', 'BY', 'SY', 'KP', 'NI'], []),
    ],
    // A bracket after any other stance holds an aside, not a list of who took it.
    ['en', 'The European Union condemned the annexation (Russia, Belarus and Syria were not consulted).', { 'EU ukraine-sovereignty': 1 }],
  ]);
});

describe('"there is no alternative to" the topic supports it, in every language', () => {
  check([
    ['en', 'UN Secretary-General Antonio Guterres said there was no alternative to the Paris Agreement.', { 'UN climate-action': 1 }],
    ['ru', 'Генсек ООН Антониу Гутерреш заявил, что у Парижского соглашения по климату нет альтернативы.', { 'UN climate-action': 1 }],
    ['uk', 'Генсек ООН заявив, що Паризькій угоді немає альтернативи.', { 'UN climate-action': 1 }],
    ['de', 'Bundeskanzler Scholz sagte, zum Pariser Klimaabkommen gebe es keine Alternative.', { 'DE climate-action': 1 }],
    ['fr', "Emmanuel Macron a affirmé qu'il n'y avait pas d'alternative à l'accord de Paris.", { 'FR climate-action': 1 }],
    ['es', 'Pedro Sánchez afirmó que no hay alternativa al Acuerdo de París.', { 'ES climate-action': 1 }],
    ['tr', "Dışişleri Bakanı Çavuşoğlu, Paris İklim Anlaşması'nın alternatifi yok dedi.", { 'TR climate-action': 1 }],
    ['zh', '外交部发言人表示，《巴黎协定》没有替代方案。', { 'CN climate-action': 1 }],
    // No alternative to something else says nothing of the topic.
    ['en', 'The Kremlin said there was no alternative to talks and rejected NATO expansion.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('reaching the peak of emissions is climate action', () => {
  check([
    ['fr', "Pékin s'engage à atteindre son pic d'émissions avant 2030 et la neutralité carbone avant 2060.", { 'CN climate-action': 1 }],
    ['de', 'China will den Höhepunkt seiner Emissionen vor 2030 erreichen.', { 'CN climate-action': 1 }],
    ['ru', 'Китай обязался пройти пик выбросов до 2030 года.', { 'CN climate-action': 1 }],
    ['uk', 'Китай пообіцяв пройти пік викидів до 2030 року.', { 'CN climate-action': 1 }],
    ['es', 'China se comprometió a alcanzar el pico de emisiones antes de 2030.', { 'CN climate-action': 1 }],
  ]);
});

describe('recognising Taiwan as an inalienable part of the PRC is against its independence', () => {
  check([
    ['ru', 'В Пекине высоко оценили позицию Москвы о признании Тайваня неотъемлемой частью КНР.', { 'CN taiwan-independence': -1 }],
    ['uk', "У Пекіні високо оцінили позицію Москви щодо визнання Тайваню невід'ємною частиною КНР.", { 'CN taiwan-independence': -1 }],
  ]);
});

describe('Chinese: imposing sanctions with 实施 or 施加', () => {
  check([
    ['zh', '乌克兰正准备对俄罗斯官员实施制裁。', { 'UA russia-sanctions': 1 }],
    ['zh', '美国对俄施加制裁后，印度表示将继续购买俄罗斯石油。', { 'US russia-sanctions': 1 }],
  ]);
});

describe('French capitals written without their accent name the same country', () => {
  check([
    ['fr', "L'Erythrée a voté contre la résolution qui condamne l'annexion.", { 'ER ukraine-sovereignty': -1 }],
    ['fr', "L'Ethiopie a condamné l'annexion de la Crimée.", { 'ET ukraine-sovereignty': 1 }],
  ]);
});

describe('Spanish: Mali written without its accent is Mali; "irán" in lower case is the verb, not Iran', () => {
  check([
    [
      'es',
      'Mali y Argelia se abstuvieron en la votación sobre la integridad territorial de Ucrania.',
      { 'ML ukraine-sovereignty': 0, 'DZ ukraine-sovereignty': 0 },
    ],
    ['es', 'Los cancilleres irán a Nueva York para votar la resolución que condena la anexión de Crimea.', {}],
  ]);
});

describe('Ukrainian: the Russian Federation written in lower case ("рф") is Russia', () => {
  check([
    [
      'uk',
      'Генасамблея ООН ухвалила резолюцію на підтримку територіальної цілісності України. Проти проголосували, зокрема, рф, Угорщина та Ізраїль.',
      { 'RU ukraine-sovereignty': -1, 'HU ukraine-sovereignty': -1, 'IL ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('Turkish: a bare name right before the noun it qualifies opens a compound and holds nothing', () => {
  check([
    ['tr', 'Ankara, dört Ukrayna bölgesinin ilhakını reddetti.', { 'TR ukraine-sovereignty': 1 }],
    ['tr', 'Dışişleri Bakanlığı, Ukrayna topraklarının ilhakını tanımadığını açıkladı.', { 'TR ukraine-sovereignty': 1 }],
    // An object in the accusative after the subject is no compound: "Türkiye anlaşmayı imzaladı".
    ['tr', "Türkiye anlaşmayı imzaladı ve İsveç'in NATO üyeliğini onayladı.", { 'TR nato-expansion': 1 }],
  ]);
});

describe('Arabic: lifting an objection or a veto is support, the subject between verb and object', () => {
  check([
    ['ar', 'رفعت تركيا اعتراضها على انضمام السويد إلى الناتو.', { 'TR nato-expansion': 1 }],
    ['ar', 'المجر ترفع اعتراضها على انضمام السويد إلى الناتو', { 'HU nato-expansion': 1 }],
    ['ar', 'رفعت المجر الفيتو على انضمام السويد إلى الناتو.', { 'HU nato-expansion': 1 }],
  ]);
});

describe("a document said only to be about the topic's contrary points no way: backing it takes no side", () => {
  check([
    ['en', 'Moldova supported the UN resolution on the annexation of Crimea.', {}],
    ['fr', "La Moldavie a soutenu la résolution de l'ONU sur l'annexion de la Crimée.", {}],
    ['es', 'Moldavia apoyó la resolución de la ONU sobre la anexión de Crimea.', {}],
    ['ru', 'Молдавия поддержала резолюцию ООН по аннексии Крыма.', {}],
    ['uk', 'Молдова проголосувала за резолюцію щодо анексії Криму.', {}],
    ['ar', 'أيدت مولدوفا قرار الأمم المتحدة بشأن ضم شبه جزيرة القرم.', {}],
    // Named for the proposition, or described, the document says which way it goes.
    ['en', 'Moldova voted for the resolution on the territorial integrity of Ukraine.', { 'MD ukraine-sovereignty': 1 }],
    ['en', 'Moldova voted for the resolution condemning the annexation of Crimea.', { 'MD ukraine-sovereignty': 1 }],
  ]);
});

describe('a document titled against something stands against it', () => {
  check([
    ['en', 'Moldova supported the resolution against the annexation of Crimea.', { 'MD ukraine-sovereignty': 1 }],
    ['fr', "La Moldavie a soutenu la résolution contre l'annexion de la Crimée.", { 'MD ukraine-sovereignty': 1 }],
    ['es', 'Moldavia apoyó la resolución contra la anexión de Crimea.', { 'MD ukraine-sovereignty': 1 }],
    ['en', 'Russia backed a declaration against NATO expansion.', { 'RU nato-expansion': -1 }],
  ]);
});

describe("a person named after an object's preposition, past their title, is part of that object", () => {
  check([
    [
      'en',
      "Japan's cabinet agreed to freeze the assets of 398 Russian individuals, including two daughters of Russian President Vladimir Putin, as part of its new sanctions.",
      { 'JP russia-sanctions': 1 },
    ],
    // An agent's preposition names a holder: "welcomed by Ukrainian President Volodymyr Zelensky".
    ['en', 'The new sanctions against Russia were welcomed by Ukrainian President Volodymyr Zelensky.', { 'UA russia-sanctions': 1 }],
  ]);
});

describe('Japanese: going ahead with an act (踏み切る) is doing it; the economy and finance ministers are the press’s own', () => {
  check([
    ['ja', 'ロシアはウクライナ東部4州の併合に踏み切った。', { 'RU ukraine-sovereignty': -1 }],
    ['ja', '日本政府は対ロシア制裁に踏み切った。', { 'JP russia-sanctions': 1 }],
    ['ja', '経済産業相は、WTO改革が首脳宣言に盛り込まれたことは意義があると述べた。', { 'JP wto-reform': 1 }],
    ['ja', 'ロシアの経済産業相は、WTO改革に反対すると述べた。', { 'RU wto-reform': -1 }],
  ]);
});

describe('Chinese: opposing an act whose object is marked before its verb ("反对对俄实施制裁") opposes the act', () => {
  check([
    ['zh', '中方反对对俄实施制裁。', { 'CN russia-sanctions': -1 }],
    ['zh', '中方一贯反对对俄罗斯实施单边制裁。', { 'CN russia-sanctions': -1 }],
    ['zh', '美国宣布对俄实施新一轮制裁。', { 'US russia-sanctions': 1 }],
  ]);
});

describe("an adjective right before the topic's noun qualifies it and holds nothing", () => {
  check([
    ['de', 'Die Generalversammlung verurteilt russische Annexionen in der Ukraine.', {}],
    ['en', 'The assembly condemned Russian annexations in Ukraine.', {}],
    ['en', 'Russian officials condemned the sanctions.', { 'RU russia-sanctions': -1 }],
  ]);
});

describe('Arabic: dropping an opposition (تخلت عن معارضتها) is support', () => {
  check([['ar', 'وتخلت سلوفاكيا عن معارضتها للعقوبات الجديدة على روسيا.', { 'SK russia-sanctions': 1 }]]);
});

describe('German: the oil price cap as one compound word is the sanctions topic', () => {
  check([['de', 'Kiew kritisierte den Ölpreisdeckel als viel zu hoch.', { 'UA russia-sanctions': 1 }]]);
});

describe('"does not support Taiwan independence" takes no side, also as "does not back" and the French infinitive', () => {
  check([
    ['en', 'Washington does not back Taiwan independence.', { 'US taiwan-independence': 0 }],
    ['fr', "Washington a réaffirmé ne pas soutenir l'indépendance de Taïwan.", { 'US taiwan-independence': 0 }],
    // Elsewhere, not backing is opposing.
    ['en', 'Washington does not back the sanctions on Russia.', { 'US russia-sanctions': -1 }],
  ]);
});

describe('Japanese: a sentence that opens with a document as its subject is not the last speaker’s', () => {
  check([
    ['ja', 'インドは国連総会の決議案の採決で棄権した。決議案はロシアによる併合を非難する内容だった。', {}],
    ['ja', '岸田首相は記者会見を開いた。ロシアによる併合を強く非難した。', { 'JP ukraine-sovereignty': 1 }],
  ]);
});

describe('the US military presence in a host country is the US role in Asia, and expanding it is support', () => {
  check([
    ['en', 'Washington plans to expand its military presence in the Philippines.', { 'US us-role-asia-pacific': 1 }],
    ['en', 'Tokyo agreed to step up the US troop presence on Okinawa.', { 'JP us-role-asia-pacific': 1 }],
    ['de', 'Washington will seine Militärpräsenz auf den Philippinen verstärken.', { 'US us-role-asia-pacific': 1 }],
    ['fr', 'Washington veut renforcer sa présence militaire aux Philippines.', { 'US us-role-asia-pacific': 1 }],
    ['es', 'Pekín criticó la presencia militar estadounidense en Filipinas.', { 'CN us-role-asia-pacific': -1 }],
    ['ru', 'Москва осудила военное присутствие США на Филиппинах.', { 'RU us-role-asia-pacific': -1 }],
    ['uk', 'Китай засудив військову присутність США на Філіппінах.', { 'CN us-role-asia-pacific': -1 }],
    ['ar', 'تعزز واشنطن وجودها العسكري في الفلبين.', { 'US us-role-asia-pacific': 1 }],
    ['ja', '米国はフィリピンでの軍事的プレゼンスを拡大する方針だ。', { 'US us-role-asia-pacific': 1 }],
    ['zh', '美国计划增加在菲律宾的驻军。', { 'US us-role-asia-pacific': 1 }],
    ['zh', '中国反对美国在菲律宾的军事存在。', { 'CN us-role-asia-pacific': -1 }],
    // Expanding the alliance itself is still the alliance's topic.
    ['en', 'Ankara said it would back efforts to expand NATO.', { 'TR nato-expansion': 1 }],
  ]);
});

describe('the second of two joined objects is still the object of the verb before both', () => {
  check([
    ['zh', '中方反对单边制裁或以制裁相威胁。', { 'CN russia-sanctions': -1 }],
    ['zh', '中方一贯反对动辄使用单边制裁或者以制裁相威胁。', { 'CN russia-sanctions': -1 }],
  ]);
});

describe("the holder's own verb in its clause states its stance, it does not describe the topic for a later clause", () => {
  check([
    [
      'en',
      'Finland and Sweden applied to join NATO last year.\n\nTurkey initially objected to the accession of both nations, but has since focused most of its resistance on Sweden.',
      { 'TR nato-expansion': -1, 'FI nato-expansion': 1, 'SE nato-expansion': 1 },
    ],
    // A document's description in another clause still orients the holder's verb.
    ['en', 'Hungary supported the resolution, which condemns the annexation of Crimea.', { 'HU ukraine-sovereignty': 1 }],
  ]);
});

describe('a document referred back to points the way its description says, not the verb that adopted it', () => {
  check([
    [
      'de',
      'Die Generalversammlung hat eine Resolution zur Verurteilung der Annexion der Krim verabschiedet. Russland stimmte dagegen.',
      { 'RU ukraine-sovereignty': -1 },
    ],
  ]);
});

describe("the agent of a topic's noun after its complement holds no stance of the sentence's verb", () => {
  check([
    ['en', 'The General Assembly adopted a resolution condemning the annexation of parts of Ukraine by Russia.', {}],
    ['de', 'Die Generalversammlung hat eine Resolution zur Verurteilung der Annexionen von Teilen der Ukraine durch Russland verabschiedet.', {}],
    // The agent of the passive verb still holds it.
    ['en', 'The annexation of Crimea was condemned by Germany.', { 'DE ukraine-sovereignty': 1 }],
  ]);
});

describe('the owner of a stance noun holds it, though a preposition governs the owner and another verb is the clause’s', () => {
  check([
    ['en', 'The deal went ahead despite China’s objections to NATO expansion.', { 'CN nato-expansion': -1 }],
    ['en', 'Despite the opposition of China to NATO expansion, the deal was signed.', { 'CN nato-expansion': -1 }],
    ['en', 'The deal went ahead despite objections from China to NATO expansion.', { 'CN nato-expansion': -1 }],
    ['fr', "Malgré l'opposition de la Chine à l'élargissement de l'Otan, l'accord a été signé.", { 'CN nato-expansion': -1 }],
    ['de', 'Trotz des Widerstands Chinas gegen die Nato-Erweiterung wurde das Abkommen unterzeichnet.', { 'CN nato-expansion': -1 }],
    ['de', 'Trotz des Widerstands von China gegen die Nato-Erweiterung wurde das Abkommen unterzeichnet.', { 'CN nato-expansion': -1 }],
    ['es', 'El acuerdo se firmó a pesar de las fuertes objeciones de China a la expansión de la OTAN.', { 'CN nato-expansion': -1 }],
    // The verb that takes the owned noun is its subject's: rejecting the criticism supports what was criticised.
    ['en', "Australia rejected Beijing's criticism of the AUKUS pact.", { 'AU aukus': 1, 'CN aukus': -1 }],
    // A joining noun names the act, not its owner's stance; an adjective owns nothing.
    ['en', 'The accession of North Macedonia to NATO was approved by the Senate.', {}],
    ['fr', 'Le président français a qualifié le retrait américain de l’accord de Paris d’erreur grave.', { 'FR climate-action': 1 }],
  ]);
});

describe('whom a demand is made of holds nothing, and a demand’s participle opens its content', () => {
  check([
    ['de', 'Moskau fordert von der Nato einen Verzicht auf die Osterweiterung.', { 'RU nato-expansion': -1 }],
    ['de', 'Der Kreml verlangt von der Nato Garantien, dass sich das Bündnis nicht weiter nach Osten ausdehnt.', { 'RU nato-expansion': -1 }],
    ['fr', "La résolution exigeant que Moscou retire ses forces d'Ukraine a été adoptée par 141 voix.", {}],
    ['es', 'La resolución, exigiendo que Moscú retire sus tropas de Ucrania, fue aprobada por 141 votos.', {}],
  ]);
});

describe('a joint statement on AUKUS is support by each of those who issue it, named together before a topical act', () => {
  check([
    ['en', 'Australia, Britain and the United States issued a joint statement on AUKUS.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    [
      'de',
      'Die Verteidigungsminister der USA, Großbritanniens und Australiens veröffentlichten eine gemeinsame Erklärung zu Aukus.',
      { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 },
    ],
    ['es', 'Estados Unidos, el Reino Unido y Australia emitieron una declaración conjunta sobre AUKUS.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    ['ru', 'США, Великобритания и Австралия выступили с совместным заявлением по AUKUS.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    ['tr', 'ABD, İngiltere ve Avustralya AUKUS hakkında ortak açıklama yaptı.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    ['ar', 'الولايات المتحدة وبريطانيا وأستراليا أصدرت بيانا مشتركا بشأن أوكوس.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    // A statement on something else is no AUKUS stance.
    ['en', 'Japan and the Philippines issued a joint statement on maritime security.', {}],
  ]);
});

describe('Turkish: a legislature named in the locative before a passive verb passed it; looking warmly on a membership is support', () => {
  check([
    ['tr', "İsveç'in NATO üyeliği TBMM Genel Kurulu'nda kabul edildi.", { 'TR nato-expansion': 1 }],
    ['tr', "Finlandiya'nın NATO protokolü TBMM'de onaylandı.", { 'TR nato-expansion': 1 }],
    // A city where something was decided is no agent.
    ['tr', "Ankara'da yapılan toplantıda NATO üyeliği onaylandı.", {}],
    ['tr', 'Türkiye, iki ülkenin NATO üyeliğine sıcak bakmıyor.', { 'TR nato-expansion': -1 }],
    ['tr', "Macaristan, İsveç'in NATO üyeliğine sıcak bakıyor.", { 'HU nato-expansion': 1 }],
  ]);
});

describe('sanctions aimed at someone else than the topic names are not the topic', () => {
  check([
    ['uk', 'МЗС України висловило протест проти розширення Росією санкційного списку проти українських громадян.', {}],
    ['en', 'Moscow imposed sanctions against Ukrainian lawmakers, and Kyiv condemned the move.', {}],
    // A target the topic names, first or after another, keeps it.
    ['en', 'The EU imposed sanctions against Belarus and Russia.', { 'EU russia-sanctions': 1 }],
    ['uk', 'Україна вітає нові санкції США проти Росії.', { 'UA russia-sanctions': 1 }],
  ]);
});

describe('Arabic: a relative clause whose verb carries the pronoun as its object has its own subject after it; sanctions called failed or illegitimate are opposed', () => {
  check([
    ['ar', 'أدانت وزارة الخارجية السورية العقوبات التي فرضتها الولايات المتحدة على روسيا.', { 'SY russia-sanctions': -1, 'US russia-sanctions': 1 }],
    ['ar', 'رحبت كييف بالعقوبات التي فرضها الاتحاد الأوروبي على روسيا.', { 'UA russia-sanctions': 1, 'EU russia-sanctions': 1 }],
    // The relative pronoun that is the verb's subject keeps the verb away from the names after it.
    ['ar', 'انتقدت موسكو القرار الذي يطالب روسيا بسحب قواتها من أوكرانيا.', { 'RU ukraine-sovereignty': -1 }],
    ['ar', 'أكد السفير الروسي أن العقوبات الغربية ضد روسيا فشلت.', { 'RU russia-sanctions': -1 }],
    ['ar', 'اعتبر لافروف أن العقوبات ضد روسيا غير شرعية.', { 'RU russia-sanctions': -1 }],
  ]);
});

describe('saying a region is part of Ukraine, or that the votes held there are void, is support for its sovereignty', () => {
  check([
    ['fr', "Ces régions, comme la Crimée, font partie intégrante de l'Ukraine, a rappelé le ministère français.", { 'FR ukraine-sovereignty': 1 }],
    ['fr', 'Le ministère français a qualifié les référendums dans le Donbass de consultations « nulles et non avenues ».', { 'FR ukraine-sovereignty': 1 }],
    ['en', 'Berlin said Crimea is part of Ukraine.', { 'DE ukraine-sovereignty': 1 }],
    ['en', 'Moscow claims the regions are no longer part of Ukraine.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Die Krim ist und bleibt Teil der Ukraine, sagte Baerbock.', { 'DE ukraine-sovereignty': 1 }],
    ['ru', 'Киев заявил, что Крым является неотъемлемой частью Украины.', { 'UA ukraine-sovereignty': 1 }],
    ['uk', "Зеленський наголосив, що Крим є невід'ємною частиною України.", { 'UA ukraine-sovereignty': 1 }],
    ['tr', "Dışişleri Bakanlığı, Kırım'ın Ukrayna'nın ayrılmaz bir parçası olduğunu vurguladı.", { 'TR ukraine-sovereignty': 1 }],
  ]);
});

describe('Spanish: economic reprisals against Russia are the sanctions topic', () => {
  check([
    ['es', 'López Obrador descartó la toma de represalias económicas en contra de Rusia.', { 'MX russia-sanctions': -1 }],
    ['es', 'Polonia pidió represalias económicas más duras contra Moscú.', { 'PL russia-sanctions': 1 }],
  ]);
});

describe('asking another not to block a thing is full support, not the half of a negated objection', () => {
  const cases: Array<[string, string, Record<string, number>]> = [
    ['en', "Zelensky urged Hungary not to block Ukraine's invitation to NATO.", { 'UA nato-expansion': 1 }],
    ['uk', 'Зеленський попросив Угорщину не блокувати запрошення України до НАТО.', { 'UA nato-expansion': 1 }],
    ['ru', 'Зеленский попросил Венгрию не блокировать вступление Украины в НАТО.', { 'UA nato-expansion': 1 }],
    // A negated objection of one's own leans at half.
    ['en', "Hungary did not block Sweden's NATO accession.", { 'HU nato-expansion': 0.5 }],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, async () => {
      expect(await scoredRecords(lang, text)).toEqual(expected);
    });
  }
});

describe('Russian and Ukrainian: joining said of Ukraine is joining an alliance, said of a region annexation; a verbal noun before a warning is its subject', () => {
  check([
    [
      'uk',
      'Будапешт переконаний, що приєднання Києва до Північноатлантичного альянсу рівнозначне початку третьої світової війни.',
      { 'HU nato-expansion': -1 },
    ],
    ['ru', 'В Будапеште считают, что присоединение Киева к НАТО приведет к третьей мировой войне.', { 'HU nato-expansion': -1 }],
    ['uk', 'Росія виступає проти приєднання України до НАТО.', { 'RU nato-expansion': -1 }],
    ['uk', 'Київ засудив приєднання Донецької області до Росії.', { 'UA ukraine-sovereignty': 1 }],
    ['ru', 'Киев осудил присоединение Донецка и Луганска.', { 'UA ukraine-sovereignty': 1 }],
  ]);
});

describe('Russian and Ukrainian: a clause that opens "against the topic" and then its verb names its subjects after the verb', () => {
  check([
    ['ru', 'Против членства Украины в НАТО выступают Венгрия и Словакия.', { 'HU nato-expansion': -1, 'SK nato-expansion': -1 }],
    ['uk', 'Проти вступу України до НАТО виступає Угорщина.', { 'HU nato-expansion': -1 }],
    ['ru', 'Венгрия выступает против членства Украины в НАТО.', { 'HU nato-expansion': -1 }],
  ]);
});

describe('Japanese: a cabinet approving (了解) sanctions imposes them', () => {
  check([
    ['ja', '政府は閣議で、ロシアに対する追加の制裁措置を了解した。', { 'JP russia-sanctions': 1 }],
    ['ja', '日本政府はロシアへの追加制裁を閣議決定した。', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('Chinese: a judgement through a light verb on what 对 marks is said of the act that object names', () => {
  check([
    ['zh', '美国对俄罗斯吞并克里米亚表示谴责。', { 'US ukraine-sovereignty': 1 }],
    ['zh', '美国对俄罗斯吞并克里米亚深表遗憾。', { 'US ukraine-sovereignty': 1 }],
    ['zh', '美国对俄罗斯吞并克里米亚表示失望。', { 'US ukraine-sovereignty': 1 }],
    ['zh', '克里米亚举行所谓公投，联合国秘书长对此深表失望。', { 'UN ukraine-sovereignty': 1 }],
    // 对 inside 反对 marks nothing.
    ['zh', '国台办表示，我们坚持“九二共识”，坚决反对任何形式的“台独”分裂图谋和行径。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('who acts at the same time as the holder shares the act', () => {
  check([
    [
      'en',
      'Finland submitted its application for membership in NATO simultaneously with neighbouring Sweden.',
      { 'FI nato-expansion': 1, 'SE nato-expansion': 1 },
    ],
    ['de', 'Finnland hatte zeitgleich mit Schweden die Aufnahme in die Nato beantragt.', { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
    ['fr', "La Finlande a demandé à rejoindre l'Otan conjointement avec la Suède.", { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
    ['ru', 'Финляндия подала заявку на вступление в НАТО одновременно со Швецией.', { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
    ['uk', 'Фінляндія подала заявку на вступ до НАТО одночасно зі Швецією.', { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
  ]);
});

describe('Turkish: having no plans to impose sanctions, and not being part of them, oppose them', () => {
  check([
    ['tr', "Kalın, Türkiye'nin Rusya'ya yaptırım uygulama planlarının bulunmadığını belirtti.", { 'TR russia-sanctions': -1 }],
    ['tr', "Türkiye, Rusya'ya yönelik yaptırımların parçası olmayacağını açıkladı.", { 'TR russia-sanctions': -1 }],
    ['tr', "Japonya, Rusya'ya yönelik yaptırımların parçası olacağını açıkladı.", { 'JP russia-sanctions': 1 }],
  ]);
});

describe('Turkish: a third world war warned of, with its article, opposes what would lead to it', () => {
  check([
    [
      'tr',
      `Macaristan Dışişleri Bakanı, Ukrayna'nın NATO'ya katılmasının "üçüncü bir dünya savaşına yol açabileceğini" öne sürdü.`,
      { 'HU nato-expansion': -1 },
    ],
  ]);
});

describe('a document adopted by a count of votes "including" some: those listed voted for it', () => {
  const earlier = 'The Assembly adopted a text that condemns the annexation of four Ukrainian regions.';
  check([
    ['en', `${earlier} It was adopted by 143 votes, including Chile and Mexico.`, { 'CL ukraine-sovereignty': 1, 'MX ukraine-sovereignty': 1 }],
    ['en', 'A text that welcomes the annexation of Ukrainian regions was backed by 6 countries, including Syria.', { 'SY ukraine-sovereignty': -1 }],
    ['fr', "Le texte qui condamne l'annexion de régions ukrainiennes a été approuvé par 141 voix, dont celle du Chili.", { 'CL ukraine-sovereignty': 1 }],
    [
      'es',
      'La Asamblea aprobó un texto que condena la anexión de regiones ucranianas. Fue aprobado por 143 votos, entre ellos el de Chile.',
      { 'CL ukraine-sovereignty': 1 },
    ],
    [
      'de',
      'Der Text gegen die Annexion ukrainischer Gebiete wurde mit 143 Stimmen angenommen, darunter Chile und Mexiko.',
      { 'CL ukraine-sovereignty': 1, 'MX ukraine-sovereignty': 1 },
    ],
    [
      'ru',
      'Ассамблея поддержала текст, осуждающий аннексию украинских областей. Он был принят 143 голосами, в том числе Чили.',
      { 'CL ukraine-sovereignty': 1 },
    ],
    ['uk', 'Текст, що засуджує анексію українських областей, ухвалений 143 голосами, зокрема Чилі.', { 'CL ukraine-sovereignty': 1 }],
  ]);
});

describe('who put forward a document an earlier sentence described holds what it says', () => {
  check([
    ['en', 'The parliament passed a bill that would tighten the sanctions against Russia. The bill was introduced by Estonia.', { 'EE russia-sanctions': 1 }],
    ['fr', "L'Assemblée a adopté un texte qui salue l'annexion. Le texte avait été présenté par la Syrie.", { 'SY ukraine-sovereignty': -1 }],
  ]);
});

describe('Arabic: putting forward a candidacy for membership of the alliance is applying to join it; the scene before it holds nothing', () => {
  check([
    ['ar', 'قدمت النرويج ترشيحها لعضوية حلف شمال الأطلسي.', { 'NO nato-expansion': 1 }],
    ['ar', 'وقدمت النرويج، بعد الغزو الروسي لجورجيا، ترشيحها لعضوية حلف شمال الأطلسي.', { 'NO nato-expansion': 1 }],
  ]);
});

describe('Japanese: "no intention" (考えはない) after a verb negates it; taking a region back is support for sovereignty', () => {
  check([
    ['ja', 'イタリアの首相は、ロシアへの制裁を解除する考えはないと述べた。', { 'IT russia-sanctions': 1 }],
    ['ja', 'ウクライナの外相は、南部の領土を必ず取り戻すと述べた。', { 'UA ukraine-sovereignty': 1 }],
    ['ja', 'ロシアは、ウクライナがクリミアを取り戻すことはないと主張した。', { 'RU ukraine-sovereignty': -1 }],
  ]);
});

describe('joint military exercises with the United States are its security role in Asia', () => {
  check([
    ['en', 'Pyongyang denounced the joint drills of Tokyo and Washington.', { 'KP us-role-asia-pacific': -1 }],
    ['fr', 'Pékin a dénoncé les exercices militaires conjoints de Manille et de Washington.', { 'CN us-role-asia-pacific': -1 }],
    ['de', 'Peking kritisierte die gemeinsamen Manöver Japans und der USA.', { 'CN us-role-asia-pacific': -1 }],
    ['es', 'Pekín criticó las maniobras conjuntas de Filipinas y Estados Unidos.', { 'CN us-role-asia-pacific': -1 }],
    ['ar', 'نددت الصين بالمناورات المشتركة بين الولايات المتحدة والفلبين.', { 'CN us-role-asia-pacific': -1 }],
    ['zh', '中方谴责美日联合军演。', { 'CN us-role-asia-pacific': -1 }],
    ['ja', '中国は日米共同訓練を批判した。', { 'CN us-role-asia-pacific': -1 }],
    ['ru', 'Пекин осудил совместные учения США и Японии.', { 'CN us-role-asia-pacific': -1 }],
    ['uk', 'Пекін засудив спільні навчання США та Японії.', { 'CN us-role-asia-pacific': -1 }],
  ]);
});

describe('Russian and Ukrainian: saying something does not strengthen security opposes it', () => {
  check([
    ['ru', 'В МИД России заявили, что расширение НАТО не способствует укреплению стабильности.', { 'RU nato-expansion': -1 }],
    ['uk', 'У МЗС Росії заявили, що розширення НАТО не сприяє зміцненню стабільності.', { 'RU nato-expansion': -1 }],
  ]);
});

describe("a topic's own phrase inside a longer one that needs the topic named elsewhere still names it", () => {
  check([['ru', 'Сеул поддерживает наращивание военного присутствия США в регионе.', { 'KR us-role-asia-pacific': 1 }]]);
});

describe('returning to the Paris Agreement is joining it again, the subject between the verb and its object', () => {
  check([
    ['es', 'Canadá regresó formalmente al Acuerdo de París.', { 'CA climate-action': 1 }],
    ['fr', "Le Canada est revenu dans l'accord de Paris.", { 'CA climate-action': 1 }],
    ['ar', 'عادت كندا رسميا إلى اتفاق باريس للمناخ.', { 'CA climate-action': 1 }],
    ['ar', 'عاد الرئيس الكندي إلى أوتاوا بعد قمة المناخ.', {}],
    ['ja', 'カナダはパリ協定に復帰した。', { 'CA climate-action': 1 }],
  ]);
});

describe('a commitment to the one-China policy takes no side; demanded of another, it opposes independence', () => {
  check([
    ['en', 'Canberra reaffirmed its commitment to the one-China policy.', { 'AU taiwan-independence': 0 }],
    ['de', 'Australien bekräftigte sein Bekenntnis zur Ein-China-Politik.', { 'AU taiwan-independence': 0 }],
    ['en', 'Beijing urged Canberra to abide by its one-China policy.', { 'CN taiwan-independence': -1 }],
    ['de', 'Peking forderte Australien auf, an seiner Ein-China-Politik festzuhalten.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('Turkish: a name before "yönelik" and the measure after it is the target; access to bases granted to US troops is their role', () => {
  check([
    ['tr', 'Slovakya, Rus nükleer sektörüne yönelik yaptırımlara karşı çıktı.', { 'SK russia-sanctions': -1 }],
    ['tr', "Slovakya, Rusya'ya yönelik yaptırımları destekledi.", { 'SK russia-sanctions': 1 }],
    ['tr', 'Japonya, ABD askerlerine iki yeni üsse erişim izni verdi.', { 'JP us-role-asia-pacific': 1 }],
  ]);
});

describe('Arabic: an adjective after its noun names the holder before a topic noun; recalling an ambassador in protest; signing an agreement with the subject after the verb', () => {
  check([
    ['ar', 'رحبت الحكومة الإيطالية بانضمام السويد إلى حلف شمال الأطلسي.', { 'IT nato-expansion': 1 }],
    ['ar', 'نددت الهند بالغزو الروسي لأوكرانيا.', { 'IN ukraine-sovereignty': 1 }],
    ['ar', 'استدعت فرنسا سفيرها لدى أستراليا احتجاجا على صفقة الغواصات.', { 'FR aukus': -1 }],
    [
      'ar',
      'وقعت اليابان والولايات المتحدة اتفاقا يمنح القوات الأمريكية حق الوصول إلى قواعد جديدة.',
      { 'JP us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
    ['ar', 'جددت كندا التزامها بسياسة الصين الواحدة.', { 'CA taiwan-independence': 0 }],
  ]);
});

describe('Chinese: a negation before an object that 对 puts first negates the act after it; US forces using bases is their role', () => {
  check([
    ['zh', '巴西表示不会对俄罗斯实施制裁。', { 'BR russia-sanctions': -1 }],
    ['zh', '巴西表示将对俄罗斯实施制裁。', { 'BR russia-sanctions': 1 }],
    ['zh', '日本同意美军使用两个新的军事基地。', { 'JP us-role-asia-pacific': 1 }],
  ]);
});

describe('a stab in the back is blame', () => {
  check([
    ['ru', 'Франция назвала соглашение AUKUS ударом в спину.', { 'FR aukus': -1 }],
    ['uk', 'Франція назвала угоду AUKUS ударом у спину.', { 'FR aukus': -1 }],
    ['de', 'Frankreich nannte den Aukus-Pakt einen Dolchstoß.', { 'FR aukus': -1 }],
    ['fr', "Paris a qualifié l'alliance Aukus de « coup dans le dos ».", { 'FR aukus': -1 }],
    ['ar', 'وصفت فرنسا اتفاق أوكوس بأنه طعنة في الظهر.', { 'FR aukus': -1 }],
    ['zh', '法国称美英澳三边安全伙伴关系是背后捅刀。', { 'FR aukus': -1 }],
    ['ja', 'フランスはAUKUSを「裏切り」だと批判した。', { 'FR aukus': -1 }],
  ]);
});

describe('an end to what the topic opposes, and emissions brought to their peak, are climate action', () => {
  check([
    ['en', 'Colombia called for an end to deforestation in the Amazon by 2030.', { 'CO climate-action': 1 }],
    ['en', 'India pledged to peak emissions before 2040.', { 'IN climate-action': 1 }],
    ['uk', 'Індія пообіцяла пройти пік викидів до 2040 року.', { 'IN climate-action': 1 }],
  ]);
});

describe('an adjective that qualifies goods, money or people names no holder; one that qualifies an office does', () => {
  check([
    ['de', 'Die Kommission hält an ihrem Ziel fest, russische Gasimporte schrittweise zu beenden.', {}],
    ['en', 'The EU agreed to phase out Russian oil imports as part of the sanctions.', { 'EU russia-sanctions': 1 }],
    ['ru', 'Минфин США ввел санкции против индийских и китайских нефтеперерабатывающих компаний, поддерживающих Россию.', {}],
    ['ar', 'وأيدت سلوفاكيا، التي تعتمد على إمدادات الطاقة الروسية، الحزمة الجديدة من العقوبات على روسيا.', { 'SK russia-sanctions': 1 }],
    ['fr', 'Le gouvernement belge a salué les sanctions contre la Russie.', { 'BE russia-sanctions': 1 }],
    ['de', 'Der ungarische Außenminister lehnte die Sanktionen gegen Russland ab.', { 'HU russia-sanctions': -1 }],
  ]);
});

describe('in the view of a holder, a measure found wanting is a stance, with no stance verb', () => {
  check([
    ['de', 'Nach Ansicht Warschaus sind die bisherigen Sanktionen gegen Russland unzureichend.', { 'PL russia-sanctions': 1 }],
    ['de', 'Aus Sicht Litauens sind die Sanktionen gegen Russland unzureichend.', { 'LT russia-sanctions': 1 }],
  ]);
});

describe('what an act of dropping chose instead ("in favour of") is what it supports', () => {
  check([
    ['en', 'Canberra scrapped a diesel submarine contract in favour of the AUKUS pact.', { 'AU aukus': 1 }],
    ['fr', "L'Australie a rompu son contrat de sous-marins au profit du pacte Aukus.", { 'AU aukus': 1 }],
    ['es', 'Australia rompió el contrato de submarinos con Francia en favor del pacto AUKUS.', { 'AU aukus': 1 }],
    ['en', 'Australia scrapped the AUKUS pact.', { 'AU aukus': -1 }],
  ]);
});

describe('the one a topic angered, named right after the verb, holds a stance against it', () => {
  check([
    ['en', 'The AUKUS pact angered Malaysia.', { 'MY aukus': -1 }],
    ['en', 'The AUKUS pact drew the ire of Indonesia.', { 'ID aukus': -1 }],
    ['fr', "Le pacte Aukus a provoqué la colère de l'Indonésie.", { 'ID aukus': -1 }],
    ['es', 'El pacto AUKUS provocó el enfado de Malasia.', { 'MY aukus': -1 }],
    ['de', 'Der Aukus-Pakt verärgerte Malaysia.', { 'MY aukus': -1 }],
    ['ru', 'Соглашение AUKUS вызвало недовольство Малайзии.', { 'MY aukus': -1 }],
    ['uk', 'Угода AUKUS викликала невдоволення Малайзії.', { 'MY aukus': -1 }],
  ]);
});

describe('Turkish verbs narrow their last vowel before "-yor"', () => {
  check([
    ['tr', "Macaristan, Finlandiya'nın NATO'ya katılımını engelliyor.", { 'HU nato-expansion': -1 }],
    ['tr', 'İran Dışişleri Bakanlığı, AUKUS anlaşmasını kınıyor.', { 'IR aukus': -1 }],
    ['tr', "Yunanistan, İsveç'in NATO üyeliğini destekliyor.", { 'GR nato-expansion': 1 }],
  ]);
});

describe('Turkish measures brought in with "getirmek"', () => {
  check([
    ['tr', 'Kanada Hükümeti, Rus bankalarına yeni yaptırımlar getirdi.', { 'CA russia-sanctions': 1 }],
    ['tr', "Norveç, Rusya'dan gelen mallara ambargo getirdi.", { 'NO russia-sanctions': 1 }],
  ]);
});

describe('the genitive subject of a Turkish verb made a noun holds that act alone', () => {
  check([
    [
      'tr',
      "Stoltenberg, Hırvatistan'ın Finlandiya'nın NATO üyeliğini onaylamasını memnuniyetle karşıladı.",
      { 'NATO nato-expansion': 1, 'HR nato-expansion': 1 },
    ],
    ['tr', "İran, Kanada'nın Rusya'ya yaptırım uygulamasını eleştirdi.", { 'IR russia-sanctions': -1, 'CA russia-sanctions': 1 }],
    // The second genitive only owns the noun after it.
    ['tr', "Çin, Polonya'nın Ukrayna'nın toprak bütünlüğünü desteklemesini eleştirdi.", { 'CN ukraine-sovereignty': -1, 'PL ukraine-sovereignty': 1 }],
    // Asked of it, not done: the genitive holds nothing.
    ['tr', "Almanya, Macaristan'ın İsveç'in NATO üyeliğini onaylamasını istedi.", { 'DE nato-expansion': 1 }],
    // The one who judges another's act holds only the judgement.
    [
      'tr',
      "Yunanistan, Rusya'nın Zaporijya ve Herson'daki işgal yönetimlerini tanıma kararını kabul edilemez bulduğunu açıkladı.",
      { 'GR ukraine-sovereignty': 1, 'RU ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('a verb of one polarity with its subject between it and a topic phrase of that polarity is one predicate', () => {
  check([
    ['ar', 'رفضت إيران العقوبات الأحادية المفروضة على روسيا.', { 'IR russia-sanctions': -1 }],
    ['ar', 'تعارض فنزويلا العقوبات الأحادية على روسيا.', { 'VE russia-sanctions': -1 }],
  ]);
});

describe('Arabic: the gap of a verb-first phrase may open with a title before the name', () => {
  check([
    ['ar', 'وقع الرئيس السويدي على قانون انضمام بلاده إلى حلف شمال الأطلسي.', { 'SE nato-expansion': 1 }],
    ['ar', 'دافع وزير الخارجية البولندي بقوة عن العقوبات على روسيا.', { 'PL russia-sanctions': 1 }],
  ]);
});

describe('a list a word like "including" opens past the topic phrase of a verb is in its object', () => {
  check([
    ['uk', 'Індія закликала поважати територіальну цілісність усіх держав, зокрема України.', { 'IN ukraine-sovereignty': 1 }],
    ['zh', '印度尼西亚尊重各国主权和领土完整，包括乌克兰。', { 'ID ukraine-sovereignty': 1 }],
    // After a vote, the list names voters.
    [
      'en',
      'The resolution condemning the annexation was adopted by 143 votes, including Chile and Peru.',
      { 'CL ukraine-sovereignty': 1, 'PE ukraine-sovereignty': 1 },
    ],
  ]);
});

describe('taking part in the sanctions, or not, is a stance on them', () => {
  check([
    ['en', 'Mexico is not taking part in the sanctions against Russia.', { 'MX russia-sanctions': -1 }],
    ['en', 'Norway is taking part in the sanctions against Russia.', { 'NO russia-sanctions': 1 }],
    ['en', 'Argentina is not joining the sanctions against Russia.', { 'AR russia-sanctions': -1 }],
    ['de', 'Serbien beteiligt sich nicht an den Sanktionen gegen Russland.', { 'RS russia-sanctions': -1 }],
    ['es', 'Argentina no participa en las sanciones contra Rusia.', { 'AR russia-sanctions': -1 }],
    ['fr', "L'Argentine ne participe pas aux sanctions contre la Russie.", { 'AR russia-sanctions': -1 }],
    // Taking part in talks about them is no stance on them.
    ['en', 'Serbia took part in talks on the sanctions against Russia.', {}],
    // A formula after "is" stays one.
    ['en', 'Taiwan is part of China, Beijing said.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a return to the Paris Agreement, as a noun or a verb, supports climate action', () => {
  check([
    ['es', 'Canadá anunció su regreso al Acuerdo de París.', { 'CA climate-action': 1 }],
    ['fr', "Ottawa a annoncé son retour à l'accord de Paris.", { 'CA climate-action': 1 }],
    ['ru', 'Бразилия официально вернулась в Парижское соглашение.', { 'BR climate-action': 1 }],
    ['uk', 'Канада оголосила про повернення до Паризької угоди.', { 'CA climate-action': 1 }],
    ['en', 'Canberra welcomed the return of Brazil to the Paris Agreement.', { 'AU climate-action': 1 }],
    ['de', 'Brasilien kündigte seine Rückkehr zum Pariser Klimaabkommen an.', { 'BR climate-action': 1 }],
  ]);
});

describe('a clause before the topic noun, its subject first, says what that subject did (Turkish, Chinese, Japanese)', () => {
  check([
    ['tr', "İran, Kanada'nın Rusya'ya uyguladığı yaptırımlara karşı çıktı.", { 'IR russia-sanctions': -1, 'CA russia-sanctions': 1 }],
    ['tr', "Norveç'in Rusya'ya uyguladığı yaptırımlar genişletildi.", { 'NO russia-sanctions': 1 }],
    ['zh', '伊朗坚决反对加拿大对俄罗斯实施的单边制裁。', { 'IR russia-sanctions': -1, 'CA russia-sanctions': 1 }],
    ['zh', '挪威对俄罗斯实施的制裁措施将延长六个月。', { 'NO russia-sanctions': 1 }],
    ['ja', 'イランはカナダがロシアに科した制裁に反対した。', { 'IR russia-sanctions': -1, 'CA russia-sanctions': 1 }],
    // A claim about another is the speaker's alone.
    ['ja', '中国は、米国が台湾独立を支持したと非難した。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('a measure the holder considers wanting, or a mistake, is a stance on it', () => {
  check([
    ['en', 'Lithuania considers the sanctions against Russia insufficient.', { 'LT russia-sanctions': 1 }],
    ['de', 'Litauen hält die Sanktionen gegen Russland für unzureichend.', { 'LT russia-sanctions': 1 }],
    ['de', 'Serbien hält die Sanktionen gegen Russland für einen Fehler.', { 'RS russia-sanctions': -1 }],
  ]);
});

describe('Spanish: "ninguna" between a verb of imposing and a singular "sanción" keeps the act, negated', () => {
  check([
    ['es', 'Bolivia no aplicará ninguna sanción económica contra Rusia.', { 'BO russia-sanctions': -1 }],
    ['es', 'Perú aplicará la sanción acordada contra Rusia.', { 'PE russia-sanctions': 1 }],
  ]);
});

describe('sanctions said to be not enough are wanted stronger', () => {
  check([
    ['en', 'Warsaw said the sanctions against Russia were not enough.', { 'PL russia-sanctions': 1 }],
    ['fr', 'Varsovie estime que les sanctions contre la Russie ne sont pas suffisantes.', { 'PL russia-sanctions': 1 }],
    ['de', 'Warschau erklärte, die Sanktionen gegen Russland reichten nicht aus.', { 'PL russia-sanctions': 1 }],
    ['es', 'Varsovia dijo que las sanciones contra Rusia no bastan.', { 'PL russia-sanctions': 1 }],
  ]);
});

describe('being forced to respond to an act is a warning against it', () => {
  check([
    ['en', "Minsk said Lithuania's accession to NATO would force it to respond.", { 'BY nato-expansion': -1 }],
    ['en', "Belarus said it would be forced to respond to Sweden's accession to NATO.", { 'BY nato-expansion': -1 }],
    ['de', 'Minsk erklärte, der NATO-Beitritt Schwedens werde Belarus zu einer Reaktion zwingen.', { 'BY nato-expansion': -1 }],
    ['uk', 'Білорусь буде змушена відповісти на вступ Швеції до НАТО.', { 'BY nato-expansion': -1 }],
  ]);
});

describe('a warning of where a topic act leads, later in its clause, is what the holder says of it', () => {
  check([
    ['en', 'Bratislava said Ukraine joining NATO could lead to a third world war.', { 'SK nato-expansion': -1 }],
    ['en', 'Minsk said Lithuania joining NATO would provoke a response.', { 'BY nato-expansion': -1 }],
    // A good outcome is no warning.
    ['en', 'Norway said Finland joining NATO would strengthen security in the north.', { 'NO nato-expansion': 1 }],
  ]);
});

describe('a treaty against the spread of fossil fuels supports climate action', () => {
  check([
    ['en', 'Vanuatu renewed its call for a fossil fuel non-proliferation treaty.', { 'VU climate-action': 1 }],
    ['es', 'Chile respalda un pacto de no proliferación de combustibles fósiles.', { 'CL climate-action': 1 }],
    ['fr', 'Le Vanuatu plaide pour un traité de non-prolifération des combustibles fossiles.', { 'VU climate-action': 1 }],
    ['de', 'Vanuatu wirbt für einen Vertrag zur Nichtverbreitung fossiler Brennstoffe.', { 'VU climate-action': 1 }],
  ]);
});

describe('English: access to bases granted to US forces is their role in the region', () => {
  check([
    ['en', 'Palau granted the United States access to two more military bases.', { 'PW us-role-asia-pacific': 1 }],
    ['en', 'Manila granted US troops access to four more bases.', { 'PH us-role-asia-pacific': 1 }],
  ]);
});

describe('a scene closed by its background word is no one’s act, and what follows it is', () => {
  check([
    // Japanese "を巡り" ("over"): the topic named there is the setting of the sanctions.
    ['ja', '政府は、ロシアのウクライナ侵攻を巡り、追加制裁を決定した。', { 'JP russia-sanctions': 1 }],
    ['ja', 'ロシアは、フィンランドのNATO加盟をめぐって、対抗措置をとると警告した。', { 'RU nato-expansion': -1 }],
    // Chinese "以…为由" ("on the grounds of"): the names inside hold nothing.
    ['zh', '日本以俄罗斯入侵乌克兰为由宣布对俄罗斯实施新一轮制裁。', { 'JP russia-sanctions': 1 }],
    // Chinese "…后" closes the scene; the act after it is the subject's own.
    ['zh', '芬兰在俄罗斯入侵乌克兰后申请加入北约。', { 'FI nato-expansion': 1 }],
    // A name with a verb of its own before "后" did what it says.
    ['zh', '日本宣布对俄罗斯实施制裁后，俄罗斯表示强烈反对。', { 'JP russia-sanctions': 1, 'RU russia-sanctions': -1 }],
    // "随后" ("then") ends in "后" without closing a scene.
    ['zh', '俄罗斯随后表示坚决反对北约东扩。', { 'RU nato-expansion': -1 }],
  ]);
});

describe('announcing or deciding new sanctions imposes them', () => {
  check([
    ['zh', '新西兰政府宣布新的对俄制裁。', { 'NZ russia-sanctions': 1 }],
    ['zh', '欧盟出台新一轮对俄制裁。', { 'EU russia-sanctions': 1 }],
    ['fr', 'La Norvège a décidé de nouvelles sanctions contre la Russie.', { 'NO russia-sanctions': 1 }],
  ]);
});

describe('there must be no such thing: a negated modal of being opposes', () => {
  check([
    // French brackets the modal with "ne … pas": one negation, not two.
    ['fr', "Moscou a affirmé qu'il ne doit pas y avoir de nouvel élargissement de l'OTAN.", { 'RU nato-expansion': -1 }],
    ['fr', "Pour Minsk, il ne doit plus y avoir d'élargissement de l'OTAN.", { 'BY nato-expansion': -1 }],
    // Russian and Ukrainian put the topic first: "… быть не должно".
    ['ru', 'Москва заявила, что дальнейшего расширения НАТО быть не должно.', { 'RU nato-expansion': -1 }],
    ['uk', 'Мінськ заявив, що подальшого розширення НАТО бути не повинно.', { 'BY nato-expansion': -1 }],
  ]);
});

describe('founding, launching or unveiling a pact supports it', () => {
  check([
    ['en', 'Canada, Japan and New Zealand announced the creation of AUKUS.', { 'CA aukus': 1, 'JP aukus': 1, 'NZ aukus': 1 }],
    ['en', 'The three governments unveiled AUKUS on Wednesday, Britain said.', { 'GB aukus': 1 }],
    ['es', 'Canadá y Japón lanzaron el pacto AUKUS.', { 'CA aukus': 1, 'JP aukus': 1 }],
    ['de', 'Kanada und Japan haben den Aukus-Pakt ins Leben gerufen.', { 'CA aukus': 1, 'JP aukus': 1 }],
    ['fr', 'Le Canada et le Japon ont lancé jeudi le pacte Aukus.', { 'CA aukus': 1, 'JP aukus': 1 }],
    ['fr', "Le Canada et le Japon ont annoncé la naissance d'Aukus.", { 'CA aukus': 1, 'JP aukus': 1 }],
    ['ja', 'カナダと日本はAUKUSの創設を発表した。', { 'CA aukus': 1, 'JP aukus': 1 }],
    ['zh', '加拿大和日本宣布建立AUKUS三边安全伙伴关系。', { 'CA aukus': 1, 'JP aukus': 1 }],
    // After a quote, "a lancé" says who spoke: it launches nothing.
    ['fr', "« C'est inacceptable », a lancé le ministre canadien à propos du pacte Aukus.", { 'CA aukus': -1 }],
  ]);
});

describe('Arabic and Turkish: a Cold War mentality and an arms race are blame', () => {
  check([
    ['ar', 'وقال المتحدث باسم الخارجية الإيرانية إن اتفاق أوكوس ينبع من عقلية الحرب الباردة.', { 'IR aukus': -1 }],
    ['ar', 'وقالت كوريا الشمالية إن أوكوس سيشعل سباق التسلح في المنطقة.', { 'KP aukus': -1 }],
    ['tr', "İran Dışişleri Bakanlığı Sözcüsü, AUKUS'un Soğuk Savaş zihniyetinin bir ürünü olduğunu söyledi.", { 'IR aukus': -1 }],
    ['tr', "Kuzey Kore, AUKUS'un bölgede silahlanma yarışını körükleyeceğini açıkladı.", { 'KP aukus': -1 }],
  ]);
});

describe('Arabic: an official spokeswoman speaks for her ministry; launching an alliance supports it', () => {
  check([
    ['ar', 'قالت المتحدثة الرسمية باسم وزارة الخارجية الإيرانية إن بلادها قلقة ومعارضة بشدة لتوسيع تحالف "أوكوس".', { 'IR aukus': -1 }],
    ['ar', 'وكانت أوتاوا وطوكيو وكانبيرا قد أطلقت تحالفها المعروف باسم أوكوس.', { 'CA aukus': 1, 'JP aukus': 1, 'AU aukus': 1 }],
    // A launch of missiles is no one's stance.
    ['ar', 'أطلقت كوريا الشمالية صواريخ باليستية بعد توقيع اتفاق أوكوس.', {}],
  ]);
});

describe('Russian and Ukrainian: creating an alliance supports it', () => {
  check([
    ['ru', 'Канада, Япония и Новая Зеландия создали альянс AUKUS.', { 'CA aukus': 1, 'JP aukus': 1, 'NZ aukus': 1 }],
    ['uk', 'Канада та Японія створили альянс AUKUS.', { 'CA aukus': 1, 'JP aukus': 1 }],
  ]);
});

describe('knocking on NATO’s door is applying to join', () => {
  check([
    ['en', 'Moldova and Georgia knocked on NATO’s door after the war began.', { 'MD nato-expansion': 1, 'GE nato-expansion': 1 }],
    ['fr', "La Moldavie a frappé à la porte de l'OTAN.", { 'MD nato-expansion': 1 }],
    ['de', 'Moldau klopfte an die Tür der Nato.', { 'MD nato-expansion': 1 }],
    ['es', 'Moldavia llamó a la puerta de la OTAN.', { 'MD nato-expansion': 1 }],
    ['ru', 'Молдавия постучалась в двери НАТО.', { 'MD nato-expansion': 1 }],
    ['uk', 'Молдова постукала в двері НАТО.', { 'MD nato-expansion': 1 }],
    ['tr', "Moldova, NATO'nun kapısını çaldı.", { 'MD nato-expansion': 1 }],
    ['ar', 'طرقت مولدوفا باب الناتو.', { 'MD nato-expansion': 1 }],
    ['ja', 'モルドバはNATOの門をたたいた。', { 'MD nato-expansion': 1 }],
    ['zh', '摩尔多瓦敲响北约大门。', { 'MD nato-expansion': 1 }],
  ]);
});

describe('Turkish: a participle clause before a titled name or "only" describes it; a bare space parts a subject from a case-marked object', () => {
  check([
    ['tr', "Moldova'nın NATO üyeliğine yeşil ışık yakan Cumhurbaşkanı Erdoğan, protokolü meclise gönderdi.", { 'TR nato-expansion': 1 }],
    [
      'tr',
      "Müttefikler arasında Moldova'nın NATO üyeliğini onaylamayan sadece Türkiye ve Macaristan kaldı.",
      { 'TR nato-expansion': -1, 'HU nato-expansion': -1 },
    ],
    ['tr', "Moldova NATO'ya katılmak için başvurdu.", { 'MD nato-expansion': 1 }],
    ['tr', "Moldova ve Gürcistan NATO'ya katılmak için başvurdu.", { 'MD nato-expansion': 1, 'GE nato-expansion': 1 }],
  ]);
});

describe('a verb of support beside another topic does not back what this topic names only as condemned', () => {
  check([
    [
      'es',
      'El ministro noruego defendió que lo importante no es seguir adoptando sanciones contra Rusia por la invasión de Ucrania, sino aplicar las ya acordadas.',
      { 'NO russia-sanctions': 1 },
    ],
    // Its object is the invasion: that is backed.
    ['en', "Belarus backed Russia's invasion of Ukraine.", { 'BY ukraine-sovereignty': -1 }],
  ]);
});

describe('a title with its country after "of" heads the name, and a title before a comma and a person’s name is theirs', () => {
  check([
    ['en', 'The foreign ministers of Norway and Iceland approved new sanctions against Russia.', { 'NO russia-sanctions': 1, 'IS russia-sanctions': 1 }],
    ['fr', "Les ministres des Affaires étrangères de l'UE ont approuvé de nouvelles sanctions contre la Russie.", { 'EU russia-sanctions': 1 }],
    ['es', 'El ministro de Exteriores de Noruega aprobó nuevas sanciones contra Rusia.', { 'NO russia-sanctions': 1 }],
    ['es', 'Los ministros de Asuntos Exteriores de la UE incluyeron en su lista negra a diez oligarcas rusos.', { 'EU russia-sanctions': 1 }],
    // After a quote, the speaker’s title may come first, then a comma and the name.
    [
      'es',
      '“Hemos aprobado un nuevo paquete de sanciones contra Rusia”, declaró el ministro de Asuntos Exteriores, José Manuel Albares.',
      { 'ES russia-sanctions': 1 },
    ],
    ['en', '"We have approved a new package of sanctions against Russia," said the foreign minister, José Manuel Albares.', { 'ES russia-sanctions': 1 }],
    // That title refers to the person named after it, not to the last minister named before.
    [
      'es',
      'Los ministros sancionaron a Rusia y a su ministro de Asuntos Exteriores, Serguei Lavrov. “Hemos aprobado un nuevo paquete de sanciones”, declaró el ministro de Asuntos Exteriores, José Manuel Albares.',
      { 'ES russia-sanctions': 1 },
    ],
  ]);
});

describe('where objects come before their verb, a verb with no topic phrase before it is said of something else', () => {
  check([
    // Giving up neutrality is not opposing the membership decided next.
    [
      'tr',
      "Norveç ve Danimarka, uzun süredir izledikleri tarafsızlık politikasından vazgeçerek NATO'ya katılma kararı aldı.",
      { 'NO nato-expansion': 1, 'DK nato-expansion': 1 },
    ],
    ['tr', "Gürcistan, Rusya'yı eleştirerek NATO'ya üyelik başvurusunda bulundu.", { 'GE nato-expansion': 1 }],
    ['ja', 'ノルウェーは中立政策を放棄し、NATOへの加盟を決定した。', { 'NO nato-expansion': 1 }],
    // A verb with the topic phrase before it keeps its own object.
    ['tr', "Macaristan, İsveç'in NATO üyeliğini engelleyerek müzakereleri uzattı.", { 'HU nato-expansion': -1 }],
  ]);
});

describe('a Turkish name before a noun of its own with "-(y)la" qualifies that noun and holds nothing', () => {
  check([
    ['tr', "Rusya'nın Gürcistan saldırısıyla birlikte Norveç NATO'ya katılma kararı aldı.", { 'NO nato-expansion': 1 }],
    ['tr', "Ukrayna işgaliyle birlikte Finlandiya NATO'ya katılma kararı aldı.", { 'FI nato-expansion': 1 }],
  ]);
});

describe('a verb right after a relative pronoun describes the noun before it, not what the holder says', () => {
  check([
    ['ar', 'انتقدت إيران العقوبات التي فرضتها كندا على روسيا.', { 'IR russia-sanctions': -1, 'CA russia-sanctions': 1 }],
    ['ar', 'قال وزير الخارجية الإيراني إن العقوبات التي فرضتها الدول الغربية على روسيا غير قانونية.', { 'IR russia-sanctions': -1 }],
    // Harming and causing a crisis are blame; who imposed the measures is the relative clause's.
    ['ar', 'وأضاف لافروف أن العقوبات الغربية ضد روسيا أضرت باقتصادات الدول التي فرضتها.', { 'RU russia-sanctions': -1 }],
    ['ar', 'قال الرئيس البيلاروسي إن العقوبات المفروضة على روسيا تثير أزمة غذاء في العالم.', { 'BY russia-sanctions': -1 }],
  ]);
});

describe('an Arabic scene "driven by" an event does not make that event the topic of the sentence', () => {
  check([
    ['ar', 'انضمت السويد إلى حلف شمال الأطلسي مدفوعة بالحرب الروسية على أوكرانيا، فيما حذرت موسكو من رد.', { 'SE nato-expansion': 1, 'RU nato-expansion': -1 }],
  ]);
});

describe('"he" after a minister named with his country across "of foreign affairs" is that minister', () => {
  check([
    ['uk', 'Заступник міністра закордонних справ РФ у вівторок прибув до Мінська. Він заявив, що розширення НАТО неприйнятне.', { 'RU nato-expansion': -1 }],
    ['ru', 'Министр иностранных дел РФ во вторник прибыл в Минск. Он заявил, что расширение НАТО неприемлемо.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('a stance noun owned by "our" and what describes it are the speaker’s, not those of an actor named beside it', () => {
  check([
    ['fr', "L'ambassadeur de Russie a été convoqué au ministère pour lui signifier notre condamnation des annexions illégales de territoires ukrainiens.", {}],
    ['en', 'The Russian ambassador was summoned to hear our condemnation of the illegal annexation of Ukrainian territory.', {}],
    ['de', 'Der russische Botschafter wurde einbestellt, um unsere Verurteilung der illegalen Annexion ukrainischer Gebiete zu hören.', {}],
    // A clause word ends what "our" owns: the verb after it is the holder's again.
    ['en', 'Lavrov said Moscow would defend our interests and opposes NATO expansion.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('saying a measure has failed opposes it', () => {
  check([
    ['en', 'Budapest said the sanctions against Russia had failed.', { 'HU russia-sanctions': -1 }],
    ['fr', 'Budapest a estimé que les sanctions contre la Russie avaient échoué.', { 'HU russia-sanctions': -1 }],
    ['es', 'Budapest afirmó que las sanciones contra Rusia han fracasado.', { 'HU russia-sanctions': -1 }],
    ['de', 'Budapest erklärte, die Sanktionen gegen Russland seien gescheitert.', { 'HU russia-sanctions': -1 }],
    ['ja', 'ハンガリー政府は、対ロシア制裁は失敗に終わったと述べた。', { 'HU russia-sanctions': -1 }],
    ['zh', '匈牙利政府表示，对俄制裁已经失败。', { 'HU russia-sanctions': -1 }],
    ['tr', "Macaristan, Rusya'ya yönelik yaptırımların başarısız olduğunu söyledi.", { 'HU russia-sanctions': -1 }],
  ]);
});

describe('demanding the withdrawal of the occupier’s troops, however qualified, supports the sovereignty they occupy', () => {
  check([
    ['fr', 'Kiev exige le retrait total des troupes russes de son territoire.', { 'UA ukraine-sovereignty': 1 }],
    ['fr', "Paris réclame le retrait de toutes les forces russes d'Ukraine.", { 'FR ukraine-sovereignty': 1 }],
    ['es', 'Kiev exige la retirada total de las tropas rusas de su territorio.', { 'UA ukraine-sovereignty': 1 }],
  ]);
});

describe('a Russian participle after a comma describes the noun before the comma, as a relative pronoun does', () => {
  check([
    ['ru', 'Пекин призвал Вашингтон прекратить поддержку сил, выступающих за независимость Тайваня.', { 'CN taiwan-independence': -1 }],
    // Right after the holder, it is the holder's.
    ['ru', 'Россия, выступающая против расширения НАТО, осудила решение Финляндии.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('never giving up occupied land, or retaking it, supports the sovereignty over it', () => {
  check([
    ['en', 'The Ukrainian president said his country will never give up Crimea.', { 'UA ukraine-sovereignty': 1 }],
    ['en', 'Kyiv vowed to retake Crimea.', { 'UA ukraine-sovereignty': 1 }],
    ['fr', "Kiev a affirmé qu'elle ne renoncera jamais à la Crimée.", { 'UA ukraine-sovereignty': 1 }],
    ['es', 'Kiev aseguró que nunca renunciará a Crimea.', { 'UA ukraine-sovereignty': 1 }],
    ['de', 'Kiew bekräftigte, niemals auf die Krim zu verzichten.', { 'UA ukraine-sovereignty': 1 }],
    ['de', 'Kiew will alle besetzten Gebiete zurückerobern.', { 'UA ukraine-sovereignty': 1 }],
    ['ru', 'Киев заявил, что никогда не откажется от Крыма.', { 'UA ukraine-sovereignty': 1 }],
    ['ru', 'Киев намерен вернуть все оккупированные территории.', { 'UA ukraine-sovereignty': 1 }],
    ['uk', 'Київ заявив, що ніколи не відмовиться від Криму.', { 'UA ukraine-sovereignty': 1 }],
    ['zh', '乌克兰表示，永远不会放弃克里米亚。', { 'UA ukraine-sovereignty': 1 }],
    ['ar', 'أكدت كييف أنها لن تتنازل عن أي جزء من أراضيها.', { 'UA ukraine-sovereignty': 1 }],
    ['tr', 'Kiev, Kırım dahil tüm toprakların geri alınacağını söyledi.', { 'UA ukraine-sovereignty': 1 }],
    // Demanding that another give it up opposes.
    ['en', 'Moscow demanded that Kyiv give up the territories.', { 'RU ukraine-sovereignty': -1 }],
  ]);
});

describe('maintaining or keeping sanctions imposes them', () => {
  check([
    ['fr', "L'UE maintiendra ses sanctions contre la Russie.", { 'EU russia-sanctions': 1 }],
    ['es', 'La UE mantendrá las sanciones contra Rusia.', { 'EU russia-sanctions': 1 }],
    ['ru', 'Евросоюз сохранит санкции против России.', { 'EU russia-sanctions': 1 }],
    ['ru', 'Ранее сообщалось, что ЕС продолжит санкции против России ещё на полгода.', { 'EU russia-sanctions': 1 }],
    ['uk', 'Євросоюз збереже санкції проти Росії.', { 'EU russia-sanctions': 1 }],
    ['zh', '欧盟将维持对俄罗斯的制裁。', { 'EU russia-sanctions': 1 }],
    ['tr', "AB, Rusya'ya yönelik yaptırımları sürdürecek.", { 'EU russia-sanctions': 1 }],
    ['ar', 'سيبقي الاتحاد الأوروبي على العقوبات المفروضة على روسيا.', { 'EU russia-sanctions': 1 }],
  ]);
});

describe('"not only … but also" negates nothing and turns nothing: both stand', () => {
  check([
    ['en', 'Russia has not only opposed NATO expansion but also threatened Finland.', { 'RU nato-expansion': -1 }],
    ['fr', "La Russie a non seulement dénoncé l'élargissement de l'Otan, mais aussi menacé la Finlande.", { 'RU nato-expansion': -1 }],
    ['es', 'Rusia no solo rechazó la ampliación de la OTAN, sino que también amenazó a Finlandia.', { 'RU nato-expansion': -1 }],
    ['ru', 'Россия не только выступила против расширения НАТО, но и пригрозила Финляндии.', { 'RU nato-expansion': -1 }],
    ['uk', 'Росія не лише виступила проти розширення НАТО, а й погрожувала Фінляндії.', { 'RU nato-expansion': -1 }],
    // A plain "but" still turns: the stance after it is the one meant.
    ['en', 'Moscow said NATO expansion was no direct threat, but a response would follow.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('German: the verb that ends the clause takes the stance noun before it as its object', () => {
  check([
    ['de', 'Berlin hat eine Lockerung der Sanktionen gegen Russland ausgeschlossen.', { 'DE russia-sanctions': 1 }],
    ['de', 'Berlin hat die Aufhebung der Sanktionen gegen Russland abgelehnt.', { 'DE russia-sanctions': 1 }],
    ['de', 'Ungarn hat die Verlängerung der Sanktionen gegen Russland blockiert.', { 'HU russia-sanctions': -1 }],
    ['de', 'Paris hat die Verlängerung der Sanktionen gegen Russland begrüßt.', { 'FR russia-sanctions': 1 }],
    // A stance noun that opens the clause is its subject: the verb after it says what the holder thinks of it.
    ['de', 'Eine Lockerung der Sanktionen gegen Russland wäre ein Fehler, sagte der Kanzler in Berlin.', { 'DE russia-sanctions': 1 }],
  ]);
});

describe('the subject of "face sanctions" is their target; one who says another must face them wants them', () => {
  check([
    ['en', 'Russia must face new, crippling sanctions.', {}],
    ['de', 'Russland drohen neue Sanktionen wegen des Krieges.', {}],
    ['ru', 'Россия столкнётся с новыми санкциями против России.', {}],
    ['en', 'Poland said Russia must face tougher sanctions.', { 'PL russia-sanctions': 1 }],
    ['zh', '波兰表示，俄罗斯必须面临更严厉的制裁。', { 'PL russia-sanctions': 1 }],
    // One who says another will face them foretells, and holds nothing by that.
    ['en', 'The Kremlin said Russia would face new sanctions calmly.', {}],
    ['en', 'Warsaw backed new sanctions and said Russia will face them.', { 'PL russia-sanctions': 1 }],
  ]);
});

describe('"Such was the view of …" gives the sentence before it its speaker (Russian, Ukrainian)', () => {
  check([
    ['ru', 'Евросоюз должен ввести новые санкции против России. Такое мнение высказал глава МИД Польши.', { 'PL russia-sanctions': 1 }],
    ['uk', 'Євросоюз має запровадити нові санкції проти Росії. Таку думку висловив глава МЗС Польщі.', { 'PL russia-sanctions': 1 }],
  ]);
});

describe('a verb right after another actor’s name is that actor’s act, which the holder at most judges', () => {
  check([
    ['en', 'Moscow said Finland joining NATO was a grave mistake.', { 'RU nato-expansion': -1 }],
    ['en', 'Brussels said Hungary blocked the sanctions against Russia.', {}],
    ['en', 'Germany welcomed Finland joining NATO.', { 'DE nato-expansion': 1 }],
    // A verb of the holder's own before the name takes the act as its object.
    ['en', 'Germany criticised Hungary blocking the sanctions against Russia.', { 'DE russia-sanctions': 1 }],
    // Names joined to the holder's are its own group.
    ['en', 'Finland and Sweden joined NATO.', { 'FI nato-expansion': 1, 'SE nato-expansion': 1 }],
  ]);
});

describe('what a speaker calls another’s act after a form of "to be" is the speaker’s judgement of it', () => {
  check([
    ['zh', '俄罗斯表示，芬兰加入北约是严重错误。', { 'RU nato-expansion': -1 }],
    ['zh', '俄罗斯表示，芬兰加入北约是错误的。', { 'RU nato-expansion': -1 }],
  ]);
});

describe('Chinese: a name in the matter a statement answers ("针对…一事，") is spoken about, not the speaker', () => {
  check([
    ['zh', '针对北约秘书长斯托尔滕贝格批评俄罗斯违背承诺一事，佩斯科夫表示，是北约向俄罗斯边界扩张。', { 'RU nato-expansion': -1 }],
    ['zh', '外交部发言人就日本议员访台答问时表示，中国坚决反对台独。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('the mention or phase-out of fossil fuels names the climate proposition, not its contrary', () => {
  check([
    ['en', 'China and Russia are also opposed to any mention of fossil fuels in the text.', { 'CN climate-action': -1, 'RU climate-action': -1 }],
    ['de', 'Saudi-Arabien lehnt einen Ausstieg aus fossilen Brennstoffen ab.', { 'SA climate-action': -1 }],
    ['en', 'The EU backed a phase-out of fossil fuels.', { 'EU climate-action': 1 }],
  ]);
});

describe('not making a region more stable or safer is blame; calling a step historic is praise', () => {
  check([
    ['en', 'The Kremlin said the expansion of NATO would not make Europe more stable.', { 'RU nato-expansion': -1 }],
    ['ru', 'В Кремле заявили, что расширение НАТО не делает наш континент более стабильным и безопасным.', { 'RU nato-expansion': -1 }],
    ['ru', 'В Кремле заявили, что вступление Финляндии в НАТО не вносит вклад в укрепление стабильности.', { 'RU nato-expansion': -1 }],
    ['es', 'La OTAN calificó de histórico el ingreso de Finlandia.', { 'NATO nato-expansion': 1 }],
    ['ru', 'По словам генсека НАТО, вступление Финляндии в альянс стало исторической вехой.', { 'NATO nato-expansion': 1 }],
  ]);
});

describe('German: refusing, with a comma and an infinitive whose "zu" is written inside it, negates that infinitive', () => {
  check([
    ['de', 'Die Türkei weigert sich, sich den Sanktionen gegen Russland anzuschließen.', { 'TR russia-sanctions': -1 }],
    ['de', 'Die Türkei hat keine Absicht, sich den Sanktionen gegen Russland anzuschließen.', { 'TR russia-sanctions': -1 }],
    ['de', 'Ungarn lehnt es ab, die Sanktionen gegen Russland aufzuheben.', { 'HU russia-sanctions': 1 }],
    ['de', 'Polen forderte, die Sanktionen gegen Russland aufzuheben.', { 'PL russia-sanctions': -1 }],
  ]);
});

describe('breaking with Taipei and recognising Beijing are stances against Taiwan’s independence', () => {
  check([
    ['en', 'Honduras breaks with Taiwan and recognises Beijing', { 'HN taiwan-independence': -1 }],
    ['en', "Nicaragua cut ties with Taipei and recognised the People's Republic of China on Friday.", { 'NI taiwan-independence': -1 }],
    ['fr', 'Le Honduras rompt avec Taïwan et reconnaît Pékin', { 'HN taiwan-independence': -1 }],
    ['es', 'Honduras rompe con Taiwán y reconoce a Pekín', { 'HN taiwan-independence': -1 }],
    ['de', 'Honduras bricht mit Taiwan und erkennt Peking an', { 'HN taiwan-independence': -1 }],
    ['tr', "Honduras Tayvan ile ilişkilerini kesti ve Pekin'i tanıdı", { 'HN taiwan-independence': -1 }],
    ['ar', 'هندوراس تقطع علاقاتها مع تايوان وتعترف ببكين', { 'HN taiwan-independence': -1 }],
    ['ja', 'ホンジュラスが台湾と断交し、中国と国交を樹立した', { 'HN taiwan-independence': -1 }],
    ['zh', '洪都拉斯宣布同台湾断交。', { 'HN taiwan-independence': -1 }],
    // Welcoming the break is opposing independence; condemning it is the other side.
    ['en', 'China welcomed the decision of Honduras to break with Taiwan.', { 'CN taiwan-independence': -1, 'HN taiwan-independence': -1 }],
    // Dropping a line on independence is no break with Taipei.
    ['en', 'The State Department drops a line on Taiwan independence from its website.', {}],
  ]);
});

describe('"Latin America" and "Europe and America" in Chinese name no country', () => {
  check([
    ['zh', '近年来，多个拉美国家同中国建交。', {}],
    ['zh', '欧美国家对俄罗斯实施了多轮制裁。', {}],
    ['zh', '美国对俄罗斯实施了多轮制裁。', { 'US russia-sanctions': 1 }],
  ]);
});

describe('German: a relative clause after the verb that ends the clause describes that verb’s object', () => {
  check([
    ['de', 'Russland hat eine Resolution blockiert, die die Annexion der Krim verurteilte.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Russland hat eine Resolution blockiert, mit der die Annexion der Krim verurteilt werden sollte.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Russland hat ein Veto gegen eine Resolution eingelegt, mit der die Annexion der Krim verurteilt werden sollte.', { 'RU ukraine-sovereignty': -1 }],
    ['de', 'Deutschland hat eine Resolution unterstützt, mit der die Annexion der Krim verurteilt werden sollte.', { 'DE ukraine-sovereignty': 1 }],
    [
      'de',
      'Kuwait hat eine Formulierung blockiert, mit der die Staaten den Bericht zur Begrenzung der Erderwärmung ausdrücklich begrüßen sollten.',
      { 'KW climate-action': -1 },
    ],
    // The verb that takes the document is not its description: urging to withdraw a draft on the sovereignty opposes it.
    ['de', 'Washington hat Kiew gedrängt, den Entwurf zur territorialen Integrität der Ukraine zurückzuziehen.', { 'US ukraine-sovereignty': -1 }],
    // A country named inside the described act orients nothing: the vote on the draft the sentence before described takes its content.
    [
      'de',
      'Russland hat im Sicherheitsrat eine Resolution verhindert, mit der die Annexion von vier ukrainischen Regionen verurteilt werden sollte.\n\nFür den von den USA und Albanien eingebrachten Entwurf stimmten zehn Mitglieder, China und Indien enthielten sich.',
      { 'RU ukraine-sovereignty': -1, 'US ukraine-sovereignty': 1, 'AL ukraine-sovereignty': 1, 'CN ukraine-sovereignty': 0, 'IN ukraine-sovereignty': 0 },
    ],
    // A dash opens a list only right before its names: a clause after it names its own subject.
    [
      'de',
      'Russland hat eine Resolution verhindert, mit der die Annexion verurteilt werden sollte – wenige Stunden nachdem die Duma getagt hatte.',
      { 'RU ukraine-sovereignty': -1 },
    ],
  ]);
});

describe('defending against the aggression upholds the sovereignty it attacks', () => {
  check([
    ['en', "Washington pledged to support Ukraine's ability to defend itself against Russian aggression.", { 'US ukraine-sovereignty': 1 }],
    ['uk', "Вашингтон зобов'язується підтримувати здатність України захищатися від російської агресії.", { 'US ukraine-sovereignty': 1 }],
    ['ru', 'Вашингтон обязуется поддерживать способность Украины защищаться от российской агрессии.', { 'US ukraine-sovereignty': 1 }],
    ['de', 'Washington will die Ukraine unterstützen, sich gegen die russische Aggression zu verteidigen.', { 'US ukraine-sovereignty': 1 }],
    ['fr', "Washington s'engage à soutenir la capacité de l'Ukraine à se défendre contre l'agression russe.", { 'US ukraine-sovereignty': 1 }],
    ['es', 'Washington se comprometió a apoyar la capacidad de Ucrania de defenderse de la agresión rusa.', { 'US ukraine-sovereignty': 1 }],
  ]);
});

describe('blocking the appointment of WTO judges, with words between, keeps the Appellate Body from working: it opposes the reform that would restore it', () => {
  check([
    ['tr', "Washington, Temyiz Organı'na yeni üye atanmasını aylardır engelliyor.", { 'US wto-reform': -1 }],
    ['ar', 'وتعرقل الولايات المتحدة منذ سنوات تعيين قضاة جدد في هيئة الاستئناف التابعة لمنظمة التجارة العالمية.', { 'US wto-reform': -1 }],
    ['es', 'Estados Unidos bloquea desde hace años el nombramiento de nuevos jueces del Órgano de Apelación de la OMC.', { 'US wto-reform': -1 }],
  ]);
});

describe('a sentence that takes its topic from the one before, and says what its cue is about, is about that', () => {
  check([
    [
      'en',
      'Japan and the United States pledged to strengthen the deterrence of their alliance in the Indo-Pacific. South Korea voiced serious concern about the human rights situation in Xinjiang.',
      { 'JP us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
    // Referring back to the act, the reaction is to it.
    ['en', 'Finland applied to join NATO on Sunday. Russia voiced concern about the move.', { 'FI nato-expansion': 1, 'RU nato-expansion': -1 }],
  ]);
});

describe('French: an elided "qu’" after a comma opens a clause of its own; ceasing said in the future turns the act round', () => {
  check([
    [
      'fr',
      "Washington a annoncé jeudi le retrait des États-Unis de l'accord de Paris, qu'il juge « très injuste », en se disant prêt à revenir dans l'accord à des conditions plus favorables.",
      { 'US climate-action': -1 },
    ],

    // Ceasing, said in the future or the conditional, turns the act it stops round.
    ['fr', 'Le président a annoncé que Washington cesserait immédiatement de verser des fonds au Fonds vert pour le climat.', { 'US climate-action': -1 }],
  ]);
});

describe('backing down from a withdrawal keeps what it would have ended', () => {
  check([
    ['en', 'Manila backs down from scrapping the Visiting Forces Agreement with Washington.', { 'PH us-role-asia-pacific': 1 }],
    ['ar', 'مانيلا تتراجع عن إلغاء اتفاقية القوات الزائرة مع واشنطن', { 'PH us-role-asia-pacific': 1 }],
    ['fr', "La Turquie revient sur son veto à l'adhésion de la Suède à l'OTAN.", { 'TR nato-expansion': 1 }],
    ['en', 'The government walked back its support for the sanctions against Russia.', {}],
  ]);
});

describe('keeping diplomatic relations with Taipei supports Taiwan’s standing; stopping them opposes it', () => {
  check([
    ['es', 'Paraguay mantendrá sus relaciones diplomáticas con Taiwán.', { 'PY taiwan-independence': 1 }],
    ['fr', 'Le Paraguay maintiendra ses relations diplomatiques avec Taïwan.', { 'PY taiwan-independence': 1 }],
    ['de', 'Paraguay will seine diplomatischen Beziehungen zu Taiwan beibehalten.', { 'PY taiwan-independence': 1 }],
    ['ru', 'Парагвай сохранит дипломатические отношения с Тайванем.', { 'PY taiwan-independence': 1 }],
    ['ja', 'パラグアイは台湾との外交関係を維持すると表明した。', { 'PY taiwan-independence': 1 }],
    ['zh', '巴拉圭表示将维持与台湾的邦交。', { 'PY taiwan-independence': 1 }],
    ['en', 'China urged Paraguay to stop maintaining so-called diplomatic relations with Taiwan.', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('coal power named in Chinese is the contrary of climate action; recognising Beijing in any tense', () => {
  check([
    ['zh', '日本宣布停止为海外煤电项目提供融资。', { 'JP climate-action': 1 }],
    ['zh', '中国宣布不再新建境外煤电项目。', { 'CN climate-action': 1 }],
    ['es', 'República Dominicana y Burkina Faso reconocieron a Pekín en mayo.', { 'DO taiwan-independence': -1, 'BF taiwan-independence': -1 }],
    ['fr', 'Les Îles Salomon ont reconnu Pékin en 2019.', { 'SB taiwan-independence': -1 }],
  ]);
});

describe('German: joining, and not joining, in reported speech (Konjunktiv)', () => {
  check([
    ['de', 'Indien schließe sich den Sanktionen gegen Russland nicht an, erklärte der Sprecher.', { 'IN russia-sanctions': -1 }],
    ['de', 'Japan schließe sich den Sanktionen gegen Russland an, erklärte der Sprecher.', { 'JP russia-sanctions': 1 }],
  ]);
});

describe('made to answer the topic, a country opposes it, whatever the answer (compel)', () => {
  check([
    ['en', "The Kremlin said Finland's accession to NATO would force Russia to strengthen its military presence.", { 'RU nato-expansion': -1 }],
    [
      'de',
      'Der Kreml erklärte, eine Aufnahme Finnlands in die Nato werde Russland zwingen, seine militärische Präsenz zu verstärken.',
      { 'RU nato-expansion': -1 },
    ],
    ['fr', "Le Kremlin a affirmé que l'adhésion de la Finlande à l'OTAN obligerait la Russie à renforcer sa présence militaire.", { 'RU nato-expansion': -1 }],
    ['es', 'El Kremlin afirmó que la adhesión de Finlandia a la OTAN obligaría a Rusia a reforzar su presencia militar.', { 'RU nato-expansion': -1 }],
    ['ru', 'В Кремле заявили, что вступление Финляндии в НАТО вынудит Россию усилить военное присутствие на северо-западе.', { 'RU nato-expansion': -1 }],
    ['uk', 'У Кремлі заявили, що вступ Фінляндії до НАТО змусить Росію посилити військову присутність.', { 'RU nato-expansion': -1 }],
    ['zh', '克里姆林宫表示，芬兰加入北约将迫使俄罗斯加强在西北部的军事存在。', { 'RU nato-expansion': -1 }],
    ['tr', "Kremlin, Finlandiya'nın NATO üyeliğinin Rusya'yı askeri varlığını güçlendirmeye zorlayacağını açıkladı.", { 'RU nato-expansion': -1 }],
  ]);
});

describe('closing coal plants, and a statement taken up by name in the next paragraph', () => {
  check([
    ['uk', 'Лондон планує закрити останні вугільні електростанції у 2024 році.', { 'GB climate-action': 1 }],
    ['ru', 'Германия закроет последние угольные электростанции к 2038 году.', { 'DE climate-action': 1 }],
    ['de', 'Spanien will seine letzten Kohlekraftwerke bis 2025 stilllegen.', { 'ES climate-action': 1 }],
    [
      'uk',
      'Україна приєдналася до заяви про відмову від вугільної генерації на кліматичній конференції.\n\nЗаяву підтримали понад сорок країн, зокрема Польща і Чилі.',
      { 'UA climate-action': 1, 'PL climate-action': 1, 'CL climate-action': 1 },
    ],
  ]);
});

describe('German: a year before a verb counts no votes; a relative clause on what the holder gave up describes it', () => {
  check([
    ['de', 'Spanien will seine letzten Kohlekraftwerke bis 2025 stilllegen.', { 'ES climate-action': 1 }],
    // A count of votes still is one: "mit 95 gegen 1 Stimme".
    ['de', 'Der US-Senat billigte den Beitritt Finnlands zur Nato mit 95 zu 1 Stimmen.', { 'US nato-expansion': 1 }],
    [
      'de',
      'Damit gab Athen eine Blockade auf, mit der es den Beitritt des Nachbarlandes zur Nato seit dem Gipfel 2008 verhindert hatte.',
      { 'GR nato-expansion': 1 },
    ],
  ]);
});

describe('honouring commitments under an agreement supports it', () => {
  check([
    ['fr', "La Chine continuerait d'honorer ses engagements au titre de l'accord de Paris.", { 'CN climate-action': 1 }],
    ['fr', "Pékin respectera ses engagements pris dans le cadre de l'accord de Paris.", { 'CN climate-action': 1 }],
    ['es', 'China seguirá cumpliendo sus compromisos con el Acuerdo de París.', { 'CN climate-action': 1 }],
    ['de', 'China werde seine Verpflichtungen aus dem Pariser Abkommen erfüllen, sagte der Sprecher.', { 'CN climate-action': 1 }],
    ['ja', '中国はパリ協定の約束を守ると強調した。', { 'CN climate-action': 1 }],
    ['tr', 'Çin, Paris Anlaşması kapsamındaki taahhütlerini yerine getireceğini açıkladı.', { 'CN climate-action': 1 }],
    ['ar', 'أكدت الصين أنها ستفي بالتزاماتها بموجب اتفاق باريس.', { 'CN climate-action': 1 }],
  ]);
});

describe('the agent of a participle after the topic’s noun did what it says, whatever the sentence’s verb says of the noun', () => {
  check([
    ['en', 'The sanctions against Russia adopted by the EU took effect on Friday.', { 'EU russia-sanctions': 1 }],
    ['es', 'Las sanciones contra Rusia adoptadas por la UE entraron en vigor el viernes.', { 'EU russia-sanctions': 1 }],
    ['en', 'The sanctions imposed by the EU on Russia are illegal and will fail, Lavrov said.', { 'RU russia-sanctions': -1, 'EU russia-sanctions': 1 }],
    ['en', 'Hungary criticised the sanctions against Russia adopted by the EU.', { 'HU russia-sanctions': -1, 'EU russia-sanctions': 1 }],
    [
      'fr',
      'Les référendums d’annexion organisés par la Russie sont une mascarade, a déclaré le ministre français.',
      { 'FR ukraine-sovereignty': 1, 'RU ukraine-sovereignty': -1 },
    ],
    // Not the one said to undergo the measure.
    ['en', 'The sanctions faced by Russia are the toughest ever.', {}],
  ]);
});

describe('NATO’s members, as a whole or their ministers’ meeting, are not NATO', () => {
  check([
    ['en', "The NATO countries still have to ratify Sweden's accession.", {}],
    ['de', 'Alle Nato-Mitglieder müssen dem Beitritt Schwedens zustimmen.', {}],
    ['ru', 'Все страны-члены НАТО должны ратифицировать вступление Швеции.', {}],
    ['fr', "Tous les pays membres de l'Otan doivent ratifier l'adhésion de la Suède.", {}],
    ['tr', "Çavuşoğlu, NATO Dışişleri Bakanları Toplantısı'nda İsveç'in NATO üyeliğini desteklediklerini söyledi.", { 'TR nato-expansion': 1 }],
    // NATO itself still holds what it does.
    ['en', 'NATO welcomed Finland as its 31st member.', { 'NATO nato-expansion': 1 }],
  ]);
});

describe('a turn to another topic keeps what was said before it', () => {
  check([
    [
      'en',
      "Bosnia's foreign minister said his country backs Ukraine's territorial integrity, but will not join sanctions against Russia.",
      { 'BA ukraine-sovereignty': 1, 'BA russia-sanctions': -1 },
    ],
    // On the same topic, what follows the turn is meant.
    ['en', 'Putin said Finland’s accession was no direct threat, but Russia would respond to NATO’s expansion.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('being wary of a plan is a concern over it', () => {
  check([
    ['en', 'Malaysia is wary of the AUKUS pact, its defence minister said.', { 'MY aukus': -1 }],
    ['fr', "L'Indonésie se montre méfiante à l'égard du pacte Aukus.", { 'ID aukus': -1 }],
    ['ru', 'Индонезия настороженно отнеслась к созданию AUKUS.', { 'ID aukus': -1 }],
  ]);
});

describe('a threat of retaliation against joining NATO, with "join" in any of its forms', () => {
  check([
    ['fr', "Moscou a averti qu'elle prendrait des mesures de rétorsion si la Norvège rejoignait l'OTAN.", { 'RU nato-expansion': -1 }],
    ['fr', "Le Kremlin a menacé de riposter au cas où la Moldavie adhérerait à l'OTAN.", { 'RU nato-expansion': -1 }],
    ['es', 'Rusia tomará medidas de respuesta si Moldavia ingresa en la OTAN.', { 'RU nato-expansion': -1 }],
    ['es', 'El Kremlin se vería obligado a responder si Georgia se uniera a la OTAN.', { 'RU nato-expansion': -1 }],
    ['de', 'Moskau droht mit Gegenmaßnahmen, falls Georgien der Nato beiträte.', { 'RU nato-expansion': -1 }],
    ['de', 'Nordmazedonien tritt der Nato bei.', { 'MK nato-expansion': 1 }],
    ['es', 'Macedonia del Norte ingresó en la OTAN en 2020.', { 'MK nato-expansion': 1 }],
    ['fr', "La Macédoine du Nord a intégré l'OTAN en 2020.", { 'MK nato-expansion': 1 }],
    ['ru', 'Москва пообещала ответные меры, если Молдавия войдет в НАТО.', { 'RU nato-expansion': -1 }],
    ['ru', 'В Кремле пообещали «соответствующие меры» в случае вступления Грузии в НАТО.', { 'RU nato-expansion': -1 }],
    ['tr', "Rusya, Gürcistan NATO'ya katılırsa karşı önlem alacağını açıkladı.", { 'RU nato-expansion': -1 }],
    ['tr', "Rusya Moldova NATO'ya katılırsa karşılık vereceğini açıkladı.", { 'RU nato-expansion': -1 }],
    ['tr', "Rusya, Gürcistan'ın NATO üyeliğinin sert bir reaksiyon gerektireceğini söyledi.", { 'RU nato-expansion': -1 }],
    ['ja', 'ロシアはモルドバがNATOに加われば相応の対応をとると警告した。', { 'RU nato-expansion': -1 }],
    ['en', 'Moscow said it would respond symmetrically if Georgia joined NATO.', { 'RU nato-expansion': -1 }],
  ]);
});

describe('allies opening bases to US forces, named by the bases or by the agreement', () => {
  check([
    [
      'de',
      'Die USA und die Philippinen vereinbarten die Stationierung amerikanischer Raketensysteme auf den Philippinen.',
      { 'PH us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
    ['de', 'Manila und Washington einigten sich, das EDCA-Abkommen auszuweiten.', { 'PH us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 }],
    ['fr', "Manille et Washington ont convenu d'élargir l'accord EDCA à cinq nouveaux sites.", { 'PH us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 }],
    [
      'es',
      'Manila y Washington acordaron ampliar el acuerdo EDCA a cinco nuevos emplazamientos.',
      { 'PH us-role-asia-pacific': 1, 'US us-role-asia-pacific': 1 },
    ],
  ]);
});

describe("an ally of Taiwan with no intention of reviewing its ties, named as the island's own press names it", () => {
  check([
    ['en', 'Belize said it had no intention of reviewing its ties with Taipei.', { 'BZ taiwan-independence': 1 }],
    ['en', 'Tuvalu announced it would reconsider its relations with Taiwan.', { 'TV taiwan-independence': -1 }],
    ['es', 'El gobierno de Belice no tiene intención de revisar sus vínculos con Taipéi.', { 'BZ taiwan-independence': 1 }],
    ['es', 'Belice no tiene intención de romper relaciones con Taiwán.', { 'BZ taiwan-independence': 1 }],
    ['fr', "Le Belize n'a aucune intention de revoir ses relations avec Taipei.", { 'BZ taiwan-independence': 1 }],
    ['de', 'Belize habe nicht die Absicht, seine Beziehungen zu Taipeh zu überprüfen.', { 'BZ taiwan-independence': 1 }],
    ['ru', 'Белиз не намерен пересматривать отношения с Тайбэем.', { 'BZ taiwan-independence': 1 }],
    ['uk', 'Беліз не має наміру переглядати відносини з Тайванем.', { 'BZ taiwan-independence': 1 }],
    ['tr', 'Belize, Taypey ile ilişkilerini gözden geçirmeyi düşünmediğini açıkladı.', { 'BZ taiwan-independence': 1 }],
    ['ar', 'قالت بليز إنها لا تنوي مراجعة علاقاتها مع تايوان.', { 'BZ taiwan-independence': 1 }],
    ['ja', 'エスワティニ政府は台湾との関係を見直す考えはないと述べた。', { 'SZ taiwan-independence': 1 }],
    ['zh', '貝里斯政府沒有檢討與台灣邦交的計畫。', { 'BZ taiwan-independence': 1 }],
    ['zh', '史瓦帝尼外長表示，將繼續維持與台灣的邦交。', { 'SZ taiwan-independence': 1 }],
    ['zh', '帛琉總統表示，帛琉將維持與台灣的邦交。', { 'PW taiwan-independence': 1 }],
  ]);
});

describe('a pledge to cut emissions, with words between the verb and the emissions', () => {
  check([
    ['tr', "Şili, 2040'a kadar sera gazı emisyonlarını yüzde 45 azaltacak.", { 'CL climate-action': 1 }],
    ['ar', 'ستخفض تشيلي انبعاثاتها من الغازات الدفيئة بنسبة 45 في المئة.', { 'CL climate-action': 1 }],
    ['ru', 'Чили сократит к 2040 году выбросы на 45%.', { 'CL climate-action': 1 }],
    ['ru', 'Саудовская Аравия выступила против сокращения выбросов от ископаемого топлива.', { 'SA climate-action': -1 }],
    ['uk', 'Чилі подало новий внесок, що передбачає скорочення викидів на 45%.', { 'CL climate-action': 1 }],
    ['uk', 'Польща заблокувала скорочення викидів на 90%.', { 'PL climate-action': -1 }],
  ]);
});

describe("a decision called a betrayal: the judge's word, not the decider's act", () => {
  const signed = { 'FR aukus': -1 };
  check([
    ['en', 'The AUKUS submarine pact was made public on Wednesday. Paris called Canberra’s decision a stab in the back.', signed],
    ['de', 'Der Aukus-U-Boot-Pakt wurde am Mittwoch vorgestellt. Paris nannte die Entscheidung Canberras einen Dolchstoß.', signed],
    ['fr', 'Le pacte AUKUS sur les sous-marins a été présenté mercredi. Paris a qualifié la décision de Canberra de coup de poignard dans le dos.', signed],
    ['es', 'El pacto AUKUS de submarinos se presentó el miércoles. París calificó la decisión de Canberra de puñalada por la espalda.', signed],
    ['ru', 'Пакт AUKUS о подводных лодках был представлен в среду. Париж назвал решение Канберры «ударом в спину».', signed],
  ]);
});

describe('a verb of siding with a pact for its object joins the pact', () => {
  check([
    ['en', 'Japan joined the AUKUS pact on missiles and hypersonic weapons.', { 'JP aukus': 1 }],
    ['en', 'Poland joined the United States in backing the sanctions against Russia.', { 'PL russia-sanctions': 1, 'US russia-sanctions': 1 }],
    ['fr', 'Face aux pressions de Pékin, les pays qui entretiennent des relations diplomatiques avec Taipei sont moins nombreux.', {}],
    ['tr', "Bakan, diğer taraflarla birlikte Paris Anlaşması'nın uygulanmasını ele aldı.", {}],
  ]);
});

describe("the United States' commitment to defend an ally in Asia", () => {
  const us = { 'US us-role-asia-pacific': 1 };
  check([
    ['en', 'The Pentagon chief restated Washington’s commitment to the defence of the Philippines.', us],
    ['en', 'Tokyo will spend more on the defence of Japan, the prime minister said.', {}],
    ['ru', 'Глава Пентагона подтвердил приверженность США обороне Филиппин.', us],
    ['ru', 'Министр обороны Японии заявил о поддержке санкций против России.', { 'JP russia-sanctions': 1 }],
    ['uk', 'Глава Пентагону підтвердив відданість США обороні Філіппін.', us],
    ['zh', '美国国防部长重申美方对日本防卫的承诺。', us],
    ['ja', '米国防長官は日本の防衛に対する米国の関与を確認した。', us],
    ['ar', 'وأكد وزير الدفاع الأمريكي التزام الولايات المتحدة بالدفاع عن الفلبين.', us],
  ]);
});

describe('Taiwan called a sovereign and independent country by its own government', () => {
  const tw = { 'TW taiwan-independence': 1 };
  check([
    ['en', 'Taiwan is a sovereign and independent country, the foreign ministry in Taipei said on Monday.', tw],
    ['en', 'Ukraine is a sovereign and independent country, the chancellor said.', {}],
    ['de', 'Taiwan sei ein souveräner und unabhängiger Staat, erklärte das Außenministerium in Taipeh am Montag.', tw],
    ['fr', 'Taïwan est un pays souverain et indépendant, a affirmé lundi le ministère taïwanais des Affaires étrangères.', tw],
    ['es', 'Taiwán es un país soberano e independiente, afirmó el lunes la cancillería taiwanesa.', tw],
    ['ru', 'Тайвань является суверенным и независимым государством, заявили в понедельник в МИД Тайваня.', tw],
    ['uk', 'Тайвань є суверенною і незалежною країною, заявили в понеділок у МЗС Тайваню.', tw],
    ['tr', "Tayvan Dışişleri Bakanlığı pazartesi günü Tayvan'ın egemen ve bağımsız bir ülke olduğunu açıkladı.", tw],
    ['ar', 'قالت وزارة الخارجية التايوانية يوم الاثنين إن تايوان دولة ذات سيادة ومستقلة.', tw],
  ]);
});

describe('a promise to defend an ally of the United States in Asia', () => {
  check([
    ['en', 'The president vowed to defend the Philippines against any armed attack, the White House said.', { 'US us-role-asia-pacific': 1 }],
    ['ru', 'Байден пообещал защищать Филиппины в случае нападения.', { 'US us-role-asia-pacific': 1 }],
    ['uk', 'Байден пообіцяв захищати Південну Корею в разі нападу.', { 'US us-role-asia-pacific': 1 }],
  ]);
});

describe('inking a pact, and recalling ambassadors over one, with words between', () => {
  check([
    ['en', 'Washington, Canberra and London inked the AUKUS deal in September.', { 'AU aukus': 1, 'GB aukus': 1, 'US aukus': 1 }],
    ['de', 'Frankreich hat wegen des Aukus-U-Boot-Pakts seine Botschafter aus den USA und Australien zu Konsultationen zurückgerufen.', { 'FR aukus': -1 }],
    ['zh', '北京召回驻立陶宛大使，抗议立陶宛同意台湾设立代表处。', { 'CN taiwan-independence': -1 }],
  ]);
});

describe('not recognising Taiwan, in a list of unrecognised states', () => {
  const kz = { 'KZ taiwan-independence': -1 };
  check([
    ['en', 'Kazakhstan does not recognise Taiwan or Kosovo, its president said.', kz],
    ['en', 'Kyrgyzstan will continue to recognize Taiwan, the president said.', { 'KG taiwan-independence': 1 }],
    ['tr', "Tokayev, Kazakistan'ın Tayvan ve Kosova'yı tanımadığını söyledi.", kz],
    ['ar', 'قال الرئيس الكازاخي إن كازاخستان لا تعترف بتايوان ولا بكوسوفو.', kz],
  ]);
});

describe('criticised for an act: the act is the holder’s, the criticism someone else’s', () => {
  check([
    ['en', 'Slovakia was criticised for blocking the new sanctions against Russia.', { 'SK russia-sanctions': -1 }],
    ['en', 'Slovakia has been sharply criticised for its veto of the sanctions against Russia.', { 'SK russia-sanctions': -1 }],
    ['en', 'The sanctions against Russia were criticised by Slovakia.', { 'SK russia-sanctions': -1 }],
    ['fr', 'La Slovaquie a été critiquée pour avoir bloqué les sanctions contre la Russie.', { 'SK russia-sanctions': -1 }],
    ['fr', 'Les sanctions contre la Russie ont été critiquées par la Slovaquie.', { 'SK russia-sanctions': -1 }],
    ['es', 'Eslovaquia ha recibido críticas por bloquear las sanciones contra Rusia.', { 'SK russia-sanctions': -1 }],
    ['es', 'Las sanciones contra Rusia fueron criticadas por Eslovaquia.', { 'SK russia-sanctions': -1 }],
  ]);
});

describe("a worry about another's act against the topic supports the topic; a threat of one's own act opposes it", () => {
  check([
    ['en', 'India expressed concern over the US decision to withdraw from the Paris Agreement.', { 'IN climate-action': 1 }],
    ['de', 'Indien zeigte sich besorgt über den Rückzug der USA aus dem Pariser Klimaabkommen.', { 'IN climate-action': 1 }],
    ['fr', "L'Inde s'est dite préoccupée par le retrait des États-Unis de l'accord de Paris.", { 'IN climate-action': 1, 'US climate-action': -1 }],
    ['es', 'India está preocupada por la retirada de Estados Unidos del Acuerdo de París.', { 'IN climate-action': 1, 'US climate-action': -1 }],
    ['fr', "La Russie est préoccupée par l'élargissement de l'OTAN.", { 'RU nato-expansion': -1 }],
    ['en', 'Slovakia threatened to block the new sanctions against Russia.', { 'SK russia-sanctions': -1 }],
    ['en', 'Slovakia warned it would veto the sanctions against Russia.', { 'SK russia-sanctions': -1 }],
    ['de', 'Bratislava drohte mit einem Veto gegen die neuen Sanktionen gegen Russland.', { 'SK russia-sanctions': -1 }],
    ['tr', "Hindistan, ABD'nin Paris Anlaşması'ndan çekilme kararından endişe duyduğunu belirtti.", { 'IN climate-action': 1 }],
    ['tr', "Slovakya, Rusya'ya yönelik yaptırımları engellemekle tehdit etti.", { 'SK russia-sanctions': -1 }],
  ]);
});

describe('Turkish: resolving the Appellate Body crisis, and ties kept on a footing of friendship', () => {
  check([
    ['tr', 'Çin Ticaret Bakanlığı, Temyiz Organı krizinin çözümünün en acil öncelik olduğunu açıkladı.', { 'CN wto-reform': 1 }],
    ['tr', 'Paraguay, Taypey ile ilişkilerini köklü bir dostluk temelinde sürdüreceğini teyit etti.', { 'PY taiwan-independence': 1 }],
  ]);
});

describe('French: pushing for a reform, and an opinion that is or is not favourable', () => {
  check([
    ['fr', "Le Canada continuera de pousser pour une réforme de l'OMC.", { 'CA wto-reform': 1 }],
    ['fr', "Le président croate a déclaré ne pas avoir un avis favorable sur l'adhésion de l'Ukraine à l'OTAN.", { 'HR nato-expansion': -1 }],
    ['fr', "La Croatie a rendu un avis favorable sur l'adhésion de l'Ukraine à l'OTAN.", { 'HR nato-expansion': 1 }],
    ['fr', 'La Slovaquie est défavorable à de nouvelles sanctions contre la Russie.', { 'SK russia-sanctions': -1 }],
  ]);
});
