import type { Table } from '../pipeline/export/table.js';
import type { TrendPoint } from '../pipeline/trends/trend-stats.js';
import type { TrendResult } from './schemas.js';

/* Trends and comparisons as flat tables, for CSV and Parquet: one row per actor (and group) × bucket. */

/** The statistics a trend point and a comparison row share. */
export type TrendStats = Omit<TrendPoint, 'bucket_start'>;

/** `mean, ci_low, ci_high, n_records, n_articles, n_sources`: the same columns, in the same order, in every trend-like table. */
function statColumns<Row extends TrendStats>(): Table<Row> {
  return [
    { name: 'mean', type: 'DOUBLE', value: (r) => r.mean },
    { name: 'ci_low', type: 'DOUBLE', value: (r) => r.ci_low },
    { name: 'ci_high', type: 'DOUBLE', value: (r) => r.ci_high },
    { name: 'n_records', type: 'INT32', value: (r) => r.n_records },
    { name: 'n_articles', type: 'INT32', value: (r) => r.n_articles },
    { name: 'n_sources', type: 'INT32', value: (r) => r.n_sources },
  ];
}

export type TrendRowOut = TrendPoint & { topic: string; actor: string; group: string | null };

export function trendTableRows(result: TrendResult): TrendRowOut[] {
  return result.series.flatMap((s) => s.points.map((p) => ({ ...p, topic: result.topic, actor: s.actor, group: s.group ?? null })));
}

/** `topic, actor, [source_country|source_kind], bucket_start, mean, ci_low, ci_high, n_records, n_articles, n_sources`. */
export function trendTable(groupBy: string | null): Table<TrendRowOut> {
  return [
    { name: 'topic', type: 'STRING', value: (r) => r.topic },
    { name: 'actor', type: 'STRING', value: (r) => r.actor },
    ...(groupBy ? [{ name: groupBy, type: 'STRING' as const, value: (r: TrendRowOut) => r.group }] : []),
    { name: 'bucket_start', type: 'TIMESTAMP', value: (r) => r.bucket_start },
    ...statColumns(),
  ];
}

/** A comparison spans the whole window, so its row is a trend point without a bucket. */
export interface CompareRowOut extends TrendStats {
  topic: string;
  actor: string;
  name: string | null;
  group?: string | null;
}

/** `topic, actor, name, [source_country|source_kind], mean, ci_low, ci_high, n_records, n_articles, n_sources`. */
export function compareTable(groupBy: string | null): Table<CompareRowOut> {
  return [
    { name: 'topic', type: 'STRING', value: (r) => r.topic },
    { name: 'actor', type: 'STRING', value: (r) => r.actor },
    { name: 'name', type: 'STRING', value: (r) => r.name },
    ...(groupBy ? [{ name: groupBy, type: 'STRING' as const, value: (r: CompareRowOut) => r.group ?? null }] : []),
    ...statColumns(),
  ];
}
