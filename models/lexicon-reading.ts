import { longestFirst, MAX_GAP, type PhraseMatch, PhraseMatcher } from '../core/phrase-matcher.js';
import { OPEN_QUOTE_MARK, type Quotation, quotations } from '../core/quotes.js';
import { CJK_CHAR, fold, type Token, tokenize, wordSays } from '../core/text.js';
import {
  type CueKind,
  clauseFrames,
  coordinationPattern,
  EVALUATIVE,
  type Lexicon,
  lexiconFor,
  listIntroPattern,
  saysClass,
  sentenceMatcher,
  wordSet,
} from './lexicon.js';
import type { CandidateMention, StanceCandidate } from './scorer.js';

/*
 * How the lexicon scorer reads one sentence for one topic: its tokens and cues (refusals, demands
 * and verbs of agreeing already resolved), its clauses, the quotations whose speaker is known and
 * what named speakers say of others. The scorer (lexicon.scorer.ts) decides from this who holds
 * which stance.
 */

/** A cue as the scorer reads it: `topical` when the topic's own phrase, `evaluative` when a word of praise or blame. */
export type Cue = PhraseMatch<CueKind> & {
  topical?: boolean;
  evaluative?: boolean;
  warning?: boolean;
  /** The cues inside a phrase's gaps ("levée" in "annoncé mercredi la levée des sanctions"). */
  inGap?: Cue[];
  /** A word that names a side of a vote with its list after it ("против — Россия", "5 en contra (Rusia …)"). */
  side?: boolean;
};
export type Name = CandidateMention & { code: string };

export interface Reading {
  text: string;
  lang: string;
  tokens: Token[];
  cues: Cue[];
  lexicon: Lexicon;
  /** Token index where the clause containing each token starts. */
  clauseStart: number[];
  topicSpans: StanceCandidate['topic']['spans'];
  /** Every actor's named mentions in the sentence, in text order. */
  names: Name[];
  coordination: RegExp;
  /** Quotations whose speaker is named right after them ("…," he said). */
  attributed: Quotation[];
  /** Where what a named actor said names its subject: "Moscow claims that …", "Москва заявила, что …". */
  reports: Report[];
  /** Phrases that set the scene for another act: "after", "amid", "на фоне". */
  backgrounds: Array<{ start: number; end: number }>;
  /** Words that find a measure wanting ("too weak"), found apart from the cues, which a longer formula may cover. */
  wanting: Array<{ start: number; end: number }>;
  /** Nouns that name a document: "resolution", "决议", "karar". */
  documents: PhraseMatch<true>[];
  /** Verbs of putting a document forward: "tabled", "внесённую", "起草". */
  sponsors: PhraseMatch<true>[];
  /** Words of violating: "a violation of", "verletzt", "违反". */
  violations: PhraseMatch<true>[];
  /** Negations of a state not yet reached: "yet to", "noch nicht", "尚未". */
  pending: PhraseMatch<true>[];
}

/** Where what a named speaker said may name its subject, as character offsets of the sentence. */
interface Report {
  from: number;
  to: number;
  /** The actors named before the verb of saying: the speaker is one of them. */
  speakers: Set<string>;
}

/** Between a head noun and its complement: a space, or one short word ("of", "der", "de la", "des"). */
export const COMPLEMENT_GAP = /^\s+(\p{L}{1,3}(\s+\p{L}{1,3})?\s+)?$/u;

export const STANCE_KINDS = new Set<CueKind>(['support', 'oppose', 'neutral']);
export const PREDICATE_KINDS = new Set<CueKind>(['support', 'oppose', 'neutral', 'speech', 'align', 'modal']);

/**
 * The candidates of one sentence come one after another, so the last few sentences' work is kept:
 * a value made once per key, the oldest forgotten past `CACHE_SIZE`.
 */
const CACHE_SIZE = 64;

function remembered<V>(cache: Map<string, V>, key: string, make: () => V, size = CACHE_SIZE): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}

/**
 * A topic's own cues, keyed by what they are rather than by the topic's id: a topic replaced
 * while the scorer runs (a researcher's new definition under the same id) is read with its new cues.
 */
function topicCueKey(candidate: StanceCandidate): string {
  const { support, oppose, neutral } = candidate.topic.cues;
  // The lists are the catalogue's own arrays, shared by every candidate of the topic: joined once.
  let key = joinedCues.get(support)?.get(oppose)?.get(neutral);
  if (key === undefined) {
    // The lists joined run to a thousand characters, and every candidate's reading is looked up by
    // this key: the same lists get the same short number instead.
    const joined = [support.join('\u0001'), oppose.join('\u0001'), neutral.join('\u0001')].join('\u0000');
    let number = cueListNumbers.get(joined);
    if (number === undefined) cueListNumbers.set(joined, (number = `#${cueListNumbers.size}`));
    key = number;
    let byOppose = joinedCues.get(support);
    if (!byOppose) joinedCues.set(support, (byOppose = new WeakMap()));
    let byNeutral = byOppose.get(oppose);
    if (!byNeutral) byOppose.set(oppose, (byNeutral = new WeakMap()));
    byNeutral.set(neutral, key);
  }
  return `${candidate.lang}\u0000${key}`;
}
const joinedCues = new WeakMap<string[], WeakMap<string[], WeakMap<string[], string>>>();
const cueListNumbers = new Map<string, string>();

/** Topic cue matchers: one per language and topic, so many more than the sentences kept. */
const TOPIC_CACHE_SIZE = 1024;
const topicCueMatchers = new Map<string, PhraseMatcher<CueKind>>();
function topicCues(candidate: StanceCandidate): PhraseMatcher<CueKind> {
  return remembered(
    topicCueMatchers,
    topicCueKey(candidate),
    () => {
      const matcher = new PhraseMatcher<CueKind>([], lexiconFor(candidate.lang).prefixes);
      for (const phrase of candidate.topic.cues.support) matcher.add(phrase, 'support');
      for (const phrase of candidate.topic.cues.oppose) matcher.add(phrase, 'oppose');
      for (const phrase of candidate.topic.cues.neutral) matcher.add(phrase, 'neutral');
      return matcher;
    },
    TOPIC_CACHE_SIZE,
  );
}

/** The first token that ends after `offset` (tokens.length if none): a binary search, tokens being in text order. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// One sentence yields a candidate per actor and topic: its tokens and cues are found once.
interface SentenceWords {
  tokens: Token[];
  cues: Cue[];
  /** Words that name a side of a vote where a list may follow them; cues only where names do. */
  sides: PhraseMatch<CueKind>[];
  backgrounds: PhraseMatch<true>[];
  wanting: PhraseMatch<true>[];
  documents: PhraseMatch<true>[];
  sponsors: PhraseMatch<true>[];
  violations: PhraseMatch<true>[];
  pending: PhraseMatch<true>[];
}
const sentenceCache = new Map<string, SentenceWords>();

function sentenceCues(text: string, lang: string): SentenceWords {
  return remembered(sentenceCache, `${lang}\u0000${text}`, () => {
    const tokens = tokenize(text);
    const found = sentenceMatcher(lang).find(text, tokens);
    const lexicon = lexiconFor(lang);
    const phrases = found.overlapping('cues');
    const framed = lexicon.verbSecond ? [...phrases, ...longFrames(text, tokens, lexicon, phrases)] : phrases;
    // A warning opposes what it warns against; it is told apart for the act it threatens ("warned it would veto").
    const all = withoutClausesInGaps(framed, tokens, lexicon);
    const cues = withoutRestrictives(longestFirst([...all]), tokens, lexicon).map((c) => withGaps(asCue(c), all));
    const sides = voteSides(text, tokens, lexicon, found.longest('sides')).filter((side) => !cues.some((c) => c.start < side.end && side.start < c.end));
    return {
      tokens,
      cues,
      sides,
      backgrounds: found.longest('background'),
      wanting: found.longest('insufficient'),
      documents: found.longest('documents'),
      sponsors: found.longest('sponsor'),
      violations: found.longest('violation'),
      pending: found.longest('notYet'),
    };
  });
}

/** Words a verb's two parts may have between them where the second closes the clause: "gibt [ihren Widerstand gegen den Beitritt Schwedens] auf". */
const FRAME_REACH = 12;

/**
 * "Ungarn gibt seinen Widerstand gegen den Nato-Beitritt Schwedens auf": in a verb-second language
 * the finite verb and its particle (or infinitive) frame the clause's middle, however long it is.
 * The frames of the lexicon's two-word gap phrases, found where their last word ends the clause and
 * the gap is longer than the phrase matcher reaches (shorter ones it finds itself); not where a
 * phrase of its own starts at the verb ("kündigte am Mittwoch Sanktionen … an"), nor across a turn
 * or a verb of saying ("werde aber auf … reagieren").
 */
function longFrames(text: string, tokens: Token[], lexicon: Lexicon, phrases: PhraseMatch<CueKind>[]): PhraseMatch<CueKind>[] {
  const endsClause = (j: number) => j + 1 >= tokens.length || /[,;:.!?]/.test(text.slice(tokens[j].end, tokens[j + 1].start));
  const crossed = (i: number, j: number) => phrases.some((p) => (p.value === 'contrast' || p.value === 'speech') && p.from > i && p.to <= j);
  const out: PhraseMatch<CueKind>[] = [];
  for (const frame of clauseFrames(lexicon)) {
    for (let i = 0; i < tokens.length; i++) {
      if (!wordSays(frame.first, tokens[i].lower) || phrases.some((p) => p.from === i)) continue;
      for (let j = i + MAX_GAP + 2; j < Math.min(tokens.length, i + FRAME_REACH + 2); j++) {
        if (/[,;:.!?]/.test(text.slice(tokens[i].end, tokens[j].start))) break;
        if (wordSays(frame.last, tokens[j].lower) && endsClause(j) && !crossed(i, j))
          out.push({ start: tokens[i].start, end: tokens[j].end, from: i, to: j + 1, value: frame.value, gaps: [[i + 1, j]] });
      }
    }
  }
  return out;
}

/** A warning opposes what it warns against; it is told apart for the act it threatens ("warned it would veto"). */
function asCue(match: PhraseMatch<CueKind>): Cue {
  return match.value === 'warn' ? { ...match, value: 'oppose', warning: true } : match;
}

/** Does the sentence praise or blame something ("a historic moment", "a sham")? Read once with the sentence's other cues. */
export function judgesSomething(text: string, lang: string): boolean {
  return sentenceCues(text, lang).cues.some((c) => c.value === 'praise' || c.value === 'blame');
}

/**
 * Does the sentence report how some voted ("abstained", "проголосовали против", "Only North Korea,
 * Syria and Russia opposed it")? A vote's verb, a side of a vote with names after it, or a word
 * that singles voters out opening a sentence with a verb of stance.
 */
export function reportsAVote(text: string, lang: string): boolean {
  const { tokens, cues, sides } = sentenceCues(text, lang);
  const lexicon = lexiconFor(lang);
  if (sides.length > 0 || cues.some((c) => saysClass(lexicon, text.slice(c.start, c.end), ['voteFor', 'voteAgainst', 'abstain']))) return true;
  return tokens.length > 0 && wordSet(lexicon, 'only').has(tokens[0].lower) && cues.some((c) => c.value === 'support' || c.value === 'oppose');
}

/** Of every match, overlaps included: a phrase whose gap opens a clause is not read ("a annoncé qu'il répondrait aux sanctions"). */
function withoutClausesInGaps(matches: PhraseMatch<CueKind>[], tokens: Token[], lexicon: Lexicon): PhraseMatch<CueKind>[] {
  const complementizers = wordSet(lexicon, 'complementizers');
  return matches.filter((c) => !c.gaps?.some(([from, to]) => tokens.slice(from, to).some((t) => complementizers.has(t.lower))));
}

/** A phrase with a gap keeps the cues its gap holds, for a reading that finds the gap is their own phrase. */
function withGaps(cue: Cue, all: PhraseMatch<CueKind>[]): Cue {
  if (!cue.gaps) return cue;
  const within = all.filter((o) => o !== cue && cue.gaps!.some(([from, to]) => o.from >= from && o.to <= to));
  return within.length > 0 ? { ...cue, inGap: longestFirst(within).map(asCue) } : cue;
}

/**
 * "a annoncé mercredi la levée des sanctions", "объявил об отмене санкций": where a phrase's gap holds a
 * stance word of the other side and the phrase goes on with the topic's words, the topic is that word's
 * object ("levée des sanctions"), and the phrase ("annoncer … sanctions") is not read. A gap before a
 * verb's particle ("lehnt weitere Unterstützung ab") is its object and leaves the phrase whole.
 */
function readGaps(cues: Cue[], tokens: Token[], spans: StanceCandidate['topic']['spans']): Cue[] {
  return cues.flatMap((c) => {
    if (!c.inGap || !c.gaps) return [c];
    if (givesUpObjection(c, tokens, spans)) return [{ ...c, value: 'support', inGap: undefined }];
    const rest = tokens.slice(c.gaps.at(-1)![1], c.to);
    const intoTopic = rest.some((t) => spans.some((s) => s.start <= t.start && t.end <= s.end));
    return intoTopic && c.inGap.some((o) => STANCE_KINDS.has(o.value) && o.value !== c.value) ? c.inGap : [c];
  });
}

/**
 * "gibt seinen Widerstand gegen den Beitritt auf", "hob am Montag die Blockade der Sanktionen auf": a
 * phrase against something (giving up, rejecting) whose gap holds a word against the topic as its
 * object, before any of the topic's own words, is for the topic.
 */
function givesUpObjection(cue: Cue, tokens: Token[], spans: StanceCandidate['topic']['spans']): boolean {
  if (cue.value !== 'oppose' || cue.warning || !cue.gaps || !cue.inGap) return false;
  const gapStart = tokens[cue.gaps[0][0]].start;
  const object = cue.inGap.find((o) => o.value === 'oppose' || o.value === 'support');
  return object?.value === 'oppose' && !object.warning && !spans.some((s) => s.start >= gapStart && s.start < object.start);
}

/** Words after a negation particle within which a restrictive word makes it "only": "il n'y a qu'une seule Chine". */
const RESTRICTIVE_REACH = 3;

/** "ne … que" says "only", not "not": the particle negates nothing unless a negation word comes first ("ne … pas que"). */
function withoutRestrictives(cues: PhraseMatch<CueKind>[], tokens: Token[], lexicon: Lexicon): PhraseMatch<CueKind>[] {
  const restrictive = wordSet(lexicon, 'restrictive');
  if (restrictive.size === 0) return cues;
  const negations = wordSet(lexicon, 'negation');
  return cues.filter((c) => {
    if (c.value !== 'negation') return true;
    for (const token of tokens.slice(c.to, c.to + RESTRICTIVE_REACH)) {
      if (restrictive.has(token.lower)) return false;
      if (negations.has(token.lower)) return true;
    }
    return true;
  });
}

/**
 * The words that name a side of a vote (of `sideWords`, all found) where a list of who voted so follows: a dash or colon right
 * after them ("«проти» — Росія", "against: Russia"), a bracket ("en contra (Rusia, …)"), or a count's comma and a list's
 * opening words ("5 contre, dont la Russie", "проти — 5, серед них Росія").
 */
function voteSides(text: string, tokens: Token[], lexicon: Lexicon, sideWords: PhraseMatch<CueKind>[]): PhraseMatch<CueKind>[] {
  if (lexicon.sideFor.length === 0 && lexicon.sideAgainst.length === 0) return [];
  const intro = listIntroPattern(lexicon);
  return sideWords.filter((side) => {
    const after = text.slice(side.end, side.end + LIST_INTRO_CHARS);
    if (/^[»"”'’]?\s*[—–:]/u.test(after)) return true;
    // "5 votos en contra (Rusia, Bielorrusia …)", "contre sept (Russie, Bélarus …)": the list in brackets, a count between.
    if (/^\s*([\p{N}\p{L}]+\s*)?\(/u.test(after)) return true;
    if (closedAfterList(text, tokens, side, lexicon)) return true;
    const opening = /^[»"”'’]?\s*,\s*(\S+(\s+\S+){0,2})/u.exec(after)?.[1];
    return opening !== undefined && intro !== null && new RegExp(`^(${intro.source})`, 'iu').test(opening);
  });
}

/**
 * "aleyhte Rusya, Belarus ve Kuzey Kore oy verdi": the vote's closing word within a list's length
 * after the side word, with nothing but words and commas between.
 */
export function closedAfterList(text: string, tokens: Token[], side: { end: number }, lexicon: Lexicon): boolean {
  if (lexicon.sideClose.length === 0) return false;
  const closing = wordSet(lexicon, 'sideClose');
  const from = tokenIndexAt(tokens, side.end);
  const close = tokens.slice(from, from + SIDE_CLOSE_REACH).find((t) => closing.has(t.lower));
  return close !== undefined && close.start > side.end && !/[.;:!?()«»"“”—–]/.test(text.slice(side.end, close.start));
}

/** Tokens after a side word in which the word that closes its list is looked for. */
const SIDE_CLOSE_REACH = 12;

/** Words between a vote's side word and the first name of its list: "проти — 11, серед них Росія". */
const SIDE_LIST_REACH = 6;

/** Characters after a vote's side word in which a list's opening words are looked for. */
const LIST_INTRO_CHARS = 32;

/** Words after "refused to" or "called for" within which the verb refused or the thing demanded stands. */
const REACH_AFTER_VERB = 3;

/**
 * "refused to join the sanctions" negates the verb after it; "declined to comment" takes no side;
 * "refused to" with no verb of the lexicon after it is a stance against what follows.
 */
function refusalReading(tokens: Token[], cues: Cue[], refusal: Cue): CueKind {
  const end = tokenIndexAt(tokens, refusal.end);
  const next = cues.find((c) => c.start >= refusal.end && tokenIndexAt(tokens, c.start) - end < REACH_AFTER_VERB && c.value !== 'refusal');
  if (next && (next.value === 'speech' || next.value === 'speakerAfter')) return 'neutral';
  return next && STANCE_KINDS.has(next.value) ? 'negation' : 'oppose';
}

/**
 * "called for reform of the WTO", "réclame une réforme de l'OMC": a demand whose object is the
 * topic supports it. With another stance word between ("called for an end to …") that word
 * decides, and a demand of anything else is a verb of saying ("urged Hungary to …").
 */
function demandReading(
  text: string,
  tokens: Token[],
  cues: Cue[],
  spans: StanceCandidate['topic']['spans'],
  named: Name[],
  demand: Cue,
  lexicon: Lexicon,
): CueKind {
  // Where the object comes first, the topic stands right before the demand: "WTOの改革を求めた", "reform yapılmasını talep etti".
  // A name right before it is who demands ("俄罗斯呼吁取消制裁"), not what.
  const before = lexicon.headFinal
    ? spans.find(
        (s) => s.end <= demand.start && DEMANDED_BEFORE.test(text.slice(s.end, demand.start)) && !named.some((n) => n.start <= s.start && s.end <= n.end),
      )
    : undefined;
  if (before && !cues.some((c) => STANCE_KINDS.has(c.value) && c.start >= before.end && c.end <= demand.start)) return 'support';
  const end = tokenIndexAt(tokens, demand.end);
  const soon = (offset: number) => offset >= demand.end && tokenIndexAt(tokens, offset) - end < REACH_AFTER_VERB;
  const stanceBetween = cues.some((c) => STANCE_KINDS.has(c.value) && soon(c.start));
  if (spans.some((s) => soon(s.start)) && !stanceBetween) return 'support';
  // "urged rich countries to keep their promises on climate finance", "pidió a los países ricos que cumplan …":
  // the topic further on in the demand's clause, with no stance word and no other clause between.
  const further = spans.find((s) => s.start >= demand.end && tokenIndexAt(tokens, s.start) - end < DEMAND_CLAUSE_REACH);
  if (!further || /[,;:.!?，；：。]/.test(text.slice(demand.end, further.start))) return 'speech';
  // A verb written onto the topic's noun is between them too: "呼吁取消制裁".
  const between = (c: { start: number; end: number }) => c.start >= demand.end && c.start < further.start;
  const openers = wordSet(lexicon, 'clauseNoComma');
  const opensClause = tokens.some((t) => between(t) && openers.has(t.lower));
  return cues.some((c) => between(c) && (STANCE_KINDS.has(c.value) || c.value === 'speech')) || opensClause ? 'speech' : 'support';
}

/** Words from a demand to the topic its clause names: "urged [rich countries to keep their promises on] climate finance". */
const DEMAND_CLAUSE_REACH = 10;

/** Between a demanded act and the demand where verbs come last: "よう", "ように". */
const DEMANDED_AFTER = /^\s*(よう|ように)\s*(強く)?$/u;

/** Between a demanded topic and the demand where objects come first: its particle and a few words ("の強化を", "'nin yapılmasını"). */
const DEMANDED_BEFORE = /^[^、，,。.]{0,12}$/u;

function joinsTopicPhrases(text: string, spans: StanceCandidate['topic']['spans'], cue: Cue): boolean {
  const before = spans.some((s) => s.end <= cue.start && /^\s*$/.test(text.slice(s.end, cue.start)));
  const after = spans.some((s) => s.start >= cue.end && /^\s*$/.test(text.slice(cue.end, s.start)));
  return before && after;
}

/** A short phrase after a vote's verb up to a comma, and the first words after it: "from the vote, including China". */
const VOTE_PHRASE_THEN_LIST = /^[^,;:.!?،]{0,32}[,:–—،]\s*(\S+(\s+\S+){0,2})/u;

/** A year of this or the last century, which counts no votes. */
const YEAR = /^(19|20)\d\d$/u;

/** Does a count stand right before the cue ("143 in favour", "5 votos en contra")? */
export function countedBefore(text: string, tokens: Token[], cue: { start: number }, lexicon: Lexicon): boolean {
  const at = tokenIndexAt(tokens, cue.start);
  const previous = tokens[at - 1];
  if (!previous || !/^\s*$/.test(text.slice(previous.end, cue.start))) return false;
  // A year is no count: "bis 2025 stilllegen", "к 2030 году отказаться".
  if (YEAR.test(previous.text)) return false;
  const units = wordSet(lexicon, 'tally');
  return /^\p{N}+$/u.test(previous.text) || (units.has(previous.lower) && /^\p{N}+$/u.test(tokens[at - 2]?.text ?? ''));
}

/**
 * A stance word in a vote count is no stance: "by 141 votes to 5 against", "95 голосами против
 * одного", "以141票赞成、5票反对", "143カ国の賛成で". It follows a number, or a number and a word
 * that counts votes, unless that number counts the holders listed beside it.
 */
function isTally(text: string, tokens: Token[], cue: PhraseMatch<CueKind>, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, cue.start - 12), cue.start);
  if (CJK_CHAR.test(text[cue.start] ?? '')) {
    // "31番目の加盟国": a number before an ordinal's counter is a rank, not a count.
    if (/^番目?/u.test(text.slice(cue.start))) return false;
    const units = lexicon.tally.filter((u) => CJK_CHAR.test(u)).join('|');
    return new RegExp(`\\d\\s*(${units || '票'})?(の|で|、)?\\s*$`, 'u').test(before) && !countsItsList(text, cue, lexicon);
  }
  // A count of countries before another stance word is how many hold it: "one of the more than 100 countries pushing for a phase-out".
  return countedBefore(text, tokens, cue, lexicon) && votesSide(text, cue, lexicon) && !countsItsList(text, cue, lexicon);
}

/** Is the cue a vote's word or the word of a side ("abstentions", "against", "en contra", "против")? */
function votesSide(text: string, cue: { start: number; end: number }, lexicon: Lexicon): boolean {
  const said = text.slice(cue.start, cue.end);
  const folded = fold(said);
  return (
    saysClass(lexicon, said, ['voteFor', 'voteAgainst', 'abstain']) || wordSet(lexicon, 'sideFor').has(folded) || wordSet(lexicon, 'sideAgainst').has(folded)
  );
}

/** Characters before a Chinese or Japanese count in which the list it counts is looked for. */
const COUNTED_LIST_CHARS = 40;

/**
 * Does the number before a vote's word count the holders listed beside it, so that they cast the
 * vote? "35 countries abstained, including China and India", "35 abstained from the vote, among
 * them China", "5 votos en contra (Rusia, Bielorrusia …)"; before it where lists come first:
 * "俄罗斯等5国投反对票", "俄羅斯、敘利亞和尼加拉瓜5個國家反對", "ロシアなど5カ国が反対".
 */
export function countsItsList(text: string, cue: { start: number; end: number }, lexicon: Lexicon): boolean {
  if (CJK_CHAR.test(text[cue.start] ?? '')) {
    const units = lexicon.tally.filter((u) => CJK_CHAR.test(u)).join('|');
    const before = text.slice(Math.max(0, cue.start - COUNTED_LIST_CHARS), cue.start);
    const count = `\\d+\\s*(${units || '票'})?(の|が)?\\s*$`;
    // Names and 等 before the count, or names the enumeration mark joins with nothing but names between.
    return new RegExp(`(等|など)\\s*${count}`, 'u').test(before) || new RegExp(`、[^、，,。；;\\d]{1,15}${count}`, 'u').test(before);
  }
  const intro = listIntroPattern(lexicon);
  const rest = text.slice(cue.end);
  if (/^\s*\(/u.test(rest)) return true;
  const after = /^\s*[,:–—]?\s*(\S+(\s+\S+){0,2})/u.exec(rest)?.[1] ?? '';
  const afterPhrase = VOTE_PHRASE_THEN_LIST.exec(rest)?.[1] ?? '';
  return !!intro?.test(after) || !!intro?.test(afterPhrase);
}

/** The sentence's cues for this candidate, as they bear on its topic and names. */
function cuesOf(
  candidate: StanceCandidate,
  spans: StanceCandidate['topic']['spans'],
  tokens: Token[],
  found: PhraseMatch<CueKind>[],
  named: Name[],
  lexicon: Lexicon,
): Cue[] {
  const phrasesBesideNames = spans.filter((s) => !named.some((n) => n.start <= s.start && s.end <= n.end));
  const { text } = candidate;
  const topical: Cue[] = topicCues(candidate)
    .find(text, tokens)
    .map((m) => ({ ...m, topical: true }));
  const general: Cue[] = found
    .filter((c) => !isTally(text, tokens, c, lexicon))
    .map((c): Cue => (c.value === 'praise' || c.value === 'blame' ? { ...c, value: EVALUATIVE[c.value], evaluative: true } : c))
    // A cue word inside a topic phrase ("sanctions against Russia") names the topic, not a stance.
    // A word that is both (a pair's "recognise", "ratify") stays a cue.
    // So does one that starts inside it and runs on ("Russian withdrawal from …").
    .filter(
      (c) =>
        !(
          STANCE_KINDS.has(c.value) &&
          spans.some(
            (s) => !s.contrary && ((c.start >= s.start && c.end <= s.end && s.end - s.start > c.end - c.start) || (c.start > s.start && c.start < s.end)),
          )
        ),
    )
    // So is a negation that is part of a topic word: "不" of "不可分" ("inseparable") negates nothing.
    .filter((c) => !(c.value === 'negation' && spans.some((s) => c.start >= s.start && c.end <= s.end && s.end - s.start > c.end - c.start)))
    .filter((c) => !topical.some((t) => c.start < t.end && t.start < c.end))
    // A preposition right after a topic phrase belongs to it: "sanciones contra las petroleras rusas".
    .filter(
      (c) =>
        !(
          STANCE_KINDS.has(c.value) &&
          wordSet(lexicon, 'object').has(fold(text.slice(c.start, c.end))) &&
          spans.some((s) => /^\s*$/.test(text.slice(s.end, c.start)))
        ),
    )
    // So is one that joins two of them: "sanctions package against Russia"; not a verb after a name that is a
    // topic word too ("The Philippines granted US troops access").
    .filter((c) => !(STANCE_KINDS.has(c.value) && joinsTopicPhrases(text, phrasesBesideNames, c)));
  const complementizers = wordSet(lexicon, 'complementizers');
  const determiners = wordSet(lexicon, 'determiners');
  // "Japan joined the AUKUS pact": a verb of siding whose object, right after it, is the topic, not an actor, joins it.
  // Not a preposition of siding ("together with", "avec") or a comparison ("al igual que"); not where objects come first.
  const functionWord = (t: Token) => wordSet(lexicon, 'object').has(t.lower) || wordSet(lexicon, 'agent').has(t.lower) || complementizers.has(t.lower);
  const joinsTopic = (c: Cue) =>
    !lexicon.headFinal &&
    tokens.filter((t) => t.start >= c.start && t.end <= c.end).every((t) => !functionWord(t)) &&
    spans.some(
      (s) =>
        !s.contrary &&
        s.start >= c.end &&
        tokens.filter((t) => t.start >= c.end && t.end <= s.start).every((t) => determiners.has(t.lower)) &&
        /^[\s\p{L}]*$/u.test(text.slice(c.end, s.start)),
    );
  const cues = [...topical, ...general]
    // A cue word that is part of a name ("United States", "Hope Island") is the name, not a cue;
    // a phrase that contains a name ("反对北约东扩") is still a cue.
    .filter((c) => !named.some((m) => c.start < m.end && m.start < c.end && !(c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start)))
    // A verb of agreeing that opens what was said ("утверждает, что", "agreed that") is a verb of saying;
    // a worry keeps its side ("voiced concern that …").
    .map((c) =>
      c.value === 'support' && !c.topical && complementizers.has(tokens[tokenIndexAt(tokens, c.end)]?.lower ?? '') ? { ...c, value: 'speech' as const } : c,
    )
    .map((c) => (c.value === 'align' && joinsTopic(c) ? { ...c, value: 'support' as const } : c))
    .sort((a, b) => a.start - b.start);
  // "米国に台湾独立を支持しないよう求めた": a formula of not supporting, demanded of another, is the demander's opposition.
  const demandedOfAnother = (c: Cue) =>
    c.value === 'neutral' && c.topical === true && cues.some((d) => d.value === 'demand' && DEMANDED_AFTER.test(text.slice(c.end, d.start)));
  const resolved = cues.map((c) =>
    c.value === 'refusal'
      ? { ...c, value: refusalReading(tokens, cues, c) }
      : c.value === 'demand'
        ? { ...c, value: demandReading(text, tokens, cues, spans, named, c, lexicon) }
        : demandedOfAnother(c)
          ? { ...c, value: 'oppose' as const }
          : c,
  );
  // A cue word that is itself a contrary phrase ("анексію" after "засудив") names the topic when another cue takes the stance;
  // so does a noun that heads one ("the recognition of the separatist republics", "la reconnaissance des républiques séparatistes").
  // "that" is a determiner and a relative pronoun: "a resolution that condemned the annexation" has a verb.
  const relative = new Set([...complementizers, ...wordSet(lexicon, 'relatives')]);
  const headsContrary = (c: Cue) =>
    determiners.has(tokens[tokenIndexAt(tokens, c.start) - 1]?.lower ?? '') &&
    !relative.has(tokens[tokenIndexAt(tokens, c.start) - 1]?.lower ?? '') &&
    spans.some((s) => s.contrary && s.start >= c.end && COMPLEMENT_GAP.test(text.slice(c.end, s.start)));
  const namesContrary = (c: Cue) =>
    STANCE_KINDS.has(c.value) && !c.topical && spans.some((s) => s.contrary && ((s.start === c.start && s.end === c.end) || headsContrary(c)));
  return resolved.some((c) => STANCE_KINDS.has(c.value) && !namesContrary(c)) ? resolved.filter((c) => !namesContrary(c)) : resolved;
}

/** Words of the longest clause opener: "parce que", "в то время как". */
const OPENER_WORDS = 4;

const firstWordsOf = new WeakMap<Set<string>, Set<string>>();
/** The first words of a set's phrases ("parce" of "parce que"), built once per set. */
function firstWords(set: Set<string>): Set<string> {
  let words = firstWordsOf.get(set);
  if (!words) firstWordsOf.set(set, (words = new Set([...set].map((phrase) => phrase.split(' ')[0]))));
  return words;
}

/** Does a word or phrase of the set start at token `i`? Most words start none: those are told apart before any phrase is put together. */
function opensWith(tokens: Token[], i: number, set: Set<string>): boolean {
  if (!firstWords(set).has(tokens[i].lower)) return false;
  let phrase = '';
  for (let k = i; k < Math.min(tokens.length, i + OPENER_WORDS); k++) {
    phrase = k === i ? tokens[k].lower : `${phrase} ${tokens[k].lower}`;
    if (set.has(phrase)) return true;
  }
  return false;
}

/** For each token, the index of the token that starts its clause. */
function clauseStarts(text: string, tokens: Token[], cues: Cue[], lexicon: Lexicon): number[] {
  const clauseWords = wordSet(lexicon, 'clause');
  const openers = wordSet(lexicon, 'clauseNoComma');
  // A Chinese comma ends a clause, except after a verb of saying ("表示，…"): what follows is what was said.
  const speechEnds = new Set(cues.filter((c) => c.value === 'speech').map((c) => c.end));
  const starts: number[] = [];
  let current = 0;
  tokens.forEach((token, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1].end, token.start) : '';
    const cjkComma = gap.includes('，') && !speechEnds.has(tokens[i - 1].end);
    if (/[;:—–；：]/.test(gap) || cjkComma || (/,/.test(gap) && opensWith(tokens, i, clauseWords)) || opensWith(tokens, i, openers)) current = i;
    starts.push(current);
  });
  return starts;
}

/** Quotations whose speaker is known: a verb of saying and an actor follow closely ("…," he said; "…," said Lavrov). */
function attributedQuotations(candidate: StanceCandidate, tokens: Token[], cues: Cue[], named: Name[]): Quotation[] {
  const { text } = candidate;
  const near = (offset: number, close: number, reach = 3) => offset > close && tokenIndexAt(tokens, offset) - tokenIndexAt(tokens, close) <= reach;
  // "…" avec elle, a déploré M. Peskov: a few words may close the quoted sentence before the comma, and a verb of judging says it too.
  const saying = (c: Cue, close: number) =>
    ((c.value === 'speech' || c.value === 'speakerAfter') && near(c.start, close)) ||
    (STANCE_KINDS.has(c.value) && near(c.start, close, QUOTE_TAIL_REACH) && /,\s*(\p{L}{1,5}\s+)?$/u.test(text.slice(close, c.start)));
  const attributed = quotations(text).filter(
    ({ close }) => cues.some((c) => saying(c, close)) && named.some((m) => near(m.start, close, QUOTE_TAIL_REACH + 3)),
  );
  // A sentence of a longer quotation whose speaker is known: the quotation runs from its mark (or the start) to the end.
  if ([candidate.actor, ...candidate.others].some((a) => a.mentions.some((m) => m.role === 'speaker'))) {
    attributed.push({ open: text.search(OPEN_QUOTE_MARK), close: text.length });
  }
  return attributed;
}

/** Words after a closing quotation mark up to the verb that says who said it: "…" avec elle, a déploré. */
const QUOTE_TAIL_REACH = 5;

/** Words between a complementizer and the subject of its clause: "que el Gobierno de Pekín". */
const REPORTED_SUBJECT_REACH = 4;
/** Words between a verb of blame and the "that" of the clause it judges: "осудил то, что", "a dénoncé le fait que". */
const JUDGED_CLAUSE_GAP = 2;
/** Words between a verb of saying and the comma that opens what was said: "sagte [Scholz am Montag in Berlin],". */
const SAYING_COMMA_REACH = 5;
/** Characters a Chinese subject may take right after the verb of saying: "称美国", "表示，俄罗斯联邦". */
const CJK_SUBJECT_REACH = 6;

/**
 * What named speakers said, where its subject stands: after "that", "que", "что" ("Moscow claims
 * that Washington …"); right after a Chinese verb of saying ("俄方称美国…"); between a Japanese
 * speaker and the と that closes the words ("ロシアは米国が…と主張した").
 */
function reportsOf(text: string, tokens: Token[], cues: Cue[], named: Name[], lexicon: Lexicon, coordination: RegExp): Report[] {
  const complementizers = wordSet(lexicon, 'complementizers');
  const joining = wordSet(lexicon, 'coordination');
  const objects = wordSet(lexicon, 'object');
  const speakersBefore = (offset: number) => new Set(named.filter((m) => m.end <= offset).map((m) => m.code));
  const reports: Report[] = [];
  // "China erklärte, die USA müssten …": the comma after a verb of saying opens what was said, the
  // verb right before it or a few words of time, place or speaker before ("sagte Scholz am Montag, …").
  const commaAfterSaying = (at: number) =>
    lexicon.reportAfterComma &&
    at > 0 &&
    /^\s*,\s*$/.test(text.slice(tokens[at - 1].end, tokens[at].start)) &&
    cues.some(
      (c) =>
        c.value === 'speech' &&
        c.end <= tokens[at - 1].end &&
        at - tokenIndexAt(tokens, c.end) <= SAYING_COMMA_REACH &&
        !/[,;:.!?"“”«»„]/u.test(text.slice(c.end, tokens[at - 1].end)) &&
        !cues.some((o) => o !== c && o.start >= c.end && o.end <= tokens[at - 1].end),
    );
  tokens.forEach((token, at) => {
    const that = complementizers.has(token.lower);
    if (!that && !commaAfterSaying(at)) return;
    // A verb of blame takes a clause too: "kritisierte, dass Washington …", "осудил то, что …" is the critic's claim.
    // Not a word before "and that" ("une stratégie d'hégémonie et que …"): that "that" goes on with an earlier clause.
    const judging = (c: Cue) =>
      c.value !== 'neutral' &&
      STANCE_KINDS.has(c.value) &&
      !c.topical &&
      !c.evaluative &&
      at - tokenIndexAt(tokens, c.end) <= JUDGED_CLAUSE_GAP &&
      !tokens.slice(tokenIndexAt(tokens, c.end), at).some((t) => joining.has(t.lower));
    const saying = cues.filter((c) => (c.value === 'speech' || judging(c)) && c.end <= token.start).at(-1);
    if (!saying) return;
    const reach = tokens[Math.min(at + REPORTED_SUBJECT_REACH, tokens.length - 1)];
    // The speaker is named last before the verb, with those coordinated with it ("Moscow and Beijing said"),
    // or right after it where the verb comes first ("قالت موسكو إن …"); not in an earlier clause of what
    // was said ("a déclaré que [les Etats-Unis …] et que …"), nor in a phrase before the subject ("… sur Taiwan, M. Zhao a déclaré").
    const opensEarlier = (m: Name) => tokens.some((t) => t.start >= saying.end && t.end <= m.start && complementizers.has(t.lower));
    const before = named.filter((m) => m.end <= saying.start);
    let first = before.length - 1;
    while (first > 0 && coordination.test(text.slice(before[first - 1].end, before[first].start))) first--;
    // A name a preposition governs there is where it was said: "sagte in Peking, …".
    const governed = (m: Name) => objects.has(tokens[tokenIndexAt(tokens, m.start) - 1]?.lower ?? '');
    const speakers = [
      ...before.slice(Math.max(first, 0)),
      ...named.filter((m) => m.start >= saying.end && m.end <= token.start && !opensEarlier(m) && !governed(m)),
    ];
    // What was said starts after "that", or with the word after the comma.
    reports.push({ from: that ? token.end : token.start, to: reach.end, speakers: new Set(speakers.map((m) => m.code)) });
  });
  // After a demand ("敦促美方停止…") the name is the one asked, and what follows is the demand, the demander's own.
  const demands = wordSet(lexicon, 'demand');
  for (const saying of cues.filter(
    (c) => c.value === 'speech' && CJK_CHAR.test(text.slice(c.start, c.end)) && !demands.has(fold(text.slice(c.start, c.end))),
  )) {
    const first = named.findIndex((m) => m.start >= saying.end && /^[，,：:]?$/.test(text.slice(saying.end, m.start)));
    if (first >= 0) {
      // The subject may be a group: "强调，中华民国与中华人民共和国互不隶属".
      let last = first;
      while (last + 1 < named.length && coordination.test(text.slice(named[last].end, named[last + 1].start))) last++;
      reports.push({ from: saying.end, to: Math.max(saying.end + 1 + CJK_SUBJECT_REACH, named[last].end), speakers: speakersBefore(saying.start) });
    }
    if (text.slice(Math.max(0, saying.start - 2), saying.start).includes('と')) {
      const speaker = named.filter((m) => m.end <= saying.start && /^(は|も)/.test(text.slice(m.end))).at(-1);
      // Words quoted right before と are what was said; what comes before the quotation is the occasion: "…を受け「…」と強調".
      const quoted = /」\s*と$/u.test(text.slice(0, saying.start)) ? text.lastIndexOf('「', saying.start) : -1;
      if (speaker) reports.push({ from: Math.max(speaker.end, quoted + 1), to: saying.start, speakers: speakersBefore(speaker.end) });
    }
  }
  return reports.filter((r) => r.speakers.size > 0);
}

/*
 * A sentence yields one candidate per actor, and a reading depends on the sentence, its topic and
 * everyone named in it, not on whose candidate it is: the candidates of a sentence share one.
 */
const readings = new Map<string, Reading>();

export function read(candidate: StanceCandidate): Reading {
  // The candidates of one sentence and topic come one after another with the same lists (the
  // topic's spans, each actor's mentions): the one before answers without a key to build.
  const last = lastReading.get(candidate.topic.spans);
  if (last && sameReading(last.candidate, candidate)) return last.reading;
  const reading = readByKey(candidate);
  lastReading.set(candidate.topic.spans, { candidate, reading });
  return reading;
}

const lastReading = new WeakMap<object, { candidate: StanceCandidate; reading: Reading }>();

/** Do two candidates of the same spans list read alike: one sentence, topic and cue lists, every actor named with the very same mention list? */
function sameReading(a: StanceCandidate, b: StanceCandidate): boolean {
  const { topic } = a;
  if (a.text !== b.text || a.lang !== b.lang || topic.id !== b.topic.id || a.others.length !== b.others.length) return false;
  if (topic.cues.support !== b.topic.cues.support || topic.cues.oppose !== b.topic.cues.oppose || topic.cues.neutral !== b.topic.cues.neutral) return false;
  const listedIn = (c: StanceCandidate, code: string) => (c.actor.code === code ? c.actor.mentions : c.others.find((o) => o.code === code)?.mentions);
  if (listedIn(a, b.actor.code) !== b.actor.mentions) return false;
  for (const { code, mentions } of b.others) if (listedIn(a, code) !== mentions) return false;
  return true;
}

function readByKey(candidate: StanceCandidate): Reading {
  const everyone = [candidate.actor, ...candidate.others]
    .flatMap(({ code, mentions }) => mentions.map((m) => `${code}@${m.start}-${m.end}${m.role}`))
    .sort()
    .join(' ');
  const spans = candidate.topic.spans.map((s) => `${s.start}-${s.end}${s.contrary ? '!' : ''}`).join(' ');
  const key = [topicCueKey(candidate), candidate.topic.id, spans, everyone, candidate.text].join('\u0000');
  return remembered(readings, key, () => readAfresh(candidate));
}

function readAfresh(candidate: StanceCandidate): Reading {
  const { text, lang, topic } = candidate;
  const { tokens, cues: words, sides, backgrounds, wanting, documents, sponsors, violations, pending } = sentenceCues(text, lang);
  const lexicon = lexiconFor(lang);
  const named: Name[] = [candidate.actor, ...candidate.others]
    .flatMap(({ code, mentions }) => mentions.map((m) => ({ ...m, code })))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  // "проти — 5, серед них Росія" is a vote; "проти — шестеро" counts heads and names no one.
  const listing = sides.filter((side) =>
    named.some((n) => n.start >= side.end && tokenIndexAt(tokens, n.start) - tokenIndexAt(tokens, side.end) <= SIDE_LIST_REACH),
  );
  // "the resolution on Ukraine": a document noun that is a topic word names the topic but orients nothing
  // ("Resolution 2758", a contrary phrase, does).
  const topicSpans = topic.spans.filter((s) => s.contrary || !documents.some((d) => d.start < s.end && s.start < d.end));
  const read = readGaps(words, tokens, topic.spans);
  const found = listing.length > 0 ? [...read, ...listing.map((side) => ({ ...side, side: true }))].sort((a, b) => a.start - b.start) : read;
  const cues = cuesOf(candidate, topicSpans, tokens, found, named, lexicon);
  return {
    text,
    lang,
    tokens,
    cues,
    lexicon,
    clauseStart: clauseStarts(text, tokens, cues, lexicon),
    topicSpans,
    names: named,
    coordination: coordinationPattern(lang),
    attributed: attributedQuotations(candidate, tokens, cues, named),
    reports: reportsOf(text, tokens, cues, named, lexicon, coordinationPattern(lang)),
    backgrounds,
    wanting,
    documents,
    sponsors,
    violations,
    pending,
  };
}

export function previousWord(reading: Reading, tokenIndex: number): Token | undefined {
  const skip = wordSet(reading.lexicon, 'determiners');
  for (let i = tokenIndex - 1; i >= 0; i--) if (!skip.has(reading.tokens[i].lower)) return reading.tokens[i];
  return undefined;
}
