import { createHash } from 'node:crypto';

/**
 * JSON with object keys in sorted order at every depth, so two values that mean the same give the
 * same text whatever order their keys were written in. Undefined properties are left out, as
 * `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The first 16 hex digits of a SHA-256: short enough to read in a table, long enough never to collide by chance here. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
