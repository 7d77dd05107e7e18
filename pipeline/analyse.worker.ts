import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, StanceError } from '../core/errors.js';
import { identityOf, type Scorer, type ScorerIdentity } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import { type AnalyseMessage, analyseOne, type JobMessage } from './analyser.js';
import { type CustomActors, withCustomActors } from './data/custom-actors.js';
import { loadGazetteer, useGazetteer } from './data/gazetteer.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import { RemoteScorer, type ScoreReply } from './remote-scorer.js';
import { buildScorer } from './scorer-factory.js';
import type { ArticleInput } from './stages/analyse.js';
import { TopicFinder } from './stages/topics.js';
import { withEvidenceText } from './stored-stance.js';

/** `remote`: the model is on the main thread (see RemoteScorer); otherwise this thread builds the scorer. */
const { spec, topics, remote, customActors } = workerData as {
  spec: ScorerSpec;
  topics: TopicDefinition[];
  remote?: ScorerIdentity;
  customActors?: CustomActors;
};
const port = parentPort!;
const say = (message: JobMessage) => port.postMessage(message);

/**
 * Each article is reported as it starts and as it ends, so the thread that watches the deadlines
 * knows which article a stalled worker was on. With a local scorer the articles go one after the
 * other; with the model on the main thread they go together, so their candidates batch.
 */
async function analyseJob(job: number, articles: ArticleInput[], scorer: Scorer, finder: TopicFinder): Promise<void> {
  const one = async (article: ArticleInput) => {
    say({ type: 'started', job, id: article.id });
    const outcome = await analyseOne(article, scorer, finder);
    say({ type: 'outcome', job, outcome: outcome.ok ? { ...outcome, analysis: withEvidenceText(outcome.analysis) } : outcome });
  };
  if (remote) await Promise.all(articles.map(one));
  else for (const article of articles) await one(article);
  say({ type: 'done', job });
}

/**
 * The stages load their data (gazetteer, lexicons, matchers) on first use, which takes seconds:
 * a worker does that before it says it is ready, so no article's deadline pays for it. With the
 * model on the main thread, nothing is sent to it: the warm-up's candidates are left unscored.
 */
async function warmUp(scorer: Scorer, finder: TopicFinder): Promise<void> {
  const local: Scorer = remote ? { ...identityOf(scorer), score: async (candidates) => candidates.map(() => null) } : scorer;
  const text = 'Russia opposes NATO expansion, the Kremlin said on Monday. China backed Moscow.';
  await analyseOne({ id: 'warm-up', text, lang: 'en', publishedAt: null }, local, finder);
}

try {
  if (customActors) useGazetteer(withCustomActors(loadGazetteer(), customActors));
  const scorer = remote ? new RemoteScorer(port, remote) : await buildScorer(spec);
  const finder = new TopicFinder(topics);
  await warmUp(scorer, finder);
  // Jobs sent while one is in hand wait their turn: each article starts after the last one ended.
  let previous = Promise.resolve();
  port.on('message', (message: AnalyseMessage | ScoreReply) => {
    if (message.type === 'scored') (scorer as RemoteScorer).settle(message);
    else previous = previous.then(() => analyseJob(message.job, message.articles, scorer, finder));
  });
  port.postMessage({ type: 'ready', scorer: identityOf(scorer) });
} catch (error) {
  port.postMessage({ type: 'fatal', code: error instanceof StanceError ? error.code : 'internal', message: errorMessage(error) });
}
