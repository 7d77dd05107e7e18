/**
 * The statistics behind a trend: plain data in, plain data out.
 *
 * Method, in order:
 * 1. Bucket each record by the UTC day of its article's publication (ISO weeks start Monday).
 * 2. Records whose articles share a duplicate cluster (the same story reprinted) collapse into
 *    one observation per bucket: its value is their confidence-weighted mean score, its weight
 *    their mean confidence. Fifty reprints of one wire story count as one report.
 * 3. Per bucket: the confidence-weighted mean of the observations and a t-based 95% interval
 *    whose variance is moderated by a weak prior (see `summariseMoments`), so that two
 *    identical scores do not claim certainty. One observation gives a mean and no interval;
 *    none gives nulls.
 * 4. Optional smoothing: a trailing window over the current and the k-1 previous buckets that
 *    pools their observations, so each bucket weighs by how many observations it holds. Empty
 *    buckets stay empty: smoothing never invents a value where there is no data.
 */

import { addDays, addMonths, DAY_MS, formatDay, parseDay } from '../../core/dates.js';

export const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** One stance record, already reduced to what the statistics need. */
export interface TrendRecord {
  articleId: string;
  /** Records sharing a cluster in one bucket count once (see `pipeline/clusters.ts`). */
  cluster: string | number;
  /** `YYYY-MM-DD` or a full UTC ISO timestamp. */
  publishedAt: string;
  score: number;
  confidence: number;
  source: string | null;
}

export interface TrendPoint {
  bucket_start: string;
  mean: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n_records: number;
  n_articles: number;
  n_sources: number;
}

export interface Observation {
  value: number;
  weight: number;
}

export interface Summary {
  mean: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

/** The first day (`YYYY-MM-DD`) of the bucket holding `date` (a UTC date or ISO timestamp). */
export function bucketStart(date: string, bucket: Bucket): string {
  const day = date.slice(0, 10);
  const year = day.slice(0, 4);
  const month = +day.slice(5, 7);
  switch (bucket) {
    case 'day':
      return day;
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter':
      return `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'year':
      return `${year}-01-01`;
    case 'week': {
      const parsed = parseDay(day);
      const sinceMonday = (parsed.getUTCDay() + 6) % 7;
      return formatDay(new Date(parsed.getTime() - sinceMonday * DAY_MS));
    }
  }
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, bucket: Bucket): string {
  switch (bucket) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
    case 'quarter':
      return addMonths(start, 3);
    case 'year':
      return addMonths(start, 12);
  }
}

/** How many buckets [from, to] spans, without listing them (for limits checked before work). */
export function countBuckets(from: string, to: string, bucket: Bucket): number {
  const a = parseDay(bucketStart(from, bucket));
  const b = parseDay(bucketStart(to, bucket));
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  switch (bucket) {
    case 'day':
      return Math.round((b.getTime() - a.getTime()) / DAY_MS) + 1;
    case 'week':
      return Math.round((b.getTime() - a.getTime()) / (7 * DAY_MS)) + 1;
    case 'month':
      return months + 1;
    case 'quarter':
      return months / 3 + 1;
    case 'year':
      return b.getUTCFullYear() - a.getUTCFullYear() + 1;
  }
}

/** Every bucket start from the bucket holding `from` to the one holding `to`, inclusive. */
export function bucketStarts(from: string, to: string, bucket: Bucket): string[] {
  const last = bucketStart(to, bucket);
  const starts: string[] = [];
  for (let s = bucketStart(from, bucket); s <= last; s = nextBucketStart(s, bucket)) starts.push(s);
  return starts;
}

/** Two-sided 95% Student t quantiles (0.975) by degrees of freedom. */
const T_975: Array<[number, number]> = [
  [1, 12.7062],
  [2, 4.3027],
  [3, 3.1824],
  [4, 2.7764],
  [5, 2.5706],
  [6, 2.4469],
  [7, 2.3646],
  [8, 2.306],
  [9, 2.2622],
  [10, 2.2281],
  [11, 2.201],
  [12, 2.1788],
  [13, 2.1604],
  [14, 2.1448],
  [15, 2.1314],
  [16, 2.1199],
  [17, 2.1098],
  [18, 2.1009],
  [19, 2.093],
  [20, 2.086],
  [21, 2.0796],
  [22, 2.0739],
  [23, 2.0687],
  [24, 2.0639],
  [25, 2.0595],
  [26, 2.0555],
  [27, 2.0518],
  [28, 2.0484],
  [29, 2.0452],
  [30, 2.0423],
  [40, 2.0211],
  [60, 2.0003],
  [120, 1.9799],
];

/** t(0.975, df), interpolated linearly in 1/df between table rows (exact at integer rows up to 30). */
export function tQuantile975(df: number): number {
  const d = Math.max(1, df);
  for (let i = 0; i < T_975.length - 1; i++) {
    const [d0, t0] = T_975[i];
    const [d1, t1] = T_975[i + 1];
    if (d <= d1) return t0 + ((1 / d - 1 / d0) / (1 / d1 - 1 / d0)) * (t1 - t0);
  }
  const [dl, tl] = T_975[T_975.length - 1];
  return 1.96 + (1 / d / (1 / dl)) * (tl - 1.96);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Sums of observations from which `summariseMoments` computes a summary (SQL can sum them too). */
export interface Moments {
  /** Number of observations. */
  n: number;
  /** Σw, Σw², Σw·x, Σw·x² */
  w1: number;
  w2: number;
  wx: number;
  wx2: number;
  /** Σx, Σx²: the unweighted sums, used when every weight is 0. */
  x1: number;
  x2: number;
}

export function momentsOf(observations: Observation[]): Moments {
  const m: Moments = { n: 0, w1: 0, w2: 0, wx: 0, wx2: 0, x1: 0, x2: 0 };
  for (const { value, weight } of observations) addObservation(m, value, weight);
  return m;
}

/** Adds one observation (value `x`, weight `w`) to the sums. */
export function addObservation(m: Moments, x: number, w: number): void {
  m.n += 1;
  m.w1 += w;
  m.w2 += w * w;
  m.wx += w * x;
  m.wx2 += w * x * x;
  m.x1 += x;
  m.x2 += x * x;
}

/** Adds the sums `m` to `into`: the moments of the two sets of observations together. */
export function addMoments(into: Moments, m: Moments): void {
  into.n += m.n;
  into.w1 += m.w1;
  into.w2 += m.w2;
  into.wx += m.wx;
  into.wx2 += m.wx2;
  into.x1 += m.x1;
  into.x2 += m.x2;
}

/**
 * The prior on a bucket's variance: one pseudo degree of freedom at 1/3, the variance of scores
 * spread evenly over [−1, 1]. Without it two identical scores (common with the lexicon, whose
 * scores are mostly ±1) give a sample variance of 0 and an interval of zero width, which claims
 * certainty from two articles. Its weight is that of one observation, so it fades as data grows.
 */
export const PRIOR_VARIANCE = 1 / 3;
export const PRIOR_DF = 1;

/**
 * Confidence-weighted mean and a t-based 95% interval. Weights are treated as reliability
 * weights: sample variance s² = Σw(x−μ)² / (V1 − V2/V1), Kish's effective size
 * n_eff = V1²/V2 and df = n_eff − 1. The variance is moderated by the prior above, as in the
 * conjugate normal model (and limma's moderated t): s̃² = (ν₀σ₀² + df·s²)/(ν₀ + df), with
 * df + ν₀ degrees of freedom; the standard error is s̃/√n_eff. Scores live in [−1, 1], so the
 * interval is clipped to it. When every weight is 0 the observations count equally.
 */
export function summariseMoments(m: Moments): Summary {
  if (m.n === 0) return { mean: null, ci_low: null, ci_high: null };
  // Weights are confidences, never negative: a zero sum means every weight is 0.
  const [v1, v2, sum, squares] = m.w1 > 0 ? [m.w1, m.w2, m.wx, m.wx2] : [m.n, m.n, m.x1, m.x2];
  const mean = sum / v1;
  const nEff = (v1 * v1) / v2;
  const df = nEff - 1;
  if (m.n < 2 || df < 1e-9) return { mean: round(mean), ci_low: null, ci_high: null };
  // Σw(x−μ)² = Σwx² − V1·μ²; rounding can leave a hair below zero when every x is equal.
  const sampleVariance = Math.max(0, squares - v1 * mean * mean) / (v1 - v2 / v1);
  const variance = (PRIOR_DF * PRIOR_VARIANCE + df * sampleVariance) / (PRIOR_DF + df);
  const half = tQuantile975(df + PRIOR_DF) * Math.sqrt(variance / nEff);
  return { mean: round(mean), ci_low: round(Math.max(-1, mean - half)), ci_high: round(Math.min(1, mean + half)) };
}

export function summarise(observations: Observation[]): Summary {
  return summariseMoments(momentsOf(observations));
}

interface ClusterSum {
  weightedScore: number;
  scoreSum: number;
  confidenceSum: number;
  count: number;
}

interface BucketData {
  records: number;
  articles: Set<string>;
  sources: Set<string>;
  clusters: Map<string | number, ClusterSum>;
}

/** One observation per duplicate cluster: the members' weighted mean, weighted by their mean confidence. */
function clusterObservations(clusters: Map<string | number, ClusterSum>): Observation[] {
  return [...clusters.values()].map((c) => ({
    value: c.confidenceSum > 0 ? c.weightedScore / c.confidenceSum : c.scoreSum / c.count,
    weight: c.confidenceSum / c.count,
  }));
}

function addRecord(data: BucketData, record: TrendRecord): void {
  data.records += 1;
  data.articles.add(record.articleId);
  if (record.source) data.sources.add(record.source);
  const cluster = data.clusters.get(record.cluster) ?? { weightedScore: 0, scoreSum: 0, confidenceSum: 0, count: 0 };
  cluster.weightedScore += record.score * record.confidence;
  cluster.scoreSum += record.score;
  cluster.confidenceSum += record.confidence;
  cluster.count += 1;
  data.clusters.set(record.cluster, cluster);
}

export interface SeriesOptions {
  from: string;
  to: string;
  bucket: Bucket;
  /** Trailing window length in buckets; 1 or absent means no smoothing. */
  smooth?: number;
}

/** The points of one actor's series: every bucket in [from, to], empty ones with nulls. */
export function trendSeries(records: TrendRecord[], options: SeriesOptions): TrendPoint[] {
  const starts = bucketStarts(options.from, options.to, options.bucket);
  const byStart = new Map<string, BucketData>(starts.map((s) => [s, { records: 0, articles: new Set(), sources: new Set(), clusters: new Map() }]));
  for (const record of records) {
    const data = byStart.get(bucketStart(record.publishedAt, options.bucket));
    if (data) addRecord(data, record);
  }
  const observations = starts.map((s) => clusterObservations(byStart.get(s)!.clusters));
  const window = Math.max(1, options.smooth ?? 1);
  return starts.map((start, i) => {
    const data = byStart.get(start)!;
    const pooled = data.records === 0 ? [] : observations.slice(Math.max(0, i - window + 1), i + 1).flat();
    return {
      bucket_start: start,
      ...summarise(pooled),
      n_records: data.records,
      n_articles: data.articles.size,
      n_sources: data.sources.size,
    };
  });
}
