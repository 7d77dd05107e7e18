import { describe, expect, it } from 'vitest';
import { clusterKey } from '../../../pipeline/trends/clusters.js';
import {
  bucketStart,
  bucketStarts,
  countBuckets,
  momentsOf,
  summarise,
  summariseMoments,
  type TrendRecord,
  tQuantile975,
  trendSeries,
} from '../../../pipeline/trends/trend-stats.js';

function record(articleId: string, publishedAt: string, score: number, confidence: number, extra: Partial<TrendRecord> = {}): TrendRecord {
  return { articleId, cluster: articleId, publishedAt, score, confidence, source: `src-${articleId}`, ...extra };
}

describe('buckets', () => {
  it('starts ISO weeks on Monday, in UTC', () => {
    expect(bucketStart('2024-01-07', 'week')).toBe('2024-01-01'); // a Sunday
    expect(bucketStart('2024-01-01', 'week')).toBe('2024-01-01'); // a Monday
    expect(bucketStart('2021-01-01T23:30:00.000Z', 'week')).toBe('2020-12-28');
  });

  it('maps days to month, quarter and year starts', () => {
    expect(bucketStart('2022-05-18T10:00:00.000Z', 'day')).toBe('2022-05-18');
    expect(bucketStart('2022-05-18', 'month')).toBe('2022-05-01');
    expect(bucketStart('2022-05-18', 'quarter')).toBe('2022-04-01');
    expect(bucketStart('2022-12-31', 'quarter')).toBe('2022-10-01');
    expect(bucketStart('2022-05-18', 'year')).toBe('2022-01-01');
  });

  it('lists every bucket start in [from, to] and counts them the same', () => {
    expect(bucketStarts('2021-11-15', '2022-02-01', 'month')).toEqual(['2021-11-01', '2021-12-01', '2022-01-01', '2022-02-01']);
    expect(bucketStarts('2021-01-01', '2023-12-31', 'month')).toHaveLength(36);
    expect(bucketStarts('2024-02-27', '2024-03-02', 'day')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    for (const bucket of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      expect(countBuckets('2019-03-10', '2023-08-20', bucket)).toBe(bucketStarts('2019-03-10', '2023-08-20', bucket).length);
    }
  });
});

describe('summarise', () => {
  it('gives nulls without data and no interval for one observation', () => {
    expect(summarise([])).toEqual({ mean: null, ci_low: null, ci_high: null });
    expect(summarise([{ value: -0.4, weight: 0.7 }])).toEqual({ mean: -0.4, ci_low: null, ci_high: null });
  });

  it('matches the t-interval with the moderated variance, equal weights', () => {
    // mean 0.4, s² = 0.04, df = 2; s̃² = (1/3 + 2·0.04)/3 = 0.137778, se = √(s̃²/3) = 0.214303,
    // t(0.975, 3) = 3.1824 → ±0.681999, the top clipped at 1
    const s = summarise([0.2, 0.4, 0.6].map((value) => ({ value, weight: 1 })));
    expect(s.mean).toBeCloseTo(0.4, 6);
    expect(s.ci_low).toBeCloseTo(-0.281999, 5);
    expect(s.ci_high).toBe(1);
  });

  it('gives two identical scores an interval, not a width of zero', () => {
    // s² = 0, so s̃² = (1/3)/2, se = √(1/12) = 0.288675, t(0.975, 2) = 4.3027 → ±1.242083
    const s = summarise([
      { value: -1, weight: 1 },
      { value: -1, weight: 1 },
    ]);
    expect(s.mean).toBe(-1);
    expect(s.ci_low).toBe(-1);
    expect(s.ci_high).toBeCloseTo(0.242083, 5);
  });

  it('weights by confidence and uses the effective n', () => {
    // weights 3,1,1,1 on -0.5, 0.5, 0.5, 0.5: mean = (−1.5 + 1.5)/6 = 0
    // V1 = 6, V2 = 12, n_eff = 3, s² = (3·0.25 + 3·0.25)/(6 − 2) = 0.375, df = 2,
    // s̃² = (1/3 + 0.75)/3 = 0.361111, se = √(s̃²/3) = 0.346944, t(3) → ±1.104 → clipped to [−1, 1]
    const s = summarise([
      { value: -0.5, weight: 3 },
      { value: 0.5, weight: 1 },
      { value: 0.5, weight: 1 },
      { value: 0.5, weight: 1 },
    ]);
    expect(s).toEqual({ mean: 0, ci_low: -1, ci_high: 1 });
    // Twelve at weight 1 each around 0.1: a narrow interval.
    const many = summarise(Array.from({ length: 12 }, (_, i) => ({ value: i % 2 ? 0.15 : 0.05, weight: 1 })));
    // mean 0.1, s² = 12·0.0025/11, df = 11; s̃² = (1/3 + 11·s²)/12 = 0.030278, se = √(s̃²/12) = 0.050231,
    // t(12) = 2.1788 → ±0.109443
    expect(many.mean).toBeCloseTo(0.1, 6);
    expect(many.ci_low).toBeCloseTo(0.1 - 0.109443, 5);
    expect(many.ci_high).toBeCloseTo(0.1 + 0.109443, 5);
  });

  it('counts observations equally when every confidence is 0', () => {
    expect(
      summarise([
        { value: 1, weight: 0 },
        { value: 0, weight: 0 },
      ]).mean,
    ).toBe(0.5);
  });

  it('reads t quantiles from the table and tends to 1.96', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile975(10)).toBeCloseTo(2.2281, 4);
    expect(tQuantile975(10_000)).toBeCloseTo(1.96, 2);
    expect(tQuantile975(1.5)).toBeLessThan(12.7062);
    expect(tQuantile975(1.5)).toBeGreaterThan(4.3027);
  });
});

describe('trendSeries', () => {
  const options = { from: '2022-01-01', to: '2022-04-30', bucket: 'month' as const };

  it('computes each month by hand and keeps empty months as nulls', () => {
    const points = trendSeries(
      [record('a1', '2022-01-10', -0.8, 0.9), record('a2', '2022-01-20T09:30:00.000Z', -0.6, 0.8), record('a3', '2022-03-05', 0.5, 0.5)],
      options,
    );
    expect(points.map((p) => p.bucket_start)).toEqual(['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01']);
    // January: (−0.8·0.9 − 0.6·0.8)/1.7 = −0.705882
    expect(points[0].mean).toBeCloseTo(-1.2 / 1.7, 6);
    expect(points[0]).toMatchObject({ n_records: 2, n_articles: 2, n_sources: 2 });
    expect(points[0].ci_low).toBe(-1);
    expect(points[1]).toEqual({ bucket_start: '2022-02-01', mean: null, ci_low: null, ci_high: null, n_records: 0, n_articles: 0, n_sources: 0 });
    expect(points[2]).toMatchObject({ mean: 0.5, ci_low: null, ci_high: null, n_records: 1 });
    expect(points[3].mean).toBeNull();
  });

  it('counts a duplicate cluster once per bucket', () => {
    const wire = 'syndicated';
    const copies = Array.from({ length: 50 }, (_, i) => record(`copy${i}`, '2022-01-05', -1, 1, { cluster: wire, source: `paper${i}` }));
    const independent = [record('b1', '2022-01-08', 1, 1), record('b2', '2022-01-09', 1, 1)];
    const [jan] = trendSeries([...copies, ...independent], options);
    // Three observations (the cluster at −1 and two at +1), equal weights: mean 1/3.
    expect(jan.mean).toBeCloseTo(1 / 3, 6);
    expect(jan).toMatchObject({ n_records: 52, n_articles: 52, n_sources: 52 });
  });

  it('averages a cluster by confidence and weighs it by its mean confidence', () => {
    const records = [
      record('c1', '2022-01-05', -1, 1, { cluster: 'k' }),
      record('c2', '2022-01-05', -0.5, 0.5, { cluster: 'k' }),
      record('d1', '2022-01-06', 0.5, 0.25),
    ];
    // Cluster: (−1·1 − 0.5·0.5)/1.5 = −0.833333 at weight 0.75; with d1: (−0.625 + 0.125)/1 = −0.5
    expect(trendSeries(records, options)[0].mean).toBeCloseTo(-0.5, 6);
  });

  it('smooths with a trailing window that pools observations (weighted by n), leaving empty buckets empty', () => {
    const records = [record('a', '2022-01-10', 1, 1), record('b', '2022-03-10', 0, 1), record('c', '2022-03-11', 0, 1), record('d', '2022-04-10', -1, 1)];
    const points = trendSeries(records, { ...options, smooth: 3 });
    expect(points[0].mean).toBe(1); // only January in its window
    expect(points[1].mean).toBeNull(); // February has no data of its own
    expect(points[2].mean).toBeCloseTo(1 / 3, 6); // Jan..Mar: (1 + 0 + 0)/3
    expect(points[3].mean).toBeCloseTo(-1 / 3, 6); // Feb..Apr: (0 + 0 − 1)/3
    expect(points[2].n_records).toBe(2); // counts stay the bucket's own
  });

  it('ignores records outside [from, to]', () => {
    const points = trendSeries([record('x', '2021-12-31', 1, 1), record('y', '2022-05-01', 1, 1)], options);
    expect(points.every((p) => p.mean === null && p.n_records === 0)).toBe(true);
  });
});

describe('clusterKey and moments', () => {
  it('matches syndicated titles on the same day, case and punctuation aside', () => {
    const a = clusterKey('x', 'Kremlin warns against NATO enlargement', '2022-03-05');
    expect(clusterKey('y', 'KREMLIN warns against NATO enlargement!', '2022-03-05T18:00:00.000Z')).toBe(a);
    expect(clusterKey('y', 'Kremlin warns against NATO enlargement', '2022-03-06')).not.toBe(a);
    expect(clusterKey('y', null, '2022-03-05')).toBe('y');
    expect(clusterKey('y', 'News', '2022-03-05')).toBe('y');
  });

  it('summarises from sums alone as from the observations themselves', () => {
    const observations = [
      { value: 0.2, weight: 1 },
      { value: 0.6, weight: 0.5 },
      { value: -0.4, weight: 0.25 },
    ];
    expect(summariseMoments(momentsOf(observations))).toEqual(summarise(observations));
    expect(momentsOf(observations)).toMatchObject({ n: 3, w1: 1.75, x1: 0.4 });
    // Every weight 0: the plain mean, as if the weights were equal.
    expect(
      summariseMoments(
        momentsOf([
          { value: 0.2, weight: 0 },
          { value: 0.6, weight: 0 },
        ]),
      ).mean,
    ).toBeCloseTo(0.4, 6);
  });
});
