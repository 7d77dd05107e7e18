import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { storeFault } from '../pipeline/db/faults.js';
import { bodyLimit } from './body-limit.js';
import type { AppDeps } from './deps.js';
import { hostGuard } from './host-guard.js';
import { handleError, notFound, validationHook } from './http.js';
import { registerActorRoutes } from './routes/actors.route.js';
import { registerCompareRoutes } from './routes/compare.route.js';
import { registerDashboardRoutes } from './routes/dashboard.route.js';
import { registerDocsRoutes } from './routes/docs.route.js';
import { registerFacetRoutes } from './routes/facets.route.js';
import { registerHealthRoutes } from './routes/health.route.js';
import { registerStanceRoutes } from './routes/stances.route.js';
import { registerTopicRoutes } from './routes/topics.route.js';
import { registerTrendRoutes } from './routes/trends.route.js';

export const DEFAULT_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // A failure of the database file itself becomes a 503 that names the file and what to do.
  app.onError((error, c) => handleError((deps.dbFile && storeFault(error, deps.dbFile)) || error, c));
  app.notFound(notFound);
  const origins = deps.corsOrigin ? deps.corsOrigin.split(',').map((o) => o.trim()) : [];
  if (origins.length > 0) app.use('*', cors({ origin: origins.length === 1 ? origins[0] : origins }));
  if (deps.hostCheck) app.use('*', hostGuard({ allowedHosts: deps.hostCheck.allowedHosts, corsOrigins: origins }));
  app.use('*', bodyLimit(deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES));
  registerHealthRoutes(app, deps);
  registerActorRoutes(app, deps);
  registerTopicRoutes(app, deps);
  registerTrendRoutes(app, deps);
  registerStanceRoutes(app, deps);
  registerCompareRoutes(app, deps);
  registerFacetRoutes(app, deps);
  deps.extraRoutes?.(app);
  registerDocsRoutes(app);
  registerDashboardRoutes(app);
  return app;
}
