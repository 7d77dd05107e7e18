import { hostname } from 'node:os';
import { countHeldByEach, releaseClaims, requeueInterrupted } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import { beatRun, databaseNow, finishRun, markInterrupted, runningRuns, startRun } from './db/runs.repo.js';
import type { Run } from './db/schema.js';

/*
 * Every ingest or analysis is a run in the `runs` table while it works. Several can work on one
 * database at once (two `stance run`, or `stance serve` analysing posted articles beside a batch
 * run), so a run that starts must tell the runs still working from those whose process was
 * killed: only the latter are interrupted, and only their articles go back to the queue.
 */

/** How often a run says it is alive. */
export const HEARTBEAT_MS = 5_000;
/**
 * A run silent for this long is gone even if a process with its id lives (the id was reused).
 * Generous: a run's thread may be busy for a while between beats (a large batch being stored).
 */
export const STALE_AFTER_MS = 120_000;

const HOST = hostname();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A run still working: its process lives (on this machine) and it beat recently. */
export function isAlive(run: Pick<Run, 'pid' | 'host' | 'heartbeatAt'>, now = Date.now()): boolean {
  if (run.pid === null || run.heartbeatAt === null) return false;
  const fresh = now - Date.parse(run.heartbeatAt) < STALE_AFTER_MS;
  return run.host === HOST ? fresh && processAlive(run.pid) : fresh;
}

/**
 * Before a run claims work: runs whose process is gone are marked interrupted and the articles
 * they held are queued again; live runs keep theirs.
 */
export async function recoverInterrupted(db: Db): Promise<{ interrupted: number; requeued: number; live: number[] }> {
  const running = await runningRuns(db);
  // A run's heartbeat is its lease: on another machine it ends when the beats stop (read on the
  // database's clock, which every machine shares); here, at once when its process is gone.
  const now = Date.parse(await databaseNow(db));
  const live = running.filter((run) => isAlive(run, now)).map((run) => run.id);
  const gone = running.filter((run) => !live.includes(run.id)).map((run) => run.id);
  const interrupted = await markInterrupted(db, gone);
  return { interrupted, requeued: await requeueInterrupted(db, live, gone), live };
}

export interface RunRecord {
  readonly id: number;
  finish(status: 'finished' | 'failed', stats: Record<string, unknown>): Promise<void>;
}

/**
 * Records a run as started by this process and keeps its heartbeat going until it finishes.
 * `stats` at the start is what a later run needs to know of this one if it is killed.
 */
export async function beginRun(db: Db, command: string, scorer: string | null, stats?: Record<string, unknown>): Promise<RunRecord> {
  const id = await startRun(db, command, scorer, { pid: process.pid, host: HOST }, stats);
  const beat = setInterval(() => {
    beatRun(db, id).catch(() => {
      // A database that refuses the beat fails the run's own writes, which report it.
    });
  }, HEARTBEAT_MS);
  // The beat must never be what keeps a finished or failed process alive.
  beat.unref();
  return {
    id,
    async finish(status, stats) {
      clearInterval(beat);
      await finishRun(db, id, status, stats);
    },
  };
}

/**
 * This process is stopping (a signal) while runs of its own may be working: they are marked
 * interrupted and the articles they hold queued again now, rather than when a later run finds
 * the process gone.
 */
export async function interruptOwnRuns(db: Db): Promise<number> {
  const own = (await runningRuns(db)).filter((run) => run.pid === process.pid && run.host === HOST);
  for (const run of own) await releaseClaims(db, run.id);
  return markInterrupted(
    db,
    own.map((run) => run.id),
  );
}

/** An analysis run working now, as `GET /v1/jobs` lists it. */
export interface LiveWorker {
  run: number;
  command: string;
  scorer: string;
  host: string | null;
  pid: number | null;
  startedAt: string;
  heartbeatAt: string;
  /** When, should its beats stop, the articles it holds go back to the queue. */
  leaseEndsAt: string;
  /** Articles it has claimed and not yet stored. */
  held: number;
}

/**
 * The analysis runs alive now (by the same test a starting run applies to decide whose claims
 * to take back), oldest first, with what each holds. Ingests claim nothing and are left out.
 */
export async function liveWorkers(db: Db): Promise<LiveWorker[]> {
  const now = Date.parse(await databaseNow(db));
  const live = (await runningRuns(db)).filter((run) => run.scorer !== null && isAlive(run, now)).sort((a, b) => a.id - b.id);
  const held = await countHeldByEach(
    db,
    live.map((run) => run.id),
  );
  return live.map((run) => ({
    run: run.id,
    command: run.command,
    scorer: run.scorer!,
    host: run.host,
    pid: run.pid,
    startedAt: run.startedAt,
    heartbeatAt: run.heartbeatAt!,
    leaseEndsAt: new Date(Date.parse(run.heartbeatAt!) + STALE_AFTER_MS).toISOString(),
    held: held.get(run.id) ?? 0,
  }));
}
