import type { SourceItem } from './record.js';
import { binaryProblem, decodeChunks, MAX_RECORD_CHARS, openBytes, splitLines } from './text-input.js';

/** Streams a JSON Lines file (gzip-compressed or not, whatever its name) as records with their line numbers. */
export async function* readJsonl(file: string): AsyncGenerator<SourceItem> {
  yield* jsonlRecords(file, decodeChunks(await openBytes(file)));
}

/** JSON Lines from any text source: one record or one rejection per non-blank line. */
export async function* jsonlRecords(file: string, chunks: AsyncIterable<string>): AsyncGenerator<SourceItem> {
  for await (const { line, text, tooLong } of splitLines(chunks)) {
    const reject = (reason: string): SourceItem => ({ kind: 'rejection', rejection: { file, line, reason } });
    if (tooLong) {
      yield reject(`a line longer than ${MAX_RECORD_CHARS} characters: not one article`);
      continue;
    }
    if (text.trim() === '') continue;
    // Raw control characters cannot appear in JSON text: the line is junk, not a damaged record worth parsing.
    const problem = binaryProblem(text);
    if (problem) {
      yield reject(problem);
      continue;
    }
    let fields: unknown;
    try {
      fields = JSON.parse(text);
    } catch (error) {
      yield reject(`invalid JSON: ${(error as Error).message}`);
      continue;
    }
    yield { kind: 'record', record: { file, line, fields } };
  }
}
