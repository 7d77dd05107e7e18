import { availableParallelism } from 'node:os';
import { type InferenceStats, identityOf, type Scorer } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import { type Analyser, createInlineAnalyser, createWorkerAnalyser, workersAvailable } from './analyser.js';
import { type AnalysisData, loadAnalysisData } from './analysis-data.js';
import { useGazetteer } from './data/gazetteer.js';
import { countByStatus, countHeldBy, queueForScorer } from './db/articles.repo.js';
import type { DbHandle } from './db/handle.js';
import { emptyIngestReport, type IngestReport, ingestPaths } from './ingest.js';
import { createProgress, type Progress } from './progress.js';
import { AnalysisQueue, type QueueOptions, type QueueStats, type Recovery } from './queue.js';
import { beginRun, type RunRecord, recoverInterrupted } from './run-record.js';
import { buildScorer } from './scorer-factory.js';
import { checkPaths, estimateArticles, type ReadOptions } from './sources/index.js';

export interface AnalyseOptions {
  scorer: ScorerSpec;
  /** A model scorer for `scorer` that the caller keeps open across runs (`stance serve`); else built per run. */
  model?: Scorer;
  /** Analyse on worker threads however few the articles: a server keeps its own thread free for requests. */
  offThread?: boolean;
  /** Worker threads for the lexicon (0: on this thread), inference processes for a model; default one per core. */
  concurrency?: number;
  chunkSize?: number;
  articleTimeoutMs?: number;
  maxAttempts?: number;
  retryFailed?: boolean;
  progress?: boolean;
}

export interface AnalyseReport {
  analyzed: number;
  failed: number;
  stances: number;
  scorer: string;
  /** Set when a model scored: its workers and their summed inference time. */
  inference?: InferenceStats;
}

export type RunReport = IngestReport & AnalyseReport;

// Below this many articles, starting worker threads costs more than it saves.
const WORKER_THRESHOLD = 64;

/**
 * Workers on a shared database take over what a dead one held once its lease is over; a worker
 * that finds nothing left to claim while live ones still hold articles waits for them rather than
 * calling the run complete, since one may die and leave its batch behind.
 */
async function recoverShared(handle: DbHandle, run: number): Promise<Recovery> {
  const { requeued, live } = await recoverInterrupted(handle.db);
  return {
    requeued,
    heldElsewhere: await countHeldBy(
      handle.db,
      live.filter((id) => id !== run),
    ),
  };
}

/** Says once per wait (and again when the count changes) what the worker waits for. */
function waitingNotice(progress: Progress): (held: number) => void {
  let said: number | undefined;
  return (held) => {
    if (held === said) return;
    said = held;
    progress.note(`nothing left to claim; waiting for ${held} article(s) other workers hold, to take them over should their worker stop`);
  };
}

function queueOptions(handle: DbHandle, options: AnalyseOptions, concurrency: number, run: number, data: AnalysisData, progress: Progress): QueueOptions {
  const shared = handle.kind === 'postgres';
  return {
    run,
    recover: shared ? () => recoverShared(handle, run) : undefined,
    onWaiting: shared ? waitingNotice(progress) : undefined,
    provenance: data.provenance,
    concurrency,
    chunkSize: options.chunkSize ?? (shared ? 32 : 64),
    // On SQLite this thread both stores and feeds the workers: larger, rarer saves write each
    // index page once for more records (the save alone took a quarter less time per record in
    // batches of 500 articles than of 200), and chunks of 64 keep a worker busy through one.
    // Workers sharing PostgreSQL keep smaller claims and transactions, so a stopped worker's
    // share is small and its locks short.
    saveBatch: shared ? 256 : 512,
    saveIntervalMs: shared ? 1000 : 3000,
    articleTimeoutMs: options.articleTimeoutMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? 3,
    backoffMs: 250,
  };
}

async function openAnalyser(options: AnalyseOptions, data: AnalysisData, expected: number): Promise<Analyser> {
  const { topics, customActors } = data;
  // A model scorer stays on this thread and infers in processes of its own (models/nli-pool.ts:
  // onnxruntime-node 1.14 cannot be loaded by two threads of one process); the stages run on
  // worker threads either way. For a model, --concurrency counts its inference processes.
  const lexicon = options.scorer.kind === 'lexicon';
  const spec = lexicon ? options.scorer : { ...options.scorer, workers: options.concurrency || undefined };
  const model = lexicon ? undefined : options.model ? keepOpen(options.model) : await buildScorer(spec);
  const threads = lexicon ? (options.concurrency ?? availableParallelism()) : availableParallelism();
  const worthThreads = expected >= WORKER_THRESHOLD || (options.offThread && expected > 0);
  if (threads > 0 && worthThreads && workersAvailable()) return createWorkerAnalyser(spec, topics, threads, model, { customActors });
  useGazetteer(data.gazetteer);
  return createInlineAnalyser(spec, topics, model);
}

/** The caller's scorer without its `close`: the run ends, the scorer stays open. */
function keepOpen(scorer: Scorer): Scorer {
  return {
    ...identityOf(scorer),
    score: (candidates) => scorer.score(candidates),
    inference: () => scorer.inference?.(),
  };
}

/** Prepares the queue for this scorer: work of interrupted runs back in line, other scorers' work queued again. */
async function prepareQueue(handle: DbHandle, scorer: string, retryFailed: boolean): Promise<number> {
  await recoverInterrupted(handle.db);
  await queueForScorer(handle.db, scorer, retryFailed);
  return (await countByStatus(handle.db)).queued ?? 0;
}

/** Records the run's end; a database that refuses even that must not hide the error that ended it. */
export async function finishQuietly(run: RunRecord, error: unknown): Promise<void> {
  try {
    await run.finish('failed', { error: String(error) });
  } catch {
    // The run stays `running` until the next run finds its process gone and marks it interrupted.
  }
}

/**
 * Progress of the queue every worker on a shared database takes from: what all of them finished
 * since this one started, out of that and what is still queued or held, counted in the
 * database at most once a second.
 */
function sharedProgress(handle: DbHandle, progress: Progress): () => void {
  let counting = false;
  let countedAt = 0;
  let before: number | undefined;
  const finished = (c: Record<string, number>) => (c.done ?? 0) + (c.failed ?? 0);
  countByStatus(handle.db).then(
    (counts) => void (before ??= finished(counts)),
    () => undefined,
  );
  return () => {
    if (counting || Date.now() - countedAt < 1000) return;
    counting = true;
    countedAt = Date.now();
    countByStatus(handle.db)
      .then((counts) => {
        before ??= finished(counts);
        const done = finished(counts) - before;
        progress.tick(done, done + (counts.queued ?? 0) + (counts.processing ?? 0));
      })
      // A count that fails costs one redraw; the run's own writes report a real fault.
      .catch(() => undefined)
      .finally(() => (counting = false));
  };
}

/** Analyses what is queued (and what `feed` queues meanwhile) with the topics and actors stored now. */
export async function analyseWith(
  handle: DbHandle,
  run: RunRecord,
  options: AnalyseOptions,
  expected: number,
  feed?: (queue: AnalysisQueue) => Promise<void>,
  preloaded?: AnalysisData,
): Promise<AnalyseReport> {
  const data = preloaded ?? (await loadAnalysisData(handle.db));
  const analyser = await openAnalyser(options, data, expected);
  const shared = handle.kind === 'postgres';
  const progress = createProgress({ label: shared ? 'analyse (all workers)' : 'analyse', enabled: options.progress ?? true });
  let total = expected;
  const onProgress = shared
    ? sharedProgress(handle, progress)
    : (stats: QueueStats) => progress.tick(stats.analysed + stats.failed, Math.max(total, stats.analysed + stats.failed));
  const queue = new AnalysisQueue(handle.db, analyser, queueOptions(handle, options, analyser.concurrency, run.id, data, progress), onProgress);
  try {
    if (feed) {
      try {
        await feed(queue);
      } catch (error) {
        // Reading failed (a usage error, a database fault): what was claimed goes back to the queue.
        queue.stop(error);
        throw error;
      }
    }
    // Everything is stored now: the estimate gives way to the count.
    const { queued = 0, processing = 0 } = await countByStatus(handle.db);
    total = queue.stats.analysed + queue.stats.failed + queued + processing;
    const stats = await queue.drain();
    const lost = stats.lost > 0 ? `, ${stats.lost} taken over by another worker` : '';
    const summary = `${stats.analysed} articles, ${stats.stances} stance records, ${stats.failed} failed${lost} (scorer ${analyser.scorer.id})`;
    if (shared) progress.finish(`${summary} by this worker`, 'analyse');
    else progress.finish(summary);
    return { analyzed: stats.analysed, failed: stats.failed, stances: stats.stances, scorer: analyser.scorer.id, inference: analyser.inference() };
  } finally {
    await analyser.close();
  }
}

/** `stance analyze`: every queued article (and those this scorer has not seen yet). */
export async function analysePending(handle: DbHandle, options: AnalyseOptions, scorerId: string): Promise<AnalyseReport> {
  const run = await beginRun(handle.db, 'analyze', scorerId);
  try {
    const pending = await prepareQueue(handle, scorerId, options.retryFailed ?? false);
    const report = await analyseWith(handle, run, options, pending);
    await run.finish('finished', { ...report });
    return report;
  } catch (error) {
    await finishQuietly(run, error);
    throw error;
  }
}

/** `stance run`: ingest and analyse together, reading no faster than analysis keeps up. */
export async function ingestAndAnalyse(
  handle: DbHandle,
  paths: string[],
  options: AnalyseOptions,
  scorerId: string,
  read: ReadOptions = {},
): Promise<RunReport> {
  await checkPaths(paths);
  const run = await beginRun(handle.db, 'run', scorerId);
  try {
    const pending = await prepareQueue(handle, scorerId, options.retryFailed ?? false);
    let ingest: IngestReport = emptyIngestReport();
    const analysis = await analyseWith(handle, run, options, pending + (await estimateArticles(paths)), async (queue) => {
      ingest = await ingestPaths(
        handle.db,
        paths,
        {
          progress: createProgress({ label: 'ingest', enabled: options.progress ?? true }),
          onStored: async () => void (await queue.fill()),
        },
        read,
      );
    });
    const report = { ...ingest, ...analysis };
    await run.finish('finished', {
      ingested: report.ingested,
      duplicates: report.duplicates,
      rejected: report.rejected.length,
      analyzed: report.analyzed,
      stances: report.stances,
    });
    return report;
  } catch (error) {
    await finishQuietly(run, error);
    throw error;
  }
}

/** `stance ingest`: store only. */
export async function ingestOnly(handle: DbHandle, paths: string[], progress = true, read: ReadOptions = {}): Promise<IngestReport> {
  const run = await beginRun(handle.db, 'ingest', null);
  try {
    const report = await ingestPaths(handle.db, paths, { progress: createProgress({ label: 'ingest', enabled: progress }) }, read);
    await run.finish('finished', { ingested: report.ingested, duplicates: report.duplicates, rejected: report.rejected.length });
    return report;
  } catch (error) {
    await finishQuietly(run, error);
    throw error;
  }
}
