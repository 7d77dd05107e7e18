import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { normaliseStatedDate as normaliseDate } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';

export interface HtmlArticle {
  title: string | null;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  /** ISO 639-1 primary subtag, lower case. */
  lang: string | null;
  /** UTC ISO timestamp, or YYYY-MM-DD when the page states only a date. */
  publishedAt: string | null;
  url: string | null;
  source: string | null;
}

/**
 * The small part of the DOM this module uses. The project compiles without the DOM library, and
 * linkedom's own declarations name the browser's types, so the shapes are stated here.
 */
interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

interface DomElement extends DomNode {
  readonly localName: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
}

interface DomDocument {
  readonly title: string;
  readonly documentElement: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  createElement(tagName: string): DomElement;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'select',
  'textarea',
  'button',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CELLS = new Set(['td', 'th']);

/** A paragraph break; never occurs in text because text nodes are normalised first. */
const BREAK = '\u0000';

interface WalkOptions {
  /** Fragments from JSONL/CSV fields often separate paragraphs with blank lines, not tags. */
  keepBlankLines: boolean;
}

/**
 * Flattens a DOM subtree into paragraphs. `<br>` is a line break: a single one joins lines with
 * a space, two or more in a row (or a blank line in a fragment) start a new paragraph.
 */
function nodeToText(root: DomNode, options: WalkOptions): string {
  const out: string[] = [];
  walk(root, out, options);
  return out
    .join('')
    .split(BREAK)
    .flatMap((block) => block.replace(/[ \t]*\n[ \t]*/g, '\n').split(/\n{2,}/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function walk(node: DomNode, out: string[], options: WalkOptions): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push(normaliseSpace(child.nodeValue ?? '', options));
    } else if (child.nodeType === ELEMENT_NODE) {
      walkElement(child as DomElement, out, options);
    }
  }
}

function walkElement(element: DomElement, out: string[], options: WalkOptions): void {
  const tag = element.localName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    out.push('\n');
  } else if (BLOCKS.has(tag)) {
    out.push(BREAK);
    walk(element, out, options);
    out.push(BREAK);
  } else if (CELLS.has(tag)) {
    out.push(' ');
    walk(element, out, options);
    out.push(' ');
  } else {
    walk(element, out, options);
  }
}

function normaliseSpace(text: string, options: WalkOptions): string {
  const cleaned = text.replaceAll(BREAK, '');
  if (!options.keepBlankLines) return cleaned.replace(/\s+/g, ' ');
  return cleaned.replace(/\s*\n\s*\n\s*/g, '\n\n').replace(/[^\S\n]+|(?<!\n)\n(?!\n)/g, ' ');
}

/**
 * Bounds on markup, checked before any DOM is built. Readability's work and linkedom's recursive
 * tree walks grow faster than the markup: 2,000 nested `<div>` in a 22 KB page took 75 s, and
 * 20,000 overflowed the stack. The saved pages of fourteen news sites in the tests nest at most
 * 23 levels and hold at most 2,100 elements (browsers stop nesting at 512), so these limits
 * leave a wide margin for real pages while capping the work any one page can cause.
 */
export const MAX_MARKUP_DEPTH = 256;
export const MAX_MARKUP_ELEMENTS = 30_000;
export const MAX_MARKUP_CHARS = 8_000_000;

/** A sentinel thrown from the parser's callbacks to stop scanning as soon as a limit is passed. */
class TooMuchMarkup extends Error {}

/**
 * Refuses markup beyond the limits above with the reason, in one linear pass of the same parser
 * linkedom builds its tree with (htmlparser2, same options), so the depth counted is the depth
 * the DOM would have; nothing here recurses.
 */
export function checkMarkup(html: string): void {
  if (html.length > MAX_MARKUP_CHARS) {
    throw new StanceError(
      'bad_input',
      `markup of ${html.length} characters, more than the ${MAX_MARKUP_CHARS} one article page may have: not a single article`,
    );
  }
  let depth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        elements++;
        if (depth > MAX_MARKUP_DEPTH) throw new TooMuchMarkup(`markup nested more than ${MAX_MARKUP_DEPTH} levels deep (article pages nest a few dozen)`);
        if (elements > MAX_MARKUP_ELEMENTS)
          throw new TooMuchMarkup(`more than ${MAX_MARKUP_ELEMENTS} elements in the markup (article pages have a few thousand)`);
      },
      onclosetag() {
        depth--;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof TooMuchMarkup)) throw error;
    throw new StanceError('bad_input', `${error.message}: rejected before parsing, so one page cannot stall the batch`);
  }
}

let fragmentDocument: DomDocument | undefined;

/** One reusable document to parse fragments in: building a window per record is the slow part. */
function fragmentHost(): DomDocument {
  if (!fragmentDocument) {
    const empty = '<!doctype html><html><head></head><body></body></html>';
    fragmentDocument = parseHTML(empty).document as DomDocument;
  }
  return fragmentDocument;
}

/**
 * Strips markup from an HTML fragment (tags, script/style content, comments), keeping paragraph
 * breaks and decoding entities. Strings without `<` or `&` cannot hold markup and come back as
 * they are, without building a DOM.
 */
export function htmlToText(fragment: string): string {
  if (!fragment.includes('<') && !fragment.includes('&')) return fragment;
  checkMarkup(fragment);
  const container = fragmentHost().createElement('div');
  container.innerHTML = fragment;
  return nodeToText(container, { keepBlankLines: true });
}

/**
 * Shortest body taken as an article. Readability always returns its best candidate, so a login
 * or error page yields a few stray labels ("Username Password") rather than nothing.
 */
export const MIN_ARTICLE_CHARS = 100;

/**
 * Extracts the article of a whole news page: the body found by Readability, as plain text, and
 * the page's metadata. Throws `bad_input` when the page has no readable body or more markup
 * than an article page has (`checkMarkup`).
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  checkMarkup(html);
  const document = parsePage(html);
  // Read before Readability runs: it removes scripts, meta-bearing nodes and <time> elements.
  const metadata = readMetadata(document);
  const parsed = new Readability(document, { serializer: (node): DomNode => node }).parse();
  const text = parsed?.content ? nodeToText(parsed.content, { keepBlankLines: false }) : '';
  if (text.length < MIN_ARTICLE_CHARS) throw noArticle(text);
  return {
    title: cleanString(parsed?.title) ?? metadata.title,
    text,
    lang: metadata.lang,
    publishedAt: normaliseDate(parsed?.publishedTime) ?? metadata.publishedAt,
    url: metadata.url,
    source: cleanString(parsed?.siteName) ?? metadata.source,
  };
}

function parsePage(html: string): DomDocument {
  let document = parseHTML(html).document as DomDocument;
  // A fragment (an article body saved on its own, no <html> or <body>) is read as the body of a page.
  if (!document.querySelector('body')) document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as DomDocument;
  if (!document.documentElement) throw noArticle('');
  return document;
}

function noArticle(text: string): StanceError {
  const got = text ? `only ${text.length} characters of text (${JSON.stringify(text.slice(0, 60))}), fewer than ${MIN_ARTICLE_CHARS}` : 'no text at all';
  return new StanceError(
    'bad_input',
    `No article body found in the page (Readability found no readable content): expected an article ` +
      `body, got ${got}. Check that the file is an article page, not an index, login or error page.`,
  );
}

interface PageMetadata {
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
}

const DATE_META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'originalpublicationdate',
];

function readMetadata(document: DomDocument): PageMetadata {
  const meta = metaValues(document);
  return {
    title: meta.get('og:title') ?? cleanString(document.title),
    lang:
      languageSubtag(document.documentElement?.getAttribute('lang')) ??
      languageSubtag(meta.get('og:locale')) ??
      languageSubtag(meta.get('content-language')) ??
      languageSubtag(meta.get('language')),
    publishedAt: publishedFrom(document, meta),
    url: absoluteUrl(linkHref(document, 'canonical')) ?? absoluteUrl(meta.get('og:url')),
    source: meta.get('og:site_name') ?? null,
  };
}

/** First non-empty value of every meta name/property/itemprop/http-equiv, keyed in lower case. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = cleanString(element.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function publishedFrom(document: DomDocument, meta: Map<string, string>): string | null {
  for (const name of DATE_META_NAMES) {
    const date = normaliseDate(meta.get(name));
    if (date) return date;
  }
  const marked = document.querySelector('[itemprop="datePublished"], time[pubdate]');
  const markedDate = normaliseDate(marked?.getAttribute('datetime') ?? marked?.getAttribute('content'));
  if (markedDate) return markedDate;
  return normaliseDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function linkHref(document: DomDocument, rel: string): string | null {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return link.getAttribute('href');
  }
  return null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  const trimmed = cleanString(value);
  if (!trimmed || !/^https?:\/\//i.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

function cleanString(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** "pt-BR", "en_US", "zh-Hans-CN" → "pt", "en", "zh"; anything else → null. */
export function languageSubtag(value: string | null | undefined): string | null {
  const primary = value
    ?.trim()
    .split(/[-_\s,;]/)[0]
    ?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : null;
}
