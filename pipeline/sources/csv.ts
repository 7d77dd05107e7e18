import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { SourceItem } from './record.js';

/** Streams a CSV file with a header row; a row whose column count differs from the header is rejected. */
export async function* readCsv(file: string): AsyncGenerator<SourceItem> {
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }));
  let header: string[] | undefined;
  let lastLine = 0;
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      const span = (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
      const line = info.lines - span;
      lastLine = info.lines;
      if (!header) {
        header = record.map((name) => name.trim().toLowerCase());
        continue;
      }
      if (record.length !== header.length) {
        const reason = `expected ${header.length} columns (${header.join(',')}), got ${record.length}`;
        yield { kind: 'rejection', rejection: { file, line, reason } };
        continue;
      }
      const fields = Object.fromEntries(header.map((name, i) => [name, record[i]]));
      yield { kind: 'record', record: { file, line, fields } };
    }
  } catch (error) {
    const err = error as Error & { lines?: number };
    const reason = `CSV syntax error, the rest of the file was skipped: ${err.message}`;
    yield { kind: 'rejection', rejection: { file, line: err.lines ?? lastLine + 1, reason } };
  }
}
