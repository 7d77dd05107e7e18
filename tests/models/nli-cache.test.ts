import { describe, expect, it } from 'vitest';
import { pairKey } from '../../models/nli-cache.js';

describe('pairKey', () => {
  it('is a stable sha256 hex digest of model, version, premise and hypothesis', () => {
    const key = pairKey('m', 'v1', 'Russia opposes NATO expansion.', 'Russia opposes NATO expansion.');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pairKey('m', 'v1', 'Russia opposes NATO expansion.', 'Russia opposes NATO expansion.')).toBe(key);
  });

  it('changes with every part and keeps part boundaries apart', () => {
    const base = pairKey('m', 'v1', 'p', 'h');
    expect(new Set([base, pairKey('n', 'v1', 'p', 'h'), pairKey('m', 'v2', 'p', 'h'), pairKey('m', 'v1', 'q', 'h'), pairKey('m', 'v1', 'p', 'i')]).size).toBe(
      5,
    );
    expect(pairKey('m', 'v1', 'a b', 'c')).not.toBe(pairKey('m', 'v1', 'a', 'b c'));
  });
});
