import { stat } from 'node:fs/promises';
import type { SourceItem } from './record.js';
import { binaryProblem, readWholeText, UNDECODABLE_TOLERANCE } from './text-input.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads one plain-text article. Metadata comes from an optional front-matter block
 * (`---` lines around `key: value` lines: id, title, published_at or date, source, url, lang);
 * without one, a first line followed by a blank line is the title. With no date stated the
 * article has none, unless `dateFromFile` asks for the file's modification date: a copied or
 * unpacked file's date is rarely the day the article appeared.
 */
export async function* readTxt(file: string, options: { dateFromFile?: boolean } = {}): AsyncGenerator<SourceItem> {
  let content = await readWholeText(file);
  const problem = binaryProblem(content, UNDECODABLE_TOLERANCE);
  if (problem) {
    yield { kind: 'rejection', rejection: { file, line: 1, reason: problem } };
    return;
  }
  const fields: Record<string, string> = {};
  const front = FRONT_MATTER.exec(content);
  if (front) {
    for (const entry of front[1].split(/\r?\n/)) {
      const match = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(entry);
      if (match) fields[match[1].toLowerCase()] = match[2].replace(/^["']|["']$/g, '');
    }
    content = content.slice(front[0].length);
  }
  if (!fields.title) {
    const titled = /^([^\r\n]{1,300})\r?\n\s*\r?\n/.exec(content);
    if (titled && !/[.!?。]$/.test(titled[1].trim())) {
      fields.title = titled[1].trim();
      content = content.slice(titled[0].length);
    }
  }
  if (options.dateFromFile && !fields.published_at && !fields.date) {
    fields.published_at = (await stat(file)).mtime.toISOString().slice(0, 10);
  }
  yield { kind: 'record', record: { file, line: 1, fields: { ...fields, text: content } } };
}
