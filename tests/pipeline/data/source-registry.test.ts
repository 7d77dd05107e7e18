import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSourceRegistry, SourceRegistry, sourceKey } from '../../../pipeline/data/source-registry.js';
import { tempDir } from '../../cli-helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('sourceKey', () => {
  it.each([
    ['  Xinhua  News Agency ', 'xinhua news agency'],
    ['https://www.bbc.co.uk/news/world-60000000', 'bbc.co.uk'],
    ['WWW.Reuters.com', 'reuters.com'],
    ['english.news.cn:443', 'english.news.cn'],
    ['Le Monde', 'le monde'],
    ['ＴＡＳＳ', 'tass'],
  ])('%s → %s', (source, key) => expect(sourceKey(source)).toBe(key));
});

describe('SourceRegistry', () => {
  const registry = new SourceRegistry(
    [
      { name: 'Xinhua', aliases: ['Xinhua News Agency', '新华社'], domains: ['news.cn'], country: 'CN', kind: 'state' },
      { name: 'Reuters', aliases: [], domains: ['reuters.com'], country: 'GB', kind: 'agency' },
    ],
    'test',
  );

  it('finds an outlet by name, alias, domain, subdomain or URL', () => {
    for (const source of ['Xinhua', 'XINHUA NEWS AGENCY', '新华社', 'news.cn', 'english.news.cn', 'http://www.news.cn/world/1.htm']) {
      expect(registry.lookup(source)?.name, source).toBe('Xinhua');
    }
    expect(registry.lookup('Reuters')?.kind).toBe('agency');
    expect(registry.lookup('cn')).toBeUndefined();
    expect(registry.lookup('Northern Ledger')).toBeUndefined();
    expect(registry.lookup(null)).toBeUndefined();
  });

  it('has a bundled default that validates', () => {
    const bundled = loadSourceRegistry();
    expect(bundled.outlets.length).toBeGreaterThanOrEqual(10);
    expect(bundled.lookup('TASS')).toMatchObject({ country: 'RU', kind: 'state' });
    expect(bundled.lookup('https://www.bbc.com/news')).toMatchObject({ country: 'GB', kind: 'public' });
  });
});

describe('loadSourceRegistry from a file', () => {
  it('reads the researcher’s file, and again when it changes', () => {
    const file = join(dir, 'sources.json');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'Northern Ledger', country: 'NO', kind: 'private' }] }));
    expect(loadSourceRegistry(file).lookup('northern ledger')?.country).toBe('NO');
    writeFileSync(file, JSON.stringify({ sources: [{ name: 'Northern Ledger', country: 'SE', kind: 'public', domains: ['ledger.example'] }] }));
    expect(loadSourceRegistry(file).lookup('ledger.example')).toMatchObject({ country: 'SE', kind: 'public' });
  });

  function problems(registry: unknown): string {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(registry));
    try {
      loadSourceRegistry(file);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  }

  it('lists every problem with its path', () => {
    const message = problems({
      sources: [
        { name: 'A', country: 'XX', kind: 'state' },
        { name: 'B', country: 'cn', kind: 'tabloid', domains: ['www.b.example'] },
      ],
    });
    expect(message).toContain(`the source registry ${join(dir, 'bad.json')} is invalid (4 problem(s))`);
    expect(message).toContain('sources.0.country: expected an ISO 3166-1 alpha-2 country code in upper case');
    expect(message).toContain('sources.1.country: expected an ISO 3166-1 alpha-2 country code in upper case');
    expect(message).toContain('sources.1.kind');
    expect(message).toContain('sources.1.domains.0: expected a web domain without "www."');
  });

  it('refuses a name, alias or domain given to two outlets', () => {
    const message = problems({
      sources: [
        { name: 'A', country: 'FR', kind: 'private', domains: ['a.example'] },
        { name: 'C', aliases: ['a'], country: 'FR', kind: 'private' },
      ],
    });
    expect(message).toContain('sources.1: "a" names both "A" and "C"');
  });

  it('says when the file is missing or not JSON', () => {
    expect(() => loadSourceRegistry(join(dir, 'none.json'))).toThrow(/cannot read the source registry .*none\.json.*STANCE_SOURCES/);
    writeFileSync(join(dir, 'broken.json'), '{"sources": [');
    expect(() => loadSourceRegistry(join(dir, 'broken.json'))).toThrow(/as JSON/);
  });
});
