import { createHash } from 'node:crypto';

/**
 * The duplicate-cluster key of an article: its title normalised (Unicode case-folded,
 * punctuation and spacing removed) plus its publication day. Syndicated copies keep the
 * headline and the day; identical texts are already one article at ingest. Without a usable
 * title (none, or under 12 characters) an article is its own cluster, keyed by its id.
 */
export function clusterKey(articleId: string, title: string | null, publishedAt: string | null): string {
  if (!title || !publishedAt) return articleId;
  const normalised = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // The control character keeps title keys apart from article ids.
  return normalised.length >= 12 ? `\u0001${publishedAt.slice(0, 10)}|${normalised}` : articleId;
}

/** Whether the article is a cluster of its own (no usable title): no other article can share it. */
export function isOwnCluster(articleId: string, title: string | null, publishedAt: string | null): boolean {
  return clusterKey(articleId, title, publishedAt) === articleId;
}

/**
 * The cluster key as a 48-bit integer, stored on every stance record so trend reads group
 * duplicates without reading titles (collisions: about one in 10¹⁴ pairs).
 */
export function clusterId(articleId: string, title: string | null, publishedAt: string | null): number {
  return createHash('sha1')
    .update(clusterKey(articleId, title, publishedAt))
    .digest()
    .readUIntBE(0, 6);
}
