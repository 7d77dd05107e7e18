import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { StanceError } from '../core/errors.js';

export interface ServerOptions {
  app: OpenAPIHono;
  host: string;
  port: number;
  apiToken?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** Listens on host:port (port 0 picks a free one); without a token only loopback is allowed. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (!isLoopback(options.host) && !options.apiToken) {
    throw new StanceError(
      'bad_usage',
      `refusing to listen on ${options.host} without STANCE_API_TOKEN: anyone on the network could write to the database. Set STANCE_API_TOKEN or bind 127.0.0.1.`,
    );
  }
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: options.app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        // Stops listening and ends open keep-alive connections, which would otherwise hold the close.
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new StanceError('bad_usage', `cannot listen on ${options.host}:${options.port}: ${error.message}`, undefined, { cause: error })),
    );
  });
}
