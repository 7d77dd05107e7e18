import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past what its last full collection kept, in percent, in a batch run
 * (`stance run`, `stance analyze`). The thread that reads and stores keeps only a few tens of MB
 * alive (the articles and results in hand, statements, topics), but every article and result it
 * holds for a second or more outlives the young generation and dies in the old one; left to
 * itself, V8 let that heap grow to three or four times its live size before collecting, which
 * made most of the run's peak RSS (about 400 MB at 100,000 articles, the old generation of that
 * thread alone 150 to 190 MB of it). Collecting at 30% above the live size keeps it near the live
 * size, for a few percent more CPU time; the worker threads, which share the setting, stay
 * smaller too. A server keeps V8's own choice.
 */
export const BATCH_HEAP_GROWING_PERCENT = 30;

/** Applies BATCH_HEAP_GROWING_PERCENT to every heap of this process from the next collection on (V8 reads it at each one). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}
