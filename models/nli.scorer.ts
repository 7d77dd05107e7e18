import type { NliPair } from './nli-batches.js';
import { pairKey } from './nli-cache.js';
import type { NliProbs } from './nli-model.js';
import type { InferenceStats, Scorer, SentenceStance, StanceCandidate } from './scorer.js';

/** What the scorer needs of a model: `NliModel` and `NliPool` both fit. */
export interface NliClassifier {
  readonly name: string;
  readonly version: string;
  classify(pairs: NliPair[]): Promise<NliProbs[]>;
  /** A pool's workers and their busy time; absent for a model in this process. */
  readonly size?: number;
  readonly stats?: { busyMs: number; readyAt: number };
}

/**
 * A second-level cache behind the in-memory one, e.g. the `nli_cache` table: read and written
 * at once in a SQLite file, over the network (hence the promises) in a PostgreSQL database that
 * every worker shares.
 */
export interface NliCacheStore {
  getMany(keys: string[]): Map<string, NliProbs> | Promise<Map<string, NliProbs>>;
  putMany(entries: Array<[string, NliProbs]>): void | Promise<void>;
  close?(): void | Promise<void>;
}

export type Hypotheses = { support: string; oppose: string };

export interface NliScorerOptions {
  /** Stored on records; `nli:<model>` unless given. */
  id?: string;
  /** Per topic id, hypotheses that replace the topic's own. */
  templates?: Record<string, Hypotheses>;
  /** Below this entailment probability for both hypotheses the sentence only mentions the actor. */
  threshold?: number;
  cacheSize?: number;
  store?: NliCacheStore;
  /** Called when the scorer closes: the model (or pool) it was given is its own to release. */
  onClose?: () => Promise<void>;
}

/*
 * 0.5: an entailment probability below one half means the model finds "neutral" or
 * "contradiction" at least as likely, so the sentence is not read as taking either side.
 */
export const NLI_THRESHOLD = 0.5;
const DEFAULT_CACHE_SIZE = 50_000;

/** Insertion-ordered Map used as an LRU: a hit moves the entry to the back. */
class LruCache {
  private readonly entries = new Map<string, NliProbs>();
  constructor(private readonly limit: number) {}

  get(key: string): NliProbs | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: NliProbs): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

export interface NliScorerStats {
  /** Pairs sent to the model. */
  inferred: number;
  memoryHits: number;
  storeHits: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function premiseOf(candidate: StanceCandidate): string {
  return candidate.context ? `${candidate.context} ${candidate.text}` : candidate.text;
}

/** Zero-shot stance: does the sentence entail "<actor> supports X" or "<actor> opposes X"? */
export class NliScorer implements Scorer {
  readonly id: string;
  readonly model: string;
  readonly modelVersion: string;
  readonly stats: NliScorerStats = { inferred: 0, memoryHits: 0, storeHits: 0 };
  private readonly memory: LruCache;

  constructor(
    private readonly classifier: NliClassifier,
    private readonly options: NliScorerOptions = {},
  ) {
    this.id = options.id ?? `nli:${classifier.name}`;
    this.model = classifier.name;
    this.modelVersion = classifier.version;
    this.memory = new LruCache(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  }

  hypotheses(candidate: StanceCandidate): Hypotheses {
    const own = this.options.templates?.[candidate.topic.id] ?? candidate.topic.hypotheses;
    const fill = (template: string) => template.replaceAll('{actor}', candidate.actor.name);
    return { support: fill(own.support), oppose: fill(own.oppose) };
  }

  async score(candidates: StanceCandidate[]): Promise<Array<SentenceStance | null>> {
    const asked = candidates.map((candidate) => {
      const premise = premiseOf(candidate);
      const { support, oppose } = this.hypotheses(candidate);
      return { support: { premise, hypothesis: support }, oppose: { premise, hypothesis: oppose } };
    });
    const probs = await this.lookup(asked.flatMap((a) => [a.support, a.oppose]));
    return asked.map((a) => this.reading(probs.get(this.key(a.support))!, probs.get(this.key(a.oppose))!, a.support.hypothesis, a.oppose.hypothesis));
  }

  private key(pair: NliPair): string {
    return pairKey(this.model, this.modelVersion, pair.premise, pair.hypothesis);
  }

  /** Memory first, then the store, then one batched call for everything still unknown. */
  private async lookup(pairs: NliPair[]): Promise<Map<string, NliProbs>> {
    const found = new Map<string, NliProbs>();
    const missing = new Map<string, NliPair>();
    for (const pair of pairs) {
      const key = this.key(pair);
      if (found.has(key) || missing.has(key)) continue;
      const cached = this.memory.get(key);
      if (cached) {
        this.stats.memoryHits++;
        found.set(key, cached);
      } else missing.set(key, pair);
    }
    if (missing.size > 0 && this.options.store) {
      for (const [key, value] of await this.options.store.getMany([...missing.keys()])) {
        this.stats.storeHits++;
        this.remember(found, key, value);
        missing.delete(key);
      }
    }
    if (missing.size === 0) return found;
    const keys = [...missing.keys()];
    const results = await this.classifier.classify([...missing.values()]);
    this.stats.inferred += keys.length;
    const entries = keys.map((key, i) => [key, results[i]] as [string, NliProbs]);
    for (const [key, value] of entries) this.remember(found, key, value);
    await this.options.store?.putMany(entries);
    return found;
  }

  private remember(found: Map<string, NliProbs>, key: string, value: NliProbs): void {
    found.set(key, value);
    this.memory.set(key, value);
  }

  private reading(support: NliProbs, oppose: NliProbs, supportHypothesis: string, opposeHypothesis: string): SentenceStance | null {
    const confidence = Math.max(support.entailment, oppose.entailment);
    if (confidence < (this.options.threshold ?? NLI_THRESHOLD)) return null;
    return {
      score: round(support.entailment - oppose.entailment),
      confidence: round(confidence),
      detail: {
        hypothesis: support.entailment >= oppose.entailment ? supportHypothesis : opposeHypothesis,
        entailSupport: round(support.entailment),
        entailOppose: round(oppose.entailment),
      },
    };
  }

  inference(): InferenceStats | undefined {
    const { size, stats } = this.classifier;
    const seconds = (ms: number) => Math.round(ms) / 1000;
    return stats && { workers: size ?? 1, seconds: seconds(stats.busyMs), elapsed: seconds(performance.now() - stats.readyAt) };
  }

  async close(): Promise<void> {
    await this.options.store?.close?.();
    await this.options.onClose?.();
  }
}
