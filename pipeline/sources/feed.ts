import { parseFeed } from '@rowanmanning/feed-parser';
import { errorMessage } from '../../core/errors.js';
import type { SourceItem } from './record.js';
import { readWholeText } from './text-input.js';

/*
 * RSS (0.9x, 1.0, 2.0) and Atom feed files, parsed with @rowanmanning/feed-parser: one record per
 * item, with the item's content (or its summary) as the text, its link, its date and the feed's
 * title as the source. With `--fetch-pages` each item's page is fetched for the whole article
 * (`fetch-page.ts`). A record is located by its item number, which is what `line` holds.
 */

/** The feed's item records, or one rejection when the text is not a feed. */
export function feedRecords(name: string, xml: string): SourceItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [{ kind: 'rejection', rejection: { file: name, line: 1, reason: `not an RSS or Atom feed: ${errorMessage(error)}` } }];
  }
  // The parser is lenient: a broken feed gives a title and no items rather than an error.
  if (feed.items.length === 0 && !feed.title) {
    return [{ kind: 'rejection', rejection: { file: name, line: 1, reason: 'not an RSS or Atom feed: no channel title and no items' } }];
  }
  return feed.items.map((item, i): SourceItem => {
    const fields = {
      id: item.id && !/^https?:/i.test(item.id) ? item.id : undefined,
      title: item.title,
      // Markup in the text is stripped when the record is cleaned.
      text: item.content ?? item.description,
      url: item.url,
      published_at: (item.published ?? item.updated)?.toISOString(),
      source: feed.title,
      lang: feed.language,
    };
    return { kind: 'record', record: { file: name, line: i + 1, fields, ...(item.url ? { page: item.url } : {}) } };
  });
}

/** A `.rss`, `.atom` or `.xml` feed file. */
export async function* readFeed(file: string): AsyncGenerator<SourceItem> {
  yield* feedRecords(file, await readWholeText(file));
}
