/*
 * A table to export: named, typed columns, each reading its value from a row. CSV and Parquet
 * are written from the same definition, so the two files always have the same columns.
 */

/** `TIMESTAMP` columns hold ISO dates (`2022-05-01` or a full timestamp) and are written to Parquet as UTC milliseconds. */
export type ColumnType = 'STRING' | 'DOUBLE' | 'INT32' | 'TIMESTAMP';

export type CellValue = string | number | null;

export interface Column<Row> {
  name: string;
  type: ColumnType;
  value: (row: Row) => CellValue;
}

export type Table<Row> = ReadonlyArray<Column<Row>>;
