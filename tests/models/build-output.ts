import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Worker threads and child processes run the compiled JavaScript. `npm test` builds first; a
 * direct `vitest run` of these files builds when the output is missing. Type errors elsewhere in
 * the tree do not stop tsc from writing it, hence the ignored exit status.
 */
export function ensureBuildOutput(): void {
  if (existsSync(new URL('../../dist/models/nli.worker.js', import.meta.url))) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: projectRoot, stdio: 'ignore' });
  } catch {
    // Checked below.
  }
  if (!existsSync(new URL('../../dist/models/nli.worker.js', import.meta.url))) {
    throw new Error('Expected dist/models/nli.worker.js after building, found nothing');
  }
}
