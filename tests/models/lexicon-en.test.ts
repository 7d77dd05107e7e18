import { describe, expect, it } from 'vitest';
import { LexiconScorer } from '../../models/lexicon.scorer.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { analyseArticle } from '../../pipeline/stages/analyse.js';
import { TopicFinder } from '../../pipeline/stages/topics.js';

/*
 * English: sentences written for these tests, each with the whole set of records it must give
 * ("actor topic sign"). They cover each stance class of models/lexicon/en.json, negation, the topic events of
 * pipeline/data/topics/en.json, holders named through institutions, and mentions that must give no record.
 */

const scorer = new LexiconScorer();
const topics = new TopicFinder(builtinCatalogue());

async function records(text: string): Promise<string[]> {
  const analysis = await analyseArticle({ id: 'lexicon-en', text, lang: 'en', publishedAt: '2023-03-01' }, scorer, topics);
  return analysis.stances.map((s) => `${s.actor} ${s.topic} ${Math.sign(Math.round(s.score * 10))}`).sort();
}

const cases: Record<string, Array<[string, string[]]>> = {
  'support, welcome and join': [
    ['Norway said on Monday it supports fresh sanctions against Russia.', ['NO russia-sanctions 1']],
    ["Canada backed Ukraine's bid to join NATO.", ['CA nato-expansion 1']],
    ["Latvia welcomed Sweden's accession to NATO as a historic step.", ['LV nato-expansion 1']],
    ['Georgia applied to join NATO in 2008 and still hopes to become a member.', ['GE nato-expansion 1']],
    ["Estonia supports NATO's open-door policy.", ['EE nato-expansion 1']],
    ['Sweden formally joined NATO on Thursday.', ['SE nato-expansion 1']],
    ['Japan welcomed the AUKUS partnership, saying it would contribute to regional stability.', ['JP aukus 1']],
  ],
  'impose, recognise and vote for': [
    ['The European Union imposed an embargo on Russian coal in April.', ['EU russia-sanctions 1']],
    ['Japan froze the assets of several Russian banks and banned imports of Russian vodka.', ['JP russia-sanctions 1']],
    ['Britain announced new sanctions on Russian oligarchs on Tuesday.', ['GB russia-sanctions 1']],
    ["Switzerland said it would adopt the European Union's sanctions against Russia.", ['CH russia-sanctions 1']],
    ['Nicaragua recognised the annexation of Crimea.', ['NI ukraine-sovereignty -1']],
    ["Syria recognised the independence of the Donetsk and Luhansk people's republics.", ['SY ukraine-sovereignty -1']],
    ["Chile voted in favour of the resolution on Ukraine's territorial integrity.", ['CL ukraine-sovereignty 1']],
  ],
  'oppose, condemn, block, withdraw, warn and vote against': [
    ['The Kremlin rejects any further enlargement of NATO.', ['RU nato-expansion -1']],
    ['Poland condemned the annexation of Crimea.', ['PL ukraine-sovereignty 1']],
    ["Turkey blocked Sweden's NATO bid for more than a year.", ['TR nato-expansion -1']],
    ['Hungary vetoed the new sanctions package against Russia.', ['HU russia-sanctions -1']],
    ['Washington lifted sanctions on Russian fertiliser exports.', ['US russia-sanctions -1']],
    ['The United States withdrew from the Paris Agreement in 2020.', ['US climate-action -1']],
    ['Beijing warned that the AUKUS pact would trigger an arms race in the region.', ['CN aukus -1']],
    ['Russia vowed countermeasures after Finland joined NATO.', ['FI nato-expansion 1', 'RU nato-expansion -1']],
    ['The Solomon Islands severed diplomatic ties with Taiwan in 2019.', ['SB taiwan-independence -1']],
    ['India and China pushed back against a call to phase out coal.', ['CN climate-action -1', 'IN climate-action -1']],
    ['Belarus voted against the General Assembly resolution demanding the withdrawal of Russian troops from Ukraine.', ['BY ukraine-sovereignty -1']],
  ],
  'praise and blame': [
    ['The State Department said the referendums in occupied Ukraine were illegitimate.', ['US ukraine-sovereignty 1']],
    ['The Kremlin called the Western sanctions against Russia illegal.', ['RU russia-sanctions -1']],
    ['Sweden described its accession to NATO as a historic step.', ['SE nato-expansion 1']],
  ],
  'abstentions and declining to take sides': [
    ['Brazil abstained in the vote on the sanctions against Russia.', ['BR russia-sanctions 0']],
    [
      "The resolution on Ukraine's territorial integrity was adopted. Chile and Peru voted in favour, while China and India were among the 35 abstentions.",
      ['CL ukraine-sovereignty 1', 'CN ukraine-sovereignty 0', 'IN ukraine-sovereignty 0', 'PE ukraine-sovereignty 1'],
    ],
    ['Switzerland declined to take sides on NATO enlargement.', ['CH nato-expansion 0']],
    ['The United States does not support Taiwan independence, a State Department spokesman said.', ['US taiwan-independence 0']],
  ],
  'negation resolved by meaning': [
    ['Mexico will not impose sanctions on Russia, its foreign ministry said.', ['MX russia-sanctions -1']],
    ['Greece will never recognise the so-called republics in eastern Ukraine.', ['GR ukraine-sovereignty 1']],
    ['Kazakhstan will not recognise the Donetsk and Luhansk republics, President Kassym-Jomart Tokayev said.', ['KZ ukraine-sovereignty 1']],
    ['Italy no longer objects to the price cap on Russian oil.', ['IT russia-sanctions 1']],
    ['Kazakhstan recognises neither Taiwan nor Kosovo, its president said.', ['KZ taiwan-independence -1']],
    ['Australia refused to sign up to the global methane pledge.', ['AU climate-action -1']],
    ['Serbia has refused to impose sanctions on Russia despite pressure from Brussels.', ['RS russia-sanctions -1']],
  ],
  'topic events and formulas': [
    ['Chile pledged to reach net zero by 2050.', ['CL climate-action 1']],
    ['President Joe Biden said the United States would rejoin the Paris climate agreement.', ['US climate-action 1']],
    ["The European Union called for a reform of the WTO's dispute settlement system.", ['EU wto-reform 1']],
    ['The Philippines granted US troops access to four more bases.', ['PH us-role-asia-pacific 1']],
    ['China criticised the deployment of US missile systems in the Philippines.', ['CN us-role-asia-pacific -1']],
    ['Honduras switched diplomatic recognition from Taipei to Beijing on Sunday.', ['HN taiwan-independence -1']],
    ['Beijing firmly opposes any form of Taiwan independence.', ['CN taiwan-independence -1']],
    ['Paraguay reaffirmed its diplomatic relations with Taiwan.', ['PY taiwan-independence 1']],
  ],
  'holders named through institutions, passives and references back': [
    ["The Foreign Office condemned Russia's invasion of Ukraine.", ['GB ukraine-sovereignty 1']],
    ["Finland's NATO accession was ratified by the Turkish parliament on Thursday.", ['TR nato-expansion 1']],
    ['Russia and China said they oppose the expansion of NATO.', ['CN nato-expansion -1', 'RU nato-expansion -1']],
    ['Sweden applied to join NATO.\n\nThe application was welcomed by Denmark.', ['DK nato-expansion 1', 'SE nato-expansion 1']],
    ['The United States left the Paris Agreement on Wednesday. The move was criticised by France.', ['FR climate-action 1', 'US climate-action -1']],
    ['Britain imposed new sanctions on Russian banks.\n\nThe Kremlin condemned the sanctions.', ['GB russia-sanctions 1', 'RU russia-sanctions -1']],
  ],
  'what a demand asks to happen to its object': [
    ['Slovakia called for the sanctions against Russia to be lifted before winter.', ['SK russia-sanctions -1']],
    ['Poland called for the sanctions against Russia to be tightened.', ['PL russia-sanctions 1']],
    ['Canada added nine Russian officials to its sanctions list on Friday.', ['CA russia-sanctions 1']],
  ],
  'a list names who did what the clause says': [
    [
      'Four countries voted against the resolution condemning the annexation, including Belarus and Nicaragua.',
      ['BY ukraine-sovereignty -1', 'NI ukraine-sovereignty -1'],
    ],
    [
      'A resolution condemning the annexation passed easily; 32 countries abstained, including Vietnam and Laos.',
      ['LA ukraine-sovereignty 0', 'VN ukraine-sovereignty 0'],
    ],
  ],
  'a sentence that opens with whose view it gives': [
    ['For Belgrade, NATO enlargement in the Balkans is a threat to its neutrality.', ['RS nato-expansion -1']],
    ['Analysts called NATO enlargement a threat for Serbia.', []],
  ],
  'calling a measure futile opposes it': [['Belarus said the new sanctions against Russia would not work and were pointless.', ['BY russia-sanctions -1']]],
  'a place that opens the sentence says whose institution speaks': [
    ['Canada stayed out of the pact. In Beijing, the foreign ministry condemned AUKUS as irresponsible.', ['CN aukus -1']],
  ],
  'offices owned by a name, the scene of an act, and assertions of the contrary': [
    ["Serbia's foreign ministry summoned the Japanese ambassador to protest against Tokyo's new sanctions on Russia.", ['RS russia-sanctions -1']],
    ['Belarus said it would take military-technical measures in response to Finland joining NATO.', ['BY nato-expansion -1']],
    ['Minsk insists that Crimea is part of Russia.', ['BY ukraine-sovereignty -1']],
    ["Norway's parliament voted to apply the EU's sanctions against Russia.", ['NO russia-sanctions 1']],
  ],
  'a phrase that heads the contrary, a speaker after a determiner, what a document says': [
    ['The Netherlands said the incorporation of the four regions into Russia was illegal.', ['NL ukraine-sovereignty 1']],
    ['The annexation of the southern regions violates international law, said the Foreign Office.', ['GB ukraine-sovereignty 1']],
    ['Norway condemned the recognition of the breakaway republics by Moscow.', ['NO ukraine-sovereignty 1']],
    ["Denmark condemned Moscow's recognition of the separatist republics.", ['DK ukraine-sovereignty 1']],
  ],
  'a quote before its speaker: a negation inside it, calling a measure ineffective': [
    ['"We will not impose sanctions on Russia," the Serbian president said.', ['RS russia-sanctions -1']],
    ['"The sanctions against Russia have not worked," the Slovak prime minister said.', ['SK russia-sanctions -1']],
  ],
  'calling a measure the root cause of a crisis opposes it': [['Tehran said NATO expansion was the root cause of the conflict.', ['IR nato-expansion -1']]],
  'switching recognition to Beijing opposes Taiwan independence': [
    ['Nauru said on Monday that it had established diplomatic relations with Beijing instead of Taiwan.', ['NR taiwan-independence -1']],
  ],
  'waging an economic war is the side that sanctions; accusing another of it opposes': [
    ["Britain's foreign secretary said the West would wage an all-out economic war on Russia.", ['GB russia-sanctions 1']],
    ['The Kremlin accused the West of waging an economic war on Russia.', ['RU russia-sanctions -1']],
  ],
  'a count with its list after it names who voted so; a passive agent takes the verb before it': [
    [
      'The General Assembly adopted a resolution condemning the annexation of Ukrainian regions. It passed with 143 votes in favour and five against, among them Russia and Belarus, while 35 abstained, including China and India.',
      ['BY ukraine-sovereignty -1', 'CN ukraine-sovereignty 0', 'IN ukraine-sovereignty 0', 'RU ukraine-sovereignty -1'],
    ],
    ['The resolution condemning the annexation was vetoed by Russia.', ['RU ukraine-sovereignty -1']],
  ],
  'sponsoring a resolution holds what it says; a verb whose object is a document takes its description': [
    [
      'Russia vetoed a draft resolution drafted by the United States and Albania that condemned the annexation.',
      ['AL ukraine-sovereignty 1', 'RU ukraine-sovereignty -1', 'US ukraine-sovereignty 1'],
    ],
    ['The resolution, sponsored by Germany and France, demands that Russia withdraw from Ukraine.', ['DE ukraine-sovereignty 1', 'FR ukraine-sovereignty 1']],
  ],
  'formulas that hedge: not the right time, neutrality on the war, a war or a response foretold, a position unchanged': [
    ["Hungary's foreign minister said it was not the right time to talk about Ukraine joining NATO.", ['HU nato-expansion -1']],
    ["Algeria's foreign minister said his country remained neutral on the war in Ukraine.", ['DZ ukraine-sovereignty 0']],
    ["Hungary's foreign minister warned that Ukraine's accession to NATO could lead to a third world war.", ['HU nato-expansion -1']],
    ["The Kremlin said NATO's expansion into Finland would inevitably provoke a response from Moscow.", ['RU nato-expansion -1']],
    ["Japan's chief cabinet secretary said the government's position on Taiwan was unchanged.", ['JP taiwan-independence 0']],
  ],
  'an institution or office named with its country is the one "the ministry" or "the minister" refers to later': [
    [
      "Japan's foreign ministry issued a statement on Friday. The ministry said Japan would never recognise the so-called referendums in occupied Ukraine.",
      ['JP ukraine-sovereignty 1'],
    ],
    [
      "Spain's deputy prime minister arrived in Dubai on Monday. The minister argued that the final deal must include a phase-out of fossil fuels.",
      ['ES climate-action 1'],
    ],
    ['Prime Minister Ulf Andersson arrived in Kyiv. The minister promised new sanctions against Russia.', []],
    ['Ursula von der Leyen visited Kyiv on Thursday. She promised new sanctions against Russia.', ['EU russia-sanctions 1']],
  ],
  'mentions that give no record': [
    ['Washington said the new sanctions on Russia would also hurt banks across the region.', []],
    ['The summit on NATO enlargement was held in Vilnius, Lithuania.', []],
    ['Sanctions against Russia were discussed at a meeting in Brussels attended by Belgian officials.', []],
    ['Moscow claims that Washington wants to bring Kyiv into NATO.', []],
    ['India increased its purchases of Russian oil last year.', []],
    ['LONDON — The price of oil fell after the EU debated an embargo on Russian crude.', []],
  ],
};

describe('the en lexicon and topic phrases', () => {
  for (const [group, items] of Object.entries(cases)) {
    it(group, async () => {
      for (const [text, expected] of items) expect(await records(text), text).toEqual([...expected].sort());
    });
  }
});
