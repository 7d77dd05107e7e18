import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, gunzipSync } from 'node:zlib';
import { StanceError } from '../../core/errors.js';

/*
 * Standard input (`stance ingest -`): spooled to a temporary file, because the readers take files
 * (CSV and gzip detection seek, a WARC is read record by record), then read like a file of the
 * format it holds. The format is what `--stdin-format` says, or what the first bytes show.
 */

export const STDIN_FORMATS = ['jsonl', 'csv', 'txt', 'html', 'warc', 'feed'] as const;
export type StdinFormat = (typeof STDIN_FORMATS)[number];

/** Enough of the start to see what the input is. */
const SNIFF_BYTES = 64 * 1024;

function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The format of a text from its first bytes: a WARC header, a feed's root element, markup, a
 * JSON object. Plain text and CSV look alike, so they are never guessed. Gzip is looked into.
 */
export function sniffFormat(bytes: Buffer): StdinFormat | undefined {
  // A gzip stream cut in the middle: Z_SYNC_FLUSH gives what the bytes so far hold instead of failing.
  const plain = isGzip(bytes) ? gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }) : bytes;
  const text = plain
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('WARC/')) return 'warc';
  if (text.startsWith('{')) return 'jsonl';
  if (/^<(\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text)) return 'feed';
  if (text.startsWith('<')) return 'html';
  return undefined;
}

export interface Spool {
  file: string;
  format: StdinFormat;
  remove: () => Promise<void>;
}

/** Copies `input` to a temporary file and decides its format; the caller removes it. */
export async function spoolStdin(input: Readable, format?: StdinFormat): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'stance-stdin-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = join(dir, 'stdin');
  try {
    await pipeline(input, createWriteStream(file));
    const bytes = head(file);
    const found = format ?? sniffFormat(bytes);
    if (!found) {
      throw new StanceError(
        'bad_usage',
        `cannot tell what standard input holds (not JSON Lines, a WARC, a feed or HTML by its first bytes): say it with --stdin-format ${STDIN_FORMATS.join('|')}`,
      );
    }
    // Only the JSON Lines and WARC readers undo gzip.
    if (isGzip(bytes) && found !== 'jsonl' && found !== 'warc') {
      throw new StanceError('bad_usage', `gzip-compressed ${found} on standard input is not read: decompress it first (gunzip -c … | stance ingest -)`);
    }
    return { file, format: found, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
