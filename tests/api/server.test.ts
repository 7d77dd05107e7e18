import { afterAll, describe, expect, it } from 'vitest';
import { isLoopback, startServer } from '../../api/server.js';
import { StanceError } from '../../core/errors.js';
import { createFixture } from '../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

describe('startServer', () => {
  it('serves the app on a loopback port', async () => {
    const server = await startServer({ app: fixture.app, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/v1/trends?topic=nato-expansion&actors=RU&from=2022-01-01&to=2022-03-31`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).series[0].points).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('refuses a non-loopback address without a token, saying why', async () => {
    const attempt = startServer({ app: fixture.app, host: '0.0.0.0', port: 0 });
    await expect(attempt).rejects.toBeInstanceOf(StanceError);
    await expect(attempt).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without STANCE_API_TOKEN/);
  });

  it('binds a non-loopback address when a token is set', async () => {
    const server = await startServer({ app: fixture.app, host: '0.0.0.0', port: 0, apiToken: 't' });
    await server.close();
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.4', '::'].some(isLoopback)).toBe(false);
  });
});
