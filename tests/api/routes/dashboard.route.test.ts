import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

describe('the dashboard files', () => {
  it('serves the page at / with every script and style from this server', async () => {
    const response = await fixture.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(
      expect.arrayContaining([
        '/dashboard/vendor/vega.min.js',
        '/dashboard/vendor/vega-lite.min.js',
        '/dashboard/vendor/vega-embed.min.js',
        '/dashboard/app.js',
        '/dashboard/app.css',
      ]),
    );
    // No CDN: the page works with no internet.
    expect(links.filter((l) => /^(https?:)?\/\//.test(l))).toEqual([]);
  });

  it('serves Vega, Vega-Lite and vega-embed from the installed packages, and the page script', async () => {
    for (const [path, marker] of [
      ['/dashboard/vendor/vega.min.js', 'vega'],
      ['/dashboard/vendor/vega-lite.min.js', 'vegaLite'],
      ['/dashboard/vendor/vega-embed.min.js', 'vegaEmbed'],
      ['/dashboard/app.js', 'vegaEmbed('],
    ]) {
      const response = await fixture.app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('text/javascript');
      expect(await response.text(), path).toContain(marker);
    }
    expect((await fixture.app.request('/dashboard/app.css')).headers.get('content-type')).toContain('text/css');
    expect((await fixture.app.request('/dashboard/vendor/nothing.js')).status).toBe(404);
  });
});
