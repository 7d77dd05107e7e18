import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseStatedDate as normaliseDate } from '../../../core/dates.js';
import { StanceError } from '../../../core/errors.js';
import { extractHtmlArticle, type HtmlArticle, htmlToText, languageSubtag } from '../../../pipeline/sources/html.js';

const corpusDir = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));

interface ExpectedMetadata {
  title?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

interface PageResult {
  page: string;
  article: HtmlArticle;
  expected: ExpectedMetadata;
  f1: number;
  ms: number;
}

// The same tokeniser and word F1 as the project's HTML extraction check.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .flatMap((chunk) => (chunk.length > 2000 ? (chunk.match(/[\s\S]{1,2000}/g) ?? []) : [chunk]))
    .flatMap((chunk) => [...segmenter.segment(chunk)].filter((s) => s.isWordLike).map((s) => s.segment));
}

function stripTags(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

function wordF1(got: string[], want: string[]): number {
  const counts = new Map<string, number>();
  for (const word of want) counts.set(word, (counts.get(word) ?? 0) + 1);
  let truePositives = 0;
  for (const word of got) {
    const count = counts.get(word);
    if (count) {
      truePositives++;
      counts.set(word, count - 1);
    }
  }
  const precision = truePositives / (got.length || 1);
  const recall = truePositives / (want.length || 1);
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Reads a stated time as UTC when it names no zone, as the extractor documents. */
function expectedInstant(stated: string): string {
  const withColon = stated.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(withColon) ? withColon : `${withColon}Z`;
  return new Date(zoned).toISOString();
}

const pages = readdirSync(corpusDir)
  .filter((page) => existsSync(join(corpusDir, page, 'source.html')))
  .sort();

describe('extractHtmlArticle on the real news pages', () => {
  const results: PageResult[] = [];

  beforeAll(() => {
    for (const page of pages) {
      const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
      const started = performance.now();
      const article = extractHtmlArticle(html);
      const ms = performance.now() - started;
      const wanted = words(stripTags(readFileSync(join(corpusDir, page, 'expected.html'), 'utf8')));
      const expected = JSON.parse(readFileSync(join(corpusDir, page, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
      results.push({ page, article, expected, f1: wordF1(words(article.text), wanted), ms });
    }
    const table = results.map((r) => `${r.page.padEnd(14)} word F1 ${r.f1.toFixed(3)}  ${r.ms.toFixed(0)} ms`);
    const meanF1 = results.reduce((sum, r) => sum + r.f1, 0) / results.length;
    const meanMs = results.reduce((sum, r) => sum + r.ms, 0) / results.length;
    console.log(`${table.join('\n')}\nmean word F1 ${meanF1.toFixed(3)} over ${results.length} pages; ` + `mean extraction ${meanMs.toFixed(1)} ms per page`);
  });

  it('finds all fourteen pages', () => {
    expect(pages.length).toBe(14);
  });

  it('extracts the body with a mean word F1 of at least 0.95 and no page below 0.9', () => {
    const mean = results.reduce((sum, r) => sum + r.f1, 0) / results.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
    for (const result of results) expect(result.f1, result.page).toBeGreaterThanOrEqual(0.9);
  });

  it('returns plain text in paragraphs, without markup or script', () => {
    for (const { page, article } of results) {
      expect(article.text, page).not.toMatch(/<\/?[a-z][^>]*>|&(?:amp|nbsp|quot|#\d+);/i);
      expect(article.text, page).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/);
      expect(article.text.split('\n\n').length, page).toBeGreaterThan(3);
    }
  });

  it('keeps the title the page states', () => {
    for (const { page, article, expected } of results) {
      if (expected.title) expect(article.title, page).toBe(expected.title);
    }
  });

  it('gives the primary language subtag where the page states a language', () => {
    const stated = results.filter((r) => r.expected.lang);
    expect(stated.length).toBeGreaterThan(5);
    for (const { page, article, expected } of stated) {
      expect(article.lang, page).toBe(expected.lang?.split('-')[0]?.toLowerCase());
    }
  });

  it('gives the publication time as a UTC ISO string where the page states it', () => {
    const stated = results.filter((r) => r.expected.publishedTime);
    expect(stated.length).toBeGreaterThanOrEqual(4);
    for (const { page, article, expected } of stated) {
      expect(article.publishedAt, page).toBe(expectedInstant(expected.publishedTime ?? ''));
    }
    for (const { page, article } of results) {
      if (article.publishedAt) {
        expect(article.publishedAt, page).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/);
      }
    }
  });

  it('reads the canonical URL and the site name', () => {
    const bbc = results.find((r) => r.page === 'bbc-1')?.article;
    expect(bbc?.url).toBe('http://www.bbc.com/news/world-us-canada-33646704');
    expect(bbc?.source).toBe('BBC News');
  });
});

describe('extractHtmlArticle on a fragment', () => {
  it('reads an article body saved without <html> or <body> as the body of a page', () => {
    const paragraph = 'Finland formally applied to join NATO on Wednesday, ending decades of military non-alignment. ';
    const fragment = `<div class="story"><p>${paragraph.repeat(3)}</p><p>Sweden submitted its application on the same day.</p></div>`;
    const article = extractHtmlArticle(fragment);
    expect(article.text.split('\n\n')[0]).toBe(paragraph.repeat(3).trim());
    expect(article.text).toContain('Sweden submitted its application on the same day.');
  });
});

describe('extractHtmlArticle on pages without an article', () => {
  const loginPage =
    '<!doctype html><html lang="en"><head><title>Sign in</title></head><body><h1>Sign in</h1>' +
    '<form action="/login"><label>Username <input name="u"></label>' +
    '<label>Password <input type="password" name="p"></label><button>Sign in</button>' +
    '<a href="/forgot">Forgot your password?</a></form></body></html>';

  it.each([
    ['a bare login form', loginPage],
    ['an empty body', '<html><body></body></html>'],
    ['an empty file', ''],
  ])('throws bad_input for %s', (_name, html) => {
    let caught: unknown;
    try {
      extractHtmlArticle(html);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StanceError);
    expect((caught as StanceError).code).toBe('bad_input');
    expect((caught as StanceError).message).toMatch(/no article body found in the page/i);
  });
});

describe('htmlToText', () => {
  it('removes tags, comments, and script and style content, keeping paragraph breaks', () => {
    const fragment =
      '<p>Russia said on <b>Tuesday</b> that the bloc was a threat.</p><script>alert(1)</script>' +
      '<!-- ad --><style>p { color: red }</style><div>Second paragraph.</div>';
    expect(htmlToText(fragment)).toBe('Russia said on Tuesday that the bloc was a threat.\n\nSecond paragraph.');
  });

  it('decodes entities', () => {
    expect(htmlToText('AT&amp;T &lt;b&gt; caf&eacute; &#8212; &#x41;&nbsp;B')).toBe('AT&T <b> café — A B');
  });

  it('joins lines of a paragraph and splits on repeated line breaks', () => {
    expect(htmlToText('<p>one<br>two</p>three<br><br>four')).toBe('one two\n\nthree\n\nfour');
    expect(htmlToText('First &amp; one.\n\nSecond\nline.')).toBe('First & one.\n\nSecond line.');
  });

  it('returns plain strings unchanged', () => {
    const plain = 'Plain text,  with   spacing.\n\nAnd a second paragraph.\n';
    expect(htmlToText(plain)).toBe(plain);
    expect(htmlToText('')).toBe('');
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
    ['2017-11-16T14:15+0000', '2017-11-16T14:15:00.000Z'],
    ['2016-02-01 01:28:49', '2016-02-01T01:28:49.000Z'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24T05:36:09.000Z'],
    ['2017-03-10', '2017-03-10'],
    ['July 24, 2015', '2015-07-24'],
    ['2015-02-30', null],
    ['not a date', null],
    [undefined, null],
  ])('%s → %s', (stated, normalised) => {
    expect(normaliseDate(stated)).toBe(normalised);
  });
});

describe('languageSubtag', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['en_GB', 'en'],
    ['ZH-Hans-CN', 'zh'],
    ['english', null],
    [null, null],
  ])('%s → %s', (tag, subtag) => {
    expect(languageSubtag(tag)).toBe(subtag);
  });
});
