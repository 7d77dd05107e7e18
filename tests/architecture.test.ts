import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The folders are layers, and imports point down only: cli → api → pipeline → models → core.
 * Inside the pipeline, stages take plain data and never touch the database; only models/ loads
 * the transformer runtime; nothing imports the command line. Every import counts, type-only
 * ones included: a type that points up is a dependency that points up.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['core', 'models', 'pipeline', 'api', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

interface Import {
  from: string;
  /** A path relative to the root for our own modules, else the package name. */
  to: string;
  local: boolean;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return { from: file, to: fileName, local: false };
    const target = relative(ROOT, resolve(ROOT, dirname(file), fileName)).replace(/\.js$/, '.ts');
    return { from: file, to: target, local: true };
  });
}

function layerOf(file: string): Layer | undefined {
  return LAYERS.find((layer) => file.startsWith(`${layer}/`));
}

const files = LAYERS.flatMap(sourceFiles);
const imports = files.flatMap(importsOf);

/** Every cycle's files, found by a depth-first search over local imports (one cycle per back edge). */
function cycles(): string[][] {
  const edges = new Map<string, string[]>();
  for (const i of imports.filter((i) => i.local && i.to.endsWith('.ts'))) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  it('finds the source files and their imports (the test itself works)', () => {
    expect(files).toContain('core/errors.ts');
    expect(files).toContain('cli/main.ts');
    expect(imports.some((i) => i.from === 'api/app.ts' && i.to === 'hono/cors')).toBe(true);
  });

  it('imports point down the layers only: cli → api → pipeline → models → core', () => {
    const upward = imports
      .filter((i) => i.local && layerOf(i.to) !== undefined)
      .filter((i) => LAYERS.indexOf(layerOf(i.to)!) > LAYERS.indexOf(layerOf(i.from)!))
      .map((i) => `${i.from} → ${i.to}`);
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the database out of the pipeline stages', () => {
    const stagesToDb = imports.filter((i) => i.from.startsWith('pipeline/stages/') && (i.to.startsWith('pipeline/db/') || /sqlite|drizzle|^pg$/.test(i.to)));
    expect(stagesToDb.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('loads the transformer runtime in models/ only', () => {
    const runtime = imports.filter((i) => !i.local && /^(@xenova\/transformers|onnxruntime-node)/.test(i.to) && !i.from.startsWith('models/'));
    expect(runtime.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('imports nothing from the command line', () => {
    const toCli = imports.filter((i) => i.local && i.to.startsWith('cli/') && !i.from.startsWith('cli/'));
    expect(toCli.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('never reads files outside the repository', () => {
    const outside = [...files, ...sourceFiles('tests'), ...sourceFiles('bench')].filter((file) =>
      /\.\.\/shared|\.\.\/\.\.\/shared/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(outside.filter((file) => file !== 'tests/architecture.test.ts')).toEqual([]);
  });
});
