import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppDeps } from './deps.js';
import { errorBody, handleError, notFound, validationHook } from './http.js';
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
  app.onError(handleError);
  app.notFound(notFound);
  if (deps.corsOrigin) {
    const origins = deps.corsOrigin.split(',').map((o) => o.trim());
    app.use('*', cors({ origin: origins.length === 1 ? origins[0] : origins }));
  }
  const maxSize = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  app.use(
    '*',
    bodyLimit({
      maxSize,
      onError: (c) => c.json(errorBody('payload_too_large', `request body larger than ${maxSize} bytes: send smaller batches`), 413),
    }),
  );
  registerHealthRoutes(app);
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
