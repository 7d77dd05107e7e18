import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempDir } from '../cli-helpers.js';

/*
 * Vega and Vega-Lite take about 0.4 s to load and the PNG renderer is native code: only a chart
 * request may load them. Their packages are CommonJS, so a fresh process lists every file of
 * theirs that it loaded in the module registry (`require.cache`), whatever loaded them.
 */
const CHART_PACKAGES = /\/node_modules\/(vega[^/]*|@resvg\/[^/]+)\//;

/** Runs `body` (ES module code, in the built project) in a fresh process, then names the chart packages it loaded. */
function chartPackagesLoadedBy(body: string): string[] {
  const script = `
    import { createRequire } from 'node:module';
    ${body}
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => ${CHART_PACKAGES}.test(file));
    process.stdout.write(JSON.stringify([...new Set(loaded.map((file) => ${CHART_PACKAGES}.exec(file)[1]))].sort()));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
  return JSON.parse(output.slice(output.lastIndexOf('['))) as string[];
}

describe('chart libraries load on demand', () => {
  it('are not loaded by creating the app and answering requests that draw nothing', () => {
    const { dir, cleanup } = tempDir();
    try {
      const loaded = chartPackagesLoadedBy(`
        const { createApp } = await import('./dist/api/app.js');
        const { openSqlite } = await import('./dist/pipeline/db/client.js');
        const { builtinCatalogue } = await import('./dist/pipeline/data/topic-catalogue.js');
        const { listActors } = await import('./dist/pipeline/data/gazetteer.js');
        const handle = openSqlite(${JSON.stringify(`${dir}/app.db`)});
        const app = createApp({ db: handle.db, topics: builtinCatalogue, actors: listActors });
        for (const path of ['/health', '/openapi.json', '/v1/trends?topic=nato-expansion&actors=RU']) {
          if ((await app.request(path)).status !== 200) throw new Error(path);
        }
        handle.close();`);
      expect(loaded).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('are not loaded by `stance --help`', () => {
    const loaded = chartPackagesLoadedBy(`
      const { main } = await import('./dist/cli/main.js');
      await main([process.execPath, 'stance', '--help']);
      await main([process.execPath, 'stance', 'trends', '--help']);`);
    expect(loaded).toEqual([]);
  });

  it('are loaded by the chart module, which the registry check sees', () => {
    expect(chartPackagesLoadedBy(`await import('./dist/api/chart/chart.js');`)).toEqual(expect.arrayContaining(['vega', 'vega-lite']));
  });
});
