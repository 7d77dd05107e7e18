import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { StanceError } from '../core/errors.js';
import type { WorkerReply } from './nli.worker.js';
import type { NliPair } from './nli-batches.js';
import { lengthSortedBatches } from './nli-batches.js';
import type { NliModelOptions, NliProbs } from './nli-model.js';

const poolOptionsSchema = z.object({
  modelsDir: z.string().min(1),
  name: z.string().min(1),
  batchSize: z.number().int().min(1).default(16),
  workers: z.number().int().min(1).optional(),
});

export type NliPoolOptions = NliModelOptions & { workers?: number };

interface Job {
  pairs: NliPair[];
  resolve: (probs: NliProbs[]) => void;
  reject: (error: unknown) => void;
}

export interface NliPoolStats {
  batches: number;
  pairs: number;
  /** Time the workers spent classifying (tokenizer and model), summed over workers. */
  busyMs: number;
  /** When the workers were ready (`performance.now()`). */
  readyAt: number;
}

interface PoolWorker {
  worker: ChildProcess;
  job?: Job;
}

/**
 * A worker runs as compiled JavaScript. From the build output it sits beside this file; when
 * this file runs from the TypeScript sources (tests), the build output of the project is used.
 */
export function workerScript(file = 'nli.worker.js'): URL {
  const beside = new URL(`./${file}`, import.meta.url);
  const built = new URL(`../dist/models/${file}`, import.meta.url);
  const found = [beside, built].find((url) => existsSync(fileURLToPath(url)));
  if (!found) {
    throw new StanceError('internal', `Expected the compiled inference worker at ${fileURLToPath(built)}, found nothing. Run \`npm run build\` first.`);
  }
  return found;
}

/** Each worker gets its share of the cores, so that workers × threads never exceeds them. */
export function threadsPerWorker(workers: number): number {
  return Math.max(1, Math.floor(availableParallelism() / workers));
}

function replyError(reply: Extract<WorkerReply, { type: 'error' }>): StanceError {
  return new StanceError(reply.code, reply.message);
}

type Ready = Extract<WorkerReply, { type: 'ready' }>;

function waitUntilReady(worker: ChildProcess): Promise<Ready> {
  return new Promise((resolveReady, rejectReady) => {
    const settle = (error?: StanceError, ready?: Ready) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (error) rejectReady(error);
      else resolveReady(ready!);
    };
    const onMessage = (reply: WorkerReply) => (reply.type === 'error' ? settle(replyError(reply)) : settle(undefined, reply as Ready));
    const onError = (error: Error) => settle(new StanceError('internal', `Inference worker failed to start: ${error.message}`));
    const onExit = (code: number | null) => settle(new StanceError('internal', `Inference worker exited with code ${code} while starting`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** One inference process, its options as its one argument; its own stdout and stderr pass through. */
export function spawnWorker(script: URL, options: object): ChildProcess {
  return fork(fileURLToPath(script), [JSON.stringify(options)], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Disconnecting lets a worker finish its batch and exit; one already cut off is killed. */
export async function stopWorker(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = once(worker, 'exit');
  if (worker.connected) worker.disconnect();
  else worker.kill();
  await exited;
}

/**
 * Runs NLI inference in worker processes, each with its own model and a share of the cores.
 * Processes rather than threads: see nli.worker.ts for why onnxruntime-node 1.14 needs that.
 *
 * Calls made in the same turn of the event loop (e.g. the articles of a chunk, analysed
 * concurrently) are pooled: their pairs are sorted by length together and cut into full
 * batches, so many small calls still make large, evenly padded batches.
 */
export class NliPool {
  readonly stats: NliPoolStats = { batches: 0, pairs: 0, busyMs: 0, readyAt: performance.now() };
  private readonly queue: Job[] = [];
  private readonly idle: PoolWorker[] = [];
  /** Calls made in this turn of the event loop, sent out together by `flush`. */
  private pending: Job[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(
    readonly name: string,
    readonly version: string,
    private readonly workers: PoolWorker[],
    private readonly batchSize: number,
  ) {
    for (const member of workers) this.listen(member);
    this.idle.push(...workers);
  }

  static async start(options: NliPoolOptions): Promise<NliPool> {
    const { modelsDir, name, batchSize, workers: requested } = poolOptionsSchema.parse(options);
    const count = requested ?? availableParallelism();
    const threads = threadsPerWorker(count);
    const script = workerScript();
    const workerOptions = { modelsDir: resolve(modelsDir), name, batchSize, threads };
    const workers = Array.from({ length: count }, () => spawnWorker(script, workerOptions));
    const started = await Promise.allSettled(workers.map(waitUntilReady));
    const failure = started.find((result) => result.status === 'rejected');
    if (failure) {
      await Promise.all(workers.map(stopWorker));
      throw failure.reason;
    }
    const { name: modelName, version } = (started[0] as PromiseFulfilledResult<Ready>).value;
    return new NliPool(
      modelName,
      version,
      workers.map((worker) => ({ worker })),
      batchSize,
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** The process ids of the live inference workers, so a supervisor can watch or stop exactly these. */
  get pids(): number[] {
    return this.workers.flatMap(({ worker }) => (worker.pid === undefined ? [] : [worker.pid]));
  }

  classify(pairs: NliPair[]): Promise<NliProbs[]> {
    if (this.closed) return Promise.reject(new StanceError('internal', 'Expected an open inference pool, got a closed one'));
    if (pairs.length === 0) return Promise.resolve([]);
    return new Promise((resolveRequest, rejectRequest) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ pairs, resolve: resolveRequest, reject: rejectRequest });
    });
  }

  /** Sorts every pending call's pairs by length together and sends them out in batches. */
  private flush(): void {
    const requests = this.pending;
    this.pending = [];
    const all = requests.flatMap((request, r) => request.pairs.map((pair, index) => ({ pair, r, index })));
    const results = requests.map((request) => new Array<NliProbs>(request.pairs.length));
    const batches = lengthSortedBatches(all, this.batchSize);
    const failed = new Set<number>();
    const waiting = requests.map((request) => request.pairs.length);
    for (const batch of batches) {
      this.enqueue(batch.map((item) => item.pair)).then(
        (probs) =>
          batch.forEach((item, position) => {
            results[item.r][item.index] = probs[position];
            if (--waiting[item.r] === 0 && !failed.has(item.r)) requests[item.r].resolve(results[item.r]);
          }),
        (error: unknown) =>
          batch.forEach((item) => {
            if (failed.has(item.r)) return;
            failed.add(item.r);
            requests[item.r].reject(error);
          }),
      );
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closing = new StanceError('internal', 'Inference pool closed before the batch ran');
    for (const job of [...this.pending.splice(0), ...this.queue.splice(0)]) job.reject(closing);
    await Promise.all(this.workers.map(({ worker }) => stopWorker(worker)));
  }

  private enqueue(pairs: NliPair[]): Promise<NliProbs[]> {
    if (this.workers.length === 0) {
      return Promise.reject(new StanceError('internal', 'Every inference worker has stopped; see the errors above, then run the analysis again'));
    }
    return new Promise((resolveJob, rejectJob) => {
      this.queue.push({ pairs, resolve: resolveJob, reject: rejectJob });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const member = this.idle.pop()!;
      const job = this.queue.shift()!;
      member.job = job;
      member.worker.send({ id: this.nextId++, pairs: job.pairs });
    }
  }

  private listen(member: PoolWorker): void {
    member.worker.on('message', (reply: WorkerReply) => {
      const job = member.job;
      member.job = undefined;
      if (reply.type === 'result') {
        this.stats.batches++;
        this.stats.pairs += reply.probs.length;
        this.stats.busyMs += reply.ms;
        job?.resolve(reply.probs);
      } else if (reply.type === 'error') job?.reject(replyError(reply));
      this.idle.push(member);
      this.dispatch();
    });
    member.worker.on('error', (error) => this.retire(member, error.message));
    member.worker.on('exit', (code, signal) => {
      if (!this.closed) this.retire(member, `exited with ${signal ?? `code ${code}`}`);
    });
  }

  /** A worker that died takes its batch with it; when none is left, queued batches fail too. */
  private retire(member: PoolWorker, reason: string): void {
    if (!this.workers.includes(member)) return;
    const error = new StanceError('internal', `Inference worker stopped: ${reason}`);
    member.job?.reject(error);
    member.job = undefined;
    this.workers.splice(this.workers.indexOf(member), 1);
    const idleAt = this.idle.indexOf(member);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    if (this.workers.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
  }
}
