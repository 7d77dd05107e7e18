import { TextDecoder } from 'node:util';
import { extractHtmlArticle } from './html.js';

/*
 * A web page captured or fetched over HTTP (from a web archive, or linked from a feed or a URL
 * list), read like a saved page: bytes decoded by their declared character set, then the article
 * extracted by `html.ts`.
 */

/** How far into a page a `<meta charset>` is looked for (the HTML standard says 1024 bytes). */
const SNIFF_BYTES = 1024;

function charsetOf(contentType: string, head: string): string | undefined {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/** Page bytes to text: a byte-order mark, else the HTTP charset, else `<meta charset>`, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const charset = charsetOf(contentType, head);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // A label the decoder does not know: UTF-8 is the web's default.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The host of a URL without "www.", as a source name when the page names none. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * An article record from a page: its body, title, language and date as the page states them,
 * its canonical URL (else the address it was captured from) and its site name (else that
 * address's host).
 */
export function pageFields(html: string, url: string | null): Record<string, string | null> {
  const page = extractHtmlArticle(html);
  return {
    title: page.title,
    text: page.text,
    lang: page.lang,
    published_at: page.publishedAt,
    url: page.url ?? url,
    source: page.source ?? hostOf(url),
  };
}
