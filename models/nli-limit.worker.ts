import { errorMessage } from '../core/errors.js';
import type { NliPair } from './nli-batches.js';
import { type NliFeeds, NliModel, type NliModelOptions } from './nli-model.js';

/*
 * One process of the onnxruntime limit (nli-limit.ts): loads the model as an inference worker
 * does, tokenises its batches before the clock starts, then on `go` runs them through the
 * session one after another and reports how long that took. Nothing but `session.run` is timed.
 */
export type LimitRequest = { type: 'batches'; batches: NliPair[][] } | { type: 'go' };

export type LimitReply = { type: 'ready' } | { type: 'done'; ms: number; pairs: number } | { type: 'error'; message: string };

function send(reply: LimitReply): void {
  process.send?.(reply);
}

async function prepare(options: NliModelOptions, batches: NliPair[][]): Promise<NliFeeds[]> {
  const model = await NliModel.load(options);
  const feeds = batches.map((batch) => model.encode(batch));
  // The first run of a session sets up its kernels; the scorer's workers are warmed up too.
  if (feeds.length > 0) await model.logits(feeds[0]);
  run = async () => {
    const started = performance.now();
    for (const feed of feeds) await model.logits(feed);
    return performance.now() - started;
  };
  return feeds;
}

let run: (() => Promise<number>) | undefined;
let pairs = 0;

function serve(options: NliModelOptions): void {
  if (!process.send) throw new Error('Expected to run as a forked process with an IPC channel, got none');
  process.on('message', (request: LimitRequest) => {
    const step =
      request.type === 'batches'
        ? prepare(options, request.batches).then(() => {
            pairs = request.batches.reduce((sum, batch) => sum + batch.length, 0);
            send({ type: 'ready' });
          })
        : run!().then((ms) => send({ type: 'done', ms, pairs }));
    step.catch((error: unknown) => send({ type: 'error', message: errorMessage(error) }));
  });
  process.on('disconnect', () => process.exit(0));
}

serve(JSON.parse(process.argv[2] ?? '{}') as NliModelOptions);
