import type { MessagePort } from 'node:worker_threads';
import { StanceError } from '../core/errors.js';
import type { Scorer, ScorerIdentity, SentenceStance, StanceCandidate } from '../models/scorer.js';

/** A worker thread asks the thread that holds the model to score candidates… */
export interface ScoreRequest {
  type: 'score';
  request: number;
  candidates: StanceCandidate[];
}

/** …and gets the results, or why there are none. */
export type ScoreReply = { type: 'scored'; request: number; results: Array<SentenceStance | null> } | { type: 'scored'; request: number; error: string };

/**
 * The scorer of a worker thread whose model lives on the main thread: the worker runs the
 * stages, and its candidates go to the one model (and its inference processes) by message.
 */
export class RemoteScorer implements Scorer {
  readonly id: string;
  readonly model: string;
  readonly modelVersion: string;
  private readonly waiting = new Map<number, { resolve: (results: Array<SentenceStance | null>) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(
    private readonly port: MessagePort,
    identity: ScorerIdentity,
  ) {
    ({ id: this.id, model: this.model, modelVersion: this.modelVersion } = identity);
  }

  score(candidates: StanceCandidate[]): Promise<Array<SentenceStance | null>> {
    return new Promise((resolve, reject) => {
      const request = this.next++;
      this.waiting.set(request, { resolve, reject });
      this.port.postMessage({ type: 'score', request, candidates } satisfies ScoreRequest);
    });
  }

  settle(reply: ScoreReply): void {
    const waiter = this.waiting.get(reply.request);
    this.waiting.delete(reply.request);
    if ('error' in reply) waiter?.reject(new StanceError('internal', reply.error));
    else waiter?.resolve(reply.results);
  }
}
