import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { SourceItem } from './record.js';

// Raw control characters cannot appear in JSON text, and U+FFFD is what decoding left of bytes that
// were not UTF-8: either means the line is binary junk, not a damaged article worth parsing.
const BINARY = /[\u0000-\u0008\u000E-\u001F\uFFFD]/;

/** Streams a JSON Lines file (optionally gzip-compressed) as records with their line numbers. */
export async function* readJsonl(file: string, gzipped: boolean): AsyncGenerator<SourceItem> {
  let stream: Readable = createReadStream(file);
  let streamError: Error | undefined;
  if (gzipped) {
    const gunzip = createGunzip();
    stream.pipe(gunzip);
    stream = gunzip;
  }
  stream.on('error', (error) => (streamError = error));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (let text of lines) {
      line++;
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') continue;
      if (BINARY.test(text)) {
        yield { kind: 'rejection', rejection: { file, line, reason: 'binary data, not UTF-8 JSON text' } };
        continue;
      }
      let fields: unknown;
      try {
        fields = JSON.parse(text);
      } catch (error) {
        yield { kind: 'rejection', rejection: { file, line, reason: `invalid JSON: ${(error as Error).message}` } };
        continue;
      }
      yield { kind: 'record', record: { file, line, fields } };
    }
  } catch (error) {
    streamError ??= error as Error;
  }
  if (streamError) {
    yield { kind: 'rejection', rejection: { file, line: line + 1, reason: `cannot read the rest of the file: ${streamError.message}` } };
  }
}
