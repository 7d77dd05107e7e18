import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';

const HealthSchema = z.object({
  status: z.literal('ok'),
  process: z.object({ number: z.number().int(), of: z.number().int() }).optional().openapi({
    description:
      'Which of the server processes answered (`stance serve --processes N`): asked on new connections, each of them answers in turn, so every one can be checked',
  }),
});

export function registerHealthRoutes(app: OpenAPIHono, deps: Pick<AppDeps, 'serverProcess'> = {}): void {
  const route = createRoute({
    method: 'get',
    path: '/health',
    summary: 'Liveness check',
    responses: {
      200: { description: 'The server is up', content: { 'application/json': { schema: HealthSchema } } },
    },
  });
  app.openapi(route, (c) => c.json({ status: 'ok' as const, ...(deps.serverProcess && { process: deps.serverProcess }) }, 200));
}
