import type { Config } from './config.js';
import { openDatabase } from './db/client.js';
import { getArticle } from './db/articles.repo.js';
import { stancesOfArticle } from './db/stances.repo.js';
import { articleJson, stanceJson } from './tables.js';

/** `stance serve`: the HTTP API over the configured database, until the process is stopped. */
export async function serve(cfg: Config, listen: { host: string; port: number }, log: (line: string) => void): Promise<void> {
  const { Hono } = await import('hono');
  const { serve: nodeServe } = await import('@hono/node-server');
  const handle = openDatabase(cfg.db);
  const app = new Hono();
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/v1/articles/:id', (c) => {
    const article = getArticle(handle.db, c.req.param('id'));
    if (!article) return c.json({ error: { code: 'not_found', message: `no article with id "${c.req.param('id')}"`, details: null } }, 404);
    return c.json({ ...articleJson(article), stances: stancesOfArticle(handle.db, article.id).map(stanceJson) });
  });
  nodeServe({ fetch: app.fetch, hostname: listen.host, port: listen.port });
  log(`stance API on http://${listen.host}:${listen.port} (database ${handle.path})`);
}
