import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/db/client.js';
import { isDatabaseUrl } from '../pipeline/db/postgres.js';
import { limitHeapGrowth } from '../pipeline/heap-growth.js';
import { ingestAndAnalyse, ingestOnly } from '../pipeline/run.js';
import { floorRatios } from './ratios.js';

/**
 * `npm run bench`: throughput and memory of the pipeline on a synthetic archive. Each section runs
 * in its own child process, so each peak RSS is that section's own.
 */

interface SectionResult {
  [key: string]: number | string;
}

/** What every section is given: the archive, a scratch folder, and the options of the run. */
interface SectionContext {
  archive: string;
  dir: string;
  /** Stance records in the trend database. */
  records: number;
  /** `--db postgres://…`: the server the `postgres` section measures. */
  db?: string;
  /** `--trend-db FILE`: where the `trends` section keeps its database, to reuse on the next run. */
  trendDb?: string;
}

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const SECTIONS: Record<string, (context: SectionContext) => Promise<SectionResult>> = {
  // First, so the archive is read at the floor in the same state of the page cache as by the rest.
  floor: async ({ archive, dir }) => {
    const { measureFloor } = await import('./floor.bench.js');
    const floor = await measureFloor(archive, join(dir, 'floor.db'));
    return { floor_per_s: Math.round(floor.articles / floor.seconds), floor_s: round(floor.seconds), floor_articles: floor.articles };
  },
  ingest: async ({ archive, dir }) => {
    const handle = await openDatabase(join(dir, 'ingest.db'));
    const started = performance.now();
    const report = await ingestOnly(handle, [archive], false);
    const seconds = (performance.now() - started) / 1000;
    await handle.close();
    return { ingest_per_s: Math.round(report.ingested / seconds), ingest_s: round(seconds), ingested: report.ingested };
  },
  run: async ({ archive, dir }) => {
    // As `stance run` sets it.
    limitHeapGrowth();
    const handle = await openDatabase(join(dir, 'run.db'));
    const started = performance.now();
    const report = await ingestAndAnalyse(handle, [archive], { scorer: { kind: 'lexicon' }, progress: false }, 'lexicon');
    const seconds = (performance.now() - started) / 1000;
    await handle.close();
    return { run_per_s: Math.round(report.analyzed / seconds), run_s: round(seconds), analyzed: report.analyzed, stances: report.stances };
  },
  // On one thread and in CPU time: what the scorer itself costs an article, whatever else the machine runs.
  scorer: async ({ archive }) => {
    const { benchScorer } = await import('./scorer.bench.js');
    const { articles, candidates, scorerMs, stagesMs } = await benchScorer(archive, SCORER_ARTICLES);
    return {
      scorer_articles: articles,
      scorer_candidates: candidates,
      scorer_cpu_ms: round(scorerMs * 10) / 10,
      stages_cpu_ms: round(stagesMs * 10) / 10,
      scorer_per_cpu_s: Math.round(1000 / scorerMs),
    };
  },
  trends: async ({ records, trendDb }) => {
    const { benchTrends, trendFigures } = await import('./trends.bench.js');
    return trendFigures(await benchTrends({ records, httpSeconds: 5, database: trendDb }));
  },
  postgres: async ({ archive, dir, records, db }) => {
    if (!db) throw new Error('the postgres section needs --db postgres://user@host:port/db (a user that may create databases)');
    const { benchPostgres } = await import('./postgres.bench.js');
    return benchPostgres({ url: db, archive, dir, records });
  },
  nli: async ({ dir }) => {
    const { benchNli } = await import('./nli.bench.js');
    // BERT-base shape (12 layers × 768) unless BENCH_NLI_LAYERS asks for fewer on a slow machine.
    return benchNli({ dir, examples: EXAMPLES, layers: Number(process.env.BENCH_NLI_LAYERS ?? 12) });
  },
};

/** Sections whose figures are articles per second: a run of any of them measures the floor too. */
const FLOORED = new Set(['ingest', 'run']);

/**
 * The trend API is measured by default at ten million stance records, the size the trend
 * targets are set for (`--records` sets another; see `trendFigures` for the keys).
 */
const TREND_RECORDS = 10_000_000;

const round = (x: number) => Math.round(x * 100) / 100;

/** Articles of the archive the `scorer` section analyses: enough for a steady figure, few enough to take about a minute on one thread. */
const SCORER_ARTICLES = 5000;

/** Sentences of the bundled examples, shuffled into articles of about `bytes` each, every one distinct. */
async function writeArchive(file: string, count: number, bytes = 3000): Promise<void> {
  const articles = readFileSync(join(EXAMPLES, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; lang?: string });
  const paragraphs = articles.flatMap((a) => a.text.split(/\n\n+/).map((p) => ({ p, lang: a.lang ?? 'en' })));
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const lang = paragraphs[Math.floor(random() * paragraphs.length)].lang;
    const pool = paragraphs.filter((x) => x.lang === lang);
    const body: string[] = [];
    let size = 0;
    while (size < bytes) {
      const { p } = pool[Math.floor(random() * pool.length)];
      body.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    body.push(`Dispatch ${i} of the benchmark archive.`);
    const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const line = JSON.stringify({ id: `b${i}`, lang, published_at: day, source: `Source ${i % 40}`, text: body.join('\n\n') });
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.on('error', reject).end(() => resolve()));
}

async function runSection(name: string, context: SectionContext): Promise<void> {
  const section = SECTIONS[name];
  const result = await section(context);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...result, [`${name}_peak_rss_mb`]: peak })}\n`);
}

function positiveInteger(value: string, option: string): number {
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`Expected \`${option}\` to be a whole number from 1 up, got \`${value}\``);
  return parsed;
}

/** The sections asked for, in the order of SECTIONS, with the floor added when a ratio needs it; `postgres` only with a server. */
function sectionNames(only: string | undefined, db: string | undefined): string[] {
  const asked = only ? only.split(',') : Object.keys(SECTIONS).filter((name) => name !== 'postgres' || db);
  for (const name of asked) if (!SECTIONS[name]) throw new Error(`unknown section "${name}"; sections: ${Object.keys(SECTIONS).join(', ')}`);
  if (asked.some((name) => FLOORED.has(name))) asked.push('floor');
  return Object.keys(SECTIONS).filter((name) => asked.includes(name));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      records: { type: 'string', default: String(TREND_RECORDS) },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      section: { type: 'string' },
      archive: { type: 'string' },
      dir: { type: 'string' },
      db: { type: 'string' },
      'trend-db': { type: 'string' },
    },
  });
  if (values.db && !isDatabaseUrl(values.db)) throw new Error(`Expected \`--db\` to be a postgres://… URL, got \`${values.db}\``);
  const records = positiveInteger(values.records!, '--records');
  const trendDb = values['trend-db'] && resolve(values['trend-db']);
  if (values.section) return runSection(values.section, { archive: values.archive!, dir: values.dir!, records, db: values.db, trendDb });
  const count = positiveInteger(values.articles!, '--articles');
  const names = sectionNames(values.only, values.db);
  const dir = mkdtempSync(join(tmpdir(), 'stance-bench-'));
  try {
    const archive = join(dir, 'archive.jsonl');
    await writeArchive(archive, count);
    const figures: SectionResult = { articles: count, archive_mb: round(statSync(archive).size / 2 ** 20) };
    for (const name of names) {
      if (!values.json) process.stderr.write(`bench: ${name}…\n`);
      const args = ['--section', name, '--archive', archive, '--dir', dir, '--records', String(records)];
      if (values.db) args.push('--db', values.db);
      if (trendDb) args.push('--trend-db', trendDb);
      const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      });
      Object.assign(figures, JSON.parse(output.trim().split('\n').pop()!));
    }
    Object.assign(figures, floorRatios(figures));
    const peaks = Object.entries(figures)
      .filter(([k]) => k.endsWith('_peak_rss_mb'))
      .map(([, v]) => Number(v));
    figures.peak_rss_mb = Math.max(...peaks);
    if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
    else for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key.padEnd(24)} ${value}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const USAGE = 'usage: npm run bench -- [--json] [--articles N] [--records N] [--only SECTION,…] [--db postgres://…] [--trend-db FILE]';

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } catch (error) {
    // A wrong option or value is the caller's to mend: say what and how, without a stack trace.
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
  }
}
