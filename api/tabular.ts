import { csvLines, csvLinesOf } from '../pipeline/export/csv.js';
import { type ByteSink, writeParquet } from '../pipeline/export/parquet.js';
import type { Table } from '../pipeline/export/table.js';

/* Tables as downloads: CSV or Parquet, streamed as the rows are read, so a large slice never sits in memory. */

export type TableFormat = 'csv' | 'parquet';

const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};

/** Lines pulled from a generator as the client reads. */
function pullStream(lines: Iterator<string> | AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      // About 64 KB per read: one line per chunk would cost more in overhead than in data.
      let text = '';
      while (text.length < 65_536) {
        const next = await lines.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      lines.return?.(undefined);
    },
  });
}

/** Bytes pushed by a producer, which waits while the client is behind (and stops when it goes away). */
function pushStream(produce: (sink: ByteSink) => Promise<void>): ReadableStream<Uint8Array> {
  let wake: (() => void) | undefined;
  let cancelled = false;
  return new ReadableStream(
    {
      start(controller) {
        const sink: ByteSink = async (chunk) => {
          if (cancelled) throw new Error('the client closed the connection');
          controller.enqueue(chunk);
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
        };
        produce(sink).then(
          () => !cancelled && controller.close(),
          (error: unknown) => !cancelled && controller.error(error),
        );
      },
      pull() {
        wake?.();
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 2 },
  );
}

/** A table as a CSV or Parquet download named `name` (without extension). */
export function tableResponse<Row>(format: TableFormat, table: Table<Row>, rows: Iterable<Row> | AsyncIterable<Row>, name: string): Response {
  const lines = Symbol.asyncIterator in rows ? csvLinesOf(table, rows as AsyncIterable<Row>) : csvLines(table, rows as Iterable<Row>);
  const body = format === 'csv' ? pullStream(lines) : pushStream((sink) => writeParquet(table, rows, sink));
  return new Response(body, {
    status: 200,
    headers: { 'content-type': CONTENT_TYPES[format], 'content-disposition': `attachment; filename="${name}.${format}"` },
  });
}
