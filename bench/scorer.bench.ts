import { LexiconScorer } from '../models/lexicon.scorer.js';
import { builtinCatalogue } from '../pipeline/data/topic-catalogue.js';
import { findActorMentions } from '../pipeline/stages/actors.js';
import { buildCandidates } from '../pipeline/stages/candidates.js';
import { detectLanguage } from '../pipeline/stages/language.js';
import { splitSentences } from '../pipeline/stages/sentences.js';
import { TopicFinder } from '../pipeline/stages/topics.js';
import { jsonlLines } from './floor.bench.js';

/**
 * The lexicon scorer on its own, beside the stages that build its candidates (language,
 * sentences, actors, topics, coreference): the archive's first `limit` articles analysed on this
 * one thread with the built-in topics, the CPU time of each part summed. CPU time, not wall time,
 * so that other work on the machine weighs less; no threads, no database, no messages.
 */

export interface ScorerResult {
  articles: number;
  candidates: number;
  /** CPU milliseconds per article in `LexiconScorer.score`. */
  scorerMs: number;
  /** CPU milliseconds per article in the stages before it. */
  stagesMs: number;
}

/** Articles analysed first and not counted: the stages load their data (gazetteer, lexicons, matchers) on first use. */
const WARM_UP = 20;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function benchScorer(archive: string, limit: number): Promise<ScorerResult> {
  const topics = new TopicFinder(builtinCatalogue());
  const scorer = new LexiconScorer();
  const result: ScorerResult = { articles: 0, candidates: 0, scorerMs: 0, stagesMs: 0 };
  let seen = 0;
  for await (const line of jsonlLines(archive)) {
    if (result.articles >= limit) break;
    const article = JSON.parse(line) as { text: string; lang?: string; published_at?: string };
    const counted = seen++ >= WARM_UP;
    const started = cpuMs();
    const lang = await detectLanguage(article.text, article.lang);
    const mentions = findActorMentions(article.text, { lang, date: article.published_at ?? null });
    const placed = buildCandidates(article.text, splitSentences(article.text), mentions, lang, topics);
    const built = cpuMs();
    await scorer.score(placed.map((p) => p.candidate));
    if (!counted) continue;
    result.scorerMs += cpuMs() - built;
    result.stagesMs += built - started;
    result.candidates += placed.length;
    result.articles++;
  }
  if (result.articles > 0) {
    result.scorerMs /= result.articles;
    result.stagesMs /= result.articles;
  }
  return result;
}
