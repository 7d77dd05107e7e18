import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, StanceError } from '../core/errors.js';
import { identityOf, type ScorerIdentity } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import { type AnalyseMessage, analyseChunk } from './analyser.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import { RemoteScorer, type ScoreReply } from './remote-scorer.js';
import { buildScorer } from './scorer-factory.js';
import { TopicFinder } from './stages/topics.js';

/** `remote`: the model is on the main thread (see RemoteScorer); otherwise this thread builds the scorer. */
const { spec, topics, remote } = workerData as { spec: ScorerSpec; topics: TopicDefinition[]; remote?: ScorerIdentity };
const port = parentPort!;

try {
  const scorer = remote ? new RemoteScorer(port, remote) : await buildScorer(spec);
  const finder = new TopicFinder(topics);
  port.on('message', async (message: AnalyseMessage | ScoreReply) => {
    if (message.type === 'scored') (scorer as RemoteScorer).settle(message);
    else port.postMessage({ type: 'result', job: message.job, outcomes: await analyseChunk(message.articles, scorer, finder) });
  });
  port.postMessage({ type: 'ready', scorer: identityOf(scorer) });
} catch (error) {
  port.postMessage({ type: 'fatal', code: error instanceof StanceError ? error.code : 'internal', message: errorMessage(error) });
}
