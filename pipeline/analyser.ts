import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage, StanceError } from '../core/errors.js';
import { type InferenceStats, identityOf, type Scorer, type ScorerIdentity } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import type { CustomActors } from './data/custom-actors.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import type { ScoreReply, ScoreRequest } from './remote-scorer.js';
import { buildScorer } from './scorer-factory.js';
import { type ArticleInput, analyseArticle } from './stages/analyse.js';
import { TopicFinder } from './stages/topics.js';
import type { AnalysedArticle } from './stored-stance.js';

/**
 * What became of one article: analysed; failed (the attempt counts); or not analysed because
 * another article stopped the worker it shared (`retry`: analyse it again, no attempt counted).
 */
export type ArticleOutcome = { id: string; ok: true; analysis: AnalysedArticle } | { id: string; ok: false; error: string; retry?: boolean };

/** Analyses chunks of articles, on this thread or on worker threads; the queue does not care which. */
export interface Analyser {
  readonly scorer: ScorerIdentity;
  /** Chunks it can work on at once. */
  readonly concurrency: number;
  /** Every article comes back with an outcome; `articleTimeoutMs` bounds each article (see `WorkerAnalyser`). */
  analyse(articles: ArticleInput[], articleTimeoutMs: number): Promise<ArticleOutcome[]>;
  /** The model's inference time so far, when it runs in worker processes. */
  inference(): InferenceStats | undefined;
  close(): Promise<void>;
}

export async function analyseOne(article: ArticleInput, scorer: Scorer, topics: TopicFinder): Promise<ArticleOutcome> {
  try {
    return { id: article.id, ok: true, analysis: await analyseArticle(article, scorer, topics) };
  } catch (error) {
    return { id: article.id, ok: false, error: errorMessage(error) };
  }
}

/**
 * Longest article analysed on the calling thread. A thread cannot be interrupted, so an article
 * that could run long (sentence splitting grows with the square of a paragraph's length) goes
 * to a worker thread, where its deadline can stop it; this size takes a fraction of a second.
 */
export const INLINE_MAX_CHARS = 20_000;

/**
 * On this thread, for runs too small to pay for starting worker threads. Longer articles go to
 * a worker thread started when the first one comes. `model` is the scorer when the caller built
 * it (a model scorer), else `spec` builds one.
 */
export async function createInlineAnalyser(spec: ScorerSpec, topics: TopicDefinition[], model?: Scorer): Promise<Analyser> {
  const scorer = model ?? (await buildScorer(spec));
  const finder = new TopicFinder(topics);
  let offThread: Promise<Analyser> | undefined;
  const worker = () => (offThread ??= createWorkerAnalyser(spec, topics, 1, model, { closesModel: false }));
  return {
    scorer: identityOf(scorer),
    // A model scores in its own processes: while they work on one chunk, this thread prepares the next.
    concurrency: spec.kind === 'lexicon' ? 1 : 2,
    async analyse(articles, articleTimeoutMs) {
      const long = workersAvailable() ? articles.filter((a) => a.text.length > INLINE_MAX_CHARS) : [];
      const outcomes = await Promise.all(articles.filter((a) => !long.includes(a)).map((a) => analyseOne(a, scorer, finder)));
      if (long.length > 0) outcomes.push(...(await (await worker()).analyse(long, articleTimeoutMs)));
      return outcomes;
    },
    inference: () => scorer.inference?.(),
    close: async () => {
      await (await offThread?.catch(() => undefined))?.close();
      await scorer.close?.();
    },
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

/** What a worker thread says about a job: each article as it starts and as it ends, then the end. */
export type JobMessage =
  | { type: 'started'; job: number; id: string }
  | { type: 'outcome'; job: number; outcome: ArticleOutcome }
  | { type: 'done'; job: number };

type WorkerReply = { type: 'ready'; scorer: ScorerIdentity } | JobMessage | ScoreRequest | { type: 'fatal'; code: string; message: string };

interface Slot {
  worker: Worker;
  /** Jobs sent to the worker and not finished: the one it works on and those waiting behind it. */
  jobs: number;
  /** When the worker last showed progress (a message about any job, a reply from the model). */
  lastProgress: number;
  /** Score requests sent to the model and not answered yet: time spent waiting on them is not the worker's. */
  awaitingModel: number;
  /** Set once the worker is being replaced: it takes no more jobs. */
  replaced?: Promise<void>;
}

/**
 * Jobs a worker thread holds at once when it scores by itself: the one it works on and those
 * already in its inbox, so it goes on while this thread stores results or reads the archive
 * rather than waiting for it. A save of 512 articles holds this thread longer than a worker takes
 * over two chunks of 64 once the database has grown: with two jobs each, the workers of a
 * 20,000-article run waited 13–14% of their time for work; with four, about 3%. A model scorer
 * batches the candidates of one job: one at a time.
 */
const JOBS_PER_THREAD = 4;

/**
 * Analyses chunks on worker threads, each article under its own deadline. With a model scorer,
 * the model stays on this thread (its inference runs in processes of its own) and the workers
 * send it their candidates.
 *
 * A worker reports each article as it starts and as it ends. When a job makes no progress for
 * `articleTimeoutMs` (time spent waiting on the model excepted), or the worker dies, the worker
 * is terminated and replaced: the articles finished are kept, the one it was working on fails
 * with the reason, and any others of the chunk come back as `retry` for the queue to analyse
 * again, so one runaway article holds back nothing but itself.
 */
class WorkerAnalyser implements Analyser {
  private slots: Slot[] = [];
  private waiting: Array<(slot: Slot | undefined) => void> = [];
  private nextJob = 0;
  private closed = false;
  /** Jobs each worker holds at once (see JOBS_PER_THREAD). */
  private readonly depth: number;
  scorer: ScorerIdentity = { id: '', model: '', modelVersion: '' };

  constructor(
    private readonly spec: ScorerSpec,
    private readonly topics: TopicDefinition[],
    private readonly threads: number,
    private readonly model: Scorer | undefined,
    private readonly closesModel: boolean,
    private readonly customActors: CustomActors | undefined,
  ) {
    this.depth = model ? 1 : JOBS_PER_THREAD;
  }

  get concurrency(): number {
    return this.threads * this.depth;
  }

  async start(): Promise<void> {
    this.slots = await Promise.all(Array.from({ length: this.threads }, () => this.spawn()));
  }

  private spawn(): Promise<Slot> {
    const remote = this.model && identityOf(this.model);
    const worker = new Worker(WORKER_FILE, {
      workerData: { spec: this.spec, topics: this.topics, remote, customActors: this.customActors },
      resourceLimits: WORKER_HEAP_LIMITS,
    });
    const slot: Slot = { worker, jobs: 0, lastProgress: Date.now(), awaitingModel: 0 };
    if (this.model) worker.on('message', (message: WorkerReply) => message.type === 'score' && this.scoreFor(slot, message));
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          this.scorer = reply.scorer;
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(slot);
        } else if (reply.type === 'fatal') reject(new StanceError(reply.code as never, reply.message));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  private scoreFor(slot: Slot, { request, candidates }: ScoreRequest): void {
    slot.awaitingModel++;
    const reply = (message: ScoreReply) => {
      slot.awaitingModel--;
      slot.lastProgress = Date.now();
      slot.worker.postMessage(message);
    };
    this.model!.score(candidates).then(
      (results) => reply({ type: 'scored', request, results }),
      (error: unknown) => reply({ type: 'scored', request, error: errorMessage(error) }),
    );
  }

  /** The worker with the fewest jobs, if one has room for another. */
  private roomiest(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!s.replaced && s.jobs < this.depth && (!best || s.jobs < best.jobs)) best = s;
    return best;
  }

  private acquire(): Promise<Slot | undefined> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.resolve(undefined);
    const free = this.roomiest();
    if (free) {
      free.jobs++;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the room workers have to the jobs waiting for it. */
  private wake(): void {
    for (let free = this.roomiest(); free && this.waiting.length > 0; free = this.roomiest()) {
      free.jobs++;
      this.waiting.shift()!(free);
    }
  }

  private release(slot: Slot): void {
    slot.jobs--;
    this.wake();
  }

  async analyse(articles: ArticleInput[], articleTimeoutMs: number): Promise<ArticleOutcome[]> {
    const slot = await this.acquire();
    if (this.broken) throw this.broken;
    if (!slot) return articles.map((a) => ({ id: a.id, ok: false, error: 'the analysis was stopped', retry: true }));
    const { outcomes, stopped } = await this.runJob(slot, articles, articleTimeoutMs);
    if (stopped) await this.replace(slot);
    else this.release(slot);
    return outcomes;
  }

  /** One chunk on one worker, watched; `stopped` says the worker was stopped and must be replaced. */
  private runJob(slot: Slot, articles: ArticleInput[], articleTimeoutMs: number): Promise<{ outcomes: ArticleOutcome[]; stopped: boolean }> {
    const job = this.nextJob++;
    const finished = new Map<string, ArticleOutcome>();
    const started = new Set<string>();
    const { worker } = slot;
    return new Promise((resolve) => {
      // A job waiting behind another on its worker is not late while the worker makes progress.
      const sent = Date.now();
      const lastProgress = () => Math.max(sent, slot.lastProgress);
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const progress = () => (slot.lastProgress = Date.now());
      const settle = (stoppedBecause?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        // The article the worker was on when it stalled or died is the one to blame; when the
        // worker was on several at once (a model batches them) or the run is closing, none is.
        const blamed = articles.filter((a) => started.has(a.id) && !finished.has(a.id));
        const culprit = stoppedBecause !== undefined && !this.closed && blamed.length === 1 ? blamed[0].id : undefined;
        const outcomes = articles.map(
          (a): ArticleOutcome =>
            finished.get(a.id) ??
            (a.id === culprit
              ? { id: a.id, ok: false, error: stoppedBecause! }
              : { id: a.id, ok: false, retry: true, error: `not analysed: its worker thread was stopped (${stoppedBecause ?? 'no outcome'})` }),
        );
        resolve({ outcomes, stopped: stoppedBecause !== undefined });
      };
      // Time waiting on the model is not the article's: the clock restarts while requests are out.
      const watch = () => {
        timer = setTimeout(
          () => {
            if (slot.awaitingModel > 0) progress();
            if (Date.now() - lastProgress() >= articleTimeoutMs) settle(`analysis took longer than ${articleTimeoutMs} ms: stopped`);
            else watch();
          },
          Math.max(1, lastProgress() + articleTimeoutMs - Date.now()),
        );
      };
      const onMessage = (message: WorkerReply) => {
        if (!('job' in message)) return;
        progress();
        if (message.job !== job) return;
        if (message.type === 'started') started.add(message.id);
        else if (message.type === 'outcome') finished.set(message.outcome.id, message.outcome);
        else if (message.type === 'done') settle(finished.size === articles.length ? undefined : 'the worker thread finished without every outcome');
      };
      const onError = (error: Error) => settle(describeWorkerError(error));
      const onExit = () => settle(this.closed ? 'the analysis was stopped' : 'the worker thread exited');
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      watch();
      worker.postMessage({ type: 'analyse', job, articles } satisfies AnalyseMessage);
    });
  }

  /**
   * A stopped worker gives way to a new one in its slot, so one bad article cannot shrink the
   * pool. Every job it held ends stopped and asks for this; the worker is replaced once.
   */
  private replace(slot: Slot): Promise<void> {
    slot.replaced ??= this.replaceNow(slot);
    return slot.replaced;
  }

  private async replaceNow(slot: Slot): Promise<void> {
    await slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (this.closed) return;
    try {
      const fresh = await this.spawn();
      this.slots[index] = fresh;
      this.wake();
    } catch (error) {
      // No worker can be started (the machine is out of memory, the build is broken): every
      // chunk would fail for a reason that is not its own, so the analysis stops instead.
      this.broken = new StanceError('internal', `cannot start an analysis worker thread: ${errorMessage(error)}`, undefined, { cause: error });
      this.slots.splice(index, 1);
      for (const resolve of this.waiting.splice(0)) resolve(undefined);
    }
  }

  private broken: StanceError | undefined;

  inference(): InferenceStats | undefined {
    return this.model?.inference?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(undefined);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.closesModel) await this.model?.close?.();
  }
}

function describeWorkerError(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `analysis needed more than the ${WORKER_HEAP_LIMITS.maxOldGenerationSizeMb} MB of memory a worker thread may use: stopped`;
  }
  return `the worker thread failed: ${error.message}`;
}

/**
 * Stages on `threads` worker threads; with `model` (a model scorer), they all send it their
 * candidates. `customActors` are the researcher's own, which each thread adds to its gazetteer.
 */
export async function createWorkerAnalyser(
  spec: ScorerSpec,
  topics: TopicDefinition[],
  threads: number,
  model?: Scorer,
  options: { closesModel?: boolean; customActors?: CustomActors } = {},
): Promise<Analyser> {
  const analyser = new WorkerAnalyser(spec, topics, threads, model, options.closesModel ?? true, options.customActors);
  try {
    await analyser.start();
  } catch (error) {
    await analyser.close();
    throw error;
  }
  return analyser;
}
