import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { createFixture } from './pipeline/trends/trend-fixture.js';

it('prints', async () => {
  const fixture = createFixture();
  writeFileSync(process.env.OUT!, JSON.stringify(await (await fixture.app.request('/openapi.json')).json(), null, 1));
  fixture.cleanup();
});
