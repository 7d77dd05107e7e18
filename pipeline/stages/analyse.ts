import type { Scorer } from '../../models/scorer.js';
import { findActorMentions } from './actors.js';
import { type ArticleStance, aggregateArticle, labelOf, type SentenceResult } from './aggregate.js';
import { buildCandidates, type PlacedCandidate } from './candidates.js';
import { detectLanguage } from './language.js';
import { type Sentence, splitSentences } from './sentences.js';
import type { TopicFinder } from './topics.js';

export interface ArticleInput {
  id: string;
  text: string;
  /** The headline: the context of the lead paragraph, which often takes its topic from it. */
  title?: string | null;
  lang: string | null;
  publishedAt: string | null;
}

export interface ArticleAnalysis {
  id: string;
  lang: string;
  stances: ArticleStance[];
}

/** language → sentences → actors → candidates (topics, coreference) → scorer → one record per actor and topic. */
export async function analyseArticle(article: ArticleInput, scorer: Scorer, topics: TopicFinder): Promise<ArticleAnalysis> {
  const lang = await detectLanguage(article.text, article.lang);
  const placed = candidatesOf(article, lang, topics);
  const scores = await scorer.score(placed.map((p) => p.candidate));
  const results: SentenceResult[] = [];
  placed.forEach(({ sentence, candidate, fromHeadline }, i) => {
    const stance = scores[i];
    if (stance) results.push({ sentence, actor: candidate.actor.code, topic: candidate.topic.id, stance, ...(fromHeadline ? { fromHeadline } : {}) });
  });
  return { id: article.id, lang, stances: aggregateArticle(results).filter((s) => !againstItself(s, topics)) };
}

/**
 * A record of an actor opposing its own standing ("Taiwan opposes Taiwan's independence"): the
 * reading has taken the subject of another's act for the holder ("Nauru broke off relations with
 * Taipei"), so the article gives it none. The topic says whose standing it is (`about`).
 */
function againstItself(stance: ArticleStance, topics: TopicFinder): boolean {
  return labelOf(stance.score) === 'oppose' && (topics.topics.find((t) => t.id === stance.topic)?.about?.includes(stance.actor) ?? false);
}

/** What the scorer is asked about an article in `lang`: the headline's candidates, then the text's. */
export function candidatesOf(article: ArticleInput, lang: string, topics: TopicFinder): PlacedCandidate[] {
  const mentions = findActorMentions(article.text, { lang, date: article.publishedAt });
  return [...headlineCandidates(article, lang, topics), ...buildCandidates(article.text, splitSentences(article.text), mentions, lang, topics, article.title)];
}

/**
 * The headline read as a paragraph of its own ("Turkey lifts its veto on Sweden's NATO bid"): its
 * records cite the title. A headline that opens with a person or an institution and a colon gives
 * the words after it to that speaker ("Lavrov: NATO's expansion threatens Europe"): those it names
 * are in the claim. A country before the colon may be the speaker or the place ("Ukraine: EU
 * agrees new sanctions"), so it is read as in any sentence.
 */
function headlineCandidates(article: ArticleInput, lang: string, topics: TopicFinder): PlacedCandidate[] {
  const title = article.title;
  if (!title) return [];
  const sentences = splitSentences(title)
    .flatMap((s) => clausesOfHeadline(s))
    .map((s, index): Sentence => ({ ...s, index, field: 'title' }));
  const placed = buildCandidates(title, sentences, findActorMentions(title, { lang, date: article.publishedAt }), lang, topics);
  const speaker = colonSpeaker(title, placed);
  return speaker ? placed.filter((p) => p.candidate.actor.code === speaker) : placed;
}

/** A space between two Chinese or Japanese characters of a headline, which parts its clauses: "美英澳公布…计划 中方表示坚决反对". */
const HEADLINE_CLAUSE_SPACE =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}」』”）])[ \u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『“（])/gu;

/** A headline sentence parted at the spaces Chinese and Japanese headlines put between their clauses. */
function clausesOfHeadline(sentence: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const gap of sentence.text.matchAll(HEADLINE_CLAUSE_SPACE)) {
    parts.push({ ...sentence, start: sentence.start + from, end: sentence.start + gap.index, text: sentence.text.slice(from, gap.index) });
    from = gap.index + gap[0].length;
  }
  parts.push({ ...sentence, start: sentence.start + from, text: sentence.text.slice(from) });
  return parts;
}

/** The person or institution named right before a headline's first colon ("Путин:", "外交部："), if any. */
function colonSpeaker(title: string, placed: PlacedCandidate[]): string | undefined {
  const colon = title.search(/[:：]/u);
  if (colon < 0) return undefined;
  for (const { sentence, candidate } of placed) {
    if (sentence.start > colon || sentence.end < colon) continue;
    for (const m of candidate.actor.mentions) {
      const end = sentence.start + m.end;
      if ((m.role === 'person' || m.role === 'institution') && m.end > m.start && end <= colon && title.slice(end, colon).trim() === '')
        return candidate.actor.code;
    }
  }
  return undefined;
}
