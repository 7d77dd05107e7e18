import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, spawnStance, stance, tempDir } from '../../cli-helpers.js';

/*
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core, against a real
 * `stance serve` on loopback (port 0) over a database built from examples/ by `stance run`.
 * Screenshots of the dashboard, its chart and an evidence list are kept in test-artifacts/ (git-ignored).
 */

/** A Chromium (or Chrome) on this machine: STANCE_CHROMIUM, else the usual commands. */
function findChromium(): string | undefined {
  if (process.env.STANCE_CHROMIUM) return process.env.STANCE_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const executable = findChromium();
if (!executable && process.env.CI) throw new Error('no Chromium found: CI installs it (.ci/run); set STANCE_CHROMIUM to its path');
if (!executable) console.warn('dashboard browser tests skipped: no chromium on this machine (apt-get install chromium, or set STANCE_CHROMIUM)');

const ARTIFACTS = join(projectRoot, 'test-artifacts');
/** Evaluated in the page (the tests are compiled without the DOM's types). */
const TWO_SERIES = "document.querySelectorAll('#chart g.trend_marks path').length === 2";
const { dir, cleanup } = tempDir();
const db = join(dir, 'examples.db');
let server: ReturnType<typeof spawnStance> | undefined;
let base = '';
let browser: Browser;
let page: Page;
const problems: string[] = [];
const outside: string[] = [];

async function newPage(): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 1100 }, acceptDownloads: true });
  p.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  p.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  p.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  return p;
}

/** Opens the dashboard at `search` and waits for its first complete render. */
async function open(search = ''): Promise<void> {
  await page.goto(`${base}/${search}`);
  await page.waitForSelector('body[data-ready="true"]');
}

async function seriesNames(): Promise<string[]> {
  return page.$$eval('#chart g.role-legend-label text', (nodes) => nodes.map((n) => n.textContent ?? '').filter((t) => !/^\d+$/.test(t)));
}

async function api(path: string): Promise<any> {
  return (await fetch(`${base}${path}`)).json();
}

beforeAll(async () => {
  if (!executable) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const run = await stance(['run', join(projectRoot, 'examples'), '--db', db, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  server = spawnStance(['serve', '--db', db, '--port', '0']);
  base = await new Promise<string>((resolve, reject) => {
    let said = '';
    server!.stderr!.on('data', (chunk) => {
      said += String(chunk);
      const url = /stance API on (http:\/\/127\.0\.0\.1:\d+)/.exec(said)?.[1];
      if (url) resolve(url);
    });
    server!.once('exit', (code) => reject(new Error(`stance serve exited with ${code}: ${said}`)));
  });
  browser = await chromium.launch({
    executablePath: executable,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  console.log(`dashboard tests on Chromium ${browser.version()} at ${executable}`);
  page = await newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  cleanup();
});

describe.skipIf(!executable)('the dashboard in Chromium', () => {
  it('loads with no console errors and asks for nothing beyond this server', async () => {
    await open();
    expect(await page.title()).toBe('stance dashboard');
    const topics = await page.$$eval('#topic option', (options) => options.map((o: any) => o.value));
    expect(topics).toContain('nato-expansion');
    expect(await page.textContent('#message')).toMatch(/Pick one or more actors/);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('draws two series for a topic and two actors found by name in any language', async () => {
    await open();
    await page.selectOption('#topic', 'nato-expansion');
    await page.fill('#actor-search', 'Росс');
    await page.click('#actor-suggestions li[data-code="RU"]');
    await page.fill('#actor-search', 'nato');
    await page.press('#actor-search', 'Enter');
    await page.waitForFunction(TWO_SERIES);
    expect(await seriesNames()).toEqual(['Russia', 'NATO']);
    expect(new URL(page.url()).searchParams.get('actors')).toBe('RU,NATO');
    expect(new URL(page.url()).searchParams.get('topic')).toBe('nato-expansion');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.locator('#chart').screenshot({ path: join(ARTIFACTS, 'dashboard-chart.png') });
    expect(problems).toEqual([]);
  });

  it('lists the evidence of the point clicked, with its cue marked', async () => {
    await open('?topic=nato-expansion&actors=RU,NATO&bucket=month');
    const point = page.locator('#chart g.points_marks path[aria-label^="Russia"]').first();
    const label = (await point.getAttribute('aria-label'))!;
    await point.click({ force: true });
    await page.waitForSelector('#evidence:not([hidden]) #evidence-list li');
    // What the API says is behind that point: the row of the chart's data with this label, and its link.
    const spec = await api('/v1/trends/chart?topic=nato-expansion&actors=RU,NATO&bucket=month&format=vega');
    const row = spec.data.values.find((r: any) => r.hover === label);
    const items = (await api(`${row.href}&limit=20`)).items;
    const expected = items.map((i: any) => i.title);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page.$$eval('#evidence-list > li > a, #evidence-list > li > strong', (nodes) => nodes.map((n) => n.textContent));
    expect(shown).toEqual(expected);
    expect(await page.textContent('#evidence-title')).toContain(`Russia, ${row.bucket}`);
    await page.locator('#evidence').screenshot({ path: join(ARTIFACTS, 'dashboard-evidence.png') });
    // Each sentence's cue is marked, exactly: the words the scorer read, no letter more or less.
    const cues = items.flatMap((i: any) => i.evidence.map((e: any) => e.detail?.cue?.trim().toLowerCase()).filter(Boolean));
    expect(cues.length).toBeGreaterThan(0);
    expect(await page.$$eval('#evidence-list mark', (marks) => marks.map((m) => m.textContent?.toLowerCase()))).toEqual(cues);
    expect(problems).toEqual([]);
  });

  it('downloads CSV equal to /v1/trends?format=csv, and the SVG, PNG and Vega-Lite of the same view', async () => {
    const search = '?topic=nato-expansion&actors=RU,NATO,TR&bucket=quarter&from=2021-01-01&to=2023-12-31';
    await open(search);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(await (await fetch(`${base}/v1/trends${search}&format=csv`)).text());
    expect(download.suggestedFilename()).toBe('nato-expansion-quarter.csv');
    for (const [kind, type] of [
      ['svg', 'image/svg+xml'],
      ['png', 'image/png'],
      ['vega', 'application/json'],
    ]) {
      const href = await page.getAttribute(`#download-${kind}`, 'href');
      const response = await fetch(`${base}${href}`);
      expect(response.status, kind).toBe(200);
      expect(response.headers.get('content-type'), kind).toContain(type);
    }
  });

  it('restores the view from its URL on reload', async () => {
    await open('?topic=nato-expansion&actors=RU,NATO');
    await page.selectOption('#bucket', 'year');
    await page.fill('#from', '2021-01-01');
    await page.dispatchEvent('#from', 'change');
    await page.waitForFunction("new URL(location.href).searchParams.get('from') === '2021-01-01'");
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#bucket')).toBe('year');
    expect(await page.inputValue('#from')).toBe('2021-01-01');
    expect(await page.$$eval('#actor-chips .chip', (chips) => chips.map((c: any) => c.dataset.code))).toEqual(['RU', 'NATO']);
    await page.waitForFunction(TWO_SERIES);
    const years = await page.$$eval('#chart g.role-axis-label text', (nodes) => nodes.map((n) => n.textContent).filter((t) => /^\d{4}$/.test(t ?? '')));
    expect(years[0]).toBe('2021');
    expect(problems).toEqual([]);
  });

  it('says so where there is no data, and sorts the compare table', async () => {
    await open('?topic=nato-expansion&actors=JP');
    expect(await page.textContent('#message')).toMatch(/No stance records for these actors/);
    const articles = () => page.$$eval('#compare-table tbody tr td:nth-child(5)', (cells) => cells.map((c) => Number(c.textContent)));
    await page.click('#compare-table th[data-key="n_articles"] button');
    const down = await articles();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await page.getAttribute('#compare-table th[data-key="n_articles"]', 'aria-sort')).toBe('descending');
    await page.click('#compare-table th[data-key="n_articles"] button');
    const up = await articles();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });
});
