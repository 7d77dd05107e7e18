import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './handle.js';
import { type Run, runs } from './schema.js';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Who runs a run: the process and its machine. */
export interface RunOwner {
  pid: number;
  host: string;
}

/** `stats` at the start is what a later run needs to know of this one if it is killed (a re-analysis's selection). */
export function startRun(db: Db, command: string, scorer: string | null, owner: RunOwner, stats?: Record<string, unknown>): number {
  return db
    .insert(runs)
    .values({ command, scorer, status: 'running', pid: owner.pid, host: owner.host, heartbeatAt: now, stats })
    .returning({ id: runs.id })
    .get().id;
}

/** The run's process is alive: said every few seconds while it runs. */
export function beatRun(db: Db, id: number): void {
  db.update(runs).set({ heartbeatAt: now }).where(eq(runs.id, id)).run();
}

export function finishRun(db: Db, id: number, status: 'finished' | 'failed', stats: Record<string, unknown>): void {
  db.update(runs).set({ status, stats, finishedAt: now }).where(eq(runs.id, id)).run();
}

/** Runs marked running: some live, some left behind by a process that was killed. */
export function runningRuns(db: Db): Run[] {
  return db.select().from(runs).where(eq(runs.status, 'running')).all();
}

/** Says in their records that these runs were interrupted (their process is gone). */
export function markInterrupted(db: Db, ids: number[]): number {
  if (ids.length === 0) return 0;
  return db
    .update(runs)
    .set({ status: 'interrupted' })
    .where(and(eq(runs.status, 'running'), inArray(runs.id, ids)))
    .run().changes;
}

/** The latest run of `command` with `scorer`, whatever its status. */
export function latestRun(db: Db, command: string, scorer: string): Run | undefined {
  return db
    .select()
    .from(runs)
    .where(and(eq(runs.command, command), eq(runs.scorer, scorer)))
    .orderBy(desc(runs.id))
    .limit(1)
    .get();
}

/** The database's clock, in the format of every stored timestamp, so stored times compare with it as text. */
export function databaseNow(db: Db): string {
  return db.get<{ now: string }>(sql`select strftime('%Y-%m-%dT%H:%M:%fZ', 'now') as now`).now;
}

export function recentRuns(db: Db, limit = 20): Run[] {
  return db.select().from(runs).orderBy(sql`${runs.id} desc`).limit(limit).all();
}
