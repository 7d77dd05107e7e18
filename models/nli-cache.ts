import { createHash } from 'node:crypto';

/**
 * The key of one cached NLI result. JSON encoding keeps the four parts unambiguous, so
 * ("a b", "c") and ("a", "b c") never share a key.
 */
export function pairKey(model: string, modelVersion: string, premise: string, hypothesis: string): string {
  return createHash('sha256')
    .update(JSON.stringify([model, modelVersion, premise, hypothesis]))
    .digest('hex');
}
