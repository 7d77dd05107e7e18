import { getTableName } from 'drizzle-orm';
import type * as sqlite from './schema.js';
import type * as pg from './schema.pg.js';

/*
 * The two schemas must describe one database: the same tables under the same names, with the
 * same row types, so a query written once returns the same shapes from either store. A column
 * added to one file and not the other fails `tsc` here.
 */

type Tables<S> = { [K in keyof S as S[K] extends { $inferSelect: unknown } ? K : never]: S[K] };
type Rows<S> = { [K in keyof Tables<S>]: Tables<S>[K] extends { $inferSelect: infer R } ? R : never };
type Names<S> = { [K in keyof Tables<S>]: Tables<S>[K] extends { _: { name: infer N } } ? N : never };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type RowTypesAgree = Assert<Same<Rows<typeof sqlite>, Rows<typeof pg>>>;
export type TableNamesAgree = Assert<Same<Names<typeof sqlite>, Names<typeof pg>>>;

/** The table names of a schema module, for the test that reads them at run time too. */
export function tableNames(schema: Record<string, unknown>): string[] {
  return Object.values(schema)
    .filter((v): v is Parameters<typeof getTableName>[0] => typeof v === 'object' && v !== null && Symbol.for('drizzle:Name') in v)
    .map((t) => getTableName(t))
    .sort();
}
