import { canonicalJson, shortHash } from '../core/hash.js';
import { toolVersion } from '../core/project.js';
import { LEXICON_VERSION } from '../models/lexicon.scorer.js';
import { type CustomActors, NO_CUSTOM_ACTORS } from './data/custom-actors.js';
import { loadGazetteer } from './data/gazetteer.js';
import type { TopicDefinition } from './data/topic-catalogue.js';

/*
 * What every stance record says made it, beside the scorer: the tool's version, the lexicon's,
 * the gazetteer's (a hash of its data, with the researcher's own actors), and the hash of the
 * topic definition it was scored against. A record whose topic hash differs from the topic's
 * current hash predates a change to that topic.
 */

export interface RecordProvenance {
  toolVersion: string;
  /** The cue lexicons also shape candidates (reported speech, coordination), so every scorer's records carry it. */
  lexiconVersion: string;
  gazetteerVersion: string;
  /** Topic id → hash of the definition analysis used. */
  topicHashes: Record<string, string>;
}

/** The hash of a validated topic definition: key order and defaults make no difference. */
export function topicHash(topic: TopicDefinition): string {
  return shortHash(canonicalJson(topic));
}

let bundledHash: string | undefined;

/**
 * The gazetteer's version: a hash of the bundled data, and of the researcher's actors when there
 * are any (hashed on their own, so a run does not hash the whole gazetteer again).
 */
export function gazetteerVersion(custom: CustomActors = NO_CUSTOM_ACTORS): string {
  bundledHash ??= shortHash(canonicalJson(loadGazetteer()));
  if (custom.actors.length === 0 && custom.people.length === 0) return bundledHash;
  return shortHash(`${bundledHash}\u0000${canonicalJson(custom)}`);
}

export function provenanceOf(topics: readonly TopicDefinition[], custom: CustomActors = NO_CUSTOM_ACTORS): RecordProvenance {
  return {
    toolVersion: toolVersion(),
    lexiconVersion: LEXICON_VERSION,
    gazetteerVersion: gazetteerVersion(custom),
    topicHashes: Object.fromEntries(topics.map((t) => [t.id, topicHash(t)])),
  };
}

/** One hash of everything analysis would use now: a re-analysis resumes only while it is unchanged. */
export function provenanceFingerprint(provenance: RecordProvenance): string {
  return shortHash(canonicalJson(provenance));
}
