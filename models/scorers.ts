import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { errorMessage, StanceError } from '../core/errors.js';
import { defaultModel, MODEL_CATALOGUE, type ModelStatus, modelStatus } from './catalogue.js';
import { LexiconScorer } from './lexicon.scorer.js';
import type { NliCacheStore } from './nli.scorer.js';
import type { Scorer } from './scorer.js';

export interface TemplateSet {
  /** Part of the scorer id, so records from different hypotheses never mix. */
  name: string;
  topics: Record<string, { support: string; oppose: string }>;
}

export interface NliSpec {
  modelsDir: string;
  model: string;
  templates?: TemplateSet;
  /** Database (SQLite file or PostgreSQL URL) whose `nli_cache` table keeps results across runs and workers. */
  cacheDb?: string;
  /** Inference processes; default one per core. */
  workers?: number;
}

/** A scorer described in plain data, so a worker thread can build the same one. */
export type ScorerSpec = { kind: 'lexicon' } | ({ kind: 'nli' } & NliSpec) | ({ kind: 'ensemble' } & NliSpec);

export type ScorerRequest = 'auto' | 'lexicon' | 'nli' | 'ensemble';

/** Pairs per inference call: with one onnxruntime thread, 4 to 8 ran fastest on a BERT-base-sized graph (16 was slower). */
export const NLI_BATCH_SIZE = 8;

/** What a scorer needs from outside the models: where the NLI results of earlier runs are kept. */
export interface ScorerDeps {
  /** Opens the store of NLI results in the database `cacheDb` names: a SQLite file or a PostgreSQL URL. */
  openCache?: (dbFile: string) => Promise<NliCacheStore>;
}

async function createNliScorer(spec: NliSpec, deps: ScorerDeps): Promise<Scorer> {
  const [{ NliPool }, { NliScorer }] = await Promise.all([import('./nli-pool.js'), import('./nli.scorer.js')]);
  // One inference process per core, one onnxruntime thread each: on a BERT-base-sized graph this
  // outruns one session using every core, and the analysing process stays free for its own work.
  const pool = await NliPool.start({ modelsDir: spec.modelsDir, name: spec.model, batchSize: NLI_BATCH_SIZE, workers: spec.workers });
  return new NliScorer(pool, {
    id: scorerId({ kind: 'nli', ...spec }),
    templates: spec.templates?.topics,
    store: spec.cacheDb && deps.openCache ? await deps.openCache(spec.cacheDb) : undefined,
    onClose: () => pool.close(),
  });
}

export async function createScorer(spec: ScorerSpec, deps: ScorerDeps = {}): Promise<Scorer> {
  switch (spec.kind) {
    case 'lexicon':
      return new LexiconScorer();
    case 'nli':
      return createNliScorer(spec, deps);
    case 'ensemble': {
      const { EnsembleScorer } = await import('./ensemble.scorer.js');
      return new EnsembleScorer(new LexiconScorer(), await createNliScorer(spec, deps));
    }
  }
}

/** The identity a spec's records are stored under, known before any model is loaded. */
export function scorerId(spec: ScorerSpec): string {
  if (spec.kind === 'lexicon') return spec.kind;
  return [spec.kind, spec.model, spec.templates?.name].filter(Boolean).join(':');
}

const templateFileSchema = z.record(z.string().min(1), z.object({ support: z.string().min(1), oppose: z.string().min(1) }));

/** A `--template-set` file: `{ "<topic id>": { "support": "...", "oppose": "..." } }`, `{actor}` filled in. */
export async function loadTemplateSet(file: string): Promise<TemplateSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new StanceError('bad_input', `cannot read the template set ${file}: ${errorMessage(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StanceError('bad_input', `the template set ${file} is not JSON: ${errorMessage(error)}`);
  }
  const result = templateFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new StanceError(
      'bad_input',
      `Expected the template set ${file} to map topic ids to { support, oppose } strings, got: ${result.error.issues[0]?.message}`,
    );
  }
  const stem = basename(file, extname(file)).replace(/[^\w.-]/g, '_');
  const name = stem || createHash('sha256').update(text).digest('hex').slice(0, 8);
  return { name, topics: result.data };
}

function howToGet(status: ModelStatus): string {
  const known = MODEL_CATALOGUE.some((entry) => entry.name === status.name);
  return known
    ? `run \`stance models pull ${status.name}\` or copy the model folder there`
    : `copy the model folder there (\`stance models list\` shows the catalogue models \`stance models pull\` can fetch)`;
}

export function missingModelMessage(status: ModelStatus): string {
  const what = status.bytes === 0 ? 'no model folder' : `missing ${status.missing.join(', ')}`;
  return `model "${status.name}" not found: ${what} at ${status.dir} (set STANCE_MODELS_DIR to look elsewhere); ${howToGet(status)}`;
}

export interface ScorerChoice {
  spec: ScorerSpec;
  /** One line for the user saying which scorer runs and, for `auto`, why. */
  note?: string;
}

export interface ScorerSettings {
  modelsDir: string;
  nliModel?: string;
  db?: string;
  templates?: TemplateSet;
}

/**
 * Resolves `--scorer` before anything is read: `nli` and `ensemble` fail here when the model's
 * files are missing, `auto` falls back to the lexicon and says why.
 */
export function chooseScorer(request: ScorerRequest, settings: ScorerSettings): ScorerChoice {
  if (request === 'lexicon') return { spec: { kind: 'lexicon' } };
  const model = settings.nliModel ?? defaultModel().name;
  const status = modelStatus(settings.modelsDir, model);
  // An in-memory database lives on one connection only: the cache then stays in memory too.
  const cacheDb = settings.db === ':memory:' ? undefined : settings.db;
  const nli: NliSpec = { modelsDir: settings.modelsDir, model, templates: settings.templates, cacheDb };
  if (request === 'auto') {
    if (!status.present) return { spec: { kind: 'lexicon' }, note: `scorer: lexicon (NLI ${missingModelMessage(status)})` };
    return { spec: { kind: 'nli', ...nli }, note: `scorer: nli with model "${model}" from ${status.dir}` };
  }
  if (!status.present) throw new StanceError('model_missing', missingModelMessage(status));
  return { spec: { kind: request, ...nli } };
}
