import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { changed, type Db, nowSql, query, rawRows, tables } from './handle.js';
import type { Run } from './schema.js';

/** Who runs a run: the process and its machine. */
export interface RunOwner {
  pid: number;
  host: string;
}

/** `stats` at the start is what a later run needs to know of this one if it is killed (a re-analysis's selection). */
export async function startRun(db: Db, command: string, scorer: string | null, owner: RunOwner, stats?: Record<string, unknown>): Promise<number> {
  const { runs } = tables(db);
  const [row] = await query(db)
    .insert(runs)
    .values({ command, scorer, status: 'running', pid: owner.pid, host: owner.host, heartbeatAt: nowSql(db), stats })
    .returning({ id: runs.id });
  return row.id;
}

/** The run's process is alive: said every few seconds while it runs. */
export async function beatRun(db: Db, id: number): Promise<void> {
  const { runs } = tables(db);
  await query(db)
    .update(runs)
    .set({ heartbeatAt: nowSql(db) })
    .where(eq(runs.id, id));
}

export async function finishRun(db: Db, id: number, status: 'finished' | 'failed', stats: Record<string, unknown>): Promise<void> {
  const { runs } = tables(db);
  await query(db)
    .update(runs)
    .set({ status, stats, finishedAt: nowSql(db) })
    .where(eq(runs.id, id));
}

/** Runs marked running: some live, some left behind by a process that was killed. */
export async function runningRuns(db: Db): Promise<Run[]> {
  const { runs } = tables(db);
  return query(db).select().from(runs).where(eq(runs.status, 'running'));
}

/** Says in their records that these runs were interrupted (their process is gone). */
export async function markInterrupted(db: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { runs } = tables(db);
  return changed(
    await query(db)
      .update(runs)
      .set({ status: 'interrupted' })
      .where(and(eq(runs.status, 'running'), inArray(runs.id, ids))),
  );
}

/** The latest run of `command` with `scorer`, whatever its status. */
export async function latestRun(db: Db, command: string, scorer: string): Promise<Run | undefined> {
  const { runs } = tables(db);
  const [row] = await query(db)
    .select()
    .from(runs)
    .where(and(eq(runs.command, command), eq(runs.scorer, scorer)))
    .orderBy(desc(runs.id))
    .limit(1);
  return row;
}

/** The database's clock, in the format of every stored timestamp, so stored times compare with it as text. */
export async function databaseNow(db: Db): Promise<string> {
  const [row] = await rawRows<{ now: string }>(db, sql`select ${nowSql(db)} as now`);
  return row.now;
}

export async function recentRuns(db: Db, limit = 20): Promise<Run[]> {
  const { runs } = tables(db);
  return query(db).select().from(runs).orderBy(desc(runs.id)).limit(limit);
}
