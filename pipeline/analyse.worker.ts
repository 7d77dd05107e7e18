import { parentPort, workerData } from 'node:worker_threads';
import { createScorer, type ScorerSpec } from '../models/scorers.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import { StanceError, errorMessage } from './errors.js';
import { analyseChunk } from './analyser.js';
import type { ArticleInput } from './stages/analyse.js';
import { TopicFinder } from './stages/topics.js';

const { spec, topics } = workerData as { spec: ScorerSpec; topics: TopicDefinition[] };
const port = parentPort!;

try {
  const scorer = await createScorer(spec);
  const finder = new TopicFinder(topics);
  port.on('message', async ({ job, articles }: { job: number; articles: ArticleInput[] }) => {
    port.postMessage({ type: 'result', job, outcomes: await analyseChunk(articles, scorer, finder) });
  });
  port.postMessage({ type: 'ready', scorer: { id: scorer.id, model: scorer.model, modelVersion: scorer.modelVersion } });
} catch (error) {
  port.postMessage({ type: 'fatal', code: error instanceof StanceError ? error.code : 'internal', message: errorMessage(error) });
}
