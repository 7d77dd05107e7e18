import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceItem } from '../../../pipeline/sources/index.js';
import { ColumnReport, fieldMapping, mapHint, suggestPreset } from '../../../pipeline/sources/mapping.js';
import { sniffFormat } from '../../../pipeline/sources/stdin.js';
import { tempDir } from '../../cli-helpers.js';
import { articlePage, buildWarc, responsePart } from './archive-builders.js';

/*
 * The archive readers on files the tests write: web archives (WARC, gzip per record and plain),
 * RSS and Atom feeds with their pages fetched from a loopback server, standard input, and column
 * mapping. Every article here is invented for the test.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const fieldsOf = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'record' ? [i.record.fields as Record<string, unknown>] : []));
const rejectionsOf = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'rejection' ? [i.rejection] : []));

const HARBOUR = [
  'The harbour authority of Eastport announced on Tuesday that the northern pier will close for repairs until the end of the summer season.',
  'Ferry operators said passengers should use the southern terminal, where extra ticket counters and a shuttle bus will be provided.',
  'Local traders welcomed the repairs but asked the authority to keep the fish market open on weekends while the work goes on.',
];
const VALLEY = [
  'Песчаная долина получила новый мост через реку: его открыли в пятницу после двух лет строительства.',
  'По словам главы района, мост сократит дорогу до областного центра почти на час и облегчит доставку почты.',
  'Жители долины давно просили о переправе, особенно весной, когда паводок отрезал деревни от дорог.',
];

describe('WARC web archives', () => {
  const parts = [
    { type: 'warcinfo' as const, block: Buffer.from('software: test-writer\r\nformat: WARC File Format 1.1\r\n'), contentType: 'application/warc-fields' },
    {
      type: 'request' as const,
      uri: 'https://eastport.example/harbour',
      block: Buffer.from('GET /harbour HTTP/1.1\r\nHost: eastport.example\r\n\r\n'),
      contentType: 'application/http; msgtype=request',
    },
    responsePart(
      'https://eastport.example/harbour',
      '200 OK',
      'text/html; charset=utf-8',
      articlePage({
        title: 'Northern pier to close for repairs',
        paragraphs: HARBOUR,
        lang: 'en',
        published: '2023-03-13T09:00:00Z',
        site: 'Eastport Gazette',
      }),
    ),
    // A page in windows-1251 that says so only in its HTTP header.
    responsePart(
      'https://valley.example/most',
      '200 OK',
      'text/html; charset=windows-1251',
      encode1251(articlePage({ title: 'Новый мост через реку', paragraphs: VALLEY })),
    ),
    responsePart('https://eastport.example/missing', '404 Not Found', 'text/html', '<html><body><p>Not found</p></body></html>'),
    responsePart('https://eastport.example/old', '301 Moved Permanently', 'text/html', ''),
    responsePart('https://eastport.example/logo.png', '200 OK', 'image/png', Buffer.from('89504e470d0a1a0a', 'hex')),
    {
      type: 'metadata' as const,
      uri: 'https://eastport.example/harbour',
      block: Buffer.from('outlinks: https://eastport.example/\r\n'),
      contentType: 'application/warc-fields',
    },
  ];

  it('reads every HTML response like a saved page and passes over requests, errors, redirects, images and metadata', async () => {
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, buildWarc(parts, true));
    const items = await collect(readSources([file]));
    expect(rejectionsOf(items)).toEqual([]);
    const [harbour, valley] = fieldsOf(items);
    expect(fieldsOf(items)).toHaveLength(2);
    expect(harbour).toMatchObject({
      title: 'Northern pier to close for repairs',
      lang: 'en',
      source: 'Eastport Gazette',
      url: 'https://eastport.example/harbour',
    });
    expect(String(harbour.published_at)).toMatch(/^2023-03-13/);
    expect(harbour.text).toContain('southern terminal');
    expect(harbour.text).not.toContain('All rights reserved');
    // Decoded by the HTTP charset; with no site name, the host names the source.
    expect(valley.text).toContain('Песчаная долина');
    expect(valley.source).toBe('valley.example');
    // Records are located by their number in the archive.
    expect(items.map((i) => (i.kind === 'record' ? i.record.line : -1))).toEqual([3, 4]);
  });

  it('reads an uncompressed archive, and takes the capture date only with dateFromFile', async () => {
    const file = join(dir, 'plain.warc');
    writeFileSync(file, buildWarc([parts[3]], false));
    expect(fieldsOf(await collect(readSources([file])))[0].published_at).toBeNull();
    expect(fieldsOf(await collect(readSources([file], { dateFromFile: true })))[0].published_at).toBe('2023-03-14T08:30:00Z');
  });

  it('rejects a file that is not a web archive, once, with the reason', async () => {
    const file = join(dir, 'notes.warc');
    writeFileSync(file, 'These are my notes, not an archive.\n');
    const rejections = rejectionsOf(await collect(readSources([file])));
    expect(rejections).toHaveLength(1);
    expect(rejections[0].reason).toMatch(/not a WARC record/);
  });
});

function encode1251(text: string): Buffer {
  // Cyrillic letters А..я are U+0410..U+044F and 0xC0..0xFF in windows-1251; the page is otherwise ASCII.
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      if (code === 0x2014) return 0x97;
      if (code < 0x80) return code;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }),
  );
}

describe('RSS and Atom feeds', () => {
  let server: Server;
  let base = '';
  const requested: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      if (req.url === '/harbour') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articlePage({ title: 'Pier closes (page title)', paragraphs: HARBOUR, lang: 'en' }));
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('gone');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Eastport Gazette</title><link>${base}/</link><language>en-gb</language>
<item><title>Northern pier to close</title><link>${base}/harbour</link><guid isPermaLink="false">eg-101</guid>
<pubDate>Mon, 13 Mar 2023 09:00:00 GMT</pubDate><description>The northern pier will close for repairs.</description></item>
<item><title>Lost page</title><link>${base}/lost</link><pubDate>Tue, 14 Mar 2023 10:00:00 GMT</pubDate><description>A summary only.</description></item>
</channel></rss>`;

  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><id>urn:example:valley</id><updated>2023-03-17T12:00:00Z</updated>
<entry><title>Bridge opens</title><id>urn:example:valley:7</id><link href="https://valley.example/bridge"/><published>2023-03-17T11:00:00Z</published>
<content type="html">&lt;p&gt;${HARBOUR[1]}&lt;/p&gt;</content></entry></feed>`;

  it('gives one record per item with its title, link, date, text and the feed as source', async () => {
    writeFileSync(join(dir, 'gazette.rss'), rss());
    writeFileSync(join(dir, 'courier.atom'), atom);
    const items = await collect(readSources([join(dir, 'gazette.rss'), join(dir, 'courier.atom')]));
    expect(rejectionsOf(items)).toEqual([]);
    const [first, second, third] = fieldsOf(items);
    expect(first).toMatchObject({
      id: 'eg-101',
      title: 'Northern pier to close',
      source: 'Eastport Gazette',
      lang: 'en-gb',
      text: 'The northern pier will close for repairs.',
    });
    expect(first.published_at).toBe('2023-03-13T09:00:00.000Z');
    expect(second.id).toBeUndefined();
    expect(third).toMatchObject({ title: 'Bridge opens', source: 'Valley Courier', url: 'https://valley.example/bridge' });
    expect(third.text).toContain('southern terminal');
  });

  it('with fetchPages reads each linked page for the article, keeps the feed’s metadata, and rejects a page it cannot fetch', async () => {
    const items = await collect(readSources([join(dir, 'gazette.rss')], { fetchPages: true }));
    const [page] = fieldsOf(items);
    expect(page).toMatchObject({ id: 'eg-101', title: 'Northern pier to close', source: 'Eastport Gazette' });
    expect(page.text).toContain('Local traders welcomed the repairs');
    const rejections = rejectionsOf(items);
    expect(rejections).toEqual([{ file: join(dir, 'gazette.rss'), line: 2, reason: `could not fetch ${base}/lost: HTTP 404 Not Found` }]);
    expect(requested).toEqual(expect.arrayContaining(['/harbour', '/lost']));
  });

  it('rejects an XML file that is not a feed', async () => {
    writeFileSync(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>');
    const rejections = rejectionsOf(await collect(readSources([join(dir, 'sitemap.xml')])));
    expect(rejections).toHaveLength(1);
    expect(rejections[0].reason).toMatch(/not an RSS or Atom feed/);
  });
});

describe('column mapping', () => {
  it('renames columns, converts a preset’s dates and languages, and reports each unknown column once per file', async () => {
    const file = join(dir, 'gdelt.csv');
    writeFileSync(
      file,
      'URL,Title,SeenDate,Domain,Language,SourceCountry,Mood\n' +
        'https://eastport.example/harbour,Pier to close,20230313T090000Z,eastport.example,English,Atlantis,calm\n' +
        'https://valley.example/most,Новый мост,20230317110000,valley.example,Russian,Atlantis,glad\n',
    );
    const columns = new ColumnReport();
    const items = await collect(readSources([file], { mapping: fieldMapping(undefined, 'gdelt'), columns }));
    expect(fieldsOf(items)).toEqual([
      { url: 'https://eastport.example/harbour', title: 'Pier to close', published_at: '2023-03-13T09:00:00Z', source: 'eastport.example', lang: 'en' },
      { url: 'https://valley.example/most', title: 'Новый мост', published_at: '2023-03-17T11:00:00Z', source: 'valley.example', lang: 'ru' },
    ]);
    expect(columns.unknown()).toEqual([{ file, columns: ['mood'] }]);
  });

  it('lets --map name a column for a field, over a preset, and refuses what is not a field', () => {
    const mapping = fieldMapping('Publish_Date = published_at, outlet=source', 'mediacloud');
    expect(mapping.columns.get('publish_date')).toBe('published_at');
    expect(mapping.columns.get('outlet')).toBe('source');
    expect(() => fieldMapping('publish_date=pubdate')).toThrow(/"pubdate" is not an article field; expected one of id, title/);
    expect(() => fieldMapping('publish_date')).toThrow(/column=field pairs/);
    expect(() => fieldMapping(undefined, 'lexisnexis')).toThrow(/unknown --preset "lexisnexis": expected one of mediacloud, gdelt/);
  });

  it('recognises a known export by its columns', () => {
    expect(suggestPreset(['stories_id', 'publish_date', 'media_name'])).toEqual({ key: 'mediacloud', name: 'Media Cloud' });
    expect(suggestPreset(['seendate', 'sourcecountry'])).toEqual({ key: 'gdelt', name: 'GDELT' });
    expect(suggestPreset(['publish_date'])).toBeUndefined();
    expect(mapHint(['stories_id', 'publish_date', 'media_name'])).toBe('publish_date=published_at,media_name=source');
    expect(mapHint(['mood'])).toBeUndefined();
  });
});

describe('standard input', () => {
  it('is told apart by its first bytes, and read like a file named -', async () => {
    expect(sniffFormat(Buffer.from('WARC/1.0\r\n'))).toBe('warc');
    expect(sniffFormat(buildWarc([{ type: 'warcinfo', block: Buffer.from('x'), contentType: 'text/plain' }], true))).toBe('warc');
    expect(sniffFormat(Buffer.from('\uFEFF{"text":"x"}\n'))).toBe('jsonl');
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?>\n<!-- a feed -->\n<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(sniffFormat(Buffer.from('<!doctype html><html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('title,text\nA,B\n'))).toBeUndefined();
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"A short note read from a pipe."}\n{"oops"\n')]);
    const items = await collect(readSources(['-'], { stdin }));
    expect(fieldsOf(items)).toEqual([{ id: 's1', text: 'A short note read from a pipe.' }]);
    expect(rejectionsOf(items)).toMatchObject([{ file: '-', line: 2 }]);
  });

  it('says what to do when the format cannot be told', async () => {
    const stdin = Readable.from([Buffer.from('title,text\nA,B\n')]);
    await expect(collect(readSources(['-'], { stdin }))).rejects.toThrow(/--stdin-format jsonl\|csv\|txt\|html\|warc\|feed/);
    const csv = await collect(readSources(['-'], { stdin: Readable.from([Buffer.from('title,text\nA,Some text\n')]), stdinFormat: 'csv' }));
    expect(fieldsOf(csv)).toEqual([{ title: 'A', text: 'Some text' }]);
  });
});
