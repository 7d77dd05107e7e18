import type { TopLevelSpec } from 'vega-lite';
import { type Bucket, bucketStarts, nextBucketStart } from '../../pipeline/trends/trend-stats.js';
import type { TrendResult } from '../schemas.js';
import { actorLook } from './palette.js';
import { textWidth } from './text-metrics.js';
import { bucketLength, bucketPosition, timeAxis } from './time-axis.js';

/*
 * The trend chart as a Vega-Lite spec, drawn for a report: a point per actor and bucket sized by
 * its articles, an error bar wherever there is an interval, a light band only along runs of
 * intervals, one look per actor in every chart, a time axis planned per bucket, and a caption
 * that says where the numbers come from. Each point links to the evidence behind it.
 */

/** The filters a trend was asked with, as the API names them. */
export interface ChartFilters {
  min_confidence?: number;
  source?: string;
  lang?: string;
  scorer?: string;
  source_country?: string;
  source_kind?: string;
}

export interface ChartContext {
  topicLabel: string;
  /** Display names by actor code; the code is shown where a name is missing. */
  actorNames: Record<string, string>;
  filters: ChartFilters;
  /** The evidence endpoint points link to; relative, so the spec works behind any host. */
  evidencePath?: string;
}

/** Plot size in px: about a report's column at 2× (the PNG is drawn at twice this). */
export const PLOT_WIDTH = 620;
export const PLOT_HEIGHT = 300;
/** Bands join intervals only along runs this long: a band over one or two buckets says nothing an error bar does not. */
const MIN_BAND_RUN = 3;
/**
 * Bands help where error bars cannot be told apart: a single actor, or two over many buckets.
 * With more actors, or few buckets, overlapping bands only hide one another, and the error
 * bars already show every interval.
 */
const DENSE_BUCKETS = 60;
function bandsHelp(actors: number, buckets: number): boolean {
  return actors === 1 || (actors === 2 && buckets > DENSE_BUCKETS);
}
/**
 * A bucket joins a band only when its interval is at most this wide (half the −1…+1 axis):
 * a band of intervals that span most of the axis fills the plot with one colour and says nothing
 * the error bars do not.
 */
const MAX_BAND_WIDTH = 1;
/** Points of different actors in one bucket spread over this share of the bucket, so none hides another. */
const DODGE_SHARE = 0.6;
/** The y scale reaches this far so points at ±1 show whole. */
const Y_ROOM = 1.08;
const FONT = 'DejaVu Sans, Verdana, Helvetica, Arial, sans-serif';

const ADVERB: Record<Bucket, string> = { day: 'Daily', week: 'Weekly', month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' };

interface Row {
  actor: string;
  series: string;
  x: number;
  bucket: string;
  mean: number | null;
  ci_low: number | null;
  ci_high: number | null;
  band_low: number | null;
  band_high: number | null;
  interval: string;
  n_records: number;
  n_articles: number;
  n_sources: number;
  href: string | null;
  hover: string;
}

const signed = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '') + Math.abs(x).toFixed(2);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The bucket as a reader names it: "May 2022", "Q2 2022", "2022", "week of 2022-05-02", "2022-05-04". */
export function bucketName(start: string, bucket: Bucket): string {
  const [y, m] = [start.slice(0, 4), +start.slice(5, 7)];
  switch (bucket) {
    case 'year':
      return y;
    case 'quarter':
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case 'month':
      return `${MONTHS[m - 1]} ${y}`;
    case 'week':
      return `week of ${start}`;
    case 'day':
      return start;
  }
}

/** A day as a reader names it: "28 Dec 2020". */
function dayName(day: string): string {
  return `${+day.slice(8, 10)} ${MONTHS[+day.slice(5, 7) - 1]} ${day.slice(0, 4)}`;
}

/**
 * The chart's window in its subtitle: "Jan 2021 to Dec 2023", "28 Dec 2020 to 25 Dec 2023" for the
 * weeks starting on those Mondays (short enough that the subtitle never widens the chart beyond its plot).
 */
export function windowName(first: string, last: string, bucket: Bucket): string {
  if (bucket === 'week' || bucket === 'day') return `${dayName(first)} to ${dayName(last)}`;
  return `${bucketName(first, bucket)} to ${bucketName(last, bucket)}`;
}

/** The last day of the bucket starting at `start`. */
function bucketEnd(start: string, bucket: Bucket): string {
  const next = new Date(`${nextBucketStart(start, bucket)}T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** Marks each point inside a run of at least MIN_BAND_RUN consecutive buckets whose intervals are narrow enough. */
function inBandRun(hasInterval: boolean[]): boolean[] {
  const marked = hasInterval.map(() => false);
  for (let i = 0; i < hasInterval.length; ) {
    let j = i;
    while (j < hasInterval.length && hasInterval[j]) j++;
    if (j - i >= MIN_BAND_RUN) for (let k = i; k < j; k++) marked[k] = true;
    i = Math.max(j, i + 1);
  }
  return marked;
}

function evidenceLink(result: TrendResult, context: ChartContext, actor: string, group: string | null, from: string, to: string): string {
  const f = context.filters;
  const params = new URLSearchParams({ topic: result.topic, actor, from, to });
  if (f.scorer) params.set('scorer', f.scorer);
  if (f.source) params.set('source', f.source);
  if (f.lang) params.set('lang', f.lang);
  if (f.min_confidence !== undefined) params.set('min_confidence', String(f.min_confidence));
  if (f.source_country) params.set('source_country', f.source_country);
  if (f.source_kind) params.set('source_kind', f.source_kind);
  // A line of one group of outlets links to that group's evidence (outlets the registry does not list have no filter).
  if (result.group_by && group) params.set(result.group_by, group);
  return `${context.evidencePath ?? '/v1/stances'}?${params}`;
}

type Series = TrendResult['series'][number];

/** A line's name: the actor, and with group_by the outlets that tell it ("Russia / CN media"). */
function seriesName(result: TrendResult, context: ChartContext, s: Series): string {
  const name = context.actorNames[s.actor] ?? s.actor;
  return result.group_by ? `${name} / ${s.group ?? 'unlisted'} media` : name;
}

/** The actor's look; grouped, each line of an actor gets a look of its own. */
function seriesLook(result: TrendResult, s: Series) {
  return actorLook(result.group_by ? `${s.actor}/${s.group ?? ''}` : s.actor);
}

function chartRows(result: TrendResult, context: ChartContext): Row[] {
  const starts = bucketStarts(result.from, result.to, result.bucket);
  const banded = bandsHelp(result.series.length, starts.length);
  const k = result.series.length;
  return result.series.flatMap((s, index) => {
    const name = seriesName(result, context, s);
    const band = inBandRun(s.points.map((p) => p.ci_low !== null && p.ci_high !== null && p.ci_high - p.ci_low <= MAX_BAND_WIDTH));
    return s.points.map((p, i): Row => {
      const length = bucketLength(p.bucket_start, result.bucket);
      const dodge = k > 1 ? (index - (k - 1) / 2) * ((DODGE_SHARE * length) / k) : 0;
      // A smoothed point pools the buckets of its window: its evidence is the whole window.
      const first = starts[Math.max(0, i - (result.smooth ?? 1) + 1)] ?? p.bucket_start;
      const interval = p.ci_low === null ? (p.mean === null ? '' : 'none (one observation)') : `${signed(p.ci_low)} to ${signed(p.ci_high!)}`;
      const bucket = bucketName(p.bucket_start, result.bucket);
      return {
        actor: s.actor,
        series: name,
        x: bucketPosition(p.bucket_start, result.bucket) + dodge,
        bucket,
        mean: p.mean,
        ci_low: p.ci_low,
        ci_high: p.ci_high,
        band_low: banded && band[i] ? p.ci_low : null,
        band_high: banded && band[i] ? p.ci_high : null,
        interval,
        n_records: p.n_records,
        n_articles: p.n_articles,
        n_sources: p.n_sources,
        href: p.mean === null ? null : evidenceLink(result, context, s.actor, s.group ?? null, first, bucketEnd(p.bucket_start, result.bucket)),
        hover:
          p.mean === null
            ? `${name} ${bucket}: no data`
            : `${name} ${bucket}: mean ${signed(p.mean)}, 95% interval ${interval}, ${p.n_articles} article(s), ${p.n_records} record(s)`,
      };
    });
  });
}

function filtersText(f: ChartFilters): string {
  const parts = [
    f.min_confidence !== undefined ? `confidence ≥ ${f.min_confidence}` : '',
    f.source ? `sources ${f.source.split(',').join(', ')}` : '',
    f.lang ? `languages ${f.lang.split(',').join(', ')}` : '',
    f.source_country ? `outlets of ${f.source_country.split(',').join(', ')}` : '',
    f.source_kind ? `${f.source_kind.split(',').join(', ')} outlets` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'none';
}

function scorerText(result: TrendResult): string {
  if (result.scorer !== 'best') return result.scorer;
  const used = result.totals.scorers.length ? result.totals.scorers.join(', ') : 'none in this window';
  return `${used} (each article's best record: a model's before the lexicon's)`;
}

/** "1 article", "2 articles": a caption reads as prose. */
const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

/** The caption under the chart: what a point is, where the numbers come from, what was left out. */
export function captionLines(result: TrendResult, context: ChartContext): string[] {
  const t = result.totals;
  const smoothing = result.smooth && result.smooth > 1 ? ` Smoothed: trailing window of ${result.smooth} ${result.bucket}s, pooled.` : '';
  return [
    `Point: confidence-weighted mean per ${result.bucket}, sized by articles; bar: 95% interval (none for one observation).${smoothing}`,
    `Scorer: ${scorerText(result)}. Filters: ${filtersText(context.filters)}.`,
    `Data: ${count(t.n_records, 'stance record')} from ${count(t.n_articles, 'article')} and ${count(t.n_sources, 'source')} published ${result.from} to ${result.to} (UTC).`,
  ];
}

const CAPTION_FONT_SIZE = 12;
/**
 * The caption starts under the title, at the left edge of the y axis: its labels are always
 * −1 … +1, so the axis is always this wide (title, labels, ticks).
 */
const Y_AXIS_WIDTH = 55;

/** Breaks text into lines no wider than `width` px at `fontSize`, at spaces. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && textWidth(`${line} ${word}`, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The x-axis label for each tick value, looked up by a Vega expression (labels are planned in time-axis.ts). */
function labelExpression(ticks: ReturnType<typeof timeAxis>['ticks']): string {
  return `${JSON.stringify(ticks.map((t) => t.label))}[indexof(${JSON.stringify(ticks.map((t) => t.value))}, time(datum.value))]`;
}

export function trendChartSpec(result: TrendResult, context: ChartContext): TopLevelSpec {
  const rows = chartRows(result, context);
  const axis = timeAxis(result.from, result.to, result.bucket);
  const names = result.series.map((s) => seriesName(result, context, s));
  const looks = result.series.map((s) => seriesLook(result, s));
  const maxArticles = Math.max(1, ...rows.map((r) => r.n_articles));
  const x = {
    field: 'x',
    type: 'temporal' as const,
    scale: { type: 'utc' as const, domain: axis.domain, nice: false },
    axis: { values: axis.ticks.map((t) => t.value), labelExpr: labelExpression(axis.ticks), title: null, grid: false, labelOverlap: false },
  };
  // A little room beyond ±1, where the lexicon's unanimous buckets sit, so their points are not cut in half.
  const y = {
    type: 'quantitative' as const,
    scale: { domain: [-Y_ROOM, Y_ROOM], nice: false },
    title: 'Stance (−1 opposes, +1 supports)',
    axis: {
      values: [-1, -0.5, 0, 0.5, 1],
      format: '~g',
      labelExpr: "datum.value > 0 ? '+' + datum.label : replace(datum.label, '-', '−')",
      grid: true,
      gridColor: '#e6e6e6',
    },
  };
  const colour = { field: 'series', type: 'nominal' as const, scale: { domain: names, range: looks.map((l) => l.colour) }, title: 'Actor' };
  const hasData = (field: string) => ({ filter: `datum.${field} !== null` });
  const smoothing = result.smooth && result.smooth > 1 ? ` (rolling over ${result.smooth} ${result.bucket}s)` : '';
  const caption = captionLines(result, context).flatMap((line) => wrap(line, PLOT_WIDTH + Y_AXIS_WIDTH, CAPTION_FONT_SIZE));
  const starts = bucketStarts(result.from, result.to, result.bucket);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: {
      font: FONT,
      title: { fontSize: 17, subtitleFontSize: 13, subtitleColor: '#444', anchor: 'start', offset: 12, subtitlePadding: 4 },
      axis: {
        labelFontSize: 12.5,
        titleFontSize: 13,
        titleFontWeight: 'normal',
        labelColor: '#222',
        titleColor: '#222',
        tickColor: '#888',
        domainColor: '#888',
      },
      legend: {
        labelFontSize: 13,
        titleFontSize: 13,
        titleFontWeight: 'normal',
        symbolOpacity: 1,
        symbolStrokeWidth: 0,
        symbolSize: 120,
        orient: 'top',
        direction: 'horizontal',
      },
      view: { stroke: null },
    },
    title: {
      text: `Stance on ${context.topicLabel}`,
      subtitle: `${ADVERB[result.bucket]} mean stance${smoothing} with 95% intervals, ${windowName(starts[0], starts.at(-1)!, result.bucket)}`,
    },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values: rows },
    layer: [
      { name: 'zero', mark: { type: 'rule', color: '#777', strokeWidth: 1, strokeDash: [3, 3] }, encoding: { y: { ...y, datum: 0 } } },
      ...(rows.some((r) => r.band_low !== null)
        ? [
            {
              name: 'band',
              // No filter: the rows outside runs (band values null) are what breaks the band between runs.
              mark: { type: 'area' as const, opacity: 0.13, aria: false, invalid: 'break-paths-show-domains' as const },
              encoding: { x, y: { ...y, field: 'band_low' }, y2: { field: 'band_high' }, color: colour, detail: { field: 'actor' } },
            },
          ]
        : []),
      {
        name: 'interval',
        transform: [hasData('ci_low')],
        mark: { type: 'errorbar', ticks: { size: 5 }, thickness: 1.2, opacity: 0.6 },
        encoding: { x, y: { ...y, field: 'ci_low' }, y2: { field: 'ci_high' }, color: colour },
      },
      {
        name: 'trend',
        mark: { type: 'line', strokeWidth: 1.6, opacity: 0.85, aria: false, invalid: 'break-paths-show-domains' },
        encoding: {
          x,
          y: { ...y, field: 'mean' },
          color: colour,
          // The legend shows colour and shape; a dashed outline would only blur its symbols.
          strokeDash: { field: 'series', type: 'nominal', scale: { domain: names, range: looks.map((l) => [...l.dash]) }, title: 'Actor' },
        },
      },
      {
        name: 'points',
        transform: [hasData('mean')],
        mark: { type: 'point', filled: true, opacity: 1, stroke: 'white', strokeWidth: 1, cursor: 'pointer' },
        encoding: {
          x,
          y: { ...y, field: 'mean' },
          color: colour,
          shape: { field: 'series', type: 'nominal', scale: { domain: names, range: looks.map((l) => l.shape) }, title: 'Actor' },
          size: {
            field: 'n_articles',
            type: 'quantitative',
            title: 'Articles',
            scale: { type: 'sqrt', domain: [0, maxArticles], range: [12, 220], zero: true },
            legend: { values: [...new Set([1, Math.ceil(maxArticles / 2), maxArticles])], format: 'd', symbolFillColor: '#888', symbolStrokeColor: '#888' },
          },
          href: { field: 'href' },
          description: { field: 'hover' },
          tooltip: [
            { field: 'series', title: 'Actor' },
            { field: 'bucket', title: `${result.bucket[0].toUpperCase()}${result.bucket.slice(1)}` },
            { field: 'mean', title: 'Mean', format: '+.2f' },
            { field: 'interval', title: '95% interval' },
            { field: 'n_articles', title: 'Articles' },
            { field: 'n_records', title: 'Records' },
            { field: 'n_sources', title: 'Sources' },
          ],
        },
      },
      ...(result.totals.n_records === 0
        ? [
            {
              name: 'empty',
              data: { values: [{}] },
              mark: { type: 'text' as const, fontSize: 15, color: '#555', text: 'No stance records for these actors, topic, window and filters' },
              encoding: { x: { value: PLOT_WIDTH / 2 }, y: { value: PLOT_HEIGHT / 2 - 30 } },
            },
          ]
        : []),
      {
        // The caption, under the axis labels (which take two lines where a year starts).
        name: 'caption',
        data: { values: [{}] },
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: CAPTION_FONT_SIZE, lineHeight: 16, color: '#444', aria: false },
        encoding: { text: { value: caption }, x: { value: -Y_AXIS_WIDTH }, y: { value: PLOT_HEIGHT + 42 } },
      },
    ],
  } as TopLevelSpec;
}
