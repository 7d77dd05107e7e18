import { Command, CommanderError, Option } from 'commander';
import type { DbHandle } from './db/client.js';
import { loadConfig, type Config } from './config.js';
import { StanceError, errorMessage } from './errors.js';
import type { Rejection } from './sources/record.js';

// Commands import their modules lazily: `stance --help` must not load SQLite, Drizzle or models.

interface Common {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

function config(opts: Common & { model?: string }): Config {
  return loadConfig(process.env, { db: opts.db, model: opts.model });
}

async function withDb<T>(opts: Common, body: (handle: DbHandle, cfg: Config) => Promise<T> | T): Promise<T> {
  const cfg = config(opts);
  const { openDatabase } = await import('./db/client.js');
  const handle = openDatabase(cfg.db);
  try {
    return await body(handle, cfg);
  } finally {
    handle.close();
  }
}

/** Writes a JSON array one element at a time, respecting the pipe's backpressure. */
async function writeJsonArray<T>(rows: Iterable<T>): Promise<void> {
  const write = (chunk: string) =>
    process.stdout.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  await write('[');
  let first = true;
  for (const row of rows) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(row)}`);
    first = false;
  }
  await write(first ? ']\n' : '\n]\n');
}

function printRejections(rejected: Rejection[], limit = 20): void {
  for (const r of rejected.slice(0, limit)) note(`  rejected ${r.file}:${r.line}: ${r.reason}`);
  if (rejected.length > limit) note(`  … and ${rejected.length - limit} more (use --json for the full list)`);
}

function strictExit(rejected: Rejection[], strict?: boolean): void {
  if (strict && rejected.length > 0) {
    note(`--strict: ${rejected.length} record(s) rejected`);
    process.exitCode = 1;
  }
}

const program = new Command('stance')
  .description('Track how countries position themselves on international questions in the news.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const dbOption = () => new Option('--db <file>', 'SQLite database file (env STANCE_DB, default ./data/stance.db)');
const jsonOption = () => new Option('--json', 'print one JSON document on standard output (progress stays on standard error)');
const quietOption = () => new Option('-q, --quiet', 'no progress output');
const scorerOption = () => new Option('--scorer <name>', 'stance scorer').choices(['lexicon']).default('lexicon');
const concurrencyOption = () => new Option('--concurrency <n>', 'parallel analyses (worker threads; default: one per core)').argParser(positiveInt);

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new StanceError('bad_usage', `expected a whole number, got "${value}"`);
  return n;
}

program
  .command('ingest')
  .description('read article files and folders (JSONL, CSV, TXT, HTML) into the database')
  .argument('<paths...>', 'files or folders')
  .addOption(dbOption())
  .addOption(jsonOption())
  .addOption(quietOption())
  .option('--strict', 'exit 1 when any record is rejected')
  .action(async (paths: string[], opts: Common & { strict?: boolean }) => {
    const { ingestOnly } = await import('./run.js');
    const report = await withDb(opts, (handle) => ingestOnly(handle, paths, !opts.quiet));
    if (opts.json) out(JSON.stringify({ ...report, analyzed: 0, stances: 0 }));
    else {
      out(`${report.ingested} new article(s), ${report.duplicates} duplicate(s) skipped, ${report.rejected.length} rejected`);
      printRejections(report.rejected);
    }
    strictExit(report.rejected, opts.strict);
  });

interface AnalyseFlags extends Common {
  scorer: 'lexicon';
  concurrency?: number;
  retryFailed?: boolean;
  strict?: boolean;
}

async function analyseOptions(opts: AnalyseFlags) {
  const { scorerId } = await import('../models/scorers.js');
  const spec = { kind: opts.scorer } as const;
  return { spec, id: scorerId(spec), options: { scorer: spec, concurrency: opts.concurrency, retryFailed: opts.retryFailed, progress: !opts.quiet } };
}

program
  .command('analyze')
  .alias('analyse')
  .description('analyse queued articles (and resume an interrupted run)')
  .addOption(dbOption())
  .addOption(scorerOption())
  .addOption(concurrencyOption())
  .option('--retry-failed', 'also retry articles whose analysis failed before')
  .addOption(jsonOption())
  .addOption(quietOption())
  .action(async (opts: AnalyseFlags) => {
    const { analysePending } = await import('./run.js');
    const { id, options } = await analyseOptions(opts);
    const report = await withDb(opts, (handle) => analysePending(handle, options, id));
    if (opts.json) out(JSON.stringify(report));
    else out(`${report.analyzed} article(s) analysed with ${report.scorer}: ${report.stances} stance record(s), ${report.failed} failed`);
    if (report.failed > 0) process.exitCode = 1;
  });

program
  .command('run')
  .description('ingest files and analyse them in one go, then print the stance table')
  .argument('<paths...>', 'files or folders')
  .addOption(dbOption())
  .addOption(scorerOption())
  .addOption(concurrencyOption())
  .option('--strict', 'exit 1 when any record is rejected')
  .addOption(jsonOption())
  .addOption(quietOption())
  .action(async (paths: string[], opts: AnalyseFlags) => {
    const { ingestAndAnalyse } = await import('./run.js');
    const { printStanceTable } = await import('./tables.js');
    const { id, options } = await analyseOptions(opts);
    await withDb(opts, async (handle) => {
      const report = await ingestAndAnalyse(handle, paths, options, id);
      if (opts.json) out(JSON.stringify(report));
      else {
        out(`${report.ingested} new article(s), ${report.duplicates} duplicate(s), ${report.rejected.length} rejected; ${report.analyzed} analysed with ${report.scorer}: ${report.stances} stance record(s)`);
        printRejections(report.rejected);
        out();
        printStanceTable(handle.db, { scorer: report.scorer }, out);
      }
      strictExit(report.rejected, opts.strict);
      if (report.failed > 0) process.exitCode = 1;
    });
  });

program
  .command('stances')
  .description('list stance records with their evidence')
  .addOption(dbOption())
  .option('--topic <id>', 'only this topic')
  .option('--actor <code>', 'only this actor (e.g. RU, NATO)')
  .option('--scorer <id>', 'only records of this scorer')
  .option('--limit <n>', 'at most this many records', positiveInt)
  .addOption(jsonOption())
  .action(async (opts: Common & { topic?: string; actor?: string; scorer?: string; limit?: number }) => {
    const { stanceRows, printStanceTable } = await import('./tables.js');
    await withDb(opts, async (handle) => {
      const filter = { topic: opts.topic, actor: opts.actor?.toUpperCase(), scorer: opts.scorer };
      if (opts.json) await writeJsonArray(stanceRows(handle.db, filter, opts.limit));
      else printStanceTable(handle.db, filter, out, opts.limit);
    });
  });

program
  .command('articles')
  .description('list stored articles')
  .addOption(dbOption())
  .option('--limit <n>', 'at most this many articles', positiveInt)
  .addOption(jsonOption())
  .action(async (opts: Common & { limit?: number }) => {
    const { articleRows, printArticleTable } = await import('./tables.js');
    await withDb(opts, async (handle) => {
      if (opts.json) await writeJsonArray(articleRows(handle.db, opts.limit));
      else printArticleTable(handle.db, out, opts.limit);
    });
  });

program
  .command('serve')
  .description('serve the HTTP API on 127.0.0.1')
  .addOption(dbOption())
  .option('--port <n>', 'port', positiveInt, 8787)
  .option('--host <address>', 'address to bind', '127.0.0.1')
  .action(async (opts: Common & { port: number; host: string }) => {
    const { serve } = await import('./serve.js');
    const cfg = config(opts);
    await serve(cfg, { host: opts.host, port: opts.port }, note);
  });

function exitCodeOf(error: unknown): number {
  if (error instanceof StanceError) return error.code === 'bad_usage' ? 2 : 1;
  return 1;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successes; everything else commander rejects is bad usage.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    note(`stance: ${errorMessage(error)}`);
    if (process.env.STANCE_DEBUG && error instanceof Error) note(error.stack ?? '');
    process.exitCode = exitCodeOf(error);
  }
}
