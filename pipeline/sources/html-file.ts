import { extractHtmlArticle } from './html.js';
import type { SourceItem } from './record.js';
import { binaryProblem, readWholeText, UNDECODABLE_TOLERANCE } from './text-input.js';

/**
 * The encoding a page declares in its first bytes (`<meta charset="…">` or the http-equiv
 * form), as browsers read it before decoding; pages saved from sites in Chinese, Japanese or
 * Russian are often not UTF-8.
 */
export function declaredCharset(head: Buffer): string | undefined {
  const ascii = head.toString('latin1');
  return /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(ascii)?.[1];
}

/** Reads one saved web page; the article body, title, language and date come from the page itself. */
export async function* readHtmlFile(file: string): AsyncGenerator<SourceItem> {
  const html = await readWholeText(file, declaredCharset);
  const problem = binaryProblem(html, UNDECODABLE_TOLERANCE);
  if (problem) {
    yield { kind: 'rejection', rejection: { file, line: 1, reason: problem } };
    return;
  }
  // A page that is not an article (or has more markup than one) is this file's rejection.
  let page: ReturnType<typeof extractHtmlArticle>;
  try {
    page = extractHtmlArticle(html);
  } catch (error) {
    yield { kind: 'rejection', rejection: { file, line: 1, reason: (error as Error).message } };
    return;
  }
  const fields = {
    title: page.title,
    text: page.text,
    lang: page.lang,
    published_at: page.publishedAt,
    url: page.url,
    source: page.source,
  };
  yield { kind: 'record', record: { file, line: 1, fields } };
}
