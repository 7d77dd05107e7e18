import PQueue from 'p-queue';
import { StanceError } from '../core/errors.js';
import type { Analyser, ArticleOutcome } from './analyser.js';
import { type ClaimedArticle, claimQueued, releaseClaims } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import { type AnalysedArticle, recordFailure, saveAnalyses } from './db/stances.repo.js';
import type { RecordProvenance } from './provenance.js';

export interface QueueOptions {
  /** Chunks analysed at the same time. */
  concurrency: number;
  /** Articles per chunk: one message to a worker. */
  chunkSize: number;
  /**
   * Most analysed articles stored per transaction. Stance records land at scattered places in
   * the trend indexes, so a larger transaction writes each index page once for many records.
   * Whatever is held is stored at least every `saveIntervalMs`, so a slow scorer's work is
   * never long unsaved.
   */
  saveBatch: number;
  /** Longest time analysed articles are held unsaved (default 1000). */
  saveIntervalMs?: number;
  /** Time one article may take before its analysis is stopped; a stopped article is retried. */
  articleTimeoutMs: number;
  /** Attempts per article before it is marked failed. */
  maxAttempts: number;
  /** First retry delay; each further attempt waits twice as long. */
  backoffMs: number;
  /** The run claiming the articles (`runs.id`): what it holds when it stops early is given back under it. */
  run?: number;
  /** What stored records say made them besides the scorer (versions, topic hashes). */
  provenance?: RecordProvenance;
  /**
   * Called when nothing is left to claim: puts the claims of runs found dead back in line and
   * says how many, and how many articles live runs other than this one still hold. Workers
   * sharing one PostgreSQL database finish what a killed one held; while others hold articles,
   * this one waits, since any of them may die and leave its batch to be taken over.
   */
  recover?: () => Promise<Recovery>;
  /** Called on each look while waiting for other workers: how many articles they hold. */
  onWaiting?: (heldElsewhere: number) => void;
}

export interface Recovery {
  requeued: number;
  heldElsewhere: number;
}

export interface QueueStats {
  /** Analysed and stored by this queue. */
  analysed: number;
  failed: number;
  stances: number;
  /**
   * Analysed here but refused at the save: another worker had taken the articles over (this
   * one's lease ran out), so their records are that worker's, not counted here.
   */
  lost: number;
}

const SAVE_INTERVAL_MS = 1000;
/** How often a worker with nothing left to claim looks again while other workers hold articles. */
const WAIT_FOR_OTHERS_MS = 1000;

function check(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new StanceError('bad_usage', `Expected \`${name}\` to be an integer from ${min} and up, got \`${value}\``);
  }
}

/**
 * The analysis queue. Articles wait in the database (`queued`); the queue claims them in chunks
 * (`processing`, under its run), analyses them, and stores the records and `done` marks of many
 * articles in one transaction. A killed process leaves only `processing` marks behind, which
 * the next run re-queues: nothing is lost and nothing is stored twice.
 *
 * A fault that is not one article's (the database refuses a write, no worker can start) stops
 * the queue: nothing more is claimed, no timer is left running, and every article it holds
 * goes back to `queued` before the error reaches the caller.
 */
export class AnalysisQueue {
  readonly stats: QueueStats = { analysed: 0, failed: 0, stances: 0, lost: 0 };
  private readonly queue: PQueue;
  private readonly retries = new Set<NodeJS.Timeout>();
  private unsaved: AnalysedArticle[] = [];
  private heldMost = 0;
  private savedAt = Date.now();
  /** The saves asked for so far, one after another: settles when the last has stored its batch. */
  private saving: Promise<void> = Promise.resolve();
  private saveAsked = false;
  private fatal: unknown;
  /** Settles when the queue stops on a fault, so nothing waits on chunks still running. */
  private readonly stopped: Promise<void>;
  private signalStopped: () => void = () => undefined;
  /** Settles once the claims are given back after a fault. */
  private released: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly analyser: Analyser,
    private readonly options: QueueOptions,
    private readonly onProgress: (stats: QueueStats) => void = () => undefined,
  ) {
    check('concurrency', options.concurrency, 1);
    check('chunkSize', options.chunkSize, 1);
    check('saveBatch', options.saveBatch, 1);
    if (options.saveIntervalMs !== undefined) check('saveIntervalMs', options.saveIntervalMs, 1);
    check('maxAttempts', options.maxAttempts, 1);
    check('articleTimeoutMs', options.articleTimeoutMs, 1);
    this.queue = new PQueue({ concurrency: options.concurrency });
    this.queue.on('error', (error) => this.stop(error));
    this.stopped = new Promise((resolve) => (this.signalStopped = resolve));
  }

  /** The most analysed articles this queue has held unsaved at once (see `fill`). */
  get mostUnsaved(): number {
    return this.heldMost;
  }

  /** Waits for `event` unless the queue stops first. */
  private until(event: Promise<void>): Promise<void> {
    return Promise.race([event, this.stopped]);
  }

  /**
   * Claims as many queued articles as there is room for, waiting while the queue is full, and
   * while more than two save batches of analysed articles wait to be stored: analysis faster than
   * the saves (chunks on this thread end without a turn of the event loop, where the saves run; a
   * slow PostgreSQL server) would otherwise hold every analysis of the run in memory. So at most
   * two batches, and what the chunks in hand bring in, are held unsaved.
   */
  async fill(): Promise<number> {
    let claimed = 0;
    for (;;) {
      await this.until(this.queue.onSizeLessThan(this.options.concurrency * 2));
      while (this.unsaved.length >= 2 * this.options.saveBatch && !this.fatal) {
        this.saveSoon();
        await this.until(this.saving);
      }
      this.throwIfFatal();
      const chunk = await claimQueued(this.db, this.options.chunkSize, this.options.run ?? null);
      if (chunk.length === 0) return claimed;
      claimed += chunk.length;
      this.add(chunk);
    }
  }

  /** Analyses everything queued, including retries, until nothing is left; on a fault, stops as above. */
  async drain(): Promise<QueueStats> {
    try {
      await this.analyseAll();
      await this.saving;
      await this.save();
      this.throwIfFatal();
      return this.stats;
    } catch (error) {
      this.stop(error);
      await this.released;
      throw this.fatal;
    }
  }

  /** Stops the queue after a fault and gives back what it holds; the first fault is the one reported. */
  stop(error: unknown): void {
    this.fatal ??= error;
    this.signalStopped();
    this.queue.clear();
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    this.unsaved = [];
    if (this.options.run !== undefined && !this.released) {
      this.released = releaseClaims(this.db, this.options.run).then(
        () => undefined,
        // The database that failed may refuse this too; the next run re-queues them, as after a kill.
        () => undefined,
      );
    }
  }

  private async analyseAll(): Promise<void> {
    for (;;) {
      await this.fill();
      await this.until(this.queue.onIdle());
      this.throwIfFatal();
      if (this.retries.size === 0 && (await this.fill()) === 0) {
        await this.until(this.queue.onIdle());
        this.throwIfFatal();
        if (this.retries.size === 0) {
          const others = await this.options.recover?.();
          if (!others || others.requeued + others.heldElsewhere === 0) break;
          if (others.requeued === 0) {
            // What this worker analysed is stored before it waits, not held back until the others finish.
            await this.saving;
            await this.save();
            this.options.onWaiting?.(others.heldElsewhere);
            this.onProgress(this.stats);
            await this.until(new Promise((r) => setTimeout(r, WAIT_FOR_OTHERS_MS)));
          }
        }
      }
      if (this.retries.size > 0) await new Promise((r) => setTimeout(r, this.options.backoffMs));
    }
  }

  private throwIfFatal(): void {
    if (this.fatal) throw this.fatal;
  }

  private add(chunk: ClaimedArticle[]): void {
    this.queue.add(() => this.process(chunk)).catch((error) => this.stop(error));
  }

  private async process(chunk: ClaimedArticle[]): Promise<void> {
    // An analyser throws only when it cannot go on at all: that stops the queue (see `add`).
    const outcomes: ArticleOutcome[] = await this.analyser.analyse(chunk, this.options.articleTimeoutMs);
    if (this.fatal) return;
    for (const outcome of outcomes) {
      const article = chunk.find((a) => a.id === outcome.id)!;
      if (outcome.ok) this.unsaved.push(outcome.analysis);
      // Stopped with a worker another article stalled: analysed again alone, no attempt counted.
      else if (outcome.retry) this.add([article]);
      else this.fail(article, outcome.error);
    }
    this.heldMost = Math.max(this.heldMost, this.unsaved.length);
    if (this.unsaved.length >= this.options.saveBatch || Date.now() - this.savedAt >= (this.options.saveIntervalMs ?? SAVE_INTERVAL_MS)) {
      this.saveSoon();
    }
  }

  /**
   * Saves what is held once this chunk's slot is free. Ending the chunk first lets the queue hand
   * the next chunk to the worker that just finished before the save, which on SQLite holds this
   * thread for as long as a worker takes over a chunk or more; saving inside the chunk left that
   * worker idle meanwhile. The saves run one after another, and `drain` waits for the last.
   */
  private saveSoon(): void {
    this.savedAt = Date.now();
    // One save waiting is enough: it stores whatever is held when it runs.
    if (this.saveAsked) return;
    this.saveAsked = true;
    const next = this.saving
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        this.saveAsked = false;
        return this.save();
      });
    this.saving = next.catch((error) => this.stop(error));
  }

  /** Stores the analysed articles held so far; until then they stay `processing`, so a kill loses none. */
  private async save(): Promise<void> {
    this.savedAt = Date.now();
    if (this.unsaved.length === 0) return;
    const batch = this.unsaved;
    this.unsaved = [];
    const saved = await saveAnalyses(this.db, this.analyser.scorer, batch, this.options.provenance, this.options.run ?? null);
    this.stats.stances += saved.stances;
    this.stats.analysed += saved.articles;
    this.stats.lost += batch.length - saved.articles;
    this.onProgress(this.stats);
  }

  private fail(article: ClaimedArticle, error: string): void {
    const attempt = article.attempts + 1;
    if (attempt >= this.options.maxAttempts) {
      recordFailure(this.db, [article.id], error, false).catch((fault) => this.stop(fault));
      this.stats.failed++;
      this.onProgress(this.stats);
      return;
    }
    // It stays `processing` until the delay is over, so no other claim takes it early.
    const timer = setTimeout(
      // Counted as pending until the article is queued again, so the run does not end in between.
      () =>
        recordFailure(this.db, [article.id], error, true).then(
          () => this.retries.delete(timer),
          (fault) => this.stop(fault),
        ),
      this.options.backoffMs * 2 ** (attempt - 1),
    );
    this.retries.add(timer);
  }
}
