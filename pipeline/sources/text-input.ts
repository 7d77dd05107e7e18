import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { StanceError } from '../../core/errors.js';

/*
 * Bytes to text for every reader: the encoding from a byte-order mark (UTF-8 by default, UTF-16
 * when a mark says so), gzip undone, lines cut with their physical numbers, and the checks that
 * tell text from binary junk. Readers of new formats build on these.
 */

/** Longest line (JSONL) or record (CSV) read: an article is at most a few megabytes even with markup. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;
/** Largest file read whole as one article (TXT, HTML). */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;

/** The encoding a byte-order mark announces; UTF-8 without one. TextDecoder drops the mark itself. */
function encodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Decodes a byte stream to text chunks; bytes that are not text in its encoding become U+FFFD. */
export async function* decodeChunks(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, declared?: string): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head = Buffer.alloc(0);
  for await (const chunk of bytes) {
    if (!decoder) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) continue;
      decoder = decoderFor(head, declared);
      yield decoder.decode(head, { stream: true });
      continue;
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
  else yield decoderFor(head, declared).decode(head);
}

function decoderFor(head: Uint8Array, declared?: string): TextDecoder {
  const marked = encodingOf(head);
  if (marked !== 'utf-8' || !declared) return new TextDecoder(marked);
  try {
    return new TextDecoder(declared);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Is the file gzip-compressed (by its first two bytes, whatever its name)? */
async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** A file's bytes, gunzipped when they are gzip; errors (unreadable, truncated gzip) surface to the reader. */
export async function openBytes(file: string): Promise<Readable> {
  const gzipped = await isGzip(file);
  const stream = createReadStream(file);
  if (!gzipped) return stream;
  const gunzip = createGunzip();
  stream.on('error', (error) => gunzip.destroy(error));
  return stream.pipe(gunzip);
}

export interface TextLine {
  /** 1-based physical line number. */
  line: number;
  text: string;
  /** Set when the line was longer than the limit: its text is cut and must not be used. */
  tooLong?: boolean;
}

/**
 * Cuts text chunks into lines (LF or CRLF), numbered from 1. A line longer than `maxChars` is
 * not kept whole: it comes back cut short and marked, so one endless line cannot take the memory.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxChars = MAX_RECORD_CHARS): AsyncGenerator<TextLine> {
  let pending = '';
  let tooLong = false;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const text = (pending + chunk.slice(start, nl)).replace(/\r$/, '');
      yield { line: ++line, text: tooLong ? text.slice(0, 200) : text, ...(tooLong ? { tooLong } : {}) };
      pending = '';
      tooLong = false;
      start = nl + 1;
    }
    if (!tooLong) pending += chunk.slice(start);
    if (pending.length > maxChars) {
      tooLong = true;
      pending = pending.slice(0, 200);
    }
  }
  if (pending !== '' || tooLong) yield { line: ++line, text: pending, ...(tooLong ? { tooLong } : {}) };
}

// Raw control characters other than tab and line breaks, and U+FFFD, which decoding leaves of
// bytes that were not text in the file's encoding.
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

/**
 * Share of undecodable characters a whole-file article may hold and still be read: a stray byte in
 * a long article is kept, a file of another encoding (every accented letter lost) or binary junk
 * is not.
 */
export const UNDECODABLE_TOLERANCE = 0.005;

/**
 * Why a piece of decoded text is not text, or undefined when it is. `tolerance` is the share of
 * undecodable characters accepted (a stray byte in a long article), 0 for none.
 */
export function binaryProblem(text: string, tolerance = 0): string | undefined {
  const bad = text.match(NOT_TEXT);
  if (!bad || bad.length <= tolerance * text.length) return undefined;
  const nuls = bad.filter((c) => c === '\u0000').length;
  if (nuls > text.length / 4) return 'UTF-16 text without a byte-order mark, or binary data: save the file as UTF-8';
  if (bad.some((c) => c === '\uFFFD')) return 'bytes that are not UTF-8 text (binary data, or another encoding: convert the file to UTF-8)';
  return 'binary data (control characters), not text';
}

/** A whole file as text, for formats that hold one article per file; refuses files too large to be one. */
export async function readWholeText(file: string, declaredEncoding?: (head: Buffer) => string | undefined): Promise<string> {
  const handle = await open(file, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_FILE_BYTES) {
      throw new StanceError('bad_input', `file of ${size} bytes, more than the ${MAX_ARTICLE_FILE_BYTES} one article file may have: not a single article`);
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  // A page saved by a browser is written out as UTF-8 but keeps the charset its server declared:
  // bytes that are valid UTF-8 are read as UTF-8 whatever the page says.
  const declared = isUtf8(bytes) ? undefined : declaredEncoding?.(bytes.subarray(0, 1024));
  let text = '';
  for await (const chunk of decodeChunks([bytes], declared)) text += chunk;
  return text;
}
