import { errorMessage, StanceError } from '../core/errors.js';
import type { NliPair } from './nli-batches.js';
import { NliModel, type NliModelOptions, type NliProbs } from './nli-model.js';

/*
 * One inference process of an NliPool, started with `fork` and spoken to over IPC. A process,
 * not a worker thread: onnxruntime-node 1.14 keeps the binding's class reference in a static
 * that every thread loading it overwrites and that is freed when that thread exits, which
 * corrupts the heap of the whole process (seen as "free(): invalid next size").
 */
export type WorkerRequest = { id: number; pairs: NliPair[] };

export type WorkerReply =
  | { type: 'ready'; name: string; version: string }
  | { type: 'result'; id: number; probs: NliProbs[]; ms: number }
  | { type: 'error'; id?: number; code: StanceError['code']; message: string };

function send(reply: WorkerReply): void {
  process.send?.(reply);
}

function errorReply(error: unknown, id?: number): WorkerReply {
  const code = error instanceof StanceError ? error.code : 'internal';
  return { type: 'error', id, code, message: errorMessage(error) };
}

async function serve(options: NliModelOptions): Promise<void> {
  if (!process.send) throw new Error('Expected to run as a forked process with an IPC channel, got none');
  let model: NliModel;
  try {
    model = await NliModel.load(options);
  } catch (error) {
    send(errorReply(error));
    process.disconnect();
    return;
  }
  process.on('message', (request: WorkerRequest) => {
    const started = performance.now();
    model.classify(request.pairs).then(
      (probs) => send({ type: 'result', id: request.id, probs, ms: performance.now() - started }),
      (error: unknown) => send(errorReply(error, request.id)),
    );
  });
  // The pool closing (or dying) ends the channel; nothing is left to do then.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', name: model.name, version: model.version });
}

await serve(JSON.parse(process.argv[2] ?? '{}') as NliModelOptions);
