import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './handle.js';
import { type Run, runs } from './schema.js';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Who runs a run: the process and its machine. */
export interface RunOwner {
  pid: number;
  host: string;
}

export function startRun(db: Db, command: string, scorer: string | null, owner: RunOwner): number {
  return db.insert(runs).values({ command, scorer, status: 'running', pid: owner.pid, host: owner.host, heartbeatAt: now }).returning({ id: runs.id }).get().id;
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

export function recentRuns(db: Db, limit = 20): Run[] {
  return db.select().from(runs).orderBy(sql`${runs.id} desc`).limit(limit).all();
}
