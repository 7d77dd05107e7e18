import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';

export function registerHealthRoutes(app: OpenAPIHono): void {
  const route = createRoute({
    method: 'get',
    path: '/health',
    summary: 'Liveness check',
    responses: {
      200: { description: 'The server is up', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } },
    },
  });
  app.openapi(route, (c) => c.json({ status: 'ok' as const }, 200));
}
