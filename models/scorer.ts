/**
 * The one interface every stance scorer implements. The pipeline builds candidates — a sentence,
 * an actor found in or attributed to it, a topic it is about — and a scorer says what stance, if
 * any, the sentence gives that actor on that topic. Which scorer runs is invisible to the rest.
 */

export type MentionRole = 'name' | 'adjective' | 'place' | 'institution' | 'person' | 'anaphor' | 'group' | 'pronoun' | 'speaker';

export interface CandidateMention {
  /** Offsets into the candidate's `text`. */
  start: number;
  end: number;
  role: MentionRole;
}

export interface CandidateTopic {
  id: string;
  label: string;
  hypotheses: { support: string; oppose: string };
  /** Offsets into `text` of the phrases that made the sentence relevant (empty when inherited from context). */
  spans: Array<{ start: number; end: number; contrary: boolean }>;
  /** Topic-specific cues from the topic definition, in the candidate's language. */
  cues: { support: string[]; oppose: string[]; neutral: string[] };
  /**
   * Named only by a pair of words that co-occur, beside another topic's own phrase: the setting of
   * that topic, which takes a stance only where a verb has it as its object.
   */
  setting?: boolean;
  /** Offsets into `text` of the phrases of the sentence's other topics: a verb whose object is one of them is about that topic. */
  otherSpans?: Array<{ start: number; end: number }>;
  /** When the topic comes from an earlier sentence (`context`): its topic phrases, as offsets into `context`. */
  contextSpans?: Array<{ start: number; end: number; contrary: boolean }>;
  /**
   * How the sentence refers back to that one: to the document it named ("the resolution", whose
   * content orients the vote) or to the act it reported ("the move", "the claim", whose stance the
   * reaction takes up).
   */
  reference?: 'document' | 'reaction';
  /** Where in `context` the document is named ("a |resolution| condemning …"). */
  contextDocument?: { start: number; end: number };
  /** The actors named in `context`, as offsets into it: "ukrainischen" in "die Annexion von vier ukrainischen Regionen" names, and orients nothing. */
  contextNames?: CandidateMention[];
}

export interface StanceCandidate {
  /** The sentence, as it stands in the article's cleaned text. */
  text: string;
  /** The earlier sentence the topic or the speaker came from (in the same paragraph, or the last one on the topic). */
  context: string | null;
  lang: string;
  actor: { code: string; name: string; mentions: CandidateMention[] };
  /** Other actors mentioned in the sentence: stance targets and third parties, not holders. */
  others: Array<{ code: string; mentions: CandidateMention[] }>;
  topic: CandidateTopic;
}

export interface SentenceStance {
  /** -1 opposes … +1 supports. */
  score: number;
  /** How much the scorer trusts this reading, in [0, 1]. */
  confidence: number;
  detail?: Record<string, unknown>;
}

export interface Scorer {
  /** Stored on every record (`lexicon`, `nli:<model>`, …): records of different scorers sit side by side. */
  readonly id: string;
  readonly model: string;
  readonly modelVersion: string;
  /** One result per candidate, in order; null when the sentence gives the actor no stance on the topic. */
  score(candidates: StanceCandidate[]): Promise<Array<SentenceStance | null>>;
  /** Where a model scores in worker processes: how many, and the time they spent inferring so far. */
  inference?(): InferenceStats | undefined;
  close?(): Promise<void>;
}

/** What every stored record says of the scorer that made it. */
export type ScorerIdentity = Pick<Scorer, 'id' | 'model' | 'modelVersion'>;

/** A scorer's identity as plain data, which can go in a message to another thread. */
export function identityOf(scorer: ScorerIdentity): ScorerIdentity {
  return { id: scorer.id, model: scorer.model, modelVersion: scorer.modelVersion };
}

export interface InferenceStats {
  workers: number;
  /** Time the workers spent inferring, summed over them. */
  seconds: number;
  /** Time since the workers were ready: workers × this is the inference time they could have had. */
  elapsed: number;
}
