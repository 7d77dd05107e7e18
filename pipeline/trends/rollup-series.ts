/**
 * A trend series from rollup sums instead of records: plain data in, plain data out.
 *
 * The rollup (pipeline/db/rollup.repo.ts) gives, per span of days, the record count, the sums
 * over the span's duplicate-cluster observations and its distinct sources. The method is the one
 * of `trendSeries` (trend-stats.ts), step for step: a bucket's observations are the union of its
 * spans' (a cluster lies within one day), so its moments are their sums; smoothing pools the
 * moments of the window's buckets; an empty bucket stays empty. Counts of distinct sources do
 * not add up across spans, so the sources are kept as sets.
 *
 * Articles: within one actor's series each article has one record (one per article, actor,
 * topic and scorer), so a bucket's articles are its records.
 */

import { addMoments, bucketStart, bucketStarts, type Moments, type SeriesOptions, summariseMoments, type TrendPoint } from './trend-stats.js';

/** The sums of one span of days. */
export interface SpanSums extends Moments {
  /** The first day of the span, `YYYY-MM-DD`. */
  start: string;
  records: number;
  sources: string[];
}

export interface SeriesTotals {
  n_records: number;
  n_articles: number;
  n_sources: number;
}

const EMPTY: Moments = { n: 0, w1: 0, w2: 0, wx: 0, wx2: 0, x1: 0, x2: 0 };

/** Sums of many spans as one: moments and records added, sources united (a list shared by several spans once). */
export function combineSpans(spans: Iterable<SpanSums>): { moments: Moments; records: number; sources: Set<string> } {
  const moments = { ...EMPTY };
  const sources = new Set<string>();
  const united = new Set<string[]>();
  let records = 0;
  for (const span of spans) {
    addMoments(moments, span);
    records += span.records;
    if (united.has(span.sources)) continue;
    united.add(span.sources);
    for (const source of span.sources) sources.add(source);
  }
  return { moments, records, sources };
}

/** What one bucket holds: its moments, records and number of distinct sources. */
interface BucketSums {
  moments: Moments;
  records: number;
  sources: number;
}

const NO_DATA: BucketSums = { moments: EMPTY, records: 0, sources: 0 };

/** A bucket's sums from its spans. One span is its own sums: its list of sources is already distinct. */
function bucketSums(spans: SpanSums[] | undefined): BucketSums {
  if (!spans) return NO_DATA;
  if (spans.length === 1) return { moments: spans[0], records: spans[0].records, sources: spans[0].sources.length };
  const { moments, records, sources } = combineSpans(spans);
  return { moments, records, sources: sources.size };
}

/**
 * One actor's points over every bucket in [from, to], and its totals, from the spans covering the
 * window. `starts`: the window's bucket starts, when the caller has them already (several series
 * of one window).
 */
export function seriesFromSpans(
  spans: SpanSums[],
  options: SeriesOptions,
  starts = bucketStarts(options.from, options.to, options.bucket),
): { points: TrendPoint[]; totals: SeriesTotals; sources: Set<string> } {
  const index = new Map<string, number>(starts.map((s, i) => [s, i]));
  const byBucket: Array<SpanSums[] | undefined> = new Array(starts.length);
  for (const span of spans) {
    const i = index.get(bucketStart(span.start, options.bucket));
    if (i === undefined) continue;
    const list = byBucket[i];
    if (list) list.push(span);
    else byBucket[i] = [span];
  }
  const buckets = Array.from(byBucket, bucketSums);
  const window = Math.max(1, options.smooth ?? 1);
  const points = starts.map((start, i): TrendPoint => {
    const data = buckets[i];
    const pooled = { ...EMPTY };
    if (data.records > 0) for (let j = Math.max(0, i - window + 1); j <= i; j++) addMoments(pooled, buckets[j].moments);
    return {
      bucket_start: start,
      ...summariseMoments(pooled),
      n_records: data.records,
      n_articles: data.records,
      n_sources: data.sources,
    };
  });
  const all = combineSpans(spans);
  return { points, totals: { n_records: all.records, n_articles: all.records, n_sources: all.sources.size }, sources: all.sources };
}
