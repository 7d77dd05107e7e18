import { eq, sql } from 'drizzle-orm';
import type { Db } from './handle.js';
import { type Run, runs } from './schema.js';

export function startRun(db: Db, command: string, scorer: string | null): number {
  return db.insert(runs).values({ command, scorer, status: 'running' }).returning({ id: runs.id }).get().id;
}

export function finishRun(db: Db, id: number, status: 'finished' | 'failed', stats: Record<string, unknown>): void {
  db.update(runs).set({ status, stats, finishedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` }).where(eq(runs.id, id)).run();
}

/** Runs still marked running when a new one starts were killed: say so in their record. */
export function markInterrupted(db: Db): number {
  return db.update(runs).set({ status: 'interrupted' }).where(eq(runs.status, 'running')).run().changes;
}

export function recentRuns(db: Db, limit = 20): Run[] {
  return db.select().from(runs).orderBy(sql`${runs.id} desc`).limit(limit).all();
}
