import { ByteWriter, parquetWriteRows } from 'hyparquet-writer';
import { toolVersion } from '../../core/project.js';
import type { CellValue, Column, Table } from './table.js';

/**
 * Rows per row group. A row group is built in memory before it is handed on, so this bounds
 * the memory an export takes (about 10,000 stance records with their evidence: a few MB)
 * however large the slice.
 */
const ROW_GROUP_ROWS = 10_000;

/** Where finished bytes go; a promise makes the writer wait (backpressure). */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

/** hyparquet-writer's in-memory writer, emptied into `sink` after every row group instead of growing with the file. */
class SinkWriter extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(1 << 20);
  }

  flush(): void | Promise<void> {
    if (this.index === 0) return;
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    // `offset` keeps counting: the file's metadata records absolute positions.
    this.index = 0;
    return this.sink(chunk);
  }

  /** ParquetWriter.finish passes this result on: a promise makes the caller wait for the last bytes. */
  override finish(): void | Promise<void> {
    return this.flush();
  }
}

function cell<Row>(column: Column<Row>, row: Row): CellValue | Date {
  const value = column.value(row);
  if (column.type === 'TIMESTAMP' && typeof value === 'string') return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return value;
}

/**
 * Writes `rows` as a Parquet file to `sink`, one row group at a time. Dates are UTC
 * millisecond timestamps (TIMESTAMP_MILLIS), which pandas, R (arrow) and DuckDB read as such.
 */
export async function writeParquet<Row>(table: Table<Row>, rows: Iterable<Row> | AsyncIterable<Row>, sink: ByteSink): Promise<void> {
  const record = (row: Row) => {
    const values: Record<string, CellValue | Date> = {};
    for (const column of table) values[column.name] = cell(column, row);
    return values;
  };
  // Rows read from the database arrive page by page (an async iterable); hyparquet-writer pulls either kind.
  async function* fromAsync(source: AsyncIterable<Row>): AsyncGenerator<Record<string, CellValue | Date>> {
    for await (const row of source) yield record(row);
  }
  function* fromSync(source: Iterable<Row>): Generator<Record<string, CellValue | Date>> {
    for (const row of source) yield record(row);
  }
  const records = () => (Symbol.asyncIterator in rows ? fromAsync(rows as AsyncIterable<Row>) : fromSync(rows as Iterable<Row>));
  await parquetWriteRows({
    writer: new SinkWriter(sink),
    rows: records(),
    columns: table.map((c) => ({ name: c.name, type: c.type, nullable: true })),
    rowGroupSize: ROW_GROUP_ROWS,
    createdBy: `stance ${toolVersion()}`,
  });
}

/** A whole Parquet file in memory: for small tables (a trend, a comparison). */
export async function parquetBytes<Row>(table: Table<Row>, rows: Iterable<Row>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeParquet(table, rows, (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}
