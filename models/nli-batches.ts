/** A premise (the sentence) and a hypothesis ("Russia opposes NATO admitting new members."). */
export interface NliPair {
  premise: string;
  hypothesis: string;
}

/*
 * Kept apart from nli-model.ts, which loads transformers.js and onnxruntime: the pool that uses
 * this runs in the analysing process, where no model is loaded.
 */

/** Items sorted by the length of their pair and cut into batches, so each batch pads little. */
export function lengthSortedBatches<T extends { pair: NliPair }>(items: T[], batchSize: number): T[][] {
  const length = ({ pair }: T) => pair.premise.length + pair.hypothesis.length;
  const sorted = [...items].sort((a, b) => length(a) - length(b));
  const batches: T[][] = [];
  for (let start = 0; start < sorted.length; start += batchSize) batches.push(sorted.slice(start, start + batchSize));
  return batches;
}
