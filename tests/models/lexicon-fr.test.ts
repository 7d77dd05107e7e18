import { describe } from 'vitest';
import { checkLabelled, type LabelledCase } from './lexicon-records.js';

/*
 * The French vocabulary (models/lexicon/fr.json, pipeline/data/topics/fr.json) read by the real
 * lexicon scorer: every record an article yields, as [actor, topic, label]. The sentences are
 * written for this test in the style of French wire copy.
 */

const check = (cases: LabelledCase[]) => checkLabelled('fr', cases);

describe('fr: support, welcome and join', () => {
  check([
    ["L'Allemagne soutient l'adhésion de l'Ukraine à l'OTAN.", [['DE', 'nato-expansion', 'support']]],
    [
      "Le Canada a salué la décision de la Finlande de rejoindre l'OTAN.",
      [
        ['CA', 'nato-expansion', 'support'],
        ['FI', 'nato-expansion', 'support'],
      ],
    ],
    ["La Suède a officiellement déposé sa candidature d'adhésion à l'OTAN.", [['SE', 'nato-expansion', 'support']]],
    ["Le Parlement hongrois a ratifié l'adhésion de la Suède à l'OTAN.", [['HU', 'nato-expansion', 'support']]],
    ["La Turquie a levé son veto à l'entrée de la Finlande dans l'Alliance atlantique.", [['TR', 'nato-expansion', 'support']]],
    ["L'Inde plaide pour une réforme de l'Organisation mondiale du commerce.", [['IN', 'wto-reform', 'support']]],
    ["Les États-Unis ont réintégré l'accord de Paris sur le climat.", [['US', 'climate-action', 'support']]],
  ]);
});

describe('fr: measures taken (impose) and their opposite', () => {
  check([
    ["L'Union européenne a adopté un onzième paquet de sanctions contre la Russie.", [['EU', 'russia-sanctions', 'support']]],
    ['Le Canada a gelé les avoirs de plusieurs banques russes.', [['CA', 'russia-sanctions', 'support']]],
    ['Le Royaume-Uni a imposé de nouvelles sanctions à des oligarques russes.', [['GB', 'russia-sanctions', 'support']]],
    ["La Suisse a repris les sanctions de l'Union européenne contre la Russie.", [['CH', 'russia-sanctions', 'support']]],
    ['La Hongrie réclame la levée des sanctions contre la Russie.', [['HU', 'russia-sanctions', 'oppose']]],
    ["Les États-Unis se sont retirés de l'accord de Paris.", [['US', 'climate-action', 'oppose']]],
    ["Le président américain a signé un décret retirant les États-Unis de l'accord de Paris.", [['US', 'climate-action', 'oppose']]],
    ["Le Brésil s'est engagé à mettre fin à la déforestation illégale d'ici 2030.", [['BR', 'climate-action', 'support']]],
  ]);
});

describe('fr: oppose, condemn, block, warn', () => {
  check([
    ["La Hongrie s'oppose à un embargo sur le pétrole russe.", [['HU', 'russia-sanctions', 'oppose']]],
    ["La Turquie bloque l'adhésion de la Suède à l'OTAN.", [['TR', 'nato-expansion', 'oppose']]],
    ["Le Kremlin a mis en garde contre tout nouvel élargissement de l'OTAN.", [['RU', 'nato-expansion', 'oppose']]],
    ['La Chine a vivement critiqué le pacte Aukus.', [['CN', 'aukus', 'oppose']]],
    ['Paris a dénoncé un « coup dans le dos » après la rupture du contrat des sous-marins.', [['FR', 'aukus', 'oppose']]],
    ["Pékin s'oppose fermement à toute forme d'indépendance de Taïwan.", [['CN', 'taiwan-independence', 'oppose']]],
    ["La Russie a reconnu l'indépendance des républiques séparatistes de Donetsk et Louhansk.", [['RU', 'ukraine-sovereignty', 'oppose']]],
  ]);
});

describe('fr: condemning or not recognising the contrary supports the topic', () => {
  check([
    ["Le gouvernement français a condamné l'annexion de la Crimée.", [['FR', 'ukraine-sovereignty', 'support']]],
    // Moscow organised them: the act is reported.
    [
      "L'Estonie ne reconnaîtra jamais les prétendus référendums organisés par Moscou.",
      [
        ['EE', 'ukraine-sovereignty', 'support'],
        ['RU', 'ukraine-sovereignty', 'oppose'],
      ],
    ],
    ["La Pologne a qualifié les référendums d'annexion de mascarade.", [['PL', 'ukraine-sovereignty', 'support']]],
    ["Pékin a réaffirmé son attachement au principe d'une seule Chine.", [['CN', 'taiwan-independence', 'oppose']]],
  ]);
});

describe('fr: votes and abstentions', () => {
  check([
    ["La Chine s'est abstenue lors du vote sur la résolution.", []],
    ["La Chine s'est abstenue lors du vote sur la résolution sur l'intégrité territoriale de l'Ukraine.", [['CN', 'ukraine-sovereignty', 'neutral']]],
    ["L'Inde a voté contre la résolution qui condamne l'annexion.", [['IN', 'ukraine-sovereignty', 'oppose']]],
    ["Le Mexique a voté pour la résolution sur l'intégrité territoriale de l'Ukraine.", [['MX', 'ukraine-sovereignty', 'support']]],
    ["La Russie a opposé son veto à la résolution sur l'intégrité territoriale de l'Ukraine.", [['RU', 'ukraine-sovereignty', 'oppose']]],
    [
      "La Chine, l'Inde et le Brésil se sont abstenus lors du vote sur l'intégrité territoriale de l'Ukraine.",
      [
        ['BR', 'ukraine-sovereignty', 'neutral'],
        ['CN', 'ukraine-sovereignty', 'neutral'],
        ['IN', 'ukraine-sovereignty', 'neutral'],
      ],
    ],
    [
      "L'Assemblée a adopté une résolution sur l'intégrité territoriale de l'Ukraine. Le Pakistan s'est abstenu, tandis que Cuba et la Syrie ont voté contre.",
      [
        ['CU', 'ukraine-sovereignty', 'oppose'],
        ['PK', 'ukraine-sovereignty', 'neutral'],
        ['SY', 'ukraine-sovereignty', 'oppose'],
      ],
    ],
  ]);
});

describe('fr: negation, refusal and the no-side formula', () => {
  check([
    ["La Serbie n'imposera pas de sanctions à la Russie.", [['RS', 'russia-sanctions', 'oppose']]],
    ["La Serbie a refusé d'imposer des sanctions à la Russie.", [['RS', 'russia-sanctions', 'oppose']]],
    ["La Turquie ne s'associera pas aux sanctions contre la Russie, a déclaré Erdogan.", [['TR', 'russia-sanctions', 'oppose']]],
    ["La Suisse ne soutient pas l'indépendance de Taïwan.", [['CH', 'taiwan-independence', 'neutral']]],
    ['La Géorgie ne reconnaîtra pas les référendums tenus dans les régions occupées.', [['GE', 'ukraine-sovereignty', 'support']]],
  ]);
});

describe('fr: holders named through institutions, office holders and seats', () => {
  check([
    ["Le Quai d'Orsay a réaffirmé le soutien de la France à l'intégrité territoriale de l'Ukraine.", [['FR', 'ukraine-sovereignty', 'support']]],
    ["L'Élysée a salué l'accord sur le climat comme une étape historique.", [['FR', 'climate-action', 'support']]],
    ["Le ministre allemand des Affaires étrangères s'est prononcé pour un embargo sur le gaz russe.", [['DE', 'russia-sanctions', 'support']]],
    ["Le Kremlin a dénoncé les livraisons d'armes américaines à Taïwan.", [['RU', 'taiwan-independence', 'oppose']]],
    ['Le traité a été ratifié par le Sénat américain.', []],
    ["L'adhésion de la Finlande à l'OTAN a été approuvée mardi par le Sénat américain.", [['US', 'nato-expansion', 'support']]],
    ["Le pacte a été signé lundi par l'Australie.", []],
  ]);
});

describe('fr: the other topics', () => {
  check([
    ['La Chine a critiqué la présence militaire américaine en mer de Chine méridionale.', [['CN', 'us-role-asia-pacific', 'oppose']]],
    ['Le Japon a salué le déploiement de troupes américaines supplémentaires à Okinawa.', [['JP', 'us-role-asia-pacific', 'support']]],
    ["Les Philippines ont accordé aux forces américaines l'accès à quatre nouvelles bases.", [['PH', 'us-role-asia-pacific', 'support']]],
    ["L'Indonésie s'est dite préoccupée par les sous-marins à propulsion nucléaire australiens.", [['ID', 'aukus', 'oppose']]],
    ["L'Australie a défendu le partenariat Aukus, jugé nécessaire pour sa sécurité.", [['AU', 'aukus', 'support']]],
    ["La Commission européenne a présenté des propositions pour moderniser l'OMC.", [['EU', 'wto-reform', 'support']]],
    ["La Chine s'est engagée à atteindre la neutralité carbone avant 2060.", [['CN', 'climate-action', 'support']]],
    ["Moscou considère l'élargissement de l'OTAN comme une menace directe pour sa sécurité.", [['RU', 'nato-expansion', 'oppose']]],
    ["Zelensky a demandé une adhésion rapide de l'Ukraine à l'OTAN.", [['UA', 'nato-expansion', 'support']]],
    ['Le Honduras a rompu ses relations diplomatiques avec Taïwan.', [['HN', 'taiwan-independence', 'oppose']]],
    ["Lavrov a qualifié les sanctions occidentales d'illégales.", [['RU', 'russia-sanctions', 'oppose']]],
    ['La Russie a annoncé des contre-mesures en réponse aux sanctions européennes.', [['RU', 'russia-sanctions', 'oppose']]],
    ['Pékin a accusé Washington de soutenir les forces indépendantistes taïwanaises.', [['CN', 'taiwan-independence', 'oppose']]],
  ]);
});

describe('fr: the other topics and constructions', () => {
  check([
    ["Paris juge « inacceptable » l'annexion de la Crimée par la Russie.", [['FR', 'ukraine-sovereignty', 'support']]],
    ["Berlin s'est dit favorable à un plafonnement du prix du pétrole russe.", [['DE', 'russia-sanctions', 'support']]],
    ['Le chef de la diplomatie européenne a fustigé la reconnaissance des républiques séparatistes par Moscou.', [['EU', 'ukraine-sovereignty', 'support']]],
    ["Moscou a rejeté toute idée d'élargissement de l'OTAN vers l'Est.", [['RU', 'nato-expansion', 'oppose']]],
    ['La résolution a été adoptée par 141 voix pour, cinq contre et 35 abstentions.', []],
    ["Le Conseil de l'UE a prolongé de six mois les sanctions économiques contre la Russie.", [['EU', 'russia-sanctions', 'support']]],
    ['Le Premier ministre hongrois Viktor Orban a de nouveau critiqué les sanctions européennes contre la Russie.', [['HU', 'russia-sanctions', 'oppose']]],
    ["Pékin s'oppose fermement aux ventes d'armes américaines à Taïwan.", [['CN', 'taiwan-independence', 'oppose']]],
    ["Ankara a donné son feu vert à l'adhésion de la Suède à l'OTAN.", [['TR', 'nato-expansion', 'support']]],
    ["Le Canada s'est félicité de l'entrée en vigueur de l'accord de Paris.", [['CA', 'climate-action', 'support']]],
    ["Washington a annoncé le retrait des États-Unis de l'accord de Paris.", [['US', 'climate-action', 'oppose']]],
    ["La Chine a dénoncé une « mentalité de guerre froide » après l'annonce du pacte Aukus.", [['CN', 'aukus', 'oppose']]],
    ['Washington a réaffirmé son engagement « inébranlable » envers la défense du Japon.', [['US', 'us-role-asia-pacific', 'support']]],
    [
      "Les États-Unis ne soutiennent pas l'indépendance de Taïwan, a rappelé le porte-parole du département d'État.",
      [['US', 'taiwan-independence', 'neutral']],
    ],
    ['La Russie a imposé des contre-sanctions à plusieurs pays européens.', [['RU', 'russia-sanctions', 'oppose']]],
    ["Le Japon s'est aligné sur les sanctions occidentales contre Moscou.", [['JP', 'russia-sanctions', 'support']]],
    ["Pékin a mis en garde contre toute tentative d'indépendance de Taïwan.", [['CN', 'taiwan-independence', 'oppose']]],
  ]);
});

describe('fr: mentions that take no stance', () => {
  check([
    ["Les ministres des Affaires étrangères de l'OTAN se sont réunis à Bruxelles pour discuter de l'élargissement.", []],
    ["La réunion s'est tenue à Berlin, où les sanctions contre la Russie ont été évoquées.", []],
    ['Dans le détroit de Taïwan, la tension reste vive.', []],
    ['La COP28 se tiendra à Dubaï.', []],
  ]);
});

describe('fr: reported reactions, events and formulas', () => {
  check([
    ["Le Kremlin a jugé « inacceptable » toute adhésion de l'Ukraine à l'OTAN.", [['RU', 'nato-expansion', 'oppose']]],
    ['Varsovie réclame un durcissement des sanctions contre Moscou.', [['PL', 'russia-sanctions', 'support']]],
    ["L'Italie a plaidé pour un plafonnement du prix du gaz russe.", [['IT', 'russia-sanctions', 'support']]],
    ['La Slovaquie juge que les sanctions contre la Russie « ne fonctionnent pas ».', [['SK', 'russia-sanctions', 'oppose']]],
    ['Le Japon a annoncé de nouvelles sanctions visant des banques russes.', [['JP', 'russia-sanctions', 'support']]],
    ["Ottawa a salué la ratification par le Parlement turc de l'adhésion de la Suède à l'OTAN.", [['CA', 'nato-expansion', 'support']]],
    ["Le Sénat américain a approuvé l'adhésion de la Finlande à l'OTAN.", [['US', 'nato-expansion', 'support']]],
    [
      "Moscou a qualifié d'« illégale » la décision de Kiev de demander son adhésion à l'OTAN.",
      [
        ['RU', 'nato-expansion', 'oppose'],
        ['UA', 'nato-expansion', 'support'],
      ],
    ],
    ['Le président Xi Jinping a promis que la Chine atteindrait la neutralité carbone avant 2060.', [['CN', 'climate-action', 'support']]],
    ["Le Brésil s'engage à mettre fin à la déforestation illégale d'ici 2030.", [['BR', 'climate-action', 'support']]],
    ["Washington a annoncé sa sortie de l'accord de Paris.", [['US', 'climate-action', 'oppose']]],
    ["L'Australie a rejeté les critiques de Pékin contre le pacte Aukus.", [['AU', 'aukus', 'support']]],
    ['Pékin a dénoncé le pacte Aukus, jugé « extrêmement irresponsable ».', [['CN', 'aukus', 'oppose']]],
    ["La Chine s'oppose à tout déploiement de missiles américains en Asie.", [['CN', 'us-role-asia-pacific', 'oppose']]],
    ["Paris appelle à une réforme en profondeur de l'OMC.", [['FR', 'wto-reform', 'support']]],
    ["L'UE souhaite rétablir le fonctionnement de l'Organe d'appel de l'OMC.", [['EU', 'wto-reform', 'support']]],
    ["L'Afrique du Sud s'est abstenue lors du vote de l'Assemblée générale sur l'annexion.", [['ZA', 'ukraine-sovereignty', 'neutral']]],
    ["Le Vatican a appelé au respect de l'intégrité territoriale de l'Ukraine.", [['VA', 'ukraine-sovereignty', 'support']]],
    ["Pékin a exprimé son « ferme mécontentement » après la visite d'une délégation américaine à Taïwan.", [['CN', 'taiwan-independence', 'oppose']]],
    ['Le Guatemala maintient ses relations diplomatiques avec Taïwan.', [['GT', 'taiwan-independence', 'support']]],
  ]);
});

describe('fr: threats and demands take the act they name', () => {
  check([
    ['La Slovaquie menace de bloquer le prochain paquet de sanctions contre la Russie.', [['SK', 'russia-sanctions', 'oppose']]],
    ["La Norvège a décidé de reprendre les sanctions de l'Union européenne contre la Russie.", [['NO', 'russia-sanctions', 'support']]],
    ['La Slovaquie a demandé que les sanctions contre la Russie soient levées.', [['SK', 'russia-sanctions', 'oppose']]],
  ]);
});

describe('fr: a list names who did what the clause says, not what the resolution says', () => {
  check([
    [
      "Plusieurs pays se sont abstenus lors du vote sur la résolution condamnant l'annexion, dont le Mali et le Vietnam.",
      [
        ['ML', 'ukraine-sovereignty', 'neutral'],
        ['VN', 'ukraine-sovereignty', 'neutral'],
      ],
    ],
  ]);
});

describe('fr: a sentence that opens with whose view it gives', () => {
  check([
    ["Pour Minsk, l'élargissement de l'Otan constitue une menace directe.", [['BY', 'nato-expansion', 'oppose']]],
    ["Mais aux yeux de la Serbie, l'élargissement de l'Otan reste une menace.", [['RS', 'nato-expansion', 'oppose']]],
    ["Le rapport décrit l'élargissement de l'Otan comme une menace pour la Serbie.", []],
  ]);
});

describe('fr: a place that opens the sentence says whose institution speaks', () => {
  check([["Le Canada est resté à l'écart. À Pékin, le ministère des Affaires étrangères a dénoncé le pacte Aukus.", [['CN', 'aukus', 'oppose']]]]);
});

describe('fr: a noun that heads the contrary names the topic; the verb of blame takes the stance', () => {
  check([
    ["La Belgique a qualifié d'illégale la reconnaissance des républiques séparatistes par Moscou.", [['BE', 'ukraine-sovereignty', 'support']]],
    ["L'annexion des régions occupées est illégale, a déclaré le Quai d'Orsay.", [['FR', 'ukraine-sovereignty', 'support']]],
  ]);
});

describe('fr: the first person in a quote before its speaker', () => {
  check([
    [
      "« Nous ne reconnaîtrons jamais l'annexion des régions ukrainiennes », a déclaré le chef de la diplomatie belge.",
      [['BE', 'ukraine-sovereignty', 'support']],
    ],
    ['« Les sanctions contre la Russie ne fonctionnent pas », a affirmé le Premier ministre hongrois.', [['HU', 'russia-sanctions', 'oppose']]],
  ]);
});

describe('fr: a verb of warning before its speaker, a title and a time word between; a preposition after the verb names a place', () => {
  check([
    [
      "L'entrée de la Moldavie dans l'Otan serait une provocation, a averti jeudi le vice-ministre russe des Affaires étrangères.",
      [['RU', 'nato-expansion', 'oppose']],
    ],
    ["« L'élargissement de l'Otan menace notre sécurité », a déclaré à la presse le porte-parole du Kremlin.", [['RU', 'nato-expansion', 'oppose']]],
    ["La Russie a qualifié l'adhésion de la Suède d'« atteinte à sa sécurité ».", [['RU', 'nato-expansion', 'oppose']]],
    ["L'Autriche s'est ralliée à l'embargo européen sur le pétrole russe.", [['AT', 'russia-sanctions', 'support']]],
  ]);
});

describe('fr: the agent of a passive named by a title and its adjective', () => {
  check([["L'adhésion de la Finlande à l'Otan a été ratifiée mardi par le Parlement néerlandais.", [['NL', 'nato-expansion', 'support']]]]);
});

describe('fr: the agent of a nominal act is no holder', () => {
  check([["Le Quai d'Orsay a dénoncé l'annexion illégale des régions occupées par la Russie.", [['FR', 'ukraine-sovereignty', 'support']]]]);
});

describe('fr: waging an economic war is the side that sanctions; accusing another of it opposes', () => {
  check([
    [
      "Le ministre français des Finances a promis que l'Europe livrerait une guerre économique sans merci à la Russie.",
      [['FR', 'russia-sanctions', 'support']],
    ],
    ["Le Kremlin accuse l'Occident de mener une guerre économique contre la Russie.", [['RU', 'russia-sanctions', 'oppose']]],
    ['Le ministre belge a assuré que les sanctions contre la Russie seront appliquées sans exception.', [['BE', 'russia-sanctions', 'support']]],
  ]);
});

describe('fr: a side of the vote named after its count, with its list', () => {
  check([
    [
      "L'Assemblée générale a adopté une résolution condamnant l'annexion de régions ukrainiennes. Le texte a recueilli 143 voix pour et 5 contre, dont celles de la Russie et du Bélarus, tandis que 35 pays se sont abstenus, dont la Chine.",
      [
        ['BY', 'ukraine-sovereignty', 'oppose'],
        ['CN', 'ukraine-sovereignty', 'neutral'],
        ['RU', 'ukraine-sovereignty', 'oppose'],
      ],
    ],
    ["La résolution condamnant l'annexion a été rejetée par la Russie.", [['RU', 'ukraine-sovereignty', 'oppose']]],
  ]);
});

describe('fr: sponsoring a resolution holds what it says', () => {
  check([
    [
      "La Russie a bloqué un projet de résolution rédigé par les États-Unis qui condamnait l'annexion.",
      [
        ['RU', 'ukraine-sovereignty', 'oppose'],
        ['US', 'ukraine-sovereignty', 'support'],
      ],
    ],
    [
      "L'Assemblée générale a adopté une résolution présentée par l'Ukraine qui réaffirme son intégrité territoriale.",
      [['UA', 'ukraine-sovereignty', 'support']],
    ],
  ]);
});

describe('fr: formulas that hedge, and a speaker a place follows', () => {
  check([
    [
      "« Nous ne soutenons pas l'indépendance de Taïwan », a déclaré le secrétaire d'État américain Antony Blinken à Pékin.",
      [['US', 'taiwan-independence', 'neutral']],
    ],
    [
      "Le ministre hongrois des Affaires étrangères a jugé prématurée toute discussion sur l'adhésion de l'Ukraine à l'OTAN.",
      [['HU', 'nato-expansion', 'oppose']],
    ],
  ]);
});

describe('fr: a pronoun for the person named before, and a promise of new sanctions', () => {
  check([["Ursula von der Leyen s'est rendue à Kiev jeudi. Elle a promis de nouvelles sanctions contre la Russie.", [['EU', 'russia-sanctions', 'support']]]]);
});

describe('fr: blocking appointments to the Appellate Body keeps it from working: it opposes the reform that would restore it', () => {
  check([["Les États-Unis bloquent depuis des années la nomination des juges de l'Organe d'appel.", [['US', 'wto-reform', 'oppose']]]]);
});

describe('fr: taking sanctions, in reprisal or not, imposes them', () => {
  check([
    ['Washington prendra de nouvelles sanctions contre la Russie, a annoncé la Maison-Blanche.', [['US', 'russia-sanctions', 'support']]],
    ['Le Canada a affirmé qu’il prendrait en représailles de nouvelles sanctions contre la Russie.', [['CA', 'russia-sanctions', 'support']]],
    ['Moscou a promis des représailles contre les sanctions occidentales.', [['RU', 'russia-sanctions', 'oppose']]],
  ]);
});
