import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { StanceError } from '../core/errors.js';

export interface ModelEntry {
  name: string;
  task: 'zero-shot-nli';
  languages: string;
  sizeMb: number;
  licence: string;
  /** Relative paths that must exist for the model to load. */
  files: string[];
  description: string;
  default?: boolean;
}

const TRANSFORMERS_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'];

export const MODEL_CATALOGUE: readonly ModelEntry[] = [
  {
    name: 'Xenova/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7',
    task: 'zero-shot-nli',
    languages: '~100 (mDeBERTa-v3 base pretraining); NLI fine-tuning in 27',
    sizeMb: 340,
    licence: 'MIT',
    files: TRANSFORMERS_FILES,
    description: 'Multilingual mDeBERTa-v3-base trained on 2.7M NLI pairs (MNLI-m accuracy 0.857); int8 ONNX.',
    default: true,
  },
  {
    name: 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli',
    task: 'zero-shot-nli',
    languages: '~100 (XLM-R vocabulary); NLI fine-tuning in the 15 XNLI languages',
    sizeMb: 110,
    licence: 'MIT',
    files: TRANSFORMERS_FILES,
    description: 'Six-layer multilingual MiniLMv2 trained on MNLI and XNLI (XNLI accuracy ~0.71); several times faster, less accurate.',
  },
];

export interface ModelStatus {
  name: string;
  dir: string;
  present: boolean;
  missing: string[];
  bytes: number;
  entry?: ModelEntry;
  /** The ONNX graph that loading will use, relative to `dir`, when one exists. */
  onnxFile?: string;
}

const NAME_PATTERN = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;

export function defaultModel(): ModelEntry {
  return MODEL_CATALOGUE.find((entry) => entry.default) ?? MODEL_CATALOGUE[0];
}

export function modelDir(modelsDir: string, name: string): string {
  if (!NAME_PATTERN.test(name) || name.split('/').includes('..')) {
    throw new StanceError('bad_input', `Expected a model name like "owner/name" or "name", got "${name}"`);
  }
  return join(resolve(modelsDir), ...name.split('/'));
}

function onnxFiles(dir: string): string[] {
  const onnxDir = join(dir, 'onnx');
  if (!existsSync(onnxDir)) return [];
  return readdirSync(onnxDir)
    .filter((file) => file.endsWith('.onnx'))
    .sort()
    .map((file) => `onnx/${file}`);
}

/** The quantized graph first, as transformers.js does, then the float one, then any other. */
function pickOnnxFile(entry: ModelEntry | undefined, available: string[]): string | undefined {
  const required = entry?.files.find((file) => file.endsWith('.onnx'));
  if (required) return available.includes(required) ? required : undefined;
  const preferred = ['onnx/model_quantized.onnx', 'onnx/model.onnx'].find((file) => available.includes(file));
  return preferred ?? available[0];
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .reduce((sum, item) => sum + statSync(join(item.parentPath, item.name)).size, 0);
}

export function modelStatus(modelsDir: string, name: string): ModelStatus {
  const dir = modelDir(modelsDir, name);
  const entry = MODEL_CATALOGUE.find((candidate) => candidate.name === name);
  const available = onnxFiles(dir);
  const onnxFile = pickOnnxFile(entry, available);
  const required = entry?.files ?? ['config.json', 'tokenizer.json'];
  const missing = required.filter((file) => !existsSync(join(dir, file)));
  if (!entry && !onnxFile) missing.push('onnx/*.onnx');
  return { name, dir, present: missing.length === 0, missing, bytes: folderBytes(dir), entry, onnxFile };
}

/** Folders holding a config.json one or two levels below `modelsDir` ("name" or "owner/name"). */
function localModelNames(modelsDir: string): string[] {
  const root = resolve(modelsDir);
  if (!existsSync(root)) return [];
  const names: string[] = [];
  const visit = (dir: string, depth: number) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (!item.isDirectory() || item.name.startsWith('.')) continue;
      const child = join(dir, item.name);
      if (existsSync(join(child, 'config.json'))) names.push(relative(root, child).split(sep).join('/'));
      else if (depth < 2) visit(child, depth + 1);
    }
  };
  visit(root, 1);
  return names.filter((name) => NAME_PATTERN.test(name)).sort();
}

export function listModels(modelsDir: string): ModelStatus[] {
  const catalogued = MODEL_CATALOGUE.map((entry) => entry.name);
  const others = localModelNames(modelsDir).filter((name) => !catalogued.includes(name));
  return [...catalogued, ...others].map((name) => modelStatus(modelsDir, name));
}

type GetModelFile = (name: string, file: string, fatal: boolean, options: { progress_callback?: (event: HubProgress) => void }) => Promise<Uint8Array>;

interface HubProgress {
  status: string;
  file?: string;
  loaded?: number;
  total?: number;
}

export interface PullProgress {
  file: string;
  loaded: number;
  total: number;
}

const NETWORK_FAILURES: Record<string, string> = {
  ENOTFOUND: 'host name lookup failed',
  EAI_AGAIN: 'host name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** Keeps the one-line reason free of the hub's address: an error code, or the message without URLs. */
function unreachableReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  if (cause?.code) return `${NETWORK_FAILURES[cause.code] ?? 'network error'} (${cause.code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/https?:\/\/\S+/g, '<hub>')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Downloads a model into `<modelsDir>/<name>/` with transformers.js's own hub support, switched on
 * for this call only.
 */
export async function pullModel(modelsDir: string, name: string, onProgress?: (progress: PullProgress) => void): Promise<void> {
  const status = modelStatus(modelsDir, name);
  const files = status.entry?.files ?? TRANSFORMERS_FILES;
  const { env } = await import('@xenova/transformers');
  // Not in the package's typed entry point; the path is fixed by the pinned version.
  const hubModule: string = '@xenova/transformers/src/utils/hub.js';
  const { getModelFile } = (await import(hubModule)) as { getModelFile: GetModelFile };
  const saved = { remote: env.allowRemoteModels, localModelPath: env.localModelPath, cacheDir: env.cacheDir };
  env.allowRemoteModels = true;
  env.allowLocalModels = true;
  env.useFSCache = true;
  env.localModelPath = resolve(modelsDir);
  env.cacheDir = resolve(modelsDir);
  const progress_callback = (event: HubProgress) => {
    if (event.status === 'progress' && event.file) {
      onProgress?.({ file: event.file, loaded: event.loaded ?? 0, total: event.total ?? 0 });
    }
  };
  try {
    for (const file of files) await getModelFile(name, file, true, { progress_callback });
  } catch (error) {
    throw new StanceError(
      'model_missing',
      `cannot reach the model hub to download ${name}: ${unreachableReason(error)}. Copy the model folder into ${status.dir} by hand instead.`,
      undefined,
      { cause: error },
    );
  } finally {
    env.allowRemoteModels = saved.remote;
    env.localModelPath = saved.localModelPath;
    env.cacheDir = saved.cacheDir;
  }
}
