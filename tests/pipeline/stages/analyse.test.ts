import { describe, expect, it } from 'vitest';
import { LexiconScorer } from '../../../models/lexicon.scorer.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { analyseArticle } from '../../../pipeline/stages/analyse.js';
import { TopicFinder } from '../../../pipeline/stages/topics.js';

const topics = new TopicFinder(builtinCatalogue());
const stancesOf = async (text: string, publishedAt = '2022-06-01') =>
  (await analyseArticle({ id: 't', text, lang: 'en', publishedAt }, new LexiconScorer(), topics)).stances.map((s) => [s.actor, s.topic, s.label]);

describe('analyseArticle (English, lexicon scorer)', () => {
  it('does not turn a negated objection into an oppose record', async () => {
    const stances = await stancesOf("Germany did not oppose Finland's bid to join NATO.");
    expect(stances.filter(([actor, , label]) => actor === 'DE' && label === 'oppose')).toEqual([]);
  });

  it('reads a negated support as opposition', async () => {
    expect(await stancesOf('Mexico said it would not impose sanctions on Russia.')).toEqual([['MX', 'russia-sanctions', 'oppose']]);
  });

  it('resolves metonyms to their actors', async () => {
    const stances = await stancesOf('The Kremlin warned against NATO expansion. Ankara said it would block the bids to join NATO.');
    expect(stances).toEqual(expect.arrayContaining([['RU', 'nato-expansion', 'oppose'], ['TR', 'nato-expansion', 'oppose']]));
  });

  it('gives the stance to the speaker, not to the actor spoken about', async () => {
    const stances = await stancesOf('China condemned the AUKUS pact between Australia, the UK and the United States.');
    expect(stances).toEqual([['CN', 'aukus', 'oppose']]);
  });

  it('attributes a quote to the person named after it ("he told")', async () => {
    const stances = await stancesOf('NATO chief Jens Stoltenberg spoke on Friday.\n\n"This is not about NATO expansion. It is about the right of every nation to choose its own path," he told reporters.');
    expect(stances).toContainEqual(['NATO', 'nato-expansion', 'support']);
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
});
