import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CompareQuerySchema, TrendQuerySchema } from '../api/params.js';
import { toUtcDay } from '../core/dates.js';
import { errorMessage, StanceError } from '../core/errors.js';
import { escapeControls } from '../core/text.js';
import { type Config, loadConfig } from '../pipeline/config.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import type { IngestReport } from '../pipeline/ingest.js';
import type { ReadOptions, StdinFormat } from '../pipeline/sources/index.js';
import type { Rejection } from '../pipeline/sources/record.js';
import { addQueryFlags } from './query-flags.js';

// Commands import their modules lazily: `stance --help` must not load SQLite, Drizzle or models.

interface Common {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

// Every line for people passes through here: control characters in ids, file names or
// messages are shown escaped, never sent to the terminal (JSON output has none to escape).
const out = (line = '') => process.stdout.write(`${escapeControls(line)}\n`);
const note = (line: string) => process.stderr.write(`${escapeControls(line)}\n`);

function config(opts: Common & { model?: string; sources?: string }): Config {
  return loadConfig(process.env, { db: opts.db, model: opts.model, sources: opts.sources });
}

async function withDb<T>(opts: Common & { sources?: string }, body: (handle: DbHandle, cfg: Config) => Promise<T> | T): Promise<T> {
  const cfg = config(opts);
  const { openDatabase } = await import('../pipeline/db/client.js');
  const handle = await openDatabase(cfg.db);
  try {
    return await body(handle, cfg);
  } catch (error) {
    const { storeFault } = await import('../pipeline/db/faults.js');
    throw storeFault(error, handle.path) ?? error;
  } finally {
    await handle.close();
  }
}

/** Writes a JSON array one element at a time, respecting the pipe's backpressure. */
async function writeJsonArray<T>(rows: AsyncIterable<T>): Promise<void> {
  const write = (chunk: string) =>
    process.stdout.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  await write('[');
  let first = true;
  for await (const row of rows) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(row)}`);
    first = false;
  }
  await write(first ? ']\n' : '\n]\n');
}

/** A JSON file named by the user: unreadable or malformed is bad usage, said with the file's name. */
function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StanceError('bad_usage', `cannot read ${file} as JSON: ${errorMessage(error)}`);
  }
}

function printRejections(rejected: Rejection[], limit = 20): void {
  for (const r of rejected.slice(0, limit)) note(`  rejected ${r.file}:${r.line}: ${r.reason}`);
  if (rejected.length > limit) note(`  … and ${rejected.length - limit} more (use --json for the full list)`);
}

interface ReadFlags {
  map?: string;
  preset?: string;
  dateFromFile?: boolean;
  fetchPages?: boolean;
  stdinFormat?: StdinFormat;
}

async function readOptions(paths: string[], opts: ReadFlags): Promise<ReadOptions> {
  const { fieldMapping } = await import('../pipeline/sources/mapping.js');
  return {
    mapping: fieldMapping(opts.map, opts.preset),
    dateFromFile: opts.dateFromFile,
    fetchPages: opts.fetchPages,
    // Touched only when asked for: an idle standard input must not hold the process open.
    stdin: paths.includes('-') ? process.stdin : undefined,
    stdinFormat: opts.stdinFormat,
  };
}

/** What a reader could not place: columns nothing read, articles without a date (`--json` carries them too; `--quiet` leaves them there). */
async function printIngestWarnings(report: IngestReport, opts: ReadFlags): Promise<void> {
  const { mapHint, suggestPreset } = await import('../pipeline/sources/mapping.js');
  for (const { file, columns } of report.unknownColumns) {
    const hint = mapHint(columns);
    note(`  ${file}: column(s) not read: ${columns.join(', ')} (rename them with --map ${hint ?? 'column=field'})`);
    const preset = opts.preset ? undefined : suggestPreset(columns);
    if (preset) note(`  ${file} looks like a ${preset.name} export: try --preset ${preset.key}`);
  }
  if (report.undated > 0) {
    const how = opts.dateFromFile ? 'give them a date column' : 'give them a date column (--map), or take the file date with --date-from-file';
    note(`  warning: ${report.undated} new article(s) stored without a publication date: trends and compare leave them out; ${how}`);
  }
  if (report.enriched > 0) note(`  ${report.enriched} duplicate(s) filled in what the stored copy lacked (title, date, language, source or URL)`);
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

const dbOption = () =>
  new Option('--db <file|url>', 'SQLite database file, or postgres://user@host:port/db for a shared PostgreSQL (env STANCE_DB, default ./data/stance.db)');
const jsonOption = () => new Option('--json', 'print one JSON document on standard output (progress stays on standard error)');
const quietOption = () => new Option('-q, --quiet', 'no progress output');
const scorerOption = () =>
  new Option('--scorer <name>', 'stance scorer (auto: nli when its model is installed, else lexicon)')
    .choices(['auto', 'lexicon', 'nli', 'ensemble'])
    .default('auto');
const modelOption = () => new Option('--model <name>', 'NLI model folder name under STANCE_MODELS_DIR (env STANCE_NLI_MODEL)');
const templateSetOption = () => new Option('--template-set <file>', 'JSON { topicId: { support, oppose } } replacing the NLI hypotheses');
const concurrencyOption = () =>
  new Option('--concurrency <n>', 'parallel analyses: worker threads for the lexicon, inference processes for a model (default: one per core)').argParser(
    positiveInt,
  );

function dayOption(name: string, value: string): string {
  const day = toUtcDay(value);
  if (!day) throw new StanceError('bad_usage', `${name} expects a date such as 2022-01-31, got "${value}"`);
  return day;
}

const sourcesOption = () => new Option('--sources <file>', 'source registry JSON: outlet → country and kind (env STANCE_SOURCES; default: the bundled list)');

/** How `ingest` and `run` read their inputs. */
function addReadOptions(command: Command): Command {
  return command
    .option('--map <pairs>', 'rename columns: column=field pairs, comma-separated, e.g. publish_date=published_at,media_name=source')
    .addOption(new Option('--preset <name>', 'column names of a known export format (see README, "Input mapping")').choices(['mediacloud', 'gdelt']))
    .option('--date-from-file', "an article that states no date takes its file's modification date (a WARC record: its capture date)")
    .option('--fetch-pages', 'fetch the page of a record that has only a link (URL lists) or a summary (feed items), and read it like a saved page')
    .addOption(
      new Option('--stdin-format <format>', 'what standard input (-) holds, when its first bytes do not show it').choices([
        'jsonl',
        'csv',
        'txt',
        'html',
        'warc',
        'feed',
      ]),
    );
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new StanceError('bad_usage', `expected a whole number, got "${value}"`);
  return n;
}

addReadOptions(
  program
    .command('ingest')
    .description('read article files and folders (JSONL, CSV, TXT, HTML, WARC web archives, RSS/Atom feeds; - for standard input) into the database')
    .argument('<paths...>', 'files or folders, or - for standard input'),
)
  .addOption(dbOption())
  .addOption(jsonOption())
  .addOption(quietOption())
  .option('--strict', 'exit 1 when any record is rejected')
  .action(async (paths: string[], opts: Common & ReadFlags & { strict?: boolean }) => {
    const { ingestOnly } = await import('../pipeline/run.js');
    const read = await readOptions(paths, opts);
    const report = await withDb(opts, (handle) => ingestOnly(handle, paths, !opts.quiet, read));
    if (opts.json) out(JSON.stringify({ ...report, analyzed: 0, stances: 0 }));
    else {
      out(`${report.ingested} new article(s), ${report.duplicates} duplicate(s) skipped, ${report.rejected.length} rejected`);
      printRejections(report.rejected);
    }
    if (!opts.quiet) await printIngestWarnings(report, opts);
    strictExit(report.rejected, opts.strict);
  });

interface AnalyseFlags extends Common {
  scorer: 'auto' | 'lexicon' | 'nli' | 'ensemble';
  model?: string;
  templateSet?: string;
  concurrency?: number;
  retryFailed?: boolean;
  strict?: boolean;
}

/** `tell`: where the note on the scorer chosen goes (nowhere for a process that does not analyse). */
async function analyseOptions(opts: AnalyseFlags, tell: (line: string) => void = note) {
  const { chooseScorer, loadTemplateSet, scorerId } = await import('../models/scorers.js');
  const cfg = config(opts);
  const templates = opts.templateSet ? await loadTemplateSet(opts.templateSet) : undefined;
  const { spec, note: choice } = chooseScorer(opts.scorer, { modelsDir: cfg.modelsDir, nliModel: cfg.nliModel, db: cfg.db, templates });
  if (choice) tell(choice);
  return { spec, id: scorerId(spec), options: { scorer: spec, concurrency: opts.concurrency, retryFailed: opts.retryFailed, progress: !opts.quiet } };
}

interface ReanalyseFlags extends AnalyseFlags {
  reanalyse?: boolean;
  reanalyze?: boolean;
  topic?: string;
  since?: string;
}

program
  .command('analyze')
  .alias('analyse')
  .description('analyse queued articles (and resume an interrupted run); --reanalyse re-scores stored ones')
  .addOption(dbOption())
  .addOption(scorerOption())
  .addOption(modelOption())
  .addOption(templateSetOption())
  .addOption(concurrencyOption())
  .option('--retry-failed', 'also retry articles whose analysis failed before')
  .option('--reanalyse', "re-score stored articles with the current topics, lexicon and actors, replacing this scorer's records for them")
  .addOption(new Option('--reanalyze').hideHelp())
  .option('--topic <id>', 'with --reanalyse: only articles that mention this topic or have records on it')
  .option('--since <date>', 'with --reanalyse: only articles published on or after this day (YYYY-MM-DD)')
  .addOption(jsonOption())
  .addOption(quietOption())
  .action(async (opts: ReanalyseFlags) => {
    const again = opts.reanalyse || opts.reanalyze;
    if (!again && (opts.topic || opts.since)) throw new StanceError('bad_usage', '--topic and --since choose what --reanalyse re-scores: add --reanalyse');
    const since = opts.since === undefined ? undefined : dayOption('--since', opts.since);
    const { id, options } = await analyseOptions(opts);
    (await import('../pipeline/heap-growth.js')).limitHeapGrowth();
    if (again) {
      const { reanalyse } = await import('../pipeline/reanalyse.js');
      const report = await withDb(opts, (handle) => reanalyse(handle, options, id, { topic: opts.topic, since }));
      if (opts.json) out(JSON.stringify(report));
      else {
        if (report.resumed) note('continuing the re-analysis that was interrupted: articles it already re-scored are not done again');
        out(`${report.analyzed} article(s) re-analysed with ${report.scorer}: ${report.stances} stance record(s), ${report.failed} failed`);
      }
      if (report.failed > 0) process.exitCode = 1;
      return;
    }
    const { analysePending } = await import('../pipeline/run.js');
    const report = await withDb(opts, (handle) => analysePending(handle, options, id));
    if (opts.json) out(JSON.stringify(report));
    else out(`${report.analyzed} article(s) analysed with ${report.scorer}: ${report.stances} stance record(s), ${report.failed} failed`);
    if (report.failed > 0) process.exitCode = 1;
  });

addReadOptions(
  program
    .command('run')
    .description('ingest files and analyse them in one go, then print the stance table')
    .argument('<paths...>', 'files or folders, or - for standard input'),
)
  .addOption(dbOption())
  .addOption(scorerOption())
  .addOption(modelOption())
  .addOption(templateSetOption())
  .addOption(concurrencyOption())
  .option('--strict', 'exit 1 when any record is rejected')
  .addOption(jsonOption())
  .addOption(quietOption())
  .action(async (paths: string[], opts: AnalyseFlags & ReadFlags) => {
    const { ingestAndAnalyse } = await import('../pipeline/run.js');
    const { printStanceTable } = await import('./tables.js');
    (await import('../pipeline/heap-growth.js')).limitHeapGrowth();
    const { id, options } = await analyseOptions(opts);
    const read = await readOptions(paths, opts);
    await withDb(opts, async (handle) => {
      const report = await ingestAndAnalyse(handle, paths, options, id, read);
      if (opts.json) out(JSON.stringify(report));
      else {
        out(
          `${report.ingested} new article(s), ${report.duplicates} duplicate(s), ${report.rejected.length} rejected; ${report.analyzed} analysed with ${report.scorer}: ${report.stances} stance record(s)`,
        );
        printRejections(report.rejected);
        out();
        await printStanceTable(handle.db, { scorer: report.scorer }, out);
      }
      if (!opts.quiet) await printIngestWarnings(report, opts);
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
      else await printStanceTable(handle.db, filter, out, opts.limit);
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
      else await printArticleTable(handle.db, out, opts.limit);
    });
  });

program
  .command('eval')
  .description('analyse a gold file (JSONL with `gold` records) and report precision, recall and F1')
  .argument('<gold>', 'gold JSONL file')
  .addOption(scorerOption())
  .option('--db <file|url>', 'analyse into this database (a SQLite file or a postgres:// URL) instead of a temporary one')
  .addOption(jsonOption())
  .option('--errors', 'list every wrong or missing record with its evidence')
  .action(async (gold: string, opts: AnalyseFlags & { errors?: boolean }) => {
    const { runEval, formatReport } = await import('../pipeline/eval.js');
    const { spec, id } = await analyseOptions(opts);
    const report = await runEval(gold, { scorer: spec, scorerId: id, db: opts.db, errors: opts.errors });
    if (opts.json) out(JSON.stringify(report));
    else for (const line of formatReport(report)) out(line);
  });

addQueryFlags(program.command('trends').description('stance over time per actor: a table with a sparkline per actor, or JSON/CSV/chart'), TrendQuerySchema)
  .addOption(sourcesOption())
  .option('--csv', 'print CSV, one row per actor (and group) and bucket, with the topic')
  .option('--parquet <file>', 'write the same table as Parquet')
  .option('--chart <file>', 'write the chart for a report: .svg, .png, or .json for the Vega-Lite spec')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts) => {
    const { trendsCommand } = await import('./report.js');
    await withDb(opts, (handle, cfg) => trendsCommand(handle, { ...opts, sources: cfg.sourcesFile }, out));
  });

addQueryFlags(program.command('compare').description("every actor's stance on a topic over a window, most supportive first"), CompareQuerySchema)
  .addOption(sourcesOption())
  .option('--csv', 'print CSV, one row per actor (and group), with the topic')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts) => {
    const { compareCommand } = await import('./report.js');
    await withDb(opts, (handle, cfg) => compareCommand(handle, { ...opts, sources: cfg.sourcesFile }, out));
  });

const topicsCommand = program.command('topics').description('the topic catalogue: built-in and your own');
topicsCommand
  .command('list')
  .description('list topics')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts: Common) => {
    const { allTopics } = await import('../pipeline/db/topics.repo.js');
    await withDb(opts, async (handle) => {
      const topics = await allTopics(handle.db);
      if (opts.json) out(JSON.stringify(topics));
      else for (const t of topics) out(`${t.id.padEnd(24)} ${t.label}  [${Object.keys(t.keywords).join(' ')}]`);
    });
  });
topicsCommand
  .command('add')
  .description('add (or replace) your own topic from a JSON file; says what changed and what a re-analysis would touch')
  .requiredOption('--file <topic.json>', 'the topic definition (see README, "Adding a topic")')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts: Common & { file: string }) => {
    const { parseTopic } = await import('../pipeline/data/topic-catalogue.js');
    const { addTopic } = await import('./topics.js');
    const topic = (() => {
      try {
        return parseTopic(readJsonFile(opts.file));
      } catch (error) {
        throw new StanceError('bad_usage', `${opts.file}: ${errorMessage(error)}`);
      }
    })();
    await withDb(opts, (handle) => addTopic(handle.db, topic, { json: opts.json, print: out }));
  });

const actorsCommand = program.command('actors').description('the actors: built-in countries and organisations, and your own');
actorsCommand
  .command('list')
  .description('list actors, with names in a chosen language')
  .option('--lang <code>', 'names in this language (en ru zh de fr es tr uk ar ja)', 'en')
  .option('--custom', 'only your own actors')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts: Common & { lang: string; custom?: boolean }) => {
    const { listActorsCommand } = await import('./actors.js');
    await withDb(opts, (handle) => listActorsCommand(handle.db, opts, out));
  });
actorsCommand
  .command('add')
  .description('add organisations and groupings (names in several languages) and office holders from a JSON file')
  .requiredOption('--file <actors.json>', 'the actors (see README, "Adding actors")')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts: Common & { file: string }) => {
    const { addActorsCommand } = await import('./actors.js');
    const input = readJsonFile(opts.file);
    await withDb(opts, (handle) => addActorsCommand(handle.db, input, { file: opts.file, json: opts.json }, out));
  });

program
  .command('export')
  .description('write stance records with their evidence and provenance to a CSV or Parquet file (streamed)')
  .requiredOption('--out <file>', 'the file to write')
  .addOption(new Option('--format <format>', 'csv or parquet (default: from the file name, else csv)').choices(['csv', 'parquet']))
  .option('--topic <id>', 'only this topic')
  .option('--actor <code>', 'only this actor (e.g. RU, NATO)')
  .option('--scorer <id>', 'only records of this scorer')
  .option('--limit <n>', 'at most this many records', positiveInt)
  .addOption(sourcesOption())
  .addOption(dbOption())
  .addOption(quietOption())
  .action(
    async (opts: Common & { out: string; format?: 'csv' | 'parquet'; topic?: string; actor?: string; scorer?: string; limit?: number; sources?: string }) => {
      const { exportStances } = await import('./export.js');
      const format = opts.format ?? (opts.out.toLowerCase().endsWith('.parquet') ? 'parquet' : 'csv');
      await withDb(opts, async (handle, cfg) => {
        const filter = { topic: opts.topic, actor: opts.actor?.toUpperCase(), scorer: opts.scorer };
        const rows = await exportStances(handle.db, { filter, limit: opts.limit, format, out: opts.out, sourcesFile: cfg.sourcesFile });
        out(`wrote ${rows} stance record(s) to ${opts.out} (${format})`);
      });
    },
  );

program
  .command('doctor')
  .description(
    'check the database: a file for integrity, access, schema and queue; a PostgreSQL URL by connecting, for its server version, schema and queue (exit 1 when something needs fixing)',
  )
  .addOption(dbOption())
  .addOption(jsonOption())
  .action(async (opts: Common) => {
    const { isDatabaseUrl } = await import('../pipeline/db/postgres.js');
    const { resolve } = await import('node:path');
    const target = config(opts).db;
    const findings = isDatabaseUrl(target)
      ? await (await import('../pipeline/db/doctor-pg.js')).examinePostgres(target)
      : (await import('../pipeline/db/doctor.js')).examineDatabase(resolve(target));
    if (opts.json) out(JSON.stringify(findings));
    else for (const f of findings) out(`${f.level.padEnd(7)} ${f.check.padEnd(9)} ${f.message}`);
    if (findings.some((f) => f.level === 'problem')) process.exitCode = 1;
  });

program
  .command('serve')
  .description('serve the HTTP API on 127.0.0.1')
  .addOption(dbOption())
  .option('--port <n>', 'port', positiveInt, 8787)
  .option('--host <address>', 'address to bind (a non-loopback address needs STANCE_API_TOKEN)', '127.0.0.1')
  .option('--cors <origins>', 'allowed CORS origins, comma-separated, or *')
  .option('--allowed-hosts <names>', 'host names clients use to reach the server, comma-separated (localhost and IP addresses always work)')
  .option('--processes <n>', 'server processes answering on the port, each on a core of its own: a number, or auto for one per core', '1')
  .addOption(sourcesOption())
  .addOption(scorerOption())
  .addOption(modelOption())
  .action(async (opts: AnalyseFlags & { port: number; host: string; cors?: string; allowedHosts?: string; processes: string }) => {
    const { serve } = await import('./serve.js');
    const { isServerProcess, parseProcesses } = await import('../api/server-processes.js');
    const processes = parseProcesses(opts.processes);
    // A server process of several leaves the analysis to the first process, which says what scorer it uses.
    const { spec, id } = await analyseOptions(opts, isServerProcess() ? () => undefined : note);
    const allowedHosts = opts.allowedHosts
      ?.split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    await serve(config(opts), { host: opts.host, port: opts.port, corsOrigin: opts.cors, allowedHosts, scorer: { spec, id }, processes }, note);
  });

const models = program.command('models').description('list, download and generate NLI models (in STANCE_MODELS_DIR, default ./data/models)');

models
  .command('list')
  .description('catalogue models and other model folders, installed or missing')
  .addOption(jsonOption())
  .action(async (opts: { json?: boolean }) => {
    const { listModels } = await import('../models/catalogue.js');
    const rows = listModels(config({}).modelsDir);
    if (opts.json) {
      out(JSON.stringify(rows.map(({ entry, ...row }) => ({ ...row, default: entry?.default ?? false, sizeMb: entry?.sizeMb }))));
      return;
    }
    for (const row of rows) {
      const state = row.present ? `installed ${(row.bytes / 1e6).toFixed(1)} MB` : `missing (${row.missing.join(', ')})`;
      out(
        `${row.name}${row.entry?.default ? ' [default]' : ''}  ${state}${row.entry ? `  ~${row.entry.sizeMb} MB, ${row.entry.languages}` : '  local folder'}`,
      );
    }
  });

models
  .command('pull')
  .description('download a catalogue model into STANCE_MODELS_DIR')
  .argument('<name>', 'model name, e.g. from `stance models list`')
  .addOption(quietOption())
  .action(async (name: string, opts: { quiet?: boolean }) => {
    const { pullModel } = await import('../models/catalogue.js');
    const { createProgress } = await import('../pipeline/progress.js');
    const cfg = config({});
    const bars = new Map<string, ReturnType<typeof createProgress>>();
    const onProgress = ({ file, loaded, total }: { file: string; loaded: number; total: number }) => {
      let bar = bars.get(file);
      if (!bar) bars.set(file, (bar = createProgress({ label: `  ${file}`, enabled: !opts.quiet })));
      bar.tick(loaded, total || undefined);
    };
    const report = await pullModel(cfg.modelsDir, name, { hub: cfg.modelHub, onProgress });
    for (const bar of bars.values()) bar.finish();
    if (!opts.quiet) note(`${report.downloaded.length} file(s) downloaded into ${report.dir}`);
    out(name);
  });

models
  .command('fixture')
  .description('write the tiny test NLI model; prints its name on the last line')
  .requiredOption('--out <dir>', 'models folder to write into')
  .option('--name <name>', 'model folder name')
  .action(async (opts: { out: string; name?: string }) => {
    const { writeFixtureModel } = await import('../models/fixture.js');
    const written = await writeFixtureModel(opts.out, { name: opts.name });
    note(`wrote ${written.dir}`);
    out(written.name);
  });

function exitCodeOf(error: unknown): number {
  if (error instanceof StanceError) return error.code === 'bad_usage' ? 2 : 1;
  return 1;
}

/**
 * A reader that goes away (`stance … | head`) closes the pipe: the rest of the output has nowhere
 * to go, so the command ends quietly, as Unix tools do, instead of with an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/** Runs the `stance` command line with `argv` as `process.argv` gives it; sets `process.exitCode`. */
export async function main(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    await program.parseAsync(argv);
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
}
