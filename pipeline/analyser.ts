import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage, StanceError } from '../core/errors.js';
import { type InferenceStats, identityOf, type Scorer, type ScorerIdentity } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import type { ScoreReply, ScoreRequest } from './remote-scorer.js';
import { buildScorer } from './scorer-factory.js';
import { type ArticleAnalysis, type ArticleInput, analyseArticle } from './stages/analyse.js';
import { TopicFinder } from './stages/topics.js';

export type ArticleOutcome = { id: string; ok: true; analysis: ArticleAnalysis } | { id: string; ok: false; error: string };

/** Analyses chunks of articles, on this thread or on worker threads; the queue does not care which. */
export interface Analyser {
  readonly scorer: ScorerIdentity;
  /** Chunks it can work on at once. */
  readonly concurrency: number;
  analyse(articles: ArticleInput[], timeoutMs: number): Promise<ArticleOutcome[]>;
  /** The model's inference time so far, when it runs in worker processes. */
  inference(): InferenceStats | undefined;
  close(): Promise<void>;
}

/** The articles of a chunk are analysed concurrently, so a model scorer can batch their candidates together. */
export function analyseChunk(articles: ArticleInput[], scorer: Scorer, topics: TopicFinder): Promise<ArticleOutcome[]> {
  return Promise.all(
    articles.map(async (article): Promise<ArticleOutcome> => {
      try {
        return { id: article.id, ok: true, analysis: await analyseArticle(article, scorer, topics) };
      } catch (error) {
        return { id: article.id, ok: false, error: errorMessage(error) };
      }
    }),
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new StanceError('internal', `analysis timed out after ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** On this thread; `model` is the scorer when the caller built it (a model scorer), else `spec` builds one. */
export async function createInlineAnalyser(spec: ScorerSpec, topics: TopicDefinition[], model?: Scorer): Promise<Analyser> {
  const scorer = model ?? (await buildScorer(spec));
  const finder = new TopicFinder(topics);
  return {
    scorer: identityOf(scorer),
    // A model scores in its own processes: while they work on one chunk, this thread prepares the next.
    concurrency: spec.kind === 'lexicon' ? 1 : 2,
    analyse: (articles, timeoutMs) => withTimeout(analyseChunk(articles, scorer, finder), timeoutMs, () => undefined),
    inference: () => scorer.inference?.(),
    close: async () => scorer.close?.(),
  };
}

/**
 * Analysis garbage is short-lived and a worker's live data (gazetteer, lexicons) is about 15 MB:
 * a small young generation keeps each worker near its working set. In `npm run bench -- --only
 * run` these limits cut the peak RSS from about 310 MB to 260 MB at the same rate. The old
 * generation's bound only stops a runaway article from taking the machine's memory: a 2 MB
 * article dense with actors and topics needs several hundred MB. An article that needs more
 * fails alone with the reason, like any other failure.
 */
const WORKER_HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };
const WORKER_FILE = fileURLToPath(new URL('./analyse.worker.js', import.meta.url));

/** Worker threads exist only in the compiled build (the worker file is JavaScript). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** What the analysing thread sends a worker thread. */
export type AnalyseMessage = { type: 'analyse'; job: number; articles: ArticleInput[] };

type WorkerReply =
  | { type: 'ready'; scorer: ScorerIdentity }
  | { type: 'result'; job: number; outcomes: ArticleOutcome[] }
  | ScoreRequest
  | { type: 'fatal'; code: string; message: string };

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * Analyses chunks on worker threads. With a model scorer, the model stays on this thread (its
 * inference runs in processes of its own) and the workers send it their candidates.
 */
class WorkerAnalyser implements Analyser {
  private slots: Slot[] = [];
  private waiting: Array<(slot: Slot) => void> = [];
  private nextJob = 0;
  scorer: ScorerIdentity = { id: '', model: '', modelVersion: '' };

  constructor(
    private readonly spec: ScorerSpec,
    private readonly topics: TopicDefinition[],
    readonly concurrency: number,
    private readonly model?: Scorer,
  ) {}

  async start(): Promise<void> {
    this.slots = await Promise.all(Array.from({ length: this.concurrency }, () => this.spawn()));
  }

  private spawn(): Promise<Slot> {
    const remote = this.model && identityOf(this.model);
    const worker = new Worker(WORKER_FILE, {
      workerData: { spec: this.spec, topics: this.topics, remote },
      resourceLimits: WORKER_HEAP_LIMITS,
    });
    if (this.model) worker.on('message', (message: WorkerReply) => message.type === 'score' && this.scoreFor(worker, message));
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          this.scorer = reply.scorer;
          worker.off('message', onMessage);
          resolve({ worker, busy: false });
        } else if (reply.type === 'fatal') reject(new StanceError(reply.code as never, reply.message));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  private scoreFor(worker: Worker, { request, candidates }: ScoreRequest): void {
    const reply = (message: ScoreReply) => worker.postMessage(message);
    this.model!.score(candidates).then(
      (results) => reply({ type: 'scored', request, results }),
      (error: unknown) => reply({ type: 'scored', request, error: errorMessage(error) }),
    );
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  async analyse(articles: ArticleInput[], timeoutMs: number): Promise<ArticleOutcome[]> {
    let slot = await this.acquire();
    const job = this.nextJob++;
    const run = new Promise<ArticleOutcome[]>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type === 'result' && reply.job === job) {
          slot.worker.off('message', onMessage);
          slot.worker.off('error', reject);
          resolve(reply.outcomes);
        }
      };
      slot.worker.on('message', onMessage);
      slot.worker.once('error', reject);
      slot.worker.postMessage({ type: 'analyse', job, articles } satisfies AnalyseMessage);
    });
    try {
      return await withTimeout(run, timeoutMs, () => void slot.worker.terminate());
    } catch (error) {
      // A worker that timed out or died is replaced, so one bad article cannot stall the run.
      await slot.worker.terminate();
      const index = this.slots.indexOf(slot);
      slot = await this.spawn();
      slot.busy = true;
      this.slots[index] = slot;
      throw error;
    } finally {
      this.release(slot);
    }
  }

  inference(): InferenceStats | undefined {
    return this.model?.inference?.();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    await this.model?.close?.();
  }
}

/** Stages on `threads` worker threads; with `model` (a model scorer), they all send it their candidates. */
export async function createWorkerAnalyser(spec: ScorerSpec, topics: TopicDefinition[], threads: number, model?: Scorer): Promise<Analyser> {
  const analyser = new WorkerAnalyser(spec, topics, threads, model);
  try {
    await analyser.start();
  } catch (error) {
    await analyser.close();
    throw error;
  }
  return analyser;
}
