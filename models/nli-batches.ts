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

/**
 * Batches dealt to `workers` lists of about equal work, longest first to whoever has least
 * (the longest-processing-time rule). A batch's work is taken as its rows times its longest pair
 * in characters: it is padded to that length.
 */
export function dealBatches<T extends NliPair>(batches: T[][], workers: number): T[][][] {
  const cost = (batch: T[]) => batch.length * Math.max(0, ...batch.map((pair) => pair.premise.length + pair.hypothesis.length));
  const lists = Array.from({ length: workers }, () => ({ batches: [] as T[][], work: 0 }));
  for (const batch of [...batches].sort((a, b) => cost(b) - cost(a))) {
    const least = lists.reduce((best, list) => (list.work < best.work ? list : best));
    least.batches.push(batch);
    least.work += cost(batch);
  }
  return lists.map((list) => list.batches);
}
