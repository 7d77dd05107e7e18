import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StanceError } from './errors.js';

let root: string | undefined;

/** The project root, found from this file whether it runs from source or from `dist/`. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new StanceError('internal', 'cannot find the project root (no package.json above the code)');
    dir = parent;
  }
  root = dir;
  return dir;
}

let version: string | undefined;

/** The version in package.json: stored on every stance record as the tool's version. */
export function toolVersion(): string {
  version ??= String((JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  return version;
}
