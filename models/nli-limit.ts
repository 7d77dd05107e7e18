import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { StanceError } from '../core/errors.js';
import { dealBatches, lengthSortedBatches, type NliPair } from './nli-batches.js';
import type { LimitReply, LimitRequest } from './nli-limit.worker.js';
import { spawnWorker, stopWorker, threadsPerWorker, workerScript } from './nli-pool.js';

/**
 * What onnxruntime alone does with the NLI scorer's work: the same pairs cut into the same
 * length-sorted batches, the same processes and threads per process as the scorer's pool, the
 * same model loaded the same way, but every batch tokenised before the clock starts and fed
 * straight to the session (no tokenizer, no pipeline, no messages while it runs). The scorer's
 * pairs per second divided by this is the share of the machine's inference limit it reaches.
 */

export interface OnnxLimitOptions {
  modelsDir: string;
  name: string;
  batchSize: number;
  /** Processes, as for NliPool; one per core by default. */
  workers?: number;
}

export interface OnnxLimit {
  pairs: number;
  batches: number;
  workers: number;
  /** From `go` until the slowest process finished its share. */
  seconds: number;
  pairsPerSecond: number;
}

function request(worker: ChildProcess, message: LimitRequest, expected: LimitReply['type']): Promise<LimitReply> {
  return new Promise((resolveReply, rejectReply) => {
    const onMessage = (reply: LimitReply) => {
      worker.off('exit', onExit);
      if (reply.type === expected) resolveReply(reply);
      else rejectReply(new StanceError('internal', `Inference limit worker failed: ${reply.type === 'error' ? reply.message : reply.type}`));
    };
    const onExit = (code: number | null) => rejectReply(new StanceError('internal', `Inference limit worker exited with code ${code}`));
    worker.once('message', onMessage).once('exit', onExit);
    worker.send(message);
  });
}

export async function measureOnnxLimit(options: OnnxLimitOptions, pairs: NliPair[]): Promise<OnnxLimit> {
  const count = options.workers ?? availableParallelism();
  const batches = lengthSortedBatches(
    pairs.map((pair) => ({ pair })),
    options.batchSize,
  ).map((batch) => batch.map((item) => item.pair));
  const shares = dealBatches(batches, count);
  const workerOptions = { modelsDir: resolve(options.modelsDir), name: options.name, batchSize: options.batchSize, threads: threadsPerWorker(count) };
  const script = workerScript('nli-limit.worker.js');
  const workers = shares.map(() => spawnWorker(script, workerOptions));
  try {
    await Promise.all(workers.map((worker, i) => request(worker, { type: 'batches', batches: shares[i] }, 'ready')));
    const done = (await Promise.all(workers.map((worker) => request(worker, { type: 'go' }, 'done')))) as Array<Extract<LimitReply, { type: 'done' }>>;
    const seconds = Math.max(...done.map((reply) => reply.ms)) / 1000;
    return { pairs: pairs.length, batches: batches.length, workers: count, seconds, pairsPerSecond: pairs.length / seconds };
  } finally {
    await Promise.all(workers.map(stopWorker));
  }
}
