import PQueue from 'p-queue';
import { errorMessage, StanceError } from '../core/errors.js';
import type { Analyser, ArticleOutcome } from './analyser.js';
import { type ClaimedArticle, claimQueued } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import { type AnalysedArticle, recordFailure, saveAnalyses } from './db/stances.repo.js';

export interface QueueOptions {
  /** Chunks analysed at the same time. */
  concurrency: number;
  /** Articles per chunk: one message to a worker. */
  chunkSize: number;
  /**
   * Most analysed articles stored per transaction. Stance records land at scattered places in
   * the trend indexes, so a larger transaction writes each index page once for many records.
   * Whatever is held is stored at least every `SAVE_INTERVAL_MS`, so a slow scorer's work is
   * never long unsaved.
   */
  saveBatch: number;
  /** Time one article may take before its analysis is abandoned and retried. */
  articleTimeoutMs: number;
  /** Attempts per article before it is marked failed. */
  maxAttempts: number;
  /** First retry delay; each further attempt waits twice as long. */
  backoffMs: number;
}

export interface QueueStats {
  analysed: number;
  failed: number;
  stances: number;
}

const SAVE_INTERVAL_MS = 1000;

function check(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new StanceError('bad_usage', `Expected \`${name}\` to be an integer from ${min} and up, got \`${value}\``);
  }
}

/**
 * The analysis queue. Articles wait in the database (`queued`); the queue claims them in chunks
 * (`processing`), analyses them, and stores each chunk's records and `done` marks in one
 * transaction. A killed process leaves only `processing` marks behind, which the next run
 * re-queues: nothing is lost and nothing is stored twice.
 */
export class AnalysisQueue {
  readonly stats: QueueStats = { analysed: 0, failed: 0, stances: 0 };
  private readonly queue: PQueue;
  private retriesPending = 0;
  private unsaved: AnalysedArticle[] = [];
  private savedAt = Date.now();
  private fatal: unknown;

  constructor(
    private readonly db: Db,
    private readonly analyser: Analyser,
    private readonly options: QueueOptions,
    private readonly onProgress: (stats: QueueStats) => void = () => undefined,
  ) {
    check('concurrency', options.concurrency, 1);
    check('chunkSize', options.chunkSize, 1);
    check('saveBatch', options.saveBatch, 1);
    check('maxAttempts', options.maxAttempts, 1);
    this.queue = new PQueue({ concurrency: options.concurrency });
    this.queue.on('error', (error) => (this.fatal ??= error));
  }

  /** Claims as many queued articles as there is room for, waiting while the queue is full. */
  async fill(): Promise<number> {
    let claimed = 0;
    for (;;) {
      await this.queue.onSizeLessThan(this.options.concurrency * 2);
      this.throwIfFatal();
      const chunk = claimQueued(this.db, this.options.chunkSize);
      if (chunk.length === 0) return claimed;
      claimed += chunk.length;
      this.add(chunk);
    }
  }

  /** Analyses everything queued, including retries, until nothing is left. */
  async drain(): Promise<QueueStats> {
    try {
      await this.analyseAll();
    } finally {
      this.save();
    }
    this.throwIfFatal();
    return this.stats;
  }

  private async analyseAll(): Promise<void> {
    for (;;) {
      await this.fill();
      await this.queue.onIdle();
      this.throwIfFatal();
      if (this.retriesPending === 0 && (await this.fill()) === 0) {
        await this.queue.onIdle();
        if (this.retriesPending === 0) break;
      }
      if (this.retriesPending > 0) await new Promise((r) => setTimeout(r, this.options.backoffMs));
    }
  }

  private throwIfFatal(): void {
    if (this.fatal) throw this.fatal;
  }

  private add(chunk: ClaimedArticle[]): void {
    this.queue
      .add(() => this.process(chunk))
      .catch((error) => {
        this.fatal ??= error;
      });
  }

  private async process(chunk: ClaimedArticle[]): Promise<void> {
    let outcomes: ArticleOutcome[];
    try {
      outcomes = await this.analyser.analyse(chunk, this.options.articleTimeoutMs * chunk.length);
    } catch (error) {
      // One article may have stalled or crashed the chunk: try each on its own.
      if (chunk.length > 1) for (const article of chunk) this.add([article]);
      else this.fail(chunk[0], errorMessage(error));
      return;
    }
    for (const outcome of outcomes) {
      if (outcome.ok) this.unsaved.push(outcome.analysis);
      else this.fail(chunk.find((a) => a.id === outcome.id)!, outcome.error);
    }
    if (this.unsaved.length >= this.options.saveBatch || Date.now() - this.savedAt >= SAVE_INTERVAL_MS) this.save();
  }

  /** Stores the analysed articles held so far; until then they stay `processing`, so a kill loses none. */
  private save(): void {
    this.savedAt = Date.now();
    if (this.unsaved.length === 0) return;
    const batch = this.unsaved;
    this.unsaved = [];
    this.stats.stances += saveAnalyses(this.db, this.analyser.scorer, batch);
    this.stats.analysed += batch.length;
    this.onProgress(this.stats);
  }

  private fail(article: ClaimedArticle, error: string): void {
    const attempt = article.attempts + 1;
    const retry = attempt < this.options.maxAttempts;
    if (!retry) {
      recordFailure(this.db, [article.id], error, false);
      this.stats.failed++;
      this.onProgress(this.stats);
      return;
    }
    // Back to `processing` stays until the delay is over, so no other claim takes it early.
    this.retriesPending++;
    setTimeout(
      () => {
        recordFailure(this.db, [article.id], error, true);
        this.retriesPending--;
      },
      this.options.backoffMs * 2 ** (attempt - 1),
    );
  }
}
