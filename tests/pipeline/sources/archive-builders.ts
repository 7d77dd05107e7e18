import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/*
 * Small web archives and pages written for the tests: WARC records built byte by byte as the
 * WARC 1.1 specification lays them out (not with the library the reader uses, so a shared
 * misreading cannot pass), and article pages of invented news.
 */

export interface WarcPart {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  uri?: string;
  /** The record block: for a response, the HTTP message. */
  block: Buffer;
  contentType: string;
  date?: string;
}

function warcRecord(part: WarcPart): Buffer {
  const head = [
    'WARC/1.1',
    `WARC-Type: ${part.type}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    `WARC-Date: ${part.date ?? '2023-03-14T08:30:00Z'}`,
    ...(part.uri ? [`WARC-Target-URI: ${part.uri}`] : []),
    `Content-Type: ${part.contentType}`,
    `Content-Length: ${part.block.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head), part.block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response message as a WARC response record holds it. */
export function httpResponse(status: string, contentType: string, body: Buffer | string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

export function responsePart(uri: string, status: string, contentType: string, body: Buffer | string, date?: string): WarcPart {
  return { type: 'response', uri, block: httpResponse(status, contentType, body), contentType: 'application/http; msgtype=response', date };
}

/** A WARC file: plain, or gzip-compressed one member per record as crawlers write them. */
export function buildWarc(parts: WarcPart[], gzip: boolean): Buffer {
  return Buffer.concat(parts.map((part) => (gzip ? gzipSync(warcRecord(part)) : warcRecord(part))));
}

export interface PageSpec {
  title: string;
  paragraphs: string[];
  lang?: string;
  published?: string;
  canonical?: string;
  site?: string;
  charset?: string;
}

/** A news page with the navigation, metadata and body paragraphs a saved page has. */
export function articlePage(page: PageSpec): string {
  const meta = [
    page.charset ? `<meta charset="${page.charset}">` : '',
    page.published ? `<meta property="article:published_time" content="${page.published}">` : '',
    page.canonical ? `<link rel="canonical" href="${page.canonical}">` : '',
    page.site ? `<meta property="og:site_name" content="${page.site}">` : '',
  ].join('\n');
  const body = page.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html${page.lang ? ` lang="${page.lang}"` : ''}><head>${meta}<title>${page.title}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${page.title}</h1>${body}</article>
<footer>All rights reserved.</footer></body></html>`;
}
