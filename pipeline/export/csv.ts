import type { CellValue, Table } from './table.js';

/* CSV as RFC 4180 has it: CRLF line ends, a field quoted when it holds a comma, quote or line break. */

export function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader<Row>(table: Table<Row>): string {
  return `${table.map((c) => csvField(c.name)).join(',')}\r\n`;
}

export function csvRow<Row>(table: Table<Row>, row: Row): string {
  return `${table.map((c) => csvField(c.value(row))).join(',')}\r\n`;
}

/** The header, then one line per row: pulled lazily, so rows stream from the database to the reader. */
export function* csvLines<Row>(table: Table<Row>, rows: Iterable<Row>): Generator<string> {
  yield csvHeader(table);
  for (const row of rows) yield csvRow(table, row);
}

/** `csvLines` over rows read page by page from the database. */
export async function* csvLinesOf<Row>(table: Table<Row>, rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield csvHeader(table);
  for await (const row of rows) yield csvRow(table, row);
}

export function csvText<Row>(table: Table<Row>, rows: Iterable<Row>): string {
  return [...csvLines(table, rows)].join('');
}
