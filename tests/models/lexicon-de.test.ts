import { describe, expect, it } from 'vitest';
import { checkLabelled, type LabelledCase, labelledRecords } from './lexicon-records.js';

/*
 * The German vocabulary (models/lexicon/de.json, pipeline/data/topics/de.json) read by the real
 * lexicon scorer: every record an article yields, as [actor, topic, label]. The sentences are
 * written for this test in the style of German wire copy.
 */

const recordsOf = (text: string, publishedAt?: string) => labelledRecords('de', text, publishedAt);
const check = (cases: LabelledCase[]) => checkLabelled('de', cases);

describe('de: support, welcome and join', () => {
  check([
    ['Erdoğan hatte seine Einwände gegen den Nato-Beitritt Schwedens fallen gelassen.', [['TR', 'nato-expansion', 'support']]],
    ['Orbán ließ seine Einwände gegen den Nato-Beitritt Schwedens fallen.', [['HU', 'nato-expansion', 'support']]],
    ['Erdoğan zog seine Einwände gegen den Nato-Beitritt Schwedens zurück.', [['TR', 'nato-expansion', 'support']]],
    ['Die EU hat die Sanktionen gegen Russland fallen gelassen.', [['EU', 'russia-sanctions', 'oppose']]],
    ['Deutschland unterstützt den Beitritt der Ukraine zur Nato.', [['DE', 'nato-expansion', 'support']]],
    [
      'Kanada begrüßte die Entscheidung Finnlands, der Nato beizutreten.',
      [
        ['CA', 'nato-expansion', 'support'],
        ['FI', 'nato-expansion', 'support'],
      ],
    ],
    ['Schweden hat am Mittwoch offiziell die Aufnahme in die Nato beantragt.', [['SE', 'nato-expansion', 'support']]],
    ['Das ungarische Parlament hat den Beitritt Schwedens zur Nato ratifiziert.', [['HU', 'nato-expansion', 'support']]],
    ['Die Türkei gab ihren Widerstand gegen die Norderweiterung der Nato auf.', [['TR', 'nato-expansion', 'support']]],
    ['Indien spricht sich für eine Reform der Welthandelsorganisation aus.', [['IN', 'wto-reform', 'support']]],
    ['Die USA kehren zum Pariser Klimaabkommen zurück.', [['US', 'climate-action', 'support']]],
  ]);
});

describe('de: measures taken (impose) and their opposite', () => {
  check([
    ['Die EU-Staaten haben sich auf ein neues Sanktionspaket gegen Russland verständigt.', [['EU', 'russia-sanctions', 'support']]],
    ['Japan fror die Vermögen der russischen Zentralbank ein.', [['JP', 'russia-sanctions', 'support']]],
    ['Großbritannien verhängte weitere Strafmaßnahmen gegen russische Oligarchen.', [['GB', 'russia-sanctions', 'support']]],
    ['Die Schweiz übernimmt die Sanktionen der EU gegen Russland.', [['CH', 'russia-sanctions', 'support']]],
    ['Ungarn fordert die Aufhebung der Sanktionen gegen Russland.', [['HU', 'russia-sanctions', 'oppose']]],
    ['Die USA sind aus dem Pariser Klimaabkommen ausgetreten.', [['US', 'climate-action', 'oppose']]],
  ]);
});

describe('de: oppose, condemn, block, warn', () => {
  check([
    ['Ungarn lehnt ein Ölembargo gegen Russland ab.', [['HU', 'russia-sanctions', 'oppose']]],
    ['Die Türkei blockiert den Nato-Beitritt Schwedens.', [['TR', 'nato-expansion', 'oppose']]],
    ['Der Kreml warnte vor einer weiteren Osterweiterung der Nato.', [['RU', 'nato-expansion', 'oppose']]],
    ['China kritisierte den Aukus-Pakt scharf.', [['CN', 'aukus', 'oppose']]],
    ['Frankreich reagierte empört auf das U-Boot-Geschäft.', [['FR', 'aukus', 'oppose']]],
    ['China stellt sich entschieden gegen jede Form der Unabhängigkeit Taiwans.', [['CN', 'taiwan-independence', 'oppose']]],
    ['Russland hat die Unabhängigkeit der sogenannten Volksrepubliken Donezk und Luhansk anerkannt.', [['RU', 'ukraine-sovereignty', 'oppose']]],
  ]);
});

describe('de: condemning or not recognising the contrary supports the topic', () => {
  check([
    ['Die Bundesregierung verurteilte die Annexion der Krim als Völkerrechtsbruch.', [['DE', 'ukraine-sovereignty', 'support']]],
    ['Kanada wird die Annexion niemals anerkennen.', [['CA', 'ukraine-sovereignty', 'support']]],
    ['Polen nannte die Referenden in den besetzten Gebieten der Ukraine eine Farce.', [['PL', 'ukraine-sovereignty', 'support']]],
    ['Peking bekräftigte sein Festhalten an der Ein-China-Politik.', [['CN', 'taiwan-independence', 'oppose']]],
  ]);
});

describe('de: votes and abstentions', () => {
  check([
    ['China enthielt sich bei der Abstimmung über die Resolution zur territorialen Integrität der Ukraine.', [['CN', 'ukraine-sovereignty', 'neutral']]],
    ['Indien stimmte gegen eine Resolution zur Verurteilung der Annexion.', [['IN', 'ukraine-sovereignty', 'oppose']]],
    ['Nordkorea stimmte gegen die Resolution zur territorialen Integrität der Ukraine.', [['KP', 'ukraine-sovereignty', 'oppose']]],
    ['Mexiko stimmte für die Resolution zur territorialen Integrität der Ukraine.', [['MX', 'ukraine-sovereignty', 'support']]],
    ['Russland legte sein Veto gegen die Resolution zur territorialen Integrität der Ukraine ein.', [['RU', 'ukraine-sovereignty', 'oppose']]],
  ]);
});

describe('de: negation, refusal and the no-side formula', () => {
  check([
    ['Serbien verhängt keine Sanktionen gegen Russland.', [['RS', 'russia-sanctions', 'oppose']]],
    ['Serbien hat sich geweigert, Sanktionen gegen Russland zu verhängen.', [['RS', 'russia-sanctions', 'oppose']]],
    ['Die Türkei werde sich den Sanktionen gegen Russland nicht anschließen, sagte Erdogan.', [['TR', 'russia-sanctions', 'oppose']]],
    ['Die Schweiz unterstützt keine Unabhängigkeit Taiwans.', [['CH', 'taiwan-independence', 'neutral']]],
    ['Kasachstan erkennt weder Taiwan noch das Kosovo an.', [['KZ', 'taiwan-independence', 'oppose']]],
    ['Paraguay erkennt Taiwan weiterhin als Staat an.', [['PY', 'taiwan-independence', 'support']]],
    ['Brasilien will die illegale Abholzung bis 2030 beenden.', [['BR', 'climate-action', 'support']]],
  ]);
});

describe('de: holders named through institutions, office holders and seats', () => {
  check([
    ['Das Auswärtige Amt bekräftigte die Unterstützung Deutschlands für die territoriale Integrität der Ukraine.', [['DE', 'ukraine-sovereignty', 'support']]],
    ['Bundesumweltministerin Svenja Schulze begrüßte das neue Klimaziel der EU als wichtigen Schritt.', [['DE', 'climate-action', 'support']]],
    ['Bundeswirtschaftsminister Robert Habeck sprach sich für ein Embargo gegen russisches Öl aus.', [['DE', 'russia-sanctions', 'support']]],
    ['Der Kreml verurteilte die Lieferung von Atom-U-Booten an Australien.', [['RU', 'aukus', 'oppose']]],
  ]);
});

describe('de: the other topics: Asia-Pacific, AUKUS, WTO, climate, sanctions, enlargement, sovereignty, Taiwan', () => {
  check([
    ['China kritisierte die wachsende US-Militärpräsenz im Südchinesischen Meer als Provokation.', [['CN', 'us-role-asia-pacific', 'oppose']]],
    ['Japan begrüßte die Stationierung weiterer US-Truppen auf Okinawa.', [['JP', 'us-role-asia-pacific', 'support']]],
    ['Die Philippinen gewähren den US-Streitkräften Zugang zu vier weiteren Stützpunkten.', [['PH', 'us-role-asia-pacific', 'support']]],
    ['China warnte, der Aukus-Pakt untergrabe die Bemühungen um die Nichtverbreitung von Atomwaffen.', [['CN', 'aukus', 'oppose']]],
    ['Australien verteidigte das Aukus-Abkommen als notwendig für seine Sicherheit.', [['AU', 'aukus', 'support']]],
    ['Neuseeland lehnt eine Beteiligung an Aukus ab.', [['NZ', 'aukus', 'oppose']]],
    ['Indonesien äußerte sich besorgt über die geplanten Atom-U-Boote für Australien.', [['ID', 'aukus', 'oppose']]],
    ['Die USA legten die Streitschlichtung der WTO lahm.', [['US', 'wto-reform', 'oppose']]],
    ['Die EU legte Vorschläge für eine Modernisierung der WTO vor.', [['EU', 'wto-reform', 'support']]],
    [
      'Japan und die EU drängen auf eine rasche Reform der Welthandelsorganisation.',
      [
        ['EU', 'wto-reform', 'support'],
        ['JP', 'wto-reform', 'support'],
      ],
    ],
    ['Deutschland will bis 2045 klimaneutral werden.', [['DE', 'climate-action', 'support']]],
    ['Australien hält an der Kohleförderung fest und lehnt ein schärferes Klimaziel ab.', [['AU', 'climate-action', 'oppose']]],
    ['China sagte zu, den Höhepunkt seiner Emissionen vor 2030 zu erreichen.', [['CN', 'climate-action', 'support']]],
    ['Die G7-Staaten einigten sich auf einen Preisdeckel für russisches Öl.', []],
    ['Kanada hat das Vermögen mehrerer russischer Oligarchen eingefroren.', [['CA', 'russia-sanctions', 'support']]],
    ['Die EU verlängerte die Wirtschaftssanktionen gegen Russland um sechs Monate.', [['EU', 'russia-sanctions', 'support']]],
    ['Russland kündigte Gegenmaßnahmen gegen die neuen Sanktionen der EU an.', [['RU', 'russia-sanctions', 'oppose']]],
    ['Lawrow bezeichnete die Sanktionen des Westens als illegal.', [['RU', 'russia-sanctions', 'oppose']]],
    ['Moskau betrachtet die Aufnahme Finnlands in die Nato als direkte Bedrohung.', [['RU', 'nato-expansion', 'oppose']]],
    ['Putin warnte, Russland werde auf die Nato-Erweiterung reagieren.', [['RU', 'nato-expansion', 'oppose']]],
    ['Selenskyj fordert eine rasche Aufnahme der Ukraine in die Nato.', [['UA', 'nato-expansion', 'support']]],
    ['Die Nato bekräftigte, ihre Tür bleibe für neue Mitglieder offen.', [['NATO', 'nato-expansion', 'support']]],
    ['Die Ukraine hat einen beschleunigten Beitritt zur Nato beantragt.', [['UA', 'nato-expansion', 'support']]],
    ['Das Auswärtige Amt verurteilte die Scheinreferenden in den besetzten Gebieten.', [['DE', 'ukraine-sovereignty', 'support']]],
    ['Die Bundesregierung betonte, die Krim gehöre zur Ukraine.', [['DE', 'ukraine-sovereignty', 'support']]],
    ['Der Kreml erklärte die Krim zu einem Teil Russlands.', [['RU', 'ukraine-sovereignty', 'oppose']]],
    ['Die USA bekräftigten ihre Unterstützung für die Souveränität und territoriale Integrität der Ukraine.', [['US', 'ukraine-sovereignty', 'support']]],
    ['Belarus unterstützte die Anerkennung der Separatistengebiete durch Moskau.', [['BY', 'ukraine-sovereignty', 'oppose']]],
    ['Die USA lehnen eine Unabhängigkeit Taiwans ab.', [['US', 'taiwan-independence', 'oppose']]],
    ['Nauru hat die diplomatischen Beziehungen zu Taiwan abgebrochen.', [['NR', 'taiwan-independence', 'oppose']]],
    ['Paraguay hält an seinen diplomatischen Beziehungen zu Taiwan fest.', [['PY', 'taiwan-independence', 'support']]],
    ['Peking drohte mit Konsequenzen, sollte Taipeh die Unabhängigkeit erklären.', [['CN', 'taiwan-independence', 'oppose']]],
    ['Das chinesische Außenministerium verurteilte die Waffenlieferungen der USA an Taiwan.', [['CN', 'taiwan-independence', 'oppose']]],
  ]);
});

describe('de: mentions that take no stance', () => {
  check([
    ['Die Nato-Außenminister kamen in Brüssel zusammen, um über die Erweiterung zu sprechen.', []],
    ['Das Treffen fand in Berlin statt, wo über Sanktionen gegen Russland beraten wurde.', []],
    ['Im Ukraine-Krieg verhandelten Diplomaten in Istanbul über einen Waffenstillstand.', []],
    ['Der Klimagipfel findet in diesem Jahr in Ägypten statt.', []],
  ]);
});

// Constructions the scorer cannot read yet; written up for the engine (a year right before the
// verb read as a vote count, a genitive complement or a dative object taken as a holder, a
// reported clause whose speaker follows it).
describe('de: constructions that need the engine', () => {
  it('reads what a document says in a relative clause after a comma', async () => {
    expect(await recordsOf('Indien stimmte gegen die Resolution, die die Annexion verurteilt.')).toEqual([['IN', 'ukraine-sovereignty', 'oppose']]);
  });
  it('reads a verb right after a year', async () => {
    expect(await recordsOf('Die EU hat sich auf ein Klimaziel für 2040 geeinigt.')).toEqual([['EU', 'climate-action', 'support']]);
  });
  it('gives a genitive complement of the target no stance', async () => {
    expect(await recordsOf('Der Bundestag hat die Beitritte Finnlands und Schwedens zur Nato ratifiziert.')).toEqual([['DE', 'nato-expansion', 'support']]);
  });
  it('gives the one accused by "wirft … vor" no stance', async () => {
    expect(await recordsOf('Peking warf Washington vor, mit seiner Indopazifik-Strategie eine asiatische Nato schaffen zu wollen.')).toEqual([
      ['CN', 'us-role-asia-pacific', 'oppose'],
    ]);
  });
  it('gives the stance of a reported formula to the speaker after it', async () => {
    expect(await recordsOf('Taiwan sei ein untrennbarer Teil Chinas, sagte Außenamtssprecher Wang Wenbin.')).toEqual([['CN', 'taiwan-independence', 'oppose']]);
  });
});

describe('de: what a demand asks to happen to its object, and who speaks for it', () => {
  check([
    ['Die Slowakei forderte, die Sanktionen gegen Russland aufzuheben.', [['SK', 'russia-sanctions', 'oppose']]],
    ['Polen forderte, die Sanktionen gegen Russland zu verschärfen.', [['PL', 'russia-sanctions', 'support']]],
    ['Finnland hat sich für ein weiteres Sanktionspaket gegen Russland ausgesprochen.', [['FI', 'russia-sanctions', 'support']]],
  ]);
});

describe('de: calling a measure futile opposes it; a place that opens the sentence before a verb of saying speaks', () => {
  check([
    ['Belgrad hält die Sanktionen gegen Russland für wirkungslos.', [['RS', 'russia-sanctions', 'oppose']]],
    ['In Belgrad hieß es, man lehne weitere Sanktionen gegen Russland ab.', [['RS', 'russia-sanctions', 'oppose']]],
  ]);
});

describe('de: a head noun and its complement are one phrase; a speaker after a determiner', () => {
  check([
    ['Österreich hält die Annexion der südlichen Regionen für völkerrechtswidrig.', [['AT', 'ukraine-sovereignty', 'support']]],
    ['Die Annexion der Krim ist null und nichtig, sagte die Bundesregierung.', [['DE', 'ukraine-sovereignty', 'support']]],
  ]);
});

describe('de: a vote verb after an adverb names its subjects after it', () => {
  check([
    [
      'Der Menschenrechtsrat hat eine Resolution zur Souveränität der Ukraine verabschiedet. Dagegen stimmten China und Kuba.',
      [
        ['CN', 'ukraine-sovereignty', 'oppose'],
        ['CU', 'ukraine-sovereignty', 'oppose'],
      ],
    ],
  ]);
});

describe('de: a document referred back to', () => {
  it('reads a document "gegen" the contrary as condemning it when the act verb ends the clause', async () => {
    expect(
      await recordsOf('Der Menschenrechtsrat hat eine Resolution gegen die Annexion ukrainischer Gebiete verabschiedet. Dagegen stimmten China und Kuba.'),
    ).toEqual([
      ['CN', 'ukraine-sovereignty', 'oppose'],
      ['CU', 'ukraine-sovereignty', 'oppose'],
    ]);
  });
});

describe('de: calling a measure ineffective opposes it', () => {
  check([['„Die Sanktionen gegen Russland funktionieren nicht“, sagte der ungarische Außenminister.', [['HU', 'russia-sanctions', 'oppose']]]]);
});

describe('de: a name a preposition governs after the verb of saying is where it was said', () => {
  check([['Der Kanzler sagte in Peking, Deutschland unterstütze die Sanktionen gegen Russland.', [['DE', 'russia-sanctions', 'support']]]]);
});

describe('de: waging an economic war is the side that sanctions', () => {
  check([['Der französische Minister sagte, Europa werde einen Wirtschaftskrieg gegen Russland führen.', [['FR', 'russia-sanctions', 'support']]]]);
});

describe('de: a list after a side of the vote ends at the semicolon', () => {
  check([
    [
      'Die Generalversammlung verabschiedete eine Resolution, die die Annexion ukrainischer Gebiete verurteilt. 143 Staaten stimmten dafür, fünf dagegen, darunter Russland und Belarus; 35 enthielten sich, unter ihnen China.',
      [
        ['BY', 'ukraine-sovereignty', 'oppose'],
        ['CN', 'ukraine-sovereignty', 'neutral'],
        ['RU', 'ukraine-sovereignty', 'oppose'],
      ],
    ],
  ]);
});

describe('de: sponsoring a resolution holds what it says', () => {
  check([
    [
      'Die Generalversammlung nahm eine von der Ukraine eingebrachte Resolution an, die die Annexion ukrainischer Gebiete verurteilt.',
      [['UA', 'ukraine-sovereignty', 'support']],
    ],
  ]);
});

describe('de: formulas that hedge, and a speaker a place follows', () => {
  check([
    [
      '„Wir unterstützen keine Unabhängigkeit Taiwans“, sagte US-Außenminister Antony Blinken nach dem Treffen in Peking.',
      [['US', 'taiwan-independence', 'neutral']],
    ],
    ['Ungarns Außenminister sagte, für einen Nato-Beitritt der Ukraine sei jetzt nicht der richtige Zeitpunkt.', [['HU', 'nato-expansion', 'oppose']]],
    ['Der Kreml erklärte, die Nato-Erweiterung um Finnland werde zwangsläufig eine Antwort Moskaus nach sich ziehen.', [['RU', 'nato-expansion', 'oppose']]],
  ]);
});

describe('de: blocking appointments to the Appellate Body keeps it from working: it opposes the reform that would restore it', () => {
  check([['Die USA blockieren seit Jahren die Ernennung neuer Richter am WTO-Berufungsgremium.', [['US', 'wto-reform', 'oppose']]]]);
});

describe('de: joining with the subjects singled out after the verb, and a participle between article and noun', () => {
  check([
    [
      'Die EU hat eine Übergangslösung für die WTO-Berufungsinstanz vereinbart. Der Übergangslösung schlossen sich unter anderem Chile, Norwegen und Kanada an.',
      [
        ['CA', 'wto-reform', 'support'],
        ['CL', 'wto-reform', 'support'],
        ['EU', 'wto-reform', 'support'],
        ['NO', 'wto-reform', 'support'],
      ],
    ],
    ['Die EU hat eine Übergangslösung für die blockierte WTO-Berufungsinstanz vereinbart.', [['EU', 'wto-reform', 'support']]],
  ]);
});

describe('de: names between the finite verb and the participle are its objects, the subject opening the clause holds it', () => {
  check([
    ['Peking hat Australien und den USA wegen des Aukus-Pakts scharf kritisiert.', [['CN', 'aukus', 'oppose']]],
    ['Russland hat Finnland und Schweden mit Gegenmaßnahmen gegen den Nato-Beitritt gedroht.', [['RU', 'nato-expansion', 'oppose']]],
    // A phrase opening the clause puts the subject after the finite verb; a word of aligning joins a partner.
    [
      'Am Freitag haben Polen und Ungarn die Sanktionen gegen Russland blockiert.',
      [
        ['HU', 'russia-sanctions', 'oppose'],
        ['PL', 'russia-sanctions', 'oppose'],
      ],
    ],
    [
      'Deutschland hat gemeinsam mit Frankreich neue Sanktionen gegen Russland beschlossen.',
      [
        ['DE', 'russia-sanctions', 'support'],
        ['FR', 'russia-sanctions', 'support'],
      ],
    ],
  ]);
});
