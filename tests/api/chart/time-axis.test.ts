import { describe, expect, it } from 'vitest';
import { bucketPosition, type Tick, timeAxis } from '../../../api/chart/time-axis.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const labelled = (ticks: Tick[]) => ticks.filter((t) => t.label !== '').map((t) => [day(t.value), t.label]);

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
    expect(labelled(axis.ticks)).toEqual([
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
    expect(labelled(timeAxis('2022-01-01', '2022-12-31', 'day').ticks)).toHaveLength(12);
    expect(labelled(timeAxis('2022-01-01', '2022-01-20', 'day').ticks)).toEqual([
      ['2022-01-03', ['3 Jan', '2022']],
      ['2022-01-10', '10 Jan'],
      ['2022-01-17', '17 Jan'],
    ]);
  });

  it('leaves half a bucket of room before the first point and after the last', () => {
    const axis = timeAxis('2022-01-01', '2022-03-31', 'month');
    expect(new Date(axis.domain[0]).toISOString()).toBe('2021-12-16T12:00:00.000Z');
    expect(new Date(axis.domain[1]).toISOString()).toBe('2022-03-16T12:00:00.000Z');
  });
});
