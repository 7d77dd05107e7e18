import { createReadStream } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import { errorMessage } from '../../core/errors.js';
import { decodeHtml, pageFields } from './page.js';
import type { SourceItem } from './record.js';

/*
 * Web archives (WARC 1.0/1.1, the format of Common Crawl News and of most institutional web
 * archives), plain or gzip-compressed per record or as a whole, read as a stream one record at a
 * time with warcio. Every successful HTML response is read like a saved page; requests,
 * metadata, revisits, redirects and non-HTML responses (images, scripts) are not articles and
 * are passed over. A record is located by its number in the file, which is what `line` holds.
 */

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export interface WarcOptions {
  /** Take the capture date (WARC-Date) as the publication date when the page states none. */
  dateFromFile?: boolean;
}

/** The HTTP content type of a response record, from its HTTP headers. */
function contentTypeOf(record: WARCRecord): string {
  const headers = record.httpHeaders?.headers;
  return (headers && 'get' in headers ? headers.get('content-type') : null) ?? '';
}

function statusOf(record: WARCRecord): number {
  return Number(record.httpHeaders?.statusCode ?? 0);
}

/** An HTML page the archive captured: a 200 response (or a resource record) of an HTML type. */
function isPage(record: WARCRecord): boolean {
  if (record.warcType === 'resource') return HTML_TYPES.test(record.warcContentType ?? '');
  return record.warcType === 'response' && statusOf(record) === 200 && HTML_TYPES.test(contentTypeOf(record));
}

/** The records of a WARC byte stream (warcio undoes gzip, record by record or whole-file). */
export async function* warcRecords(name: string, bytes: AsyncIterable<Uint8Array>, options: WarcOptions = {}): AsyncGenerator<SourceItem> {
  const parser = new WARCParser(bytes);
  let n = 0;
  for await (const record of parser) {
    n++;
    const reject = (reason: string): SourceItem => ({ kind: 'rejection', rejection: { file: name, line: n, reason: `WARC record ${n}: ${reason}` } });
    // A file that is not a WARC yields one record without a type: say so once and stop.
    if (!record.warcType) {
      yield reject('not a WARC record (expected a "WARC/1.0" or "WARC/1.1" header)');
      return;
    }
    if (!isPage(record)) {
      await record.skipFully();
      continue;
    }
    const url = record.warcTargetURI ?? null;
    try {
      const body = await record.readFully(true);
      if (body.length === 0) {
        yield reject(`the response for ${url ?? 'an unnamed page'} is empty (a truncated archive?)`);
        continue;
      }
      const fields = pageFields(decodeHtml(body, contentTypeOf(record) || record.warcContentType || ''), url);
      if (!fields.published_at && options.dateFromFile && record.warcDate) fields.published_at = record.warcDate;
      yield { kind: 'record', record: { file: name, line: n, fields } };
    } catch (error) {
      yield reject(`${url ?? 'the page'}: ${errorMessage(error)}`);
    }
  }
}

/** A `.warc` or `.warc.gz` file. */
export function readWarc(file: string, options: WarcOptions = {}): AsyncGenerator<SourceItem> {
  return warcRecords(file, createReadStream(file), options);
}
