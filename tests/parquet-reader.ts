import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';

/**
 * Reads a Parquet file with an implementation independent of the writer (arrow-rs compiled to
 * WebAssembly, the Arrow type model pandas and R's arrow use): what a statistician's tools see.
 */
export function readParquetFile(bytes: Uint8Array): { columns: Record<string, string>; rows: Array<Record<string, unknown>> } {
  const table = tableFromIPC(readParquet(bytes).intoIPCStream());
  const columns = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
  const rows = table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
  return { columns, rows };
}
