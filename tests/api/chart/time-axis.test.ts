import { describe, expect, it } from 'vitest';
import { bucketPosition, type Tick, timeAxis } from '../../../api/chart/time-axis.js';
import { type Bucket, bucketStart } from '../../../pipeline/trends/trend-stats.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Labelled ticks as [the first day of the bucket they sit under, label]. */
const labelled = (ticks: Tick[], bucket: Bucket = 'month') => ticks.filter((t) => t.label !== '').map((t) => [bucketStart(day(t.value), bucket), t.label]);

describe('timeAxis', () => {
  it('labels a three-year monthly axis by quarter, with the year under every January', () => {
    const axis = timeAxis('2021-01-01', '2023-12-31', 'month');
    expect(axis.ticks).toHaveLength(36);
    const labels = labelled(axis.ticks);
    expect(labels).toHaveLength(12);
    expect(labels.slice(0, 5)).toEqual([
      ['2021-01-01', ['Jan', '2021']],
      ['2021-04-01', 'Apr'],
      ['2021-07-01', 'Jul'],
      ['2021-10-01', 'Oct'],
      ['2022-01-01', ['Jan', '2022']],
    ]);
    expect(labels.filter(([, l]) => Array.isArray(l)).map(([, l]) => (l as string[])[1])).toEqual(['2021', '2022', '2023']);
  });

  it('shows the year on the first label of a window that starts mid-year', () => {
    expect(labelled(timeAxis('2022-02-04', '2022-05-18', 'month').ticks)).toEqual([
      ['2022-02-01', ['Feb', '2022']],
      ['2022-03-01', 'Mar'],
      ['2022-04-01', 'Apr'],
      ['2022-05-01', 'May'],
    ]);
  });

  it('gives a yearly axis one tick per year, mid-year under its points, and no month ticks', () => {
    const axis = timeAxis('2021-01-01', '2023-12-31', 'year');
    expect(axis.ticks.map((t) => t.label)).toEqual(['2021', '2022', '2023']);
    expect(axis.ticks.map((t) => t.value)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01'].map((s) => bucketPosition(s, 'year')));
    expect(day(axis.ticks[0].value)).toBe('2021-07-02');
    expect(axis.domain.map(day)).toEqual(['2021-01-01', '2024-01-01']);
  });

  it('labels every other year of a long yearly axis but keeps a tick for each', () => {
    const axis = timeAxis('2000-01-01', '2023-12-31', 'year');
    expect(axis.ticks).toHaveLength(24);
    expect(axis.ticks.filter((t) => t.label !== '')).toHaveLength(12);
  });

  it('names quarters on a quarterly axis and never ticks months', () => {
    const axis = timeAxis('2022-01-01', '2022-12-31', 'quarter');
    expect(labelled(axis.ticks, 'quarter')).toEqual([
      ['2022-01-01', ['Q1', '2022']],
      ['2022-04-01', 'Q2'],
      ['2022-07-01', 'Q3'],
      ['2022-10-01', 'Q4'],
    ]);
    expect(axis.ticks).toHaveLength(4);
  });

  it('labels a decade of months by year alone', () => {
    const labels = labelled(timeAxis('2015-01-01', '2024-12-31', 'month').ticks);
    expect(labels.map(([, l]) => l)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('labels a year of days by month and a few weeks of days by Monday', () => {
    expect(labelled(timeAxis('2022-01-01', '2022-12-31', 'day').ticks, 'day')).toHaveLength(12);
    expect(labelled(timeAxis('2022-01-01', '2022-01-20', 'day').ticks, 'day')).toEqual([
      ['2022-01-03', ['3 Jan', '2022']],
      ['2022-01-10', '10 Jan'],
      ['2022-01-17', '17 Jan'],
    ]);
  });

  it('spans whole buckets, with each label under the middle of the bucket it names', () => {
    const axis = timeAxis('2022-01-01', '2022-03-31', 'month');
    expect(axis.domain.map((t) => new Date(t).toISOString())).toEqual(['2022-01-01T00:00:00.000Z', '2022-04-01T00:00:00.000Z']);
    expect(axis.ticks.map((t) => new Date(t.value).toISOString())).toEqual([
      '2022-01-16T12:00:00.000Z',
      '2022-02-15T00:00:00.000Z',
      '2022-03-16T12:00:00.000Z',
    ]);
    expect(axis.ticks[1].value).toBe(bucketPosition('2022-02-01', 'month'));
  });

  it('keeps a month boundary on a weekly chart where it starts no week, and puts Monday ticks under their weeks', () => {
    const axis = timeAxis('2022-03-01', '2022-05-31', 'week');
    const march = axis.ticks.find((t) => Array.isArray(t.label) && t.label[0] === 'Mar');
    expect(new Date(march!.value).toISOString()).toBe('2022-03-01T00:00:00.000Z');
    const weekly = timeAxis('2022-01-01', '2022-01-20', 'week');
    expect(weekly.ticks.map((t) => t.value)).toContain(bucketPosition('2022-01-10', 'week'));
  });
});
