import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

/*
 * The dashboard: a page at `/` over the same API (no second server), with its scripts served
 * from this package and from node_modules, so it works with no internet. Its files are plain
 * browser code in api/dashboard/, found from here whether this module runs from the sources
 * or from dist/.
 */

/** The folder holding api/dashboard/, from the sources (api/routes) or the build (dist/api/routes). */
function dashboardDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package root holding api/dashboard/');
    dir = parent;
  }
  return join(dir, 'api', 'dashboard');
}

const require = createRequire(import.meta.url);

/** Browser builds of Vega, Vega-Lite and vega-embed (whose exports map hides its build folder from `resolve`). */
const VENDOR: Record<string, () => string> = {
  'vega.min.js': () => require.resolve('vega/build/vega.min.js'),
  'vega-lite.min.js': () => require.resolve('vega-lite/build/vega-lite.min.js'),
  'vega-embed.min.js': () => join(dirname(require.resolve('vega-embed')), 'vega-embed.min.js'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Files are read once: they change only with a new release. */
const cache = new Map<string, Buffer>();
function cached(path: string): Buffer {
  let body = cache.get(path);
  if (!body) cache.set(path, (body = readFileSync(path)));
  return body;
}

export function registerDashboardRoutes(app: OpenAPIHono): void {
  const dir = dashboardDir();
  const own = ['index.html', 'app.js', 'app.css'];
  const serve = (path: string, maxAge: number) => (c: Context) =>
    c.body(new Uint8Array(cached(path)), 200, {
      'content-type': TYPES[path.slice(path.lastIndexOf('.'))],
      'cache-control': maxAge ? `public, max-age=${maxAge}` : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
  app.get('/', serve(join(dir, 'index.html'), 0));
  // Browsers ask for it on every page (the reference too): an empty answer, not a 404 in their console.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  for (const file of own.slice(1)) app.get(`/dashboard/${file}`, serve(join(dir, file), 0));
  for (const [file, resolve] of Object.entries(VENDOR)) app.get(`/dashboard/vendor/${file}`, (c) => serve(resolve(), 86_400)(c));
}
