import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { actorLook } from '../../../api/chart/palette.js';
import { PNG_SCALE, renderPng } from '../../../api/chart/render.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { openSqlite } from '../../../pipeline/db/client.js';
import { ACTORS, type FixtureArticle, type FixtureStance, insertSample } from '../../pipeline/trends/trend-fixture.js';

/*
 * Three actors over three years, month by month: RU with gaps and one to three records a month,
 * NATO with two every month but July (one), TR with one record a month (so no interval) for a year. The tests
 * compare the drawn chart with the trend the API computes, so they test the drawing, not the sums.
 */
function threeYears(): { articles: FixtureArticle[]; stances: FixtureStance[] } {
  const articles: FixtureArticle[] = [];
  const stances: FixtureStance[] = [];
  const add = (actor: string, month: number, i: number, score: number) => {
    const id = `${actor}-${month}-${i}`;
    const day = `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(3 + i * 7).padStart(2, '0')}`;
    articles.push({ id, title: `Report ${id} on the alliance`, publishedAt: day, source: `Source ${(month + i) % 4}` });
    stances.push({ article: id, actor, score, confidence: 0.6 + 0.1 * (i % 3) });
  };
  for (let m = 0; m < 36; m++) {
    if (m % 5 !== 4) for (let i = 0; i < 1 + (m % 3); i++) add('RU', m, i, i % 2 ? -0.6 : -1);
    add('NATO', m, 0, 1);
    // Every month but July: runs of intervals the band follows, broken each summer.
    if (m % 12 !== 6) add('NATO', m, 1, m % 6 === 0 ? -1 : 0.5);
    if (m >= 10 && m < 22) add('TR', m, 0, m < 16 ? -1 : 1);
    // CN, in 2021 only: four close scores a month (narrow intervals), but June split down the middle.
    if (m < 12) for (let i = 0; i < 4; i++) add('CN', m, i, m === 5 ? (i % 2 ? 1 : -1) : -0.6 - 0.1 * (i % 2));
  }
  return { articles, stances };
}

const dir = mkdtempSync(join(tmpdir(), 'stance-chart-'));
const handle = openSqlite(join(dir, 'chart.db'));
const sample = threeYears();
insertSample(handle, sample.articles, sample.stances);
const app = createApp({ db: handle.db, topics: builtinCatalogue, actors: () => ACTORS });
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERY = 'topic=nato-expansion&actors=RU,NATO,TR&bucket=month&from=2021-01-01&to=2023-12-31';

async function svgOf(query: string) {
  const response = await app.request(`/v1/trends/chart?${query}&format=svg`);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, doc: new DOMParser().parseFromString(text, 'image/svg+xml') };
}

async function trendOf(query: string) {
  return (await (await app.request(`/v1/trends?${query}`)).json()) as any;
}

/** The text of each element, a multi-line one's lines joined by spaces. */
const texts = (doc: any, selector: string) =>
  [...doc.querySelectorAll(selector)].map((t: any) => {
    const lines = [...t.querySelectorAll('tspan')];
    return lines.length ? lines.map((l: any) => l.textContent).join(' ') : t.textContent;
  });

describe('the trend chart as SVG', () => {
  it('draws one series per actor, each point with its n, linked to its evidence', async () => {
    const { doc } = await svgOf(QUERY);
    const trend = await trendOf(QUERY);
    expect(doc.querySelectorAll('g.trend_marks path')).toHaveLength(3);
    expect(texts(doc, 'g.role-legend-label text').slice(0, 3)).toEqual(['Russia', 'NATO', 'Turkey']);
    const points = [...doc.querySelectorAll('g.points_marks path')];
    const expected = trend.series.flatMap((s: any) => s.points.filter((p: any) => p.mean !== null).map((p: any) => ({ actor: s.actor, ...p })));
    expect(points).toHaveLength(expected.length);
    const russia = expected.find((p: any) => p.actor === 'RU' && p.n_articles === 3);
    const label = points.map((p: any) => p.getAttribute('aria-label')).find((l: string) => l.includes(`Russia ${monthName(russia.bucket_start)}:`));
    expect(label).toContain(`${russia.n_articles} article(s)`);
    // Every point sits in a link to the stances of its actor and bucket.
    // Read through `attributes`: linkedom's getAttribute leaves XML entities escaped.
    const links = [...doc.querySelectorAll('g.points_marks a')].map((a: any) => [...a.attributes].find((x: any) => x.name.endsWith('href')).value);
    expect(links).toHaveLength(expected.length);
    expect(links).toContain('/v1/stances?topic=nato-expansion&actor=RU&from=2021-03-01&to=2021-03-31');
  });

  it('draws an error bar for every point that has an interval, and none for the others', async () => {
    const { doc } = await svgOf(QUERY);
    const trend = await trendOf(QUERY);
    const withInterval = trend.series.flatMap((s: any) => s.points).filter((p: any) => p.ci_low !== null);
    const single = trend.series.flatMap((s: any) => s.points).filter((p: any) => p.mean !== null && p.ci_low === null);
    expect(withInterval.length).toBeGreaterThan(40);
    expect(single.length).toBeGreaterThan(10);
    expect(doc.querySelectorAll('g.interval_layer_2_marks line, g.interval_layer_2_marks path')).toHaveLength(withInterval.length);
    // Bands would hide one another with three actors: none are drawn.
    expect(doc.querySelectorAll('g.band_marks path')).toHaveLength(0);
  });

  it('draws a band for a single actor along runs of narrow intervals, broken where a run ends', async () => {
    const query = 'topic=nato-expansion&actors=CN&bucket=month&from=2021-01-01&to=2021-12-31';
    const trend = await trendOf(query);
    const widths = trend.series[0].points.map((p: any) => p.ci_high - p.ci_low);
    // Narrow every month but June, which splits the run in two (January to May, July to December).
    expect(widths.filter((w: number) => w <= 1)).toHaveLength(11);
    expect(widths[5]).toBeGreaterThan(1);
    const band = (await svgOf(query)).doc.querySelectorAll('g.band_marks path');
    expect(band).toHaveLength(1);
    expect(band[0].getAttribute('d').match(/M/g)).toHaveLength(2);
  });

  it('draws no band where the intervals span more than half the axis: it would only fill the plot', async () => {
    const query = 'topic=nato-expansion&actors=NATO&bucket=month&from=2021-01-01&to=2023-12-31';
    const trend = await trendOf(query);
    const widths = trend.series[0].points.filter((p: any) => p.ci_low !== null).map((p: any) => p.ci_high - p.ci_low);
    expect(widths.length).toBeGreaterThan(20);
    expect(Math.min(...widths)).toBeGreaterThan(1);
    const { doc } = await svgOf(query);
    expect(doc.querySelectorAll('g.band_marks path')).toHaveLength(0);
    expect(doc.querySelectorAll('g.interval_layer_2_marks path, g.interval_layer_2_marks line')).toHaveLength(widths.length);
  });

  it('labels every year on a three-year monthly axis', async () => {
    const { text, doc } = await svgOf(QUERY);
    const axisText = texts(doc, 'g.role-axis-label text').join(' ');
    for (const year of ['2021', '2022', '2023']) expect(axisText).toContain(year);
    expect(text).toMatch(/>2022</);
    expect(axisText).not.toMatch(/June|October|February/);
  });

  it('gives a yearly chart one label per year and no month ticks', async () => {
    const { doc } = await svgOf(QUERY.replace('bucket=month', 'bucket=year'));
    const labels = texts(doc, 'g.role-axis-label text').filter((t) => /^\d{4}$/.test(t));
    expect(labels).toEqual(['2021', '2022', '2023']);
    expect(texts(doc, 'g.role-axis-label text').join(' ')).not.toMatch(/Jan|Apr|Jul|Oct/);
  });

  it('names a weekly window briefly, so the subtitle keeps the chart as wide as a monthly one', async () => {
    const weekly = await svgOf('topic=nato-expansion&actors=RU,TR&bucket=week&smooth=4&from=2021-01-01&to=2023-12-31');
    expect(texts(weekly.doc, '.role-title-subtitle text').join(' ')).toBe(
      'Weekly mean stance (rolling over 4 weeks) with 95% intervals, 28 Dec 2020 to 25 Dec 2023',
    );
    const monthly = await svgOf(QUERY);
    expect(weekly.doc.querySelector('svg').getAttribute('width')).toBe(monthly.doc.querySelector('svg').getAttribute('width'));
  });

  it('captions the scorer, the filters, the counts and the window', async () => {
    const { doc } = await svgOf(`${QUERY}&min_confidence=0.65&lang=en`);
    const trend = await trendOf(`${QUERY}&min_confidence=0.65&lang=en`);
    const caption = texts(doc, 'g.caption_marks text').join(' ');
    expect(caption).toContain("Scorer: lexicon (each article's best record");
    expect(caption).toContain('Filters: confidence ≥ 0.65; languages en');
    const t = trend.totals;
    expect(caption).toContain(`${t.n_records} stance records from ${t.n_articles} articles and ${t.n_sources} sources`);
    expect(caption).toContain('2021-01-01 to 2023-12-31');
  });

  it('says so when there is no data, rather than drawing an empty frame', async () => {
    const { doc } = await svgOf('topic=nato-expansion&actors=CN&bucket=month&from=2023-01-01&to=2023-12-31');
    expect(texts(doc, 'g.empty_marks text').join(' ')).toMatch(/No stance records/);
  });
});

function monthName(start: string): string {
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+start.slice(5, 7) - 1]} ${start.slice(0, 4)}`;
}

describe('the trend chart as a Vega-Lite spec', () => {
  it('links each point to its evidence and colours each actor the same in every chart', async () => {
    const spec = (await (await app.request(`/v1/trends/chart?${QUERY}&format=vega`)).json()) as any;
    const points = spec.layer.find((l: any) => l.name === 'points');
    expect(points.encoding.href.field).toBe('href');
    expect(points.encoding.tooltip.map((t: any) => t.title)).toEqual(expect.arrayContaining(['Articles', 'Records', '95% interval']));
    expect(points.encoding.color.scale).toEqual({ domain: ['Russia', 'NATO', 'Turkey'], range: ['RU', 'NATO', 'TR'].map((c) => actorLook(c).colour) });
    const other = (await (await app.request('/v1/trends/chart?topic=nato-expansion&actors=TR,RU&format=vega')).json()) as any;
    const otherPoints = other.layer.find((l: any) => l.name === 'points');
    expect(otherPoints.encoding.color.scale.range).toEqual([actorLook('TR').colour, actorLook('RU').colour]);
    const row = spec.data.values.find((v: any) => v.actor === 'NATO' && v.bucket === 'Jun 2022');
    expect(row.href).toBe('/v1/stances?topic=nato-expansion&actor=NATO&from=2022-06-01&to=2022-06-30');
  });

  it('carries the filters into the evidence links, and a smoothed window into its point', async () => {
    const spec = (await (await app.request(`/v1/trends/chart?${QUERY}&format=vega&smooth=3&scorer=lexicon&source=Source%201`)).json()) as any;
    const row = spec.data.values.find((v: any) => v.actor === 'NATO' && v.bucket === 'Jun 2022' && v.href);
    expect(row.href).toBe('/v1/stances?topic=nato-expansion&actor=NATO&from=2022-04-01&to=2022-06-30&scorer=lexicon&source=Source+1');
  });
});

describe('the trend chart as PNG', () => {
  it('is a real PNG at twice the size of the SVG', async () => {
    const response = await app.request(`/v1/trends/chart?${QUERY}&format=png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const { doc } = await svgOf(QUERY);
    const svg = doc.querySelector('svg');
    expect(png.readUInt32BE(16)).toBe(Math.round(Number(svg.getAttribute('width')) * PNG_SCALE));
    expect(png.readUInt32BE(20)).toBe(Math.round(Number(svg.getAttribute('height')) * PNG_SCALE));
  });

  it('draws text: the renderer is given a font', async () => {
    const blank = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"></svg>');
    const text = await renderPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="20" font-family="DejaVu Sans" font-size="14">Россия 2022</text></svg>',
    );
    expect(text.equals(blank)).toBe(false);
  });

  it('refuses a format it cannot write', async () => {
    const response = await app.request(`/v1/trends/chart?${QUERY}&format=pdf`);
    expect(response.status).toBe(400);
  });
});
