import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../pipeline/db/client.js';
import { ingestAndAnalyse, ingestOnly } from '../pipeline/run.js';

/**
 * `npm run bench`: throughput and memory of the pipeline on a synthetic archive. Each section runs
 * in its own child process, so each peak RSS is that section's own.
 */

interface SectionResult {
  [key: string]: number | string;
}

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const SECTIONS: Record<string, (archive: string, dir: string) => Promise<SectionResult>> = {
  ingest: async (archive, dir) => {
    const handle = openDatabase(join(dir, 'ingest.db'));
    const started = performance.now();
    const report = await ingestOnly(handle, [archive], false);
    const seconds = (performance.now() - started) / 1000;
    handle.close();
    return { ingest_per_s: Math.round(report.ingested / seconds), ingest_s: round(seconds), ingested: report.ingested };
  },
  run: async (archive, dir) => {
    const handle = openDatabase(join(dir, 'run.db'));
    const started = performance.now();
    const report = await ingestAndAnalyse(handle, [archive], { scorer: { kind: 'lexicon' }, progress: false }, 'lexicon');
    const seconds = (performance.now() - started) / 1000;
    handle.close();
    return { run_per_s: Math.round(report.analyzed / seconds), run_s: round(seconds), analyzed: report.analyzed, stances: report.stances };
  },
  trends: async () => {
    const { benchTrends } = await import('./trends.bench.js');
    return { ...(await benchTrends({ records: TREND_RECORDS, httpSeconds: 5 })) };
  },
  nli: async (_archive, dir) => {
    const { benchNli } = await import('./nli.bench.js');
    // BERT-base shape (12 layers × 768) unless BENCH_NLI_LAYERS asks for fewer on a slow machine.
    return benchNli({ dir, examples: EXAMPLES, layers: Number(process.env.BENCH_NLI_LAYERS ?? 12) });
  },
};

// The trend API is measured at the size researchers reach: a million stance records.
const TREND_RECORDS = 1_000_000;

const round = (x: number) => Math.round(x * 100) / 100;

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

async function runSection(name: string, archive: string, dir: string): Promise<void> {
  const section = SECTIONS[name];
  const result = await section(archive, dir);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...result, [`${name}_peak_rss_mb`]: peak })}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      section: { type: 'string' },
      archive: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  if (values.section) return runSection(values.section, values.archive!, values.dir!);
  const count = Number(values.articles);
  const names = values.only ? values.only.split(',') : Object.keys(SECTIONS);
  for (const name of names) if (!SECTIONS[name]) throw new Error(`unknown section "${name}"; sections: ${Object.keys(SECTIONS).join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'stance-bench-'));
  try {
    const archive = join(dir, 'archive.jsonl');
    await writeArchive(archive, count);
    const figures: SectionResult = { articles: count, archive_mb: round(statSync(archive).size / 2 ** 20) };
    for (const name of names) {
      if (!values.json) process.stderr.write(`bench: ${name}…\n`);
      const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--section', name, '--archive', archive, '--dir', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      });
      Object.assign(figures, JSON.parse(output.trim().split('\n').pop()!));
    }
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

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
