import { errorMessage } from '../../core/errors.js';
import { toolVersion } from '../../core/project.js';
import { decodeHtml, pageFields } from './page.js';
import type { SourceItem, SourceRecord } from './record.js';

/*
 * `--fetch-pages`: a record that holds only a link (a URL list) or a summary (a feed item) gets
 * the article from its page, fetched over HTTP and read like a saved page. A page that cannot
 * be fetched rejects its record with the reason, so a partial summary is never stored in its
 * place without a word.
 */

/** Pages fetched at the same time: enough to hide latency, few enough to be polite to a site. */
const CONCURRENT_FETCHES = 4;
const TIMEOUT_MS = 30_000;
/** A news page, markup included, is well under this; more is not an article. */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export type PageFetcher = (url: string) => Promise<Record<string, string | null>>;

/** Fetches a page and reads it like a saved page; throws with a reason a researcher can act on. */
export async function fetchPage(url: string): Promise<Record<string, string | null>> {
  if (!/^https?:\/\//i.test(url)) throw new Error(`not a web address: ${url}`);
  const response = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { 'user-agent': `stance/${toolVersion()} (news research)`, accept: 'text/html,application/xhtml+xml' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html/i.test(type)) throw new Error(`not an HTML page (${type})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PAGE_BYTES) throw new Error(`the page is larger than ${MAX_PAGE_BYTES} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`the page is larger than ${MAX_PAGE_BYTES} bytes`);
  return pageFields(decodeHtml(bytes, type), response.url || url);
}

function hasText(fields: Record<string, unknown>): boolean {
  return ['text', 'body', 'content'].some((k) => typeof fields[k] === 'string' && (fields[k] as string).trim() !== '');
}

/** The page to fetch for a record, if any: its summary's page, or the link of a record without text. */
function pageOf(record: SourceRecord): string | undefined {
  if (record.page) return record.page;
  const fields = record.fields as Record<string, unknown>;
  return !hasText(fields) && typeof fields.url === 'string' ? fields.url : undefined;
}

async function withPage(record: SourceRecord, url: string, fetcher: PageFetcher): Promise<SourceItem> {
  try {
    const page = await fetcher(url);
    const own = record.fields as Record<string, unknown>;
    // The record's own metadata (a feed's or a list's date, title, source) wins; the page gives the text.
    const fields: Record<string, unknown> = { ...page };
    for (const [key, value] of Object.entries(own)) if (value !== null && value !== undefined && value !== '' && key !== 'text') fields[key] = value;
    fields.text = page.text;
    return { kind: 'record', record: { file: record.file, line: record.line, fields } };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const reason = cause ? `${errorMessage(error)}: ${errorMessage(cause)}` : errorMessage(error);
    return { kind: 'rejection', rejection: { file: record.file, line: record.line, reason: `could not fetch ${url}: ${reason}` } };
  }
}

/**
 * Fetches the pages of records that need one, a few at a time, keeping the records in order.
 * Other items pass through unchanged.
 */
export async function* withFetchedPages(items: AsyncIterable<SourceItem>, fetcher: PageFetcher = fetchPage): AsyncGenerator<SourceItem> {
  const pending: Array<Promise<SourceItem>> = [];
  for await (const item of items) {
    const url = item.kind === 'record' && typeof item.record.fields === 'object' && item.record.fields !== null ? pageOf(item.record) : undefined;
    pending.push(url && item.kind === 'record' ? withPage(item.record, url, fetcher) : Promise.resolve(item));
    if (pending.length >= CONCURRENT_FETCHES) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
