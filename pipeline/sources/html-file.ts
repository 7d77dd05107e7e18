import { readFile } from 'node:fs/promises';
import { errorMessage } from '../../core/errors.js';
import { extractHtmlArticle } from './html.js';
import type { SourceItem } from './record.js';

/** Reads one saved web page; the article body, title, language and date come from the page itself. */
export async function readHtmlFile(file: string): Promise<SourceItem> {
  try {
    const page = extractHtmlArticle(await readFile(file, 'utf8'));
    const fields = {
      title: page.title,
      text: page.text,
      lang: page.lang,
      published_at: page.publishedAt,
      url: page.url,
      source: page.source,
    };
    return { kind: 'record', record: { file, line: 1, fields } };
  } catch (error) {
    return { kind: 'rejection', rejection: { file, line: 1, reason: errorMessage(error) } };
  }
}
