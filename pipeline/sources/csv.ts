import type { SourceItem } from './record.js';
import { binaryProblem, decodeChunks, MAX_RECORD_CHARS, openBytes } from './text-input.js';

/** Streams a CSV file with a header row (gzip-compressed or not); see `csvRecords`. */
export async function* readCsv(file: string): AsyncGenerator<SourceItem> {
  yield* csvRecords(file, decodeChunks(await openBytes(file)));
}

/**
 * CSV (RFC 4180: comma-separated, `"` quotes, `""` inside quotes, quoted fields may span lines)
 * with a header row, from any text source. Every problem costs one record, never the file: a row
 * with the wrong number of columns or characters after a closing quote is rejected and the next
 * row read; a quote that never closes rejects the row it opened on, and reading resumes on the
 * line after it. A quote inside an unquoted field is kept as a character, as spreadsheets write it.
 */
export async function* csvRecords(file: string, chunks: AsyncIterable<string>): AsyncGenerator<SourceItem> {
  let header: string[] | undefined;
  for await (const row of csvRows(chunks)) {
    const reject = (reason: string): SourceItem => ({ kind: 'rejection', rejection: { file, line: row.line, reason } });
    if (row.kind === 'error') {
      yield reject(row.reason);
      continue;
    }
    const problem = binaryProblem(row.fields.join(''));
    if (problem) {
      yield reject(problem);
      continue;
    }
    if (!header) {
      header = row.fields.map((name) => name.trim().toLowerCase());
      continue;
    }
    if (row.fields.length !== header.length) {
      yield reject(`expected ${header.length} columns (${header.join(',')}), got ${row.fields.length}`);
      continue;
    }
    const fields = Object.fromEntries(header.map((name, i) => [name, row.fields[i]]));
    yield { kind: 'record', record: { file, line: row.line, fields } };
  }
}

type Row = { kind: 'row'; line: number; fields: string[] } | { kind: 'error'; line: number; reason: string };

type Parsed = { kind: 'row'; fields: string[]; end: number } | { kind: 'error'; reason: string; end: number } | { kind: 'unterminated' } | { kind: 'more' };

/**
 * Parses the record starting at `start`. `eof` says whether `text` holds the rest of the input;
 * without it, a record that runs to the end of `text` asks for more.
 */
function parseRecord(text: string, start: number, eof: boolean): Parsed {
  const fields: string[] = [];
  let i = start;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      // A quoted field: up to the closing quote; "" is a quote.
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1 || (quote === text.length - 1 && !eof)) return eof ? { kind: 'unterminated' } : { kind: 'more' };
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      const next = text[i];
      if (i < text.length && next !== ',' && next !== '\n' && next !== '\r') {
        const lineEnd = text.indexOf('\n', i);
        if (lineEnd === -1 && !eof) return { kind: 'more' };
        const shown = JSON.stringify(text.slice(i, Math.min(i + 20, lineEnd === -1 ? text.length : lineEnd)));
        return {
          kind: 'error',
          reason: `CSV syntax error: ${shown} after a closing quote (expected a comma or the end of the line)`,
          end: lineEnd === -1 ? text.length : lineEnd + 1,
        };
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    fields.push(field);
    if (i >= text.length) return eof ? { kind: 'row', fields, end: i } : { kind: 'more' };
    if (text[i] === ',') {
      i++;
      continue;
    }
    // A line break ends the record: \n, \r\n or a lone \r.
    if (text[i] === '\r' && i + 1 >= text.length && !eof) return { kind: 'more' };
    const end = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    return { kind: 'row', fields, end };
  }
}

function linesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The records of a CSV text with the physical line each starts on; blank lines are skipped. */
async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<Row> {
  const source = chunks[Symbol.asyncIterator]();
  let text = '';
  let pos = 0;
  let line = 1;
  let eof = false;
  // How much unread text a record may need before asking for more: doubled on each request,
  // so a record spanning many chunks is parsed a few times, not once per chunk.
  let want = 0;
  // Set while the rest of an overlong line is being passed over.
  let skipping = false;
  const advance = (to: number) => {
    line += linesIn(text, pos, to);
    pos = to;
  };
  for (;;) {
    while (!eof && text.length - pos < want) {
      const next = await source.next();
      if (next.done) eof = true;
      else text += next.value;
    }
    if (pos > 1 << 20) {
      text = text.slice(pos);
      pos = 0;
    }
    if (skipping) {
      const nl = text.indexOf('\n', pos);
      skipping = nl === -1 && !eof;
      pos = nl === -1 ? text.length : nl + 1;
      if (nl !== -1) line++;
      want = skipping ? 1 : 0;
      continue;
    }
    if (pos >= text.length && eof) return;
    const parsed = parseRecord(text, pos, eof);
    if (parsed.kind === 'more') {
      if (text.length - pos > MAX_RECORD_CHARS) {
        yield { kind: 'error', line, reason: `a record longer than ${MAX_RECORD_CHARS} characters (a quote that never closes?): skipped up to the next line` };
        const next = skipLine(text, pos);
        skipping = next === text.length && text[next - 1] !== '\n';
        advance(next);
        continue;
      }
      want = Math.max(64 * 1024, (text.length - pos) * 2);
      if (eof) throw new Error('unreachable: a complete input asked for more');
      continue;
    }
    want = 0;
    // After a syntax error the quotes cannot be trusted: the record is rejected and reading
    // resumes on the line after the one it started on, so a stray quote that swallowed the
    // next lines costs its own row only.
    if (parsed.kind !== 'row') {
      const reason =
        parsed.kind === 'error'
          ? parsed.reason
          : 'CSV syntax error: a quote opened in this record never closes; the record was skipped and reading went on from the next line';
      yield { kind: 'error', line, reason };
      advance(skipLine(text, pos));
      continue;
    }
    const startLine = line;
    advance(parsed.end);
    if (!(parsed.fields.length === 1 && parsed.fields[0].trim() === '')) yield { kind: 'row', line: startLine, fields: parsed.fields };
  }
}

/** The position after the line break that ends the physical line at `from` (or the end of the text). */
function skipLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl + 1;
}
