import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

export interface PullProgress {
  file: string;
  loaded: number;
  total: number;
}

export interface PullOptions {
  /** Address of the model hub; default: the one transformers.js loads remote models from (its `env.remoteHost`). */
  hub?: string;
  onProgress?: (progress: PullProgress) => void;
}

export interface PullReport {
  dir: string;
  /** The files fetched; those already present are kept as they are. */
  downloaded: string[];
}

const NETWORK_FAILURES: Record<string, string> = {
  ENOTFOUND: 'host name lookup failed',
  EAI_AGAIN: 'host name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
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

/** A file the hub answered for with an error status: the hub was reached, the file is not there. */
class HubRefusal extends Error {
  constructor(
    readonly file: string,
    readonly status: number,
  ) {
    super(`HTTP ${status} for ${file}`);
  }
}

/** `<hub>/<name>/resolve/main/<file>`, by transformers.js's own path template, so both read models from one place. */
async function fileUrls(name: string, files: string[], hub: string | undefined): Promise<Map<string, URL>> {
  const { env } = await import('@xenova/transformers');
  const base = new URL(hub ?? env.remoteHost);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const folder = env.remotePathTemplate.replaceAll('{model}', name).replaceAll('{revision}', 'main');
  return new Map(files.map((file) => [file, new URL(`${folder.replace(/\/?$/, '/')}${file}`, base)]));
}

/** Streams one file to `<target>.partial` and renames it when complete, so a broken download leaves no half file. */
async function download(url: URL, file: string, target: string, onProgress?: (progress: PullProgress) => void): Promise<void> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new HubRefusal(file, response.status);
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const partial = `${target}.partial`;
  await mkdir(dirname(target), { recursive: true });
  let loaded = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      loaded += chunk.length;
      onProgress?.({ file, loaded, total });
      done(null, chunk);
    },
  });
  const out = createWriteStream(partial);
  try {
    await pipeline(Readable.fromWeb(response.body as NodeWebStream), count, out);
    await rename(partial, target);
  } catch (error) {
    // The file may still be opening when the connection drops: it is removed once the stream has closed.
    if (!out.closed) await new Promise<void>((closed) => out.once('close', () => closed()));
    await rm(partial, { force: true });
    throw error;
  }
}

type NodeWebStream = Parameters<typeof Readable.fromWeb>[0];

/**
 * Downloads a model into `<modelsDir>/<name>/`: each file the model needs, by the hub's file
 * layout, with plain HTTP. Files already present are kept, so a pull that was interrupted goes
 * on where it stopped. Nothing of transformers.js is changed: models still load from local
 * folders only.
 */
export async function pullModel(modelsDir: string, name: string, options: PullOptions = {}): Promise<PullReport> {
  const status = modelStatus(modelsDir, name);
  const files = (status.entry?.files ?? TRANSFORMERS_FILES).filter((file) => !existsSync(join(status.dir, file)));
  const urls = await fileUrls(name, files, options.hub);
  for (const file of files) {
    try {
      await download(urls.get(file)!, file, join(status.dir, file), options.onProgress);
    } catch (error) {
      if (error instanceof HubRefusal) {
        throw new StanceError(
          'model_missing',
          `the model hub has no ${error.file} for ${name} (HTTP ${error.status}): check the name against \`stance models list\`, or copy the model folder into ${status.dir} by hand.`,
          undefined,
          { cause: error },
        );
      }
      throw new StanceError(
        'model_missing',
        `cannot reach the model hub to download ${name}: ${unreachableReason(error)}. Copy the model folder into ${status.dir} by hand instead.`,
        undefined,
        { cause: error },
      );
    }
  }
  return { dir: status.dir, downloaded: files };
}
