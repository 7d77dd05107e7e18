import { StanceError } from '../core/errors.js';
import { loadAnalysisData } from './analysis-data.js';
import { countByStatus, queueForReanalysis } from './db/articles.repo.js';
import type { DbHandle } from './db/handle.js';
import { databaseNow, latestRun } from './db/runs.repo.js';
import { provenanceFingerprint } from './provenance.js';
import { type AnalyseOptions, type AnalyseReport, analyseWith, finishQuietly } from './run.js';
import { beginRun, recoverInterrupted } from './run-record.js';
import { topicReach } from './topic-reach.js';

/** Which stored articles to re-score. */
export interface ReanalysisSelection {
  /** Only articles that mention this topic or have records on it. */
  topic?: string;
  /** Only articles published on or after this day (`YYYY-MM-DD`). */
  since?: string;
}

export interface ReanalyseReport extends AnalyseReport {
  /** Articles queued for re-analysis by this run (a resumed run counts only what was left). */
  selected: number;
  /** Whether this run continued a re-analysis that was interrupted. */
  resumed: boolean;
}

/** What a killed re-analysis leaves in its run record, so the next one can tell whether to continue it. */
interface ReanalysisKey {
  topic: string | null;
  since: string | null;
  /** Topics, lexicon and gazetteer as they stood: after a change, continuing would mix two versions. */
  fingerprint: string;
}

const COMMAND = 'reanalyse';
const ID_CHUNK = 500;

function sameKey(stats: Record<string, unknown> | null | undefined, key: ReanalysisKey): stats is Record<string, unknown> & { cutoff: string } {
  return !!stats && stats.topic === key.topic && stats.since === key.since && stats.fingerprint === key.fingerprint && typeof stats.cutoff === 'string';
}

/**
 * `stance analyze --reanalyse`: re-scores stored articles with `scorerId`, replacing that scorer's
 * records for each article in the same transaction as its new ones (per saved batch), with the
 * topics, lexicon and actors as they stand now.
 *
 * Resumable: the selection is queued in the database, so a killed run leaves the rest queued
 * (any later `stance analyze` finishes it), and a second `--reanalyse` with the same selection
 * and nothing changed continues it: articles already re-scored since the first run started are
 * not done again.
 */
export async function reanalyse(handle: DbHandle, options: AnalyseOptions, scorerId: string, selection: ReanalysisSelection): Promise<ReanalyseReport> {
  const { db } = handle;
  const data = await loadAnalysisData(db);
  const topic = selection.topic === undefined ? undefined : data.topics.find((t) => t.id === selection.topic);
  if (selection.topic !== undefined && !topic) {
    throw new StanceError('bad_usage', `unknown topic "${selection.topic}": expected one of ${data.topics.map((t) => t.id).join(', ')}`);
  }
  const key: ReanalysisKey = { topic: selection.topic ?? null, since: selection.since ?? null, fingerprint: provenanceFingerprint(data.provenance) };
  await recoverInterrupted(db);
  const last = await latestRun(db, COMMAND, scorerId);
  // Continue only while the interrupted run's articles still wait: once another run finished
  // them, a new request means a new re-analysis.
  const resumed = last?.status === 'interrupted' && sameKey(last.stats, key) && ((await countByStatus(db)).queued ?? 0) > 0;
  const cutoff = resumed && sameKey(last.stats, key) ? last.stats.cutoff : await databaseNow(db);
  const run = await beginRun(db, COMMAND, scorerId, { ...key, cutoff });
  try {
    let selected = 0;
    if (topic) {
      const ids = await topicReach(db, topic, scorerId);
      for (let i = 0; i < ids.length; i += ID_CHUNK) {
        selected += await queueForReanalysis(db, scorerId, cutoff, { since: selection.since, ids: ids.slice(i, i + ID_CHUNK) });
      }
    } else {
      selected = await queueForReanalysis(db, scorerId, cutoff, { since: selection.since });
    }
    const report = await analyseWith(handle, run, options, (await countByStatus(db)).queued ?? 0, undefined, data);
    await run.finish('finished', { ...key, cutoff, selected, ...report });
    return { ...report, selected, resumed };
  } catch (error) {
    await finishQuietly(run, error);
    throw error;
  }
}
