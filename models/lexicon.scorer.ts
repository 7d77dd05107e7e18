import { quotations } from '../core/quotes.js';
import { CJK_CHAR, fold, phraseWords, type Token, tokenize, wordSays } from '../core/text.js';
import {
  backgroundReaches,
  commaPattern,
  coordinationPattern,
  escaped,
  formsList,
  listIntroPattern,
  type PredicateClass,
  saysClass,
  viewpointAfterPattern,
  viewpointPattern,
  wordSet,
} from './lexicon.js';
import {
  COMPLEMENT_GAP,
  type Cue,
  closedAfterList,
  countedBefore,
  countsItsList,
  type Name,
  PREDICATE_KINDS,
  previousWord,
  type Reading,
  read,
  STANCE_KINDS,
  tokenIndexAt,
} from './lexicon-reading.js';
import type { CandidateMention, Scorer, SentenceStance, StanceCandidate } from './scorer.js';

/** Stored on every record the lexicon scorer makes; raised when its rules or lexicons change what it reads. */
export const LEXICON_VERSION = '48';

/** What stands between an owner and what it owns: "Russia's invasion", "ロシアの侵略", nothing in "俄罗斯入侵", a compound's hyphen in "EU-Sanktionen". */
const POSSESSIVE_GAP = /^(|-|['’]\p{L}{0,4}\s*|'s\s+|\s*(の|的)\s*)$/u;
/** A possessive ending right before a phrase: "Sweden's bid", "Rusya'nın" (の and 的 also link a topic's own subject: "米国の拡大抑止"). */
const OWNER_GAP = /^(['’]\p{L}{0,4}\s*|'s\s+)$/u;

/**
 * A mention that is part of what the topic names ("расширения НАТО", "Rusya'ya yönelik
 * yaptırımlar") or that owns it ("Russia's invasion", "ロシアのウクライナ侵略") is the topic's
 * object, not someone taking a stance on it.
 */
function namesTopic(reading: Reading, mention: CandidateMention): boolean {
  // Spans that are stance phrases ("lehnt … ab") name no object.
  const named = reading.topicSpans.filter((s) => !reading.cues.some((c) => c.topical && c.start === s.start));
  // "日米": one letter of a run of country abbreviations owns nothing, though the next one is a topic word.
  const abbreviation = (s: { start: number; end: number }) => mention.end - mention.start === 1 && s.start === mention.end && isName(reading, s);
  // Not a name in the gap of a topic's stance phrase: "عادت [الولايات المتحدة] … إلى اتفاق باريس" is its subject.
  const { tokens } = reading;
  const inGap = (s: { start: number; end: number }) =>
    reading.cues.some(
      (c) =>
        c.topical &&
        c.start === s.start &&
        c.end === s.end &&
        c.gaps?.some(([from, to]) => (tokens[from]?.start ?? Infinity) <= mention.start && mention.end <= (tokens[to - 1]?.end ?? 0)) === true,
    );
  // Nor the name itself with a clitic glued before it ("والولايات المتحدة").
  const clitic = (s: { start: number; end: number }) => s.end === mention.end && reading.lexicon.prefixes.includes(reading.text.slice(s.start, mention.start));
  const inside = reading.topicSpans.some(
    (s) => s.start <= mention.start && mention.end <= s.end && s.end - s.start > mention.end - mention.start && !inGap(s) && !clitic(s),
  );
  return (
    inside ||
    targetBeforeMeasure(reading, mention, named) ||
    named.some((s) => {
      // An adjective right before the topic's noun qualifies it: "russische Annexionen", "the Russian invasion"; not where
      // adjectives follow their noun ("رحبت الحكومة الألمانية بانضمام").
      const ownerGap = reading.text.slice(mention.end, s.start);
      const owner =
        s.start >= mention.end &&
        (POSSESSIVE_GAP.test(ownerGap) || (mention.role === 'adjective' && !reading.lexicon.adjectiveAfterNoun && /^\s+$/.test(ownerGap))) &&
        !abbreviation(s);
      // A name right after the topic word is its genitive ("расширения НАТО"), after an article or "of" too
      // ("Nato-Beitritt der Ukraine", "the accession of Finland"); not the agent "by" names ("sanctions by the EU").
      // A name coordinated with that genitive is one too: "die Nato-Beitritte Finnlands und Schwedens".
      const first = groupStart(reading, mention);
      const gap = reading.text.slice(s.end, first);
      const genitive =
        s.end <= first && (/^\s+$/.test(gap) || (COMPLEMENT_GAP.test(gap) && !tokenize(gap).some((t) => wordSet(reading.lexicon, 'agent').has(t.lower))));
      return owner || genitive;
    })
  );
}

/** Words between a target and the word that aims a measure at it: "Rus [enerji sektörüne] yönelik yaptırımlar". */
const TARGET_BEFORE_REACH = 3;

/**
 * "Rus enerji sektörüne yönelik yaptırımlar" ("sanctions aimed at the Russian energy sector"): where
 * a target comes before the measure, a name a few words before the lexicon's `aimedAt` word, with a
 * topic's noun right after that word, is the target.
 */
function targetBeforeMeasure(reading: Reading, mention: CandidateMention, spans: readonly { start: number; end: number }[]): boolean {
  const aimedAt = wordSet(reading.lexicon, 'aimedAt');
  if (aimedAt.size === 0 || mention.end === mention.start) return false;
  const { tokens, text } = reading;
  const from = tokenIndexAt(tokens, mention.end);
  for (let i = from; i < Math.min(tokens.length, from + TARGET_BEFORE_REACH + 1); i++) {
    if (/[,;:.!?"“”«»()]/.test(text.slice(mention.end, tokens[i].start))) return false;
    if (aimedAt.has(tokens[i].lower)) return spans.some((s) => s.start >= tokens[i].end && /^\s*$/.test(text.slice(tokens[i].end, s.start)));
  }
  return false;
}

/** Letters from which a word after an object is a postposition written apart, not a case ending glued on. */
const POSTPOSITION_LENGTH = 5;
/** Letters from which a whole word after an object is a postposition ("ile"); shorter ones are particles ("de", "also"). */
const WORD_POSTPOSITION_LENGTH = 3;

/**
 * A case ending or particle that makes the mention an object: Turkish "Rusya'ya", Japanese "米国を",
 * Chinese "向澳方". Where the language marks a group once, after its last name, that mark counts:
 * "Rusya ile Ukrayna arasında" ("between Russia and Ukraine").
 */
function markedAsObject(reading: Reading, mention: CandidateMention): boolean {
  const { lexicon, text } = reading;
  const end = lexicon.headFinal ? markedGroupEnd(reading, mention) : mention.end;
  const after = text.slice(end).replace(/^['’]/, '');
  // A postposition, unlike a case ending, stands after a space, as a word of its own: "Ukrayna hakkında",
  // "Ukrayna ile ilgili" ("about Ukraine"), "Ukrayna ile" ("with Ukraine").
  const apart = (m: string) => {
    const rest = after.trimStart();
    return (
      rest !== after &&
      rest.startsWith(m) &&
      (m.length >= POSTPOSITION_LENGTH || (m.length >= WORD_POSTPOSITION_LENGTH && !/^\p{L}/u.test(rest.slice(m.length))))
    );
  };
  const marked = (m: string) => (after.startsWith(m) ? after : apart(m) ? after.trimStart() : undefined);
  const suffixed = lexicon.objectAfter.some((m) => {
    const rest = marked(m)?.slice(m.length);
    return rest !== undefined && (CJK_CHAR.test(m) || !/^\p{L}/u.test(rest));
  });
  // A preposition before the group governs every name in it: "就美英澳建立…" ("on the US, Britain and Australia setting up …").
  const before = text.slice(0, Math.min(mention.start, groupSpan(reading, mention).start));
  return suffixed || lexicon.objectBefore.some((m) => before.endsWith(m));
}

/**
 * Where a group's case is marked once, after its last name, the end of the names joined to this one
 * by a word or a mark ("Rusya ile Ukrayna", "中俄"); not by a bare space, which stands between a
 * subject and a case-marked object: "Finlandiya NATO'ya katılmak için başvurdu".
 */
function markedGroupEnd(reading: Reading, mention: CandidateMention): number {
  const group = groupSpan(reading, mention);
  let end = mention.end;
  for (const name of reading.names) {
    if (name.start < end || name.end > group.end) continue;
    if (/^\s+$/.test(reading.text.slice(end, name.start))) break;
    end = name.end;
  }
  return end;
}

/** Words of a person's title between a preposition and their name: "of [Russian President] Vladimir Putin". */
const PERSON_TITLE_REACH = 3;

/**
 * "the daughters of Russian President Vladimir Putin": a person named, past their title, after a
 * preposition of an object (not of an agent) is part of that object, and holds nothing.
 */
function personInObject(reading: Reading, mention: CandidateMention): boolean {
  if (mention.role !== 'person' || reading.lexicon.headFinal) return false;
  const { tokens } = reading;
  const at = tokenIndexAt(tokens, groupStart(reading, mention));
  let i = at;
  while (i > 0 && at - i < PERSON_TITLE_REACH && (inName(reading, tokens[i - 1]) || /^\p{Lu}/u.test(tokens[i - 1].text))) i--;
  // Not past a comma or a quote: "…," said Russian President Vladimir Putin.
  if (/[,;:"“”«»]/u.test(reading.text.slice(tokens[i]?.start ?? 0, mention.start))) return false;
  const word = previousWord(reading, i);
  if (!isWord(reading, word, 'object') || isWord(reading, word, 'agent')) return false;
  // Not a preposition inside the title itself: "Secretary of State Antony Blinken", "Minister of Foreign Affairs Sergei Lavrov".
  const before = word && tokens[tokenIndexAt(tokens, word.start) - 1];
  return !(before && isWord(reading, before, 'heads'));
}

/** "Ukrayna bölgesinin ilhakı" ("the annexation of the Ukraine region"): a bare name right before the lower-case noun it qualifies. */
function opensCompound(reading: Reading, mention: CandidateMention): boolean {
  const head = wholePattern(reading.lexicon, 'compoundHead');
  const next = head && /^ (\p{Ll}\p{L}*)/u.exec(reading.text.slice(mention.end));
  return !!next && head.test(next[1]);
}

/**
 * "Finland's membership posed no threat": a name with 's before a noun owns that noun and is not
 * the subject. Before a head noun ("Russia's foreign ministry said") it names the actor, and
 * before a stance of its own ("Finland's bid to join") it holds that stance.
 */
function possessorOnly(reading: Reading, mention: CandidateMention): boolean {
  const owned = /^['’]s((?:\s+\p{L}+){1,3})/u.exec(reading.text.slice(mention.end));
  if (!owned) return false;
  const heads = wordSet(reading.lexicon, 'heads');
  if (
    owned[1]
      .trim()
      .split(/\s+/)
      .some((w) => heads.has(fold(w)))
  )
    return false;
  const nounStart = mention.end + owned[0].length - owned[1].trimStart().length;
  return !reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start === nounStart);
}

/** Words between a name (or its decision noun) and the act decided: "to", "de", "zu", a short adverb. */
const DECIDED_ACT_REACH = 3;

/**
 * Where the name is the one whose decision it is ("Finland's decision to", "the decision of the EU
 * to", "рішення ЄС"): the token at which what was decided begins, and the end of the name's group.
 */
function decisionAct(reading: Reading, mention: CandidateMention): { from: number; groupEnd: number } | undefined {
  const decisions = wordSet(reading.lexicon, 'decisions');
  if (decisions.size === 0) return undefined;
  const { tokens } = reading;
  const group = groupSpan(reading, mention);
  const possessive = /^['’]s\s+(\p{L}+)/u.exec(reading.text.slice(group.end));
  if (possessive && decisions.has(fold(possessive[1]))) return { from: tokenIndexAt(tokens, group.end + possessive[0].length), groupEnd: group.end };
  // The noun right before the name, an "of" or "by" and articles between: "la décision de la Suède".
  let i = tokenIndexAt(tokens, group.start) - 1;
  while (
    i >= 0 &&
    (isWord(reading, tokens[i], 'object') || isWord(reading, tokens[i], 'agent') || wordSet(reading.lexicon, 'determiners').has(tokens[i].lower))
  )
    i--;
  return i >= 0 && decisions.has(tokens[i].lower) ? { from: tokenIndexAt(tokens, group.end), groupEnd: group.end } : undefined;
}

/** Is the span what was decided: right after the name (or its decision noun), in the same stretch of the sentence? */
function decided(reading: Reading, act: { from: number; groupEnd: number }, span: { start: number }): boolean {
  return (
    span.start >= act.groupEnd &&
    tokenIndexAt(reading.tokens, span.start) - act.from <= DECIDED_ACT_REACH &&
    !/[;:.!?]/.test(reading.text.slice(act.groupEnd, span.start))
  );
}

/**
 * "welcomed Finland's decision to apply", "the decision of the EU to impose", "рішення ЄС
 * запровадити санкції": the name whose decision it is holds the act decided, though it stands
 * where an object would. A word of praise or blame after the decision judges it ("called
 * Canberra's decision a stab in the back"): that is the judge's, not an act decided.
 */
function decidesAct(reading: Reading, mention: CandidateMention): boolean {
  const act = decisionAct(reading, mention);
  if (!act) return false;
  const acts = reading.cues.filter((c) => (STANCE_KINDS.has(c.value) || c.topical === true) && c.evaluative !== true);
  return [...acts, ...reading.topicSpans].some((s) => decided(reading, act, s));
}

/** Tokens after an act's noun within which its actor is named: "den Rückzug [der] USA". */
const ACT_OWNER_REACH = 2;

/**
 * "concern over the US decision to withdraw", "besorgt über den Rückzug der USA": a worry about an
 * act another actor is named with is no threat of the holder's own act ("threatened to block",
 * "drohte mit einem Veto"); it opposes that act.
 */
function worryAboutAnother(reading: Reading, candidate: StanceCandidate, warning: Cue, act: Cue): boolean {
  const { tokens, text } = reading;
  const other = (n: Name) => n.code !== candidate.actor.code && n.end > n.start;
  if (reading.names.some((n) => other(n) && n.start >= warning.end && n.end <= act.end)) return true;
  // Where the act comes before the worry ("ABD'nin Paris Anlaşması'ndan çekilme kararından endişe"), its owner stands right before it.
  if (act.end <= warning.start)
    return reading.names.some(
      (n) => other(n) && ((n.start >= act.end && n.end <= warning.start) || (n.end <= act.start && POSSESSIVE_GAP.test(text.slice(n.end, act.start)))),
    );
  // An article opens the act's noun right after the worry or its preposition, and the actor follows the noun.
  const determiners = wordSet(reading.lexicon, 'determiners');
  const gap = tokens.filter((t) => t.start >= warning.end && t.end <= act.start);
  if (!gap.slice(0, 2).some((t) => determiners.has(t.lower))) return false;
  const after = tokenIndexAt(tokens, act.end);
  return reading.names.some((n) => other(n) && n.start >= act.end && tokenIndexAt(tokens, n.start) - after <= ACT_OWNER_REACH);
}

/** The topic phrase a name decided, where no verb says the act: "Finland's decision to apply for NATO membership". */
function decidedTopic(reading: Reading, mention: CandidateMention): StanceCandidate['topic']['spans'][number] | undefined {
  if (mention.end === mention.start) return undefined;
  const act = decisionAct(reading, mention);
  return act && reading.topicSpans.find((s) => decided(reading, act, s));
}

/** Tokens between an owner's "'s" and its stance noun: "China's [strong] objections". */
const OWNED_NOUN_REACH = 1;
/** Tokens between a stance noun and its owner after it: "the opposition [of] China", "l'opposition [de la] Chine". */
const OWNER_AFTER_NOUN_REACH = 3;
/** Tokens from the stance noun, or its owner after it, to the topic phrase it is about: "objections from China [to] NATO expansion". */
const OWNED_TOPIC_REACH = 4;

/**
 * "despite China's objections to NATO expansion", "the opposition of China to …", "l'opposition de
 * la Chine à …", "trotz des Widerstands Chinas gegen …": the owner of a stance noun holds it, though a
 * preposition governs the owner and another verb is the clause's. The noun must be about the topic
 * right after it.
 */
function ownedStanceNoun(reading: Reading, mention: CandidateMention): Cue | undefined {
  if (mention.end === mention.start || mention.role === 'adjective' || reading.lexicon.headFinal) return undefined;
  const { text, tokens } = reading;
  const group = groupSpan(reading, mention);
  if (reading.topicSpans.some((s) => s.start <= mention.start && mention.end <= s.end)) return undefined;
  // Not the topic's own noun: "l'adhésion de la Macédoine du Nord à l'OTAN" names the act, not a stance of its owner.
  const nouns = reading.cues.filter(
    (c) =>
      (c.value === 'support' || c.value === 'oppose') && !c.topical && !c.evaluative && !reading.topicSpans.some((s) => s.start < c.end && c.start < s.end),
  );
  const unbroken = (from: number, to: number) => !/[,;:.!?،，。()«»"“”]/.test(text.slice(from, to));
  const possessive = /^['’]s\s+/u.exec(text.slice(group.end));
  let noun: Cue | undefined;
  if (possessive) {
    const from = tokenIndexAt(tokens, group.end + possessive[0].length);
    noun = nouns.find((c) => c.start >= group.end && tokenIndexAt(tokens, c.start) - from <= OWNED_NOUN_REACH && unbroken(group.end, c.start));
  } else {
    const owners = wordSet(reading.lexicon, 'ownerAfterNoun');
    const determiners = wordSet(reading.lexicon, 'determiners');
    noun = nouns.findLast((c) => {
      // A noun phrase with the owner's place inside it: "opposition de … à".
      const inside = c.start < group.start && group.end <= c.end;
      // The noun is one word, not a verb's phrase ("rejeté les critiques de Pékin").
      if ((c.end > group.start && !inside) || (!inside && /\s/u.test(text.slice(c.start, c.end))) || !unbroken(inside ? c.start : c.end, group.start))
        return false;
      const from = inside ? c.start + 1 : c.end;
      const between = tokens.filter((t) => t.start >= from && t.end <= group.start);
      // A genitive with no preposition only after the noun's own article: "des Widerstands Chinas".
      if (between.length === 0) return !inside && afterDeterminer(reading, c);
      return between.length <= OWNER_AFTER_NOUN_REACH && owners.has(between[0].lower) && between.slice(1).every((t) => determiners.has(t.lower));
    });
  }
  if (!noun) return undefined;
  const end = Math.max(noun.end, group.end);
  const next = tokenIndexAt(tokens, end);
  const topic = reading.topicSpans.find((s) => s.start >= end && tokenIndexAt(tokens, s.start) - next <= OWNED_TOPIC_REACH && unbroken(end, s.start));
  if (!topic || reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c !== noun && c.start >= end && c.end <= topic.start)) return undefined;
  return noun;
}

/** Is the cue a noun after its determiner: "une adhésion", "l'adhésion", "its accession"? */
function afterDeterminer(reading: Reading, cue: Cue): boolean {
  const at = tokenIndexAt(reading.tokens, cue.start);
  const before = reading.tokens[at - 1];
  return before !== undefined && wordSet(reading.lexicon, 'determiners').has(before.lower) && /^\s*['’]?\s*$/u.test(reading.text.slice(before.end, cue.start));
}

/** The stretch between two commas right after the holder's name: "La Hongrie|, longtemps réticente,| a …". */
function asideAfter(reading: Reading, holderEnd: number): { start: number; end: number } | undefined {
  const opening = /^\s*,/u.exec(reading.text.slice(holderEnd));
  if (!opening) return undefined;
  const start = holderEnd + opening[0].length;
  const close = reading.text.indexOf(',', start);
  // Within a sentence a full stop is an abbreviation's: "U.S.".
  if (close < 0 || /[;:!?]/.test(reading.text.slice(start, close))) return undefined;
  return { start, end: close + 1 };
}

/** Where the subject carries a particle (Japanese は/が/も), a name without one is not the subject. */
function subjectMarked(reading: Reading, mention: CandidateMention): boolean {
  const pattern = leadingPattern(reading.lexicon, 'subjectAfter');
  if (!pattern || mention.role === 'group' || mention.role === 'pronoun' || mention.end === mention.start) return true;
  return pattern.test(reading.text.slice(mention.end));
}

/** Words from a name in the genitive to the verb made a noun whose subject it is: "Türkiye'nin [İsveç'in NATO üyeliğini] onaylaması". */
const NOMINALISED_VERB_REACH = 8;

/**
 * "NATO, Türkiye'nin İsveç'in NATO üyeliğini onaylamasının ardından …": a name in the genitive
 * (`genitiveEnding`) that a stance verb made a noun (`nominalisedVerb`) follows in its clause, with
 * no other verb between, is that verb's subject, and holds that act alone. Not where the clause
 * says what someone asks of it ("Türkiye'nin onaylamasını istedi"), nor where the verb is the
 * topic's own act, which another judges ("Finlandiya'nın NATO'ya katılmasını kınadı").
 */
function nominalisedAct(reading: Reading, mention: CandidateMention): Cue | undefined {
  const genitive = leadingPattern(reading.lexicon, 'genitiveEnding');
  const verb = wholePattern(reading.lexicon, 'nominalisedVerb');
  if (!genitive || !verb) return undefined;
  const { text, tokens, cues } = reading;
  const group = groupSpan(reading, mention);
  if (!genitive.test(text.slice(group.end))) return undefined;
  const clause = clauseAt(reading, mention.start);
  const next = cues.find((c) => PREDICATE_KINDS.has(c.value) && c.start >= group.end);
  if (!next || next.value === 'neutral' || !STANCE_KINDS.has(next.value) || next.evaluative || next.topical || clauseAt(reading, next.start) !== clause)
    return undefined;
  const from = tokenIndexAt(tokens, group.end);
  const to = tokenIndexAt(tokens, next.start);
  if (to - from > NOMINALISED_VERB_REACH || !verb.test(text.slice(next.start, next.end))) return undefined;
  // "İsveç'in NATO üyeliğini onaylaması", "Ukrayna'nın toprak bütünlüğünü": a noun a genitive owns, in the first
  // two words after the name, is this name's. A second genitive after it ("Macaristan'ın İsveç'in … onaylaması")
  // owns that noun, and this one is the subject.
  const owned = wholePattern(reading.lexicon, 'possessedNoun');
  // A name's own ending after an apostrophe ("İsveç'in") is no word of its own.
  const words = tokens
    .slice(from, to)
    .filter((t) => !/['’]/u.test(text[t.start - 1] ?? '') && !reading.names.some((n) => n.start <= t.start && t.start < n.end));
  const genitiveAfter = reading.names.some((n) => n.start >= group.end && n.end <= next.start && genitive.test(text.slice(n.end)));
  if (!genitiveAfter && words.slice(0, 2).some((t) => owned?.test(t.text))) return undefined;
  return cues.some((c) => c.start >= next.end && clauseAt(reading, c.start) === clause && isDemand(reading, c)) ? undefined : next;
}

/** Where the names coordinated with this one start and end ("the United States and NATO" for NATO). */
function groupSpan(reading: Reading, mention: CandidateMention): { start: number; end: number } {
  let byPlace = groupSpans.get(reading);
  if (!byPlace) groupSpans.set(reading, (byPlace = new Map()));
  // One number per (start, end) in this sentence.
  const place = mention.start * (reading.text.length + 1) + mention.end;
  let group = byPlace.get(place);
  if (!group) {
    const { start, end } = groupSpanAfresh(reading, mention);
    byPlace.set(place, (group = { start, end }));
  }
  return group;
}

/** The group of the names at each place of a reading: every candidate of the sentence asks for the same ones. */
const groupSpans = new WeakMap<Reading, Map<number, { start: number; end: number }>>();

function groupSpanAfresh(reading: Reading, mention: CandidateMention): { start: number; end: number } {
  const { names, text, coordination } = reading;
  // The chain of names joined by commas and "and" around this one, in text order.
  const chain: Array<{ start: number; end: number; gap: string }> = [{ start: mention.start, end: mention.end, gap: '' }];
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i].end > chain[0].start) continue;
    const gap = text.slice(names[i].end, chain[0].start);
    if (!coordination.test(gap)) break;
    chain.unshift({ start: names[i].start, end: names[i].end, gap });
  }
  const at = chain.length - 1;
  // The list may end after this name: "Russia, China and Iran" seen from China.
  for (const name of names) {
    const last = chain[chain.length - 1];
    if (name.start < last.end) continue;
    const gap = text.slice(last.end, name.start);
    if (!coordination.test(gap)) break;
    last.gap = gap;
    chain.push({ start: name.start, end: name.end, gap: '' });
  }
  // A list is "A, B and C": a bare comma after "and" starts something else ("Almanya ve Fransa, Rusya'ya …").
  const bareComma = commaPattern(reading.lang);
  let first = 0;
  let last = chain.length - 1;
  let joined = false;
  for (let k = 0; k < chain.length - 1; k++) {
    const gap = chain[k].gap;
    if (bareComma.test(gap) && joined) {
      if (k < at) first = k + 1;
      else {
        last = k;
        break;
      }
      joined = false;
    } else if (!bareComma.test(gap)) joined = true;
  }
  const gaps = chain.slice(first, last).map((n) => n.gap);
  return formsList(gaps, reading.lang) ? { start: chain[first].start, end: chain[last].end } : mention;
}

/** The first of the names coordinated with this one. */
function groupStart(reading: Reading, mention: CandidateMention): number {
  return groupSpan(reading, mention).start;
}

/** Words a verb-first verb may have between it and its subject: an object ("عارضت القرار روسيا"). */
const VERB_FIRST_OBJECT_REACH = 2;

/**
 * Is the mention (or the first of the names coordinated with it) the subject right after a
 * verb-first verb, with at most a short object between? Only in a list a coordinating word joins.
 */
function verbFirstSubjects(reading: Reading, mention: CandidateMention): boolean {
  const { tokens, cues } = reading;
  const first = groupStart(reading, mention);
  const at = tokenIndexAt(tokens, first);
  const verb = cues.filter((c) => PREDICATE_KINDS.has(c.value) && c.end <= first && at - tokenIndexAt(tokens, c.end) <= VERB_FIRST_OBJECT_REACH).at(-1);
  if (!verb || afterRelative(reading, verb)) return false;
  // "اتهمت بكين واشنطن بـ…": a name between the verb and this one is the subject, this one the object.
  if (reading.names.some((n) => n.start >= verb.end && n.end <= first)) return false;
  if (first === mention.start && at - tokenIndexAt(tokens, verb.end) <= 1) return true;
  return !/[,،.;:!?]/.test(reading.text.slice(verb.end, first));
}

/**
 * "Der Kreml verlangt von der Nato Garantien", "demanded of NATO": after a verb of demanding, the
 * agent's preposition names whom the demand is made of, not who makes it.
 */
function addresseeOfDemand(reading: Reading, mention: CandidateMention): boolean {
  const by = governingWord(reading, mention);
  if (!by || !isWord(reading, by, 'agent')) return false;
  return reading.cues.some((c) => (c.value === 'demand' || c.value === 'speech') && c.end <= by.start && /^\s*$/.test(reading.text.slice(c.end, by.start)));
}

/** Tokens from a legislature named in the locative to the passive verb it passed: "TBMM'de [oy birliğiyle] kabul edildi". */
const LOCATIVE_AGENT_REACH = 3;

/** "İsveç'in üyeliği TBMM Genel Kurulu'nda kabul edildi": the legislature in whose chamber the passive verb was done did it. */
function locativeAgent(reading: Reading, mention: CandidateMention): boolean {
  const { locativeEnding, locativePassive } = reading.lexicon;
  if (!locativeEnding || !locativePassive || mention.role !== 'institution') return false;
  const group = groupSpan(reading, mention);
  const ending = new RegExp(`^(${locativeEnding})(?=\\s)`, 'u').exec(reading.text.slice(group.end));
  if (!ending) return false;
  const from = group.end + ending[0].length;
  const passive = new RegExp(`(${locativePassive})$`, 'u');
  return reading.cues.some((c) => {
    if (!STANCE_KINDS.has(c.value) || c.start < from || /[,;:.!?]/.test(reading.text.slice(from, c.start))) return false;
    if (tokenIndexAt(reading.tokens, c.start) - tokenIndexAt(reading.tokens, from) > LOCATIVE_AGENT_REACH) return false;
    const verb = reading.tokens[tokenIndexAt(reading.tokens, c.end) - 1];
    return verb !== undefined && passive.test(verb.lower);
  });
}

/** The word before a name, or before the first of the names coordinated with it: "by Ankara and Budapest". */
function governingWord(reading: Reading, mention: CandidateMention): Token | undefined {
  return previousWord(reading, tokenIndexAt(reading.tokens, groupStart(reading, mention)));
}

/**
 * "35 nations, including China and India, abstained": names a list word opens inside the subject,
 * with the verb right after the list, share that verb.
 */
function listedInSubject(reading: Reading, mention: CandidateMention): boolean {
  const intro = listIntroEndPattern(reading.lexicon);
  if (!intro) return false;
  const { start, end } = groupSpan(reading, mention);
  if (!intro.test(reading.text.slice(Math.max(0, start - LIST_INTRO_CHARS), start))) return false;
  return reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= end && /^[\s,)\]—–-]*$/u.test(reading.text.slice(end, c.start)));
}

/**
 * "поважає суверенітет усіх країн, зокрема України, але …": names a list word opens after a verb, with
 * no verb of their own right after them, are part of that verb's object.
 */
function listedInObject(reading: Reading, mention: CandidateMention): boolean {
  const intro = listIntroEndPattern(reading.lexicon);
  if (!intro) return false;
  const { start } = groupSpan(reading, mention);
  const opening = Math.max(0, start - LIST_INTRO_CHARS);
  if (!intro.test(reading.text.slice(opening, start)) || listedInSubject(reading, mention)) return false;
  // Not partners listed after an actor: "внесену Україною разом з Канадою".
  const window = reading.text.slice(opening, start);
  const introAt = opening + window.search(intro);
  if (reading.names.some((n) => n.end <= introAt && /^[\s,]*$/u.test(reading.text.slice(n.end, introAt)))) return false;
  return reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.end <= opening && !/[.!?;。！？；]/u.test(reading.text.slice(c.end, start)));
}

/** "Moscow threatened to retaliate if Finland joined NATO": a name in a condition takes no stance. */
function inCondition(reading: Reading, mention: CandidateMention): boolean {
  const { tokens, text, lexicon } = reading;
  // "NATOの部隊が配備されれば対抗措置をとる": a name before the ending that closes a condition, with no topic particle of its own.
  if (lexicon.conditionalAfter.length > 0) {
    // A gloss in brackets goes on with the clause: "スウェーデンがNATO(北大西洋条約機構)に加盟しても".
    // "Rusya İsveç NATO'ya katılırsa …": the condition is the clause of the last bare name before its ending.
    const nextBare = reading.names.find((n) => n.start >= mention.end && /^\s/u.test(text.slice(n.end, n.end + 1)));
    const stretch = MATTER_STRETCH.exec(text.slice(mention.end, nextBare?.start).replace(GLOSS, ''))![0];
    const closes = lexicon.conditionalAfter.some((m) => stretch.includes(m) && !stretch.includes(`によ${m}`));
    if (closes && !TOPIC_PARTICLE.test(stretch)) return true;
  }
  const conditional = wordSet(reading.lexicon, 'conditional');
  if (conditional.size === 0) return false;
  const at = tokenIndexAt(tokens, mention.start);
  // "Si bien la UE ha propuesto reformas" ("although the EU has proposed …") states what was done.
  const concessive = (i: number) => lexicon.concessive.some((p) => fold(text.slice(tokens[i].start, tokens[i].start + p.length)) === fold(p));
  for (let i = clauseAt(reading, mention.start); i < at; i++) if (conditional.has(tokens[i].lower) && !concessive(i)) return true;
  // Chinese writes a clause as one word: "如果芬兰和瑞典决定申请加入北约" opens with its condition.
  const clauseOffset = tokens[clauseAt(reading, mention.start)]?.start ?? 0;
  const before = fold(text.slice(clauseOffset, mention.start));
  return [...conditional].some((word) => CJK_CHAR.test(word) && before.includes(word));
}

/** Words between a background phrase and a name it governs: "after |the| Russian invasion". */
const BACKGROUND_NAME_REACH = 2;

/**
 * "Sweden applied after the Russian invasion", "بعد الغزو الروسي": a name in the scene set for
 * another act holds no stance there. One with a verb of its own right after it, in its clause,
 * opens a clause that may ("after Russia vetoed the text").
 */
function inBackground(reading: Reading, mention: CandidateMention): boolean {
  // Only an adjective ("the Russian invasion"): an owner ("after Finland's application") did what the phrase says.
  if (mention.role !== 'adjective') return false;
  const { tokens, text } = reading;
  const group = groupSpan(reading, mention);
  const at = tokenIndexAt(tokens, group.start);
  const set = reading.backgrounds.some(
    (b) => b.end <= group.start && backgroundReaches(text.slice(b.end, group.start)) && at - tokenIndexAt(tokens, b.end) <= BACKGROUND_NAME_REACH,
  );
  if (!set) return false;
  const end = tokenIndexAt(tokens, group.end);
  // Not a verb past the comma that closes the scene: "عقب الغزو الروسي لأوكرانيا، ترشيحها".
  return !reading.cues.some(
    (c) => PREDICATE_KINDS.has(c.value) && c.start >= group.end && tokenIndexAt(tokens, c.start) - end <= 1 && !/[,;:،؛]/.test(text.slice(group.end, c.start)),
  );
}

/**
 * "俄罗斯入侵乌克兰后日本宣布…", "日本以俄罗斯入侵乌克兰为由宣布…": where a background word closes its
 * scene, a name before it in its clause is in the scene, unless an opening word ("以", "在") or a
 * verb of its own ("日本宣布制裁后") stands between them.
 */
function inClosedScene(reading: Reading, mention: CandidateMention): boolean {
  const { backgroundOpen, backgroundNot } = reading.lexicon;
  if (backgroundOpen.length === 0) return false;
  const { text } = reading;
  return reading.backgrounds.some((b) => {
    if (b.start < mention.end || backgroundNot.some((w) => text.slice(b.end - w.length, b.end) === w)) return false;
    const between = text.slice(mention.end, b.start);
    if (!backgroundReaches(between) || /[，、；：。！？]/.test(between)) return false;
    // Opening words outside the names between: "以色列" is a name, not "以".
    const bare = reading.names.reduce((t, n) => (n.start >= mention.end && n.end <= b.start ? t.replace(text.slice(n.start, n.end), '') : t), between);
    if (backgroundOpen.some((w) => bare.includes(w))) return false;
    return !reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= mention.end && c.end <= b.start);
  });
}

/** What stands between a head-final verb and its object: a case particle ("制裁を続ける"), or nothing ("yaptırımları uzattı"). */
const OBJECT_BEFORE_GAP = /^\s*(を|に|への|に対する|、)?\s*$/u;

/**
 * The verb's object is a phrase of another topic the sentence names, not one of this topic: "imposed
 * sanctions on Russia over the annexation" is about sanctions, not about Ukraine's sovereignty.
 */
function objectOfAnotherTopic(reading: Reading, candidate: StanceCandidate, cue: Cue): boolean {
  const others = candidate.topic.otherSpans;
  if (!others || cue.topical) return false;
  const { topicSpans } = reading;
  // A verb inside another topic's phrase is that phrase's: "hat Russland mit Sanktionen gedroht".
  // A word of blame there still judges ("осуждён … как проявление менталитета холодной войны").
  const inside = (s: { start: number; end: number }) => s.start <= cue.start && cue.end <= s.end;
  if (!cue.evaluative && others.some(inside) && !topicSpans.some(inside)) return true;
  const object = objectOf(reading, cue, [...others, ...topicSpans]);
  // "lo importante no es seguir adoptando sanciones contra Rusia por la invasión, sino aplicar las tres rondas": a verb of
  // support where another topic is named, with no phrase of this topic as its object nor in it, supports that topic;
  // where this topic is named only by what is condemned (an invasion), it does not back that.
  if (
    object === undefined &&
    cue.value === 'support' &&
    topicSpans.every((s) => isName(reading, s) || (s.contrary && (s.end <= cue.start || s.start >= cue.end)))
  )
    return true;
  return object !== undefined && others.includes(object) && !topicSpans.some((s) => s.start === object.start && s.end === object.end);
}

/**
 * The phrase among `spans` that is the verb's object: the first within a couple of words after it
 * ("imposed [new] sanctions"), or, where objects come first, the one right before it with only a
 * case particle between ("制裁を続ける").
 */
function objectOf<S extends { start: number; end: number }>(reading: Reading, cue: Cue, spans: readonly S[]): S | undefined {
  const { tokens, text } = reading;
  if (reading.lexicon.headFinal) return spans.find((s) => s.end <= cue.start && OBJECT_BEFORE_GAP.test(text.slice(s.end, cue.start)));
  const first = tokenIndexAt(tokens, cue.end);
  const reach = tokens[Math.min(first + OBJECT_AFTER_REACH, tokens.length - 1)];
  if (!reach) return undefined;
  const inReach = (s: S) => s.start >= cue.end && s.start <= reach.start && !/[,;:.!?]/.test(text.slice(cue.end, s.start));
  return spans.filter(inReach).sort((a, b) => a.start - b.start)[0];
}

/** Words after a verb within which its object's head stands: "imposed [new] sanctions". */
const OBJECT_AFTER_REACH = 2;

/** Words between a copula and the formula it introduces: "is [an inseparable] part of China". */
const COPULA_REACH = 2;
/** Characters between a Chinese or Japanese copula and the formula: "台湾は[中国領土の]不可分の一部". */
const CJK_COPULA_REACH = 6;

/**
 * "Taïwan est une partie inséparable de la Chine", "Taiwan is part of China": the name a formula
 * is said of, before a copula, is what the formula is about; whoever says it holds the stance.
 */
function subjectOfFormula(reading: Reading, mention: CandidateMention): boolean {
  const copulas = wordSet(reading.lexicon, 'copula');
  if (copulas.size === 0) return false;
  const { tokens } = reading;
  // Chinese and Japanese write the copula or topic particle on the name: "台湾は中国領土の不可分の一部", "台湾是中国的一部分".
  // Japanese は marks every subject, so only a name that is itself a word of the topic is the formula's.
  // So does a name in Latin letters among them: "EUは、…".
  if (CJK_CHAR.test(reading.text.slice(mention.start, mention.end)) || CJK_CHAR.test(reading.text[mention.end] ?? '')) {
    if (!inTopic(reading, mention)) return false;
    const after = reading.text.slice(mention.end);
    const copula = [...copulas].find((c) => after.startsWith(c));
    if (copula === undefined) return false;
    const from = mention.end + copula.length;
    const near = (at: number) => at >= from && at - from <= CJK_COPULA_REACH && !/[、，,。「」]/u.test(reading.text.slice(from, at));
    // "臺灣是中國一部分": after a copula that is a verb (not a particle that marks every subject), a phrase of the topic is the formula too.
    return (
      reading.cues.some((c) => (c.topical || c.evaluative) && STANCE_KINDS.has(c.value) && near(c.start)) ||
      (reading.lexicon.subjectAfter === '' && reading.topicSpans.some((s) => !isName(reading, s) && near(s.start)))
    );
  }
  const next = tokenIndexAt(tokens, mention.end);
  if (!copulas.has(tokens[next]?.lower ?? '')) return false;
  // "Brazil is not taking part in …": a form of "to be" before a verb's progressive form is its auxiliary.
  const progressive = wholePattern(reading.lexicon, 'progressive');
  const negations = wordSet(reading.lexicon, 'negation');
  const verb = tokens.slice(next + 1, next + 3).find((t) => !negations.has(t.lower));
  if (progressive && verb && progressive.test(verb.text)) return false;
  // So is one a word of blame or praise is said of: "l'Alliance « est une organisation inamicale »".
  // A formula may begin with its verb of belonging: "Taïwan fait partie de la Chine", "Тайвань принадлежит одному Китаю".
  return reading.cues.some(
    (c) =>
      (c.topical || c.evaluative) &&
      STANCE_KINDS.has(c.value) &&
      c.start >= tokens[next].start &&
      tokenIndexAt(tokens, c.start) - next - 1 <= (c.topical ? COPULA_REACH : COPULA_REACH + 2),
  );
}

/**
 * "will never recognise these territories as Russian", "comme russes": an adjective after a predicative
 * word, with a verb before it and no comma between, says what the object is taken as.
 */
function takenAs(reading: Reading, mention: CandidateMention): boolean {
  if (mention.role !== 'adjective') return false;
  const { tokens } = reading;
  // The word right before the name ("como rusos"), or before the names coordinated with it.
  const predicative = wordSet(reading.lexicon, 'predicative');
  const word = [tokenIndexAt(tokens, mention.start), tokenIndexAt(tokens, groupStart(reading, mention))]
    .map((at) => tokens[at - 1])
    .find((t) => predicative.has(t?.lower ?? ''));
  if (!word) return false;
  // The predicative word may itself open a clause ("as Russia said"): the verb is the one before it, with no comma between.
  return reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.end <= word.start && !/[,;:.!?]/.test(reading.text.slice(c.end, word.start)));
}

/** A name's stretch up to the next comma or full stop, quotes included: "の「台湾有事」をめぐる発言について". */
const MATTER_STRETCH = /^[^、，,。！？!?（）()]*/u;
/** A topic particle right after the name and its title: "中国外務省の報道官は台湾問題について" names the speaker. */
/** A short gloss in brackets: "(NATO)", "（北大西洋条約機構）". */
const GLOSS = /[（(][^（()）、，,。]{1,24}[）)]/gu;
const TOPIC_PARTICLE = /^[^をにへでと「」]{0,12}?[はも]/u;

/**
 * "台湾の行政院長が訪日したことについて、…と批判した": a name inside the matter a statement is about
 * (closed by a postposition such as について) is spoken about, not the speaker.
 */
function inMatter(reading: Reading, mention: CandidateMention): boolean {
  const { matterAfter } = reading.lexicon;
  if (matterAfter.length === 0) return false;
  const stretch = MATTER_STRETCH.exec(reading.text.slice(mention.end))![0];
  return !TOPIC_PARTICLE.test(stretch) && matterAfter.some((m) => stretch.includes(m));
}

/**
 * A cue in the matter a statement is about, after a holder with a topic particle and a comma or a quote:
 * the matter's words are not the holder's. (A holder with が is the matter's own subject: "プーチン大統領が…署名したことを受け".)
 */
function cueInMatter(reading: Reading, holder: CandidateMention, cue: Cue): boolean {
  const { matterAfter } = reading.lexicon;
  if (matterAfter.length === 0 || cue.start < holder.end) return false;
  const between = reading.text.slice(holder.end, cue.start);
  if (!TOPIC_PARTICLE.test(MATTER_STRETCH.exec(between)![0]) || !/[、，,「]/u.test(between)) return false;
  const stretch = MATTER_STRETCH.exec(reading.text.slice(cue.end))![0];
  return matterAfter.some((m) => stretch.includes(m));
}

/** Where the last of a matter's prepositions ("就", "针对") stands in the stretch, or −1. */
function lastMatterOpening(matterBefore: readonly string[], stretch: string): number {
  return Math.max(...matterBefore.map((m) => stretch.lastIndexOf(m)));
}

/**
 * "针对北约秘书长批评俄罗斯一事，佩斯科夫表示…": a name between a matter's preposition and the comma that
 * closes the matter is spoken about, not the speaker.
 */
function inMatterBefore(reading: Reading, mention: CandidateMention): boolean {
  const { matterBefore } = reading.lexicon;
  if (matterBefore.length === 0) return false;
  const before = reading.text.slice(0, mention.start);
  const opened = lastMatterOpening(matterBefore, before);
  if (opened < 0 || /[，,。；;：:「“"]/u.test(before.slice(opened))) return false;
  // The matter closes at a comma after the name, before any verb of saying ("就…答问时表示" names its speaker before 就).
  const after = reading.text.slice(mention.end);
  const comma = after.search(/[，,]/u);
  const pureSpeech = (c: Cue) => c.value === 'speech' && !reading.cues.some((o) => STANCE_KINDS.has(o.value) && o.start === c.start && o.end === c.end);
  return comma >= 0 && !reading.cues.some((c) => pureSpeech(c) && c.start >= mention.end && c.start < mention.end + comma);
}

/** "中方已多次就美英澳…推进核潜艇合作表明立场": a verb between a matter's preposition and the verb of saying after it is the matter's. */
function cueInMatterBefore(reading: Reading, holder: CandidateMention, cue: Cue): boolean {
  const { matterBefore } = reading.lexicon;
  if (matterBefore.length === 0 || cue.start < holder.end) return false;
  const { text } = reading;
  const between = text.slice(holder.end, cue.start);
  const opened = lastMatterOpening(matterBefore, between);
  if (opened < 0 || /[，,。；;]/u.test(between.slice(opened))) return false;
  const clauseEnd = cue.end + MATTER_STRETCH.exec(text.slice(cue.end))![0].length;
  return reading.cues.some((c) => c.value === 'speech' && c.start >= cue.end && c.end <= clauseEnd);
}

/** Is the token one of the lexicon's words of that list? */
function isWord(reading: Reading, token: Token | undefined, list: 'agent' | 'heads' | 'object' | 'relatives' | 'objectRelatives' | 'ownPossessives'): boolean {
  if (token === undefined) return false;
  const words = wordSet(reading.lexicon, list);
  if (words.has(token.lower)) return true;
  // The tokenizer splits a hyphenated word the list holds whole: "porte-parole", "Vize-Außenminister".
  const { tokens, text } = reading;
  let first = tokenIndexAt(tokens, token.start);
  while (first > 0 && text.slice(tokens[first - 1].end, tokens[first].start) === '-') first--;
  return tokens[first].start < token.start && words.has(fold(text.slice(tokens[first].start, token.end)));
}

/** A name in or owning a topic phrase ("Taiwán es parte inseparable…", "Finland's accession") is what the topic is about. */
function inTopic(reading: Reading, name: CandidateMention): boolean {
  return namesTopic(reading, name) || reading.topicSpans.some((s) => s.start < name.end && name.start < s.end);
}

/**
 * Is this another actor than the speaker, named as the subject of what the speaker said? "Moscow
 * claims that Washington is pushing…": the claim is Moscow's, Washington takes no stance in it.
 */
function reportedAbout(reading: Reading, mention: CandidateMention, code: string): boolean {
  return reading.reports.some((r) => !r.speakers.has(code) && r.from <= mention.start && mention.end <= r.to);
}

/** The first token of the clause that holds this offset. */
function clauseAt(reading: Reading, offset: number): number {
  return reading.clauseStart[Math.min(tokenIndexAt(reading.tokens, offset), reading.tokens.length - 1)];
}

/** "Pour Moscou, l'élargissement … constitue une menace": the sentence opens with whose view it gives. */
/**
 * "Für Moskau ist eine Nato-Osterweiterung inakzeptabel", "Для Москвы расширение НАТО неприемлемо":
 * without a comma, the view runs from the name over the topic to a stance word, with no verb of
 * saying and no other actor between (a name in the topic phrase aside).
 */
function viewUpToCue(reading: Reading, from: number): boolean {
  const found = reading.cues.find((c) => c.start >= from && (STANCE_KINDS.has(c.value) || c.value === 'speech'));
  // A word that finds a measure wanting states a view as a stance word does: "Nach Ansicht Kiews sind die Sanktionen unzureichend".
  const wanting = reading.wanting.find((w) => w.start >= from && (!found || w.start < found.start));
  const end = wanting?.start ?? (found && STANCE_KINDS.has(found.value) ? found.start : undefined);
  if (end === undefined || /[,;:.!?]/.test(reading.text.slice(from, end))) return false;
  // What the stance word is said of stands between: the topic, not an infinitive ("For Ukraine to join NATO, …").
  if (!reading.topicSpans.some((s) => s.start >= from && s.end <= end)) return false;
  return !reading.names.some((n) => n.start >= from && n.end <= end && !inTopic(reading, n));
}

function givesViewpoint(reading: Reading, mention: CandidateMention): boolean {
  const group = groupSpan(reading, mention);
  const before = reading.text.slice(0, group.start);
  const after = reading.text.slice(group.end);
  if (viewpointPattern(reading.lexicon)?.test(before) && (/^\s*,/.test(after) || (!namesTopic(reading, mention) && viewUpToCue(reading, group.end))))
    return true;
  // "Kremlin'e göre, …", "在俄方看来，…": the name opens the sentence ("在" before it in Chinese) and the view words follow.
  return /^\s*在?\s*$/.test(before) && viewpointAfterPattern(reading.lexicon)?.test(after) === true;
}

/*
 * Who holds a stance, and whether a name is a passive's agent, depend only on the reading, the
 * mention and the actor or cue: every candidate of a sentence asks them again for every cue, so
 * each answer is worked out once per reading (the candidates of a sentence share theirs).
 */
const answers = new WeakMap<Reading, Map<string, boolean>>();

function known(reading: Reading, key: string, work: () => boolean): boolean {
  let answered = answers.get(reading);
  if (!answered) answers.set(reading, (answered = new Map()));
  let answer = answered.get(key);
  if (answer === undefined) answered.set(key, (answer = work()));
  return answer;
}

const mentionKey = (mention: CandidateMention) => `${mention.start}-${mention.end}${mention.role}`;

/**
 * Is this mention the one who holds the stance? The subject of the clause's predicate is; so is
 * a passive agent ("released by Beijing"), a speaker named after a quote ("…," he told), and the
 * partner of an agreement ("agreed with Moscow"). An object ("criticised Washington"), the
 * content of someone else's words ("said the US had…") and a prepositional phrase are not.
 */
function holds(reading: Reading, mention: CandidateMention, code: string): boolean {
  return known(reading, `h${code}@${mentionKey(mention)}`, () => holdsAfresh(reading, mention, code));
}

function holdsAfresh(reading: Reading, mention: CandidateMention, code: string): boolean {
  if (mention.role === 'speaker') return true;
  if (qualifiesThing(reading, mention) || (mention.end > mention.start && inClosedScene(reading, mention))) return false;
  if (mention.end > mention.start && givesViewpoint(reading, mention)) return true;
  if (mention.end > mention.start && reportedAbout(reading, mention, code)) return false;
  // Inside "…," he said, the words are the speaker's: the names in them are what was spoken about.
  if (reading.attributed.some(({ open, close }) => open < mention.start && mention.end <= close)) return false;
  // The one a verb of angering names after it: "The pact angered France".
  if (mention.end > mention.start && reading.cues.some((c) => c.end <= mention.start && saidAs(reading, c, ['anger']) && passiveAgent(reading, c, mention)))
    return true;
  // The agent of a passive before its verb: "ハンガリー国会によって批准された", "被匈牙利议会批准".
  if (mention.end > mention.start && reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= mention.end && passiveAgent(reading, c, mention)))
    return true;
  // Before the topic's own names: in "Finland's decision to apply for membership" Finland decides, not only joins.
  if (mention.end > mention.start && decidesAct(reading, mention)) return true;
  if (ownedStanceNoun(reading, mention)) return true;
  if (mention.end > mention.start && addresseeOfDemand(reading, mention)) return false;
  if (locativeAgent(reading, mention)) return true;
  if (mention.end > mention.start && nominalisedAct(reading, mention)) return true;
  if (
    mention.end > mention.start &&
    (namesTopic(reading, mention) ||
      markedAsObject(reading, mention) ||
      possessorOnly(reading, mention) ||
      opensCompound(reading, mention) ||
      personInObject(reading, mention))
  )
    return false;
  if (
    mention.end > mention.start &&
    (inCondition(reading, mention) || inBackground(reading, mention) || inMatter(reading, mention) || inMatterBefore(reading, mention))
  )
    return false;
  if (mention.end > mention.start && subjectOfFormula(reading, mention)) return false;
  if (mention.end > mention.start && outsideGovernment(reading, mention)) return false;
  if (mention.end > mention.start && judgedByTailSpeaker(reading, mention, code)) return false;
  if (mention.end > mention.start && (takenAs(reading, mention) || listedInObject(reading, mention))) return false;
  if (!subjectMarked(reading, mention)) return false;
  const { tokens, cues, lexicon } = reading;
  const at = tokenIndexAt(tokens, mention.start);
  const clause = reading.clauseStart[Math.min(at, tokens.length - 1)] ?? 0;
  const clauseOffset = tokens[clause]?.start ?? 0;
  // A clause that describes the name ("…の加盟に反発してきたロシアは") is its own, not one whose object the name is.
  const describing = cues.findLast((c) => describesHolder(reading, mention, c));
  const before = cues.filter(
    (c) => c.end <= mention.start && c.start >= clauseOffset && PREDICATE_KINDS.has(c.value) && !(describing && c.end <= describing.end),
  );
  const after = cues.filter((c) => c.start >= mention.end);
  // Chinese and Japanese clauses are single tokens: there, "right after" is counted in characters.
  const cjk = CJK_CHAR.test(reading.text.slice(mention.start, mention.end));
  const speechRightAfter = after.some((c) => c.value === 'speech' && (cjk ? c.start - mention.end <= 4 : tokenIndexAt(tokens, c.start) - at <= 4));
  // A preposition before coordinated names governs them all: "by Ankara and Budapest", "with the United States and NATO".
  const governing = governingWord(reading, mention);
  const agent =
    // An adjective after the agent's preposition qualifies a thing, not an agent: "die Einfuhr von russischem Öl".
    (mention.role !== 'adjective' && isWord(reading, governing, 'agent') && !agentOfNoun(reading, mention) && !agentOfAttribute(reading, mention)) ||
    cues.some((c) => PREDICATE_KINDS.has(c.value) && c.end <= mention.start && agentAfterTitle(reading, c, mention)) ||
    caseMarkedAgentsVerb(
      reading,
      mention,
      cues.filter((c) => STANCE_KINDS.has(c.value)),
    ) !== undefined;
  const aligned = before.some((c) => c.value === 'align' && c.end <= mention.start && tokenIndexAt(tokens, mention.start) - tokenIndexAt(tokens, c.end) <= 2);
  if (agent || aligned) return true;
  if (subjectAfterOpeningVerb(reading, mention, before, code) || subjectAfterFrontedTopic(reading, mention, before)) return true;
  // A verb of warning or judging takes the speaker after it as a verb of saying does: "…, a mis en garde le ministère russe".
  const opensAfterWords = (c: Cue) => STANCE_KINDS.has(c.value) && /[,»”"]\s*[—–-]?\s*(\p{L}{1,5}\s+)?$/u.test(textBefore(reading, c.start));
  // "…, a déclaré à la presse le porte-parole": a short phrase of where or to whom it was said may come first.
  const reach = (c: Cue) => SPEAKER_TITLE_REACH + (isWord(reading, tokens[tokenIndexAt(tokens, c.end)], 'object') ? AUDIENCE_REACH : 0);
  const inverted = cues
    .filter((c) => (c.value === 'speakerAfter' || opensAfterWords(c)) && c.end <= mention.start && at - tokenIndexAt(tokens, c.end) <= reach(c))
    .at(-1);
  // "…, said Lavrov." names the speaker, and so does "…, — сказал премьер-министр Венгрии Виктор Орбан."
  // after a title; "said the US presence would…" starts the reported content.
  // An adjective names the speaker with the noun after it: "sagte der ungarische Außenminister".
  // A name may be followed by the speaker's own name, capitalised: "сказал вице-премьер России Иван Петров".
  const speakerEnds = mention.role === 'adjective' ? /^\s*(\p{L}+['’\s-]*){0,4}([,.;:!?"”»)]|$)/u : /^\s*(,?\s*\p{Lu}[\p{L}'’-]+\s*){0,3}([,.;:!?"”»)]|$)/u;
  // "…", sagte Blinken nach dem Treffen in Peking: a phrase a preposition opens may close the sentence after the speaker.
  // So may a short preposition and a place that end the sentence ("…, — заявил Блинкен в Пекине.").
  const place = reading.names.find((n) => n.start > mention.end && /^\s+\p{L}{1,4}\s+$/u.test(reading.text.slice(mention.end, n.start)));
  const placeAfter =
    !after.some((c) => PREDICATE_KINDS.has(c.value)) &&
    (isWord(reading, tokens[tokenIndexAt(tokens, mention.end)], 'object') || (place !== undefined && /^\s*([.!?]|$)/u.test(reading.text.slice(place.end))));
  // "…“, erklärte Truss dazu.", "…, said Lavrov today.": a word or two of when or of what may end the sentence after the speaker.
  const adverbAfter =
    !after.some((c) => PREDICATE_KINDS.has(c.value)) && /^\s*(\p{Ll}[\p{L}'’-]*\s*){1,2}([.!?"”»)]\s*)*$/u.test(reading.text.slice(mention.end));
  // "…, declaró el ministro de Asuntos Exteriores, José Manuel Albares": a person's name may follow their title after a comma.
  const apposed = mention.role === 'person' ? /,\s*$/u.exec(reading.text.slice(0, mention.start)) : null;
  const titleEnd = apposed ? apposed.index : mention.start;
  if (inverted && titleOnly(reading, inverted.end, titleEnd, code) && (speakerEnds.test(reading.text.slice(mention.end)) || placeAfter || adverbAfter))
    return true;
  // Verb-first languages name the subject right after the verb ("قالت روسيا", "رفضت الصين").
  // Not past another name: "اتهمت بكين واشنطن" has its subject first, then the object.
  const verbBefore = cues.find(
    (c) =>
      (c.value === 'speakerAfter' || PREDICATE_KINDS.has(c.value)) &&
      c.end <= mention.start &&
      at - tokenIndexAt(tokens, c.end) <= 1 &&
      !reading.names.some((n) => n.start >= c.end && n.end <= mention.start && n.code !== code),
  );
  // Not one a preposition governs: "سيشن حربا اقتصادية على روسيا" names the target.
  const governed = isWord(reading, governing, 'object');
  if (lexicon.verbFirst && !governed && verbBefore && !afterRelative(reading, verbBefore)) return true;
  // "وعارضت القرار إيران وسوريا": the names coordinated after a verb-first verb (and its object) share its subject.
  if (lexicon.verbFirst && !governed && verbFirstSubjects(reading, mention)) return true;
  // "دافع الاتحاد الأوروبي والصين بقوة عن …": a verb-first phrase whose gap opens with the names has them as its subject;
  // so does a verb-second one that opens its clause ("Am Donnerstag stimmten Belarus und Syrien gegen …").
  if ((lexicon.verbFirst || lexicon.verbSecond) && !governed && subjectInGap(reading, mention, code)) return true;
  // "the government of Hungary": the name is the government's, the subject of the clause.
  const headed = governing !== undefined && isWord(reading, previousWord(reading, tokenIndexAt(tokens, governing.start)), 'heads');
  if (listedInSubject(reading, mention)) return true;
  if (governed && !headed) {
    // "В Минске заявили, что …", "In Berlin hieß es, …": the place that opens the sentence, right before the verb of saying, speaks.
    const opening = governing !== undefined && tokenIndexAt(tokens, governing.start) === 0;
    const end = groupSpan(reading, mention).end;
    const sayingNext = after.some((c) => c.value === 'speech' && /^\s*$/.test(reading.text.slice(end, c.start)));
    if (opening && sayingNext) return true;
    return speechRightAfter && /[,"”»]\s*$/.test(reading.text.slice(0, mention.start).replace(/\b(the|a)\s*$/i, ''));
  }
  // "El portavoz afirmó que Estados Unidos no apoya …": after a verb of saying and "that", the name is the subject of
  // what was said; an unnamed speaker leaves the stance to it.
  // Not after a demand ("demanded that Russia withdraw"): its clause is what another should do.
  const complementizers = wordSet(lexicon, 'complementizers');
  const lastSaying = before.filter((c) => c.value === 'speech').at(-1);
  const that = lastSaying && tokens.slice(tokenIndexAt(tokens, lastSaying.end), at).find((t) => complementizers.has(t.lower));
  const saidThat =
    lastSaying !== undefined &&
    that !== undefined &&
    before.every((c) => c.end <= lastSaying.end) &&
    !cues.some((c) => c.value === 'demand' && c.end <= mention.start) &&
    !wordSet(lexicon, 'demand').has(fold(reading.text.slice(lastSaying.start, lastSaying.end))) &&
    !reading.names.some((n) => n.end > n.start && (n.end <= lastSaying.start || (n.start >= lastSaying.end && n.end <= that.start)));
  if (saidThat) return after.some((c) => PREDICATE_KINDS.has(c.value));
  // After the clause's own verb a name is its object, unless it opens the speaker's words ("…, Russia said")
  // or, after a comma or "and", a clause with its own verb right after it ("…adopted, Hungary abstained").
  if (before.length > 0) {
    const lastVerbEnd = before[before.length - 1].end;
    const coordinating = wordSet(lexicon, 'coordination');
    // "Brazil abstained and Syria voted against": a coordinating word after the verb opens a clause as a comma does.
    // The whole group after the comma is the subject: "…決議案に、ベラルーシや北朝鮮が反対した".
    const group = groupSpan(reading, mention);
    const afterComma =
      /[,;，；、]/.test(reading.text.slice(lastVerbEnd, group.start)) ||
      tokens.some((t) => t.start >= lastVerbEnd && t.end <= group.start && coordinating.has(t.lower));
    const ownVerb = after.some((c) => PREDICATE_KINDS.has(c.value) && tokenIndexAt(tokens, c.start) - tokenIndexAt(tokens, group.end) <= 2);
    if (afterComma && ownVerb) return true;
    return speechRightAfter && /[,"”»:]\s*$/.test(reading.text.slice(0, mention.start).replace(/\b(the|a)\s*$/i, ''));
  }
  // The names inside a clause that describes this one are that clause's.
  if (!describing && objectOfEarlierSubject(reading, mention, code)) return false;
  // "Rusya Federasyonu tarafından … ilhakını": a name marked as an agent, not of a passive verb, is the agent of a noun's act.
  if (lexicon.headFinal && agentOfNounAfter(reading, mention)) return false;
  return describing !== undefined || after.some((c) => PREDICATE_KINDS.has(c.value));
}

/**
 * "russische Öleinfuhren", "indischen und chinesischen Raffinerien", "الطاقة الروسية": an adjective
 * that qualifies goods, money or people (the lexicon's `things`) names no one who acts.
 */
function qualifiesThing(reading: Reading, mention: CandidateMention): boolean {
  if (mention.role !== 'adjective') return false;
  const things = wordSet(reading.lexicon, 'things');
  if (things.size === 0) return false;
  const { tokens } = reading;
  // The noun before the adjectives coordinated with this one, or after them: "indischen und chinesischen [Raffinerien]".
  const noun = reading.lexicon.adjectiveAfterNoun
    ? tokens[tokenIndexAt(tokens, groupStart(reading, mention)) - 1]
    : tokens[tokenIndexAt(tokens, groupSpan(reading, mention).end)];
  if (!noun) return false;
  for (const word of things) if (wordSays(word, noun.lower)) return true;
  return false;
}

/** Characters looked at before a word for the punctuation that opens its clause. */
const OPENING_CHARS = 16;

/** The text right before `offset`, enough for an end-anchored pattern; not the whole sentence, which would make each test scan it. */
function textBefore(reading: Reading, offset: number): string {
  return reading.text.slice(Math.max(0, offset - OPENING_CHARS), offset);
}

/** Is the word right before the verb a relative pronoun, its subject ("القرار الذي يطالب روسيا")? */
function afterRelative(reading: Reading, verb: Cue): boolean {
  return isWord(reading, previousWord(reading, tokenIndexAt(reading.tokens, verb.start)), 'relatives');
}

/**
 * Where the clause of the cue opens, if the cue is the verb of a clause that describes the noun
 * before it: right after a relative pronoun ("the sanctions that …"), or a participle right after a
 * comma ("сил, выступающих за …"). Undefined for any other cue.
 */
function relativeOpening(reading: Reading, verb: Cue): number | undefined {
  if (afterRelative(reading, verb)) return previousWord(reading, tokenIndexAt(reading.tokens, verb.start))!.start;
  const first = reading.tokens[tokenIndexAt(reading.tokens, verb.start)];
  const participle = wholePattern(reading.lexicon, 'participle');
  if (first === undefined || participle?.test(first.text) !== true) return undefined;
  const comma = /,\s*$/.exec(reading.text.slice(0, first.start));
  return comma ? comma.index : undefined;
}

/** Is the cue one word that is a verb's noun, where no article marks nouns ("приєднання", "присоединение")? */
function verbalNoun(reading: Reading, cue: Cue): boolean {
  return wholePattern(reading.lexicon, 'verbalNoun')?.test(reading.text.slice(cue.start, cue.end)) === true;
}

/** Is the cue a verb of demanding ("urged", "закликав"), whatever it was read as in its sentence? */
function isDemand(reading: Reading, cue: Cue): boolean {
  const said = fold(reading.text.slice(cue.start, cue.end));
  const demands = wordSet(reading.lexicon, 'demand');
  if (demands.has(said)) return true;
  for (const phrase of demands) if (wordSays(phrase, said)) return true;
  return false;
}

/** Is another actor named between a demand and the cue after it ("urged the United States to …")? */
function addresseeAfter(reading: Reading, demand: Cue, cue: Cue): boolean {
  return reading.names.some((n) => n.start >= demand.end && n.end <= cue.start);
}

/** Does the verb carry its object as an ending (see `objectClitic` in the lexicon)? */
function carriesObject(reading: Reading, verb: Cue): boolean {
  const last = reading.tokens[tokenIndexAt(reading.tokens, verb.end) - 1];
  return last !== undefined && wholePattern(reading.lexicon, 'objectClitic')?.test(last.text) === true;
}

/** Does the verb open its clause, with at most one word before it that is no name ("فيما عارضته", "Dagegen stimmten")? */
function opensClause(reading: Reading, verb: Cue): boolean {
  // Right after a comma, with a conjunction glued on at most: "…، وأيدته فرنسا".
  if (/[,،;؛]\s*[وف]?$/u.test(textBefore(reading, verb.start))) return true;
  const { tokens } = reading;
  const opening = tokens.slice(clauseAt(reading, verb.start), tokenIndexAt(tokens, verb.start));
  // "القرار الذي يطالب روسيا", "la résolution qui condamne la Russie": the relative pronoun is the subject,
  // unless the verb carries it as its object: "العقوبات التي فرضتها الولايات المتحدة".
  if (afterRelative(reading, verb)) return carriesObject(reading, verb);
  return (opening.length <= OPENING_VERB_REACH && !opening.some((t) => inName(reading, t))) || frontedPhrase(reading, opening, verb);
}

/** Words of the phrase that may come before the verb in a verb-second clause: "Trotz der Zusage der Regierung". */
const FRONTED_PHRASE_REACH = 6;

/**
 * "Am Montag verhängte die EU …", "Nach langem Zögern ratifizierte das ungarische Parlament …", "In
 * Brüssel begrüßte Scholz …": where the verb comes second, one phrase of time, place or manner may
 * open the clause and the subject follows the verb. A phrase a preposition opens, or a short one
 * with no name, no comma and no stance or saying of its own.
 */
function frontedPhrase(reading: Reading, opening: Token[], verb: Cue): boolean {
  if (!reading.lexicon.verbSecond || opening.length === 0 || opening.length > FRONTED_PHRASE_REACH) return false;
  const from = opening[0].start;
  if (/[,;:]/.test(reading.text.slice(from, verb.start))) return false;
  if (reading.cues.some((c) => c !== verb && c.start >= from && c.end <= verb.start && (STANCE_KINDS.has(c.value) || c.value === 'speech'))) return false;
  const prepositional = isWord(reading, opening[0], 'object');
  if (!prepositional && opening.length > 2) return false;
  // Names inside a phrase a preposition opens are its object ("In Brüssel", "Gegen Russland").
  return prepositional || !opening.some((t) => inName(reading, t));
}

/** Words that may stand before a verb that opens its clause: "Dagegen [stimmten]", "Также [воздержались]". */
const OPENING_VERB_REACH = 1;

/**
 * "Проти проголосували Росія, Білорусь і Сирія", "Dagegen stimmten Russland und Belarus",
 * "Votaron en contra Rusia y Siria": a clause that opens with its stance verb (an adverb at most
 * before it) names its subject right after it. Not in English, where a name after the verb is its
 * object, nor where words are not spaced.
 */
function subjectAfterOpeningVerb(reading: Reading, mention: CandidateMention, before: Cue[], code: string): boolean {
  if (reading.lang === 'en' || reading.lexicon.headFinal || mention.end === mention.start) return false;
  const verb = before.at(-1);
  if (!verb || !STANCE_KINDS.has(verb.value)) return false;
  const group = groupSpan(reading, mention);
  // "Против проголосовала только Белоруссия": a word that singles the subject out may stand before it.
  const single = singlesOut(reading, verb.end, group.start);
  // "drohte Ministerpräsident Viktor Orban": where the verb comes second, a title (a noun, capitalised) may stand before the name.
  const between = reading.tokens.filter((t) => t.start >= verb.end && t.end <= group.start);
  const titled =
    reading.lexicon.verbSecond &&
    between.length <= SUBJECT_TITLE_REACH &&
    between.every((t) => /^\p{Lu}/u.test(t.text) || wordSet(reading.lexicon, 'determiners').has(t.lower)) &&
    titleOnly(reading, verb.end, group.start, code);
  if (!onlyDeterminers(reading, verb.end, group.start) && !single && !titled) return false;
  return opensClause(reading, verb);
}

/** Is the stretch a word that singles out who follows ("только", "unter anderem")? */
function singlesOut(reading: Reading, from: number, to: number): boolean {
  return wordSet(reading.lexicon, 'only').has(fold(reading.text.slice(from, to).trim()));
}

/**
 * "Beim Gipfel verweigerten Polen und Ungarn ihre Zustimmung …": where the verb comes second, the
 * stance verb right before the subject, after the phrase that opens the clause, is the subject's own
 * and starts what it says.
 */
function verbBeforeSubject(reading: Reading, holder: CandidateMention): Cue | undefined {
  if (!reading.lexicon.verbSecond || holder.end === holder.start) return undefined;
  const start = groupSpan(reading, holder).start;
  const verb = reading.cues.filter((c) => c.end <= start && !c.topical).at(-1);
  if (!verb || !STANCE_KINDS.has(verb.value)) return undefined;
  // A word that singles the subjects out may come first: "schlossen sich unter anderem China, Brasilien und Kanada an".
  if (!singlesOut(reading, verb.end, start) && !onlyDeterminers(reading, verb.end, start)) return undefined;
  return opensClause(reading, verb) ? verb : undefined;
}

/** Words of a title between a verb-second verb and its subject's name: "drohte [Ministerpräsident] Viktor Orban". */
const SUBJECT_TITLE_REACH = 3;

const obliqueEndings = new WeakMap<Reading['lexicon'], RegExp>();
/** Is the word in a case other than the subject's ("Канаду", "Франции")? Only where the lexicon has `obliqueEnding`. */
function inObliqueCase(reading: Reading, word: Token): boolean {
  const { lexicon } = reading;
  if (!lexicon.obliqueEnding) return false;
  let pattern = obliqueEndings.get(lexicon);
  if (!pattern) obliqueEndings.set(lexicon, (pattern = new RegExp(`(${lexicon.obliqueEnding})$`, 'u')));
  return pattern.test(word.lower);
}

/**
 * "Резолюцию о целостности Украины поддержали Канада и Франция", "Вступ Фінляндії до НАТО
 * ратифікував парламент Угорщини": where case marks the subject, a clause may open with the
 * topic's phrase, its object, and name the subject after the verb. Nothing but that phrase comes
 * before the verb, and the name after it is in no other case ("поддержали Канаду" is an object).
 */
function subjectAfterFrontedTopic(reading: Reading, mention: CandidateMention, before: Cue[]): boolean {
  const { obliqueEnding } = reading.lexicon;
  if (!obliqueEnding || mention.end === mention.start) return false;
  const verb = before.at(-1);
  if (!verb || !STANCE_KINDS.has(verb.value) || verb.topical || afterRelative(reading, verb)) return false;
  const { tokens } = reading;
  // "парламент Венгрии": the head's case is the subject's, the name after it is its genitive.
  const governing = governingWord(reading, mention);
  const first = governing && isWord(reading, governing, 'heads') ? governing : tokens[tokenIndexAt(tokens, groupStart(reading, mention))];
  if (!first || !onlyDeterminers(reading, verb.end, first.start) || inObliqueCase(reading, first)) return false;
  const opening = tokens.slice(clauseAt(reading, verb.start), tokenIndexAt(tokens, verb.start));
  const inTopicPhrase = (t: Token) => reading.topicSpans.some((s) => s.start <= t.start && t.end <= s.end);
  // "Против членства Украины в НАТО выступают Венгрия и Словакия": the topic inside the verb's own phrase, which opens the clause.
  const clauseWords = wordSet(reading.lexicon, 'clause');
  const topicInVerb = opening.every((t) => clauseWords.has(t.lower)) && reading.topicSpans.some((s) => s.start >= verb.start && s.end <= verb.end);
  return (
    (opening.some(inTopicPhrase) || topicInVerb) &&
    !opening.some((t) => inName(reading, t) && !inTopicPhrase(t)) &&
    !reading.cues.some(
      (c) =>
        c !== verb &&
        (PREDICATE_KINDS.has(c.value) || c.value === 'speech') &&
        !c.topical &&
        c.start >= (opening[0]?.start ?? verb.start) &&
        c.end <= verb.start,
    )
  );
}

/** Does the gap of a verb-first phrase ("دافع … عن") open with this name and those coordinated with it, after a title at most? */
function subjectInGap(reading: Reading, mention: CandidateMention, code: string): boolean {
  const { tokens } = reading;
  const group = groupSpan(reading, mention);
  // A title may come first, the name's adjective after it: "وقع الرئيس الفنلندي على …".
  // So may a word that singles them out: "stimmten unter anderem Belarus und Syrien gegen …".
  const singling = (from: number) => wordSet(reading.lexicon, 'only').has(fold(reading.text.slice(tokens[from].start, group.start).trim()));
  const opens = (from: number) =>
    tokens[from] !== undefined && (tokens[from].start === group.start || titleOnly(reading, tokens[from].start, group.start, code) || singling(from));
  return reading.cues.some(
    (c) =>
      PREDICATE_KINDS.has(c.value) &&
      c.gaps?.some(([from, to]) => opens(from) && tokens[from].start <= group.start && group.end <= (tokens[to - 1]?.end ?? 0)) === true &&
      opensClause(reading, c),
  );
}

/** Words of a title between a verb of saying and the speaker after it: "dijo el ministro de Exteriores". */
const SPEAKER_TITLE_REACH = 8;

/** Words of a phrase of place or audience between a verb of saying and its speaker: "à la presse", "vor Journalisten". */
const AUDIENCE_REACH = 3;

/**
 * Is the text from `from` to `to` a speaker's title at most: a determiner, or words without
 * punctuation, a verb or a complementizer that name no other actor ("el ministro", "премьер-министр
 * Венгрии")? "dijo que Europa librará una guerra económica contra Rusia" starts what was said.
 */
function titleOnly(reading: Reading, from: number, to: number, code: string): boolean {
  if (onlyDeterminers(reading, from, to)) return true;
  if (/[,;:.!?"“”«»()—–]/.test(reading.text.slice(from, to))) return false;
  const words = reading.tokens.filter((t) => t.start >= from && t.end <= to);
  const complementizers = wordSet(reading.lexicon, 'complementizers');
  if (words.some((t) => complementizers.has(t.lower))) return false;
  if (reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= from && c.end <= to)) return false;
  // "sagte in Peking": a name a preposition governs right after the verb is where it was said, not who said it.
  const objects = wordSet(reading.lexicon, 'object');
  const determiners = wordSet(reading.lexicon, 'determiners');
  if (words.length > 0 && objects.has(words[0].lower) && words.every((t) => objects.has(t.lower) || determiners.has(t.lower))) return false;
  return !reading.names.some((n) => n.start >= from && n.end <= to && n.code !== code);
}

/** Is the text from `from` to `to` at most one determiner ("sagte die Bundesregierung", "a déclaré le Kremlin")? */
function onlyDeterminers(reading: Reading, from: number, to: number): boolean {
  // An elided article keeps its apostrophe: "l'Indonésie".
  const words = reading.text.slice(from, to).trim().replace(/['’]$/u, '');
  return words === '' || (!/\s/.test(words) && wordSet(reading.lexicon, 'determiners').has(fold(words)));
}

/**
 * "Maduro assured Moscow of his full support": in a clause whose subject was named first, a later
 * name that is not coordinated with it is an object, whatever verb stands between. Not in
 * verb-first languages, and not after a preposition ("In Madrid, Blinken said" names the place first).
 */
function objectOfEarlierSubject(reading: Reading, mention: CandidateMention, code: string): boolean {
  if (reading.lexicon.verbFirst || mention.role === 'group' || mention.role === 'pronoun') return false;
  const { tokens, names, text } = reading;
  const clause = clauseAt(reading, mention.start);
  const earlier = names.filter(
    (n) =>
      n.code !== code &&
      n.end <= mention.start &&
      n.end > n.start &&
      clauseAt(reading, n.start) === clause &&
      !isWord(reading, previousWord(reading, tokenIndexAt(tokens, n.start)), 'object') &&
      // A name in the matter spoken about ("台湾への訪問について、中国は…") is no subject.
      !inMatter(reading, n),
  );
  const subject = earlier.at(-1);
  if (!subject) return false;
  const gap = text.slice(subject.end, mention.start);
  // Only within one stretch of words: after a comma a new clause may start without its verb being known.
  // "Russia's foreign ministry summoned the Japanese ambassador": an owner is the subject where what it owns is an office.
  const owner = /^['’]/.test(gap) && possessorOnly(reading, subject);
  if (reading.coordination.test(gap) || !/\p{L}/u.test(gap) || owner || (/^['’]/.test(gap) && !/^['’]s\s/.test(gap)) || /[,;:–—]/.test(gap)) return false;
  // A group coordinated with the subject ("Russia and China … said") is a subject too.
  return groupStart(reading, mention) === mention.start;
}

// Chinese and Japanese run a whole clause into one token: there, a negation must be this close in characters.
const CJK_NEGATION_REACH = 3;
/** Between a Chinese negation and a verb of acting, the object a marker puts first: "不会[对俄罗斯]实施制裁". */
const NEGATED_MARKED_OBJECT = /^[会會能将將再愿願]?[对對向与與就][^，。；、,]{1,12}$/u;

/** Words before a verb-first subject within which a negation still negates the verb after it ("لم تعد المجر تعارض"). */
const VERB_FIRST_NEGATION_REACH = 3;

/**
 * Is the cue negated? By a negation shortly before it ("will not impose"), or, in languages that
 * negate the verb after it (Turkish "-madığını", Japanese "ない"), by one right after it.
 */
function negatedBefore(reading: Reading, cue: Cue, holderEnd: number): boolean {
  const at = tokenIndexAt(reading.tokens, cue.start);
  // "erkennt die Annexion nicht an": a negation inside a verb written in two parts.
  const negations = wordSet(reading.lexicon, 'negation');
  if (cue.gaps?.some(([from, to]) => reading.tokens.slice(from, to).some((t) => negations.has(t.lower)))) return true;
  const from = reading.lexicon.verbFirst
    ? (reading.tokens[Math.max(0, tokenIndexAt(reading.tokens, holderEnd) - VERB_FIRST_NEGATION_REACH - 1)]?.start ?? 0)
    : holderEnd;
  // A holder named after the words ("«No vamos a imponer sanciones», dijo …") bounds nothing before them.
  const floor = holderEnd > cue.start ? 0 : Math.min(from, holderEnd);
  const before = reading.cues.some((c) => {
    if (c.value !== 'negation' || c.end > cue.start || c.start < floor) return false;
    // "所谓公投违反宪法": a negation inside a topic phrase before the verb qualifies the phrase.
    if (reading.topicSpans.some((s) => s.start <= c.start && c.end <= s.end && s.end <= cue.start)) return false;
    // "not weakened but strengthened": the negation stays with what it corrects.
    if (reading.cues.some((k) => k.value === 'contrast' && k.start >= c.end && k.end <= cue.start)) return false;
    if (CJK_CHAR.test(reading.text.slice(c.end, cue.start) || reading.text[cue.start]))
      return cue.start - c.end <= CJK_NEGATION_REACH || (!cue.warning && !cue.evaluative && NEGATED_MARKED_OBJECT.test(reading.text.slice(c.end, cue.start)));
    // At most two words after the negation's end: "will not [immediately] impose", "se ha negado a sumarse".
    return at - tokenIndexAt(reading.tokens, c.end) <= 2;
  });
  return before || negatedAfter(reading, cue);
}

/**
 * "el principio de no anexión", "the principle of non-annexation": a negation between a preposition
 * or an article and the topic's phrase after the verb makes the phrase its contrary ("non-").
 */
function negatedNoun(reading: Reading, cue: Cue): boolean {
  const { tokens } = reading;
  const negations = wordSet(reading.lexicon, 'negation');
  const nominal = (t: Token | undefined) => t !== undefined && (isWord(reading, t, 'object') || wordSet(reading.lexicon, 'determiners').has(t.lower));
  return reading.topicSpans.some((s) => {
    const at = tokenIndexAt(tokens, s.start);
    const not = tokens[at - 1];
    return (
      not !== undefined &&
      not.start >= cue.end &&
      (negations.has(not.lower) || not.lower === 'non') &&
      nominal(tokens[at - 2]) &&
      clauseAt(reading, s.start) === clauseAt(reading, cue.start)
    );
  });
}

/**
 * Where the verb comes last, is the clause it takes about the topic closed by a negation: a topic
 * phrase, then a negation right before the clause's ending ("…は含まれないとの立場を堅持")?
 */
function embeddedNegation(reading: Reading, cue: Cue): boolean {
  if (!reading.lexicon.headFinal || cue.topical) return false;
  const clause = clauseAt(reading, cue.start);
  return reading.cues.some(
    (c) =>
      c.value === 'negationAfter' &&
      c.end <= cue.start &&
      EMBEDDING_AFTER_NEGATION.test(reading.text.slice(c.start, cue.start)) &&
      reading.topicSpans.some((s) => s.end <= c.start && clauseAt(reading, s.start) === clause && NEGATED_ARGUMENT.test(reading.text.slice(s.end, c.start))) &&
      !reading.cues.some((k) => STANCE_KINDS.has(k.value) && k.end <= c.start && reading.topicSpans.some((s) => s.end <= k.start)),
  );
}

/** From the topic phrase to the negation of the verb it is an argument of: "は含まれ", "を認め". */
const NEGATED_ARGUMENT = /^[」』"”]?\s*(は|が|を|も)[^、，,。]{0,8}$/u;

/** From a negation to the verb that takes its clause: "ないとの立場を", "ないという方針を", "ないと". */
const EMBEDDING_AFTER_NEGATION = /^[^。、，,と]{0,3}と(の|いう)?[^。、，,]{0,6}$/u;

function negatedAfter(reading: Reading, cue: Cue): boolean {
  const last = tokenIndexAt(reading.tokens, Math.max(cue.start, cue.end - 1));
  const { negativeVerb } = reading.lexicon;
  // Turkish negates inside the verb ("uygula-ma-yacak"): the cue's own word carries it.
  // A cue of several words ("kabul edilemez") states its own polarity.
  const oneWord = tokenIndexAt(reading.tokens, cue.start) === last;
  if (negativeVerb && oneWord && new RegExp(negativeVerb, 'u').test(reading.tokens[last]?.lower ?? '')) return true;
  // So does the verb right after a noun: "bir tehdit oluşturmadığını" (that it poses no threat).
  const next = reading.tokens[last + 1];
  if (
    negativeVerb &&
    oneWord &&
    next &&
    /^\s+$/.test(reading.text.slice(reading.tokens[last].end, next.start)) &&
    new RegExp(negativeVerb, 'u').test(next.lower)
  )
    return true;
  return reading.cues.some((c) => {
    if (c.value !== 'negationAfter' || c.start < cue.start) return false;
    if (CJK_CHAR.test(reading.text.slice(cue.end, c.start) || reading.text[c.start])) return c.start - cue.end <= CJK_NEGATION_REACH;
    const distance = tokenIndexAt(reading.tokens, c.start) - last;
    // "unterstützt neue Sanktionen gegen Russland nicht.": a negation that ends the clause negates its verb.
    const endsClause = /^\s*([,.;:!?»“”"]|$)/u.test(reading.text.slice(c.end)) && !/[,.;:!?«»“”"]/u.test(reading.text.slice(cue.end, c.start));
    return distance <= 2 || (endsClause && distance <= CLAUSE_END_NEGATION_REACH);
  });
}

/** Words between a verb and the negation that ends its clause: "unterstützt [neue Sanktionen gegen Russland] nicht". */
const CLAUSE_END_NEGATION_REACH = 7;

function distanceTo(spans: StanceCandidate['topic']['spans'], cue: Cue): number {
  if (spans.length === 0) return 0;
  return Math.min(...spans.map((s) => (cue.end <= s.start ? s.start - cue.end : cue.start >= s.end ? cue.start - s.end : 0)));
}

/** Characters a comma adds between a verb and a topic phrase before it: "…de la isla, celebró el acuerdo" is another phrase. */
const COMMA_DISTANCE = 40;

/** How far the cue is from the topic, in characters; a phrase before the verb and a comma away counts as farther where objects follow verbs. */
function distanceToTopic(reading: Reading, cue: Cue): number {
  if (reading.lexicon.headFinal || reading.topicSpans.length === 0) return distanceTo(reading.topicSpans, cue);
  return Math.min(
    ...reading.topicSpans.map((s) => {
      const d = distanceTo([s], cue);
      return s.end <= cue.start && /[,;，]/.test(reading.text.slice(s.end, cue.start)) ? d + COMMA_DISTANCE : d;
    }),
  );
}

/** Is the token part of a name the sentence gives an actor? */
function inName(reading: Reading, token: Token): boolean {
  return reading.names.some((n) => n.start <= token.start && token.end <= n.end);
}

/** Is the topic phrase a name and nothing more ("NATO", "Ukraine")? Such a phrase is what the topic is about, not an act. */
function isName(reading: Reading, span: { start: number; end: number }): boolean {
  return reading.names.some((n) => n.start === span.start && n.end === span.end);
}

/**
 * Which way the topic phrase the cue is said of points: the proposition or its contrary. The
 * orientation comes from the phrase as a whole ("the annexation of Crimea", not "Crimea" inside
 * it), and a name that the topic is about ("Ukraine", "NATO") points nowhere: in "the referendums
 * in occupied Ukraine were illegitimate" it is the referendums that are called illegitimate.
 */
function nearestTopicSpanIsContrary(reading: Reading, cue: Cue): boolean {
  // A pair word that is the cue itself ("recognised") says nothing about what is recognised.
  const spans = reading.topicSpans.filter((s) => !(s.start === cue.start && s.end === cue.end));
  const whole = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start));
  const oriented = whole.filter((s) => !isName(reading, s));
  const pool = oriented.length > 0 ? oriented : whole;
  // "いわゆる住民投票は…を侵害するもので、強く非難する": the phrase the particle marks is what the predicate is said of.
  const marked = pool.filter((s) => s.end <= cue.start && /^(は|が|について)/u.test(reading.text.slice(s.end)));
  // Where the object follows its verb, the phrase after the cue in its clause is what it is said of:
  // "придерживается принципа «одного Китая» и выступает против … тайваньского сепаратизма".
  // Where it comes before, the phrase its case particle joins to the verb: "ロシアのウクライナ侵攻を非難し、即時撤退を求める".
  // Chinese has both: "对…表示谴责", and "要求俄方立即撤军".
  const clause = clauseAt(reading, cue.start);
  const after = () => pool.filter((s) => s.start >= cue.end && clauseAt(reading, s.start) === clause).sort((a, b) => a.start - b.start)[0];
  const { headFinal, verbBeforeObject } = reading.lexicon;
  const object = headFinal
    ? (pool
        .filter((s) => s.end <= cue.start && OBJECT_BEFORE_GAP.test(reading.text.slice(s.end, cue.start)))
        .sort((a, b) => a.end - b.end)
        .at(-1) ?? (verbBeforeObject ? after() : undefined))
    : after();
  // A phrase inside the cue is its own object: "sicherte der Ukraine weitere Unterstützung zu".
  const own = whole.find((s) => s.start >= cue.start && s.end <= cue.end);
  // Else the closest, within the cue's clause where one is there: "台湾問題への干渉に断固反対し、国家主権を…守る".
  // (Japanese and Chinese clauses run on after a comma in one token: a comma after the cue ends its clause there.)
  const inClause = pool.filter((s) => clauseAt(reading, s.start) === clause && !(s.start >= cue.end && /[,，、]/u.test(reading.text.slice(cue.end, s.start))));
  const closest = (inClause.length > 0 ? inClause : pool).sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
  const nearest = own ?? marked.at(-1) ?? markedBefore(reading, cue, pool) ?? object ?? closest;
  if (!nearest) return false;
  // A compound is one phrase whose head comes last: "Krim-Annexion", "Crimea annexation", "クリミアの併合".
  const compound = pool.filter(
    (s) =>
      s.start >= nearest.end &&
      (HEAD_LAST_GAP.test(reading.text.slice(nearest.end, s.start)) ||
        // "顿涅茨克和卢甘斯克的所谓独立": where descriptions precede their noun, the noun after の or 的 heads the phrase.
        (reading.lexicon.headFinal && HEAD_AFTER_PARTICLE.test(reading.text.slice(nearest.end, s.start)))),
  );
  // A head names its complement: "the annexation of Crimea", "die Annexion der Krim", "аннексию Крыма".
  const head = pool.filter((s) => s.end <= nearest.start && COMPLEMENT_GAP.test(reading.text.slice(s.end, nearest.start)));
  // …and a complement orients its head: "the recognition of the separatist republics".
  const complement = pool.filter((s) => s.start >= nearest.end && COMPLEMENT_GAP.test(reading.text.slice(nearest.end, s.start)));
  // Where heads come last and the compound's head is an oriented phrase, it says what the whole is: "温室効果ガスの排出削減" is a cut, not emissions.
  const headWord = reading.lexicon.headFinal
    ? compound.filter((s) => !isName(reading, s) && /^\s*(の|的)\s*$/u.test(reading.text.slice(nearest.end, s.start))).at(-1)
    : undefined;
  const headTurns = nearest.contrary && headWord !== undefined && !headWord.contrary;
  const contrary = !headTurns && (nearest.contrary || [...compound, ...head, ...complement].some((s) => s.contrary));
  // A verb of ending written onto the phrase is its head, and the verb before says what it says of that
  // ending: "加强温室气体管控" strengthens the control of emissions, "対ロ制裁撤廃を求めた" asks for the lifting.
  const endedBy = reading.cues.find(
    (c) => c !== cue && c.value === 'oppose' && !c.topical && c.start >= nearest.end && WRITTEN_ONTO_GAP.test(reading.text.slice(nearest.end, c.start)),
  );
  return endedBy && cue.end <= nearest.start ? !contrary : contrary;
}

/**
 * "美国对俄罗斯吞并克里米亚表示谴责": where a marker (对) sets the object before its verb, what the
 * verb is said of is the first phrase of that object that points a way ("吞并"), not the nearest.
 */
function markedBefore(reading: Reading, cue: Cue, pool: Reading['topicSpans']): Reading['topicSpans'][number] | undefined {
  // The verb says its judgement through a light verb ("表示谴责", "深表遗憾"); the marker is a word of its own, not the end of "反对".
  if (!LIGHT_VERB.test(reading.text.slice(Math.max(0, cue.start - 2), cue.end))) return undefined;
  const clauseStart = reading.tokens[clauseAt(reading, cue.start)]?.start ?? 0;
  const markers = reading.lexicon.objectBefore.join('|');
  if (!markers) return undefined;
  let objectStart = -1;
  for (const m of reading.text.slice(clauseStart, cue.start).matchAll(new RegExp(`(?<!${MARKER_IN_WORD})(${markers})`, 'gu')))
    objectStart = clauseStart + m.index + m[0].length;
  if (objectStart < 0) return undefined;
  return pool.filter((s) => s.start >= objectStart && s.end <= cue.start).sort((a, b) => a.start - b.start)[0];
}

/** A light verb that carries a judgement after the object 对 marks: "表示谴责", "深表遗憾", "予以谴责". */
const LIGHT_VERB = /(表示|深表|予以|表达|感到|深感)/u;
/** Characters before 对 or 向 that make it part of another word: "反对", "针对", "面对", "方向". */
const MARKER_IN_WORD = '[反针面绝相应方导意倾转志指]';

/** Between a phrase and a head written onto it with no space: nothing, or の or 的. */
const WRITTEN_ONTO_GAP = /^(の|的)?$/u;

/** From a phrase to the noun that heads it further on, past a list and a qualifier: "和卢甘斯克的所谓". */
const HEAD_AFTER_PARTICLE = /^[^，。、,；;！？!?\s]{0,12}(的|の)[^，。、,；;！？!?\s]{0,4}$/u;

/** Between a complement and the head after it: nothing, a hyphen, の or 的. */
const HEAD_LAST_GAP = /^([\s\-‐]?|\s*(の|的)\s*)$/u;

/**
 * "…a text condemning the annexation; China abstained, and Russia vetoed": a cue with no topic
 * phrase in its own clause is said of what another clause's stance word describes. Its
 * orientation is that word's reading of the topic (condemning the annexation points toward
 * Ukraine's sovereignty), not the bare phrase's. Undefined when the topic is named in the cue's clause.
 */
function describedElsewhere(reading: Reading, cue: Cue, holder: CandidateMention): number | undefined {
  const clause = clauseAt(reading, cue.start);
  // The holder's own verb in its clause states a stance of its own, and describes nothing: "Turkey objected to the accession, but …".
  const holdersClause = (c: Cue) => c.start >= holder.end && clauseAt(reading, c.start) === clauseAt(reading, holder.start);
  const spans = reading.topicSpans;
  if (spans.length === 0 || spans.some((s) => clauseAt(reading, s.start) === clause)) return undefined;
  const describer = reading.cues
    .filter(
      (c) =>
        c !== cue &&
        STANCE_KINDS.has(c.value) &&
        c.value !== 'neutral' &&
        clauseAt(reading, c.start) !== clause &&
        !holdersClause(c) &&
        // Its object: after it, or before it where verbs come last ("…saldırısını kınayan karar").
        spans.some((s) => (reading.lexicon.headFinal ? s.end <= c.start : s.start >= c.end) && clauseAt(reading, s.start) === clauseAt(reading, c.start)),
    )
    .at(-1);
  if (!describer) return undefined;
  // "NATO üyeliğinin … bir tehdit oluşturmadığını, ancak …": a description denied says the opposite.
  const denied = negatedAfter(reading, describer) ? -1 : 1;
  return denied * polarityOf(describer) * (nearestTopicSpanIsContrary(reading, describer) ? -1 : 1);
}

/** What a document says of the topic: the stance word that describes it, and that word's orientation. */
interface Description {
  cue: Cue;
  orientation: number;
}

/**
 * The description of the document named at `document`: where descriptions precede their noun, the
 * stance word before it in its clause ("谴责吞并的决议"); elsewhere the first one after it that names
 * the topic after it, or is itself the topic's phrase ("a resolution tabled by Ukraine that condemns
 * the annexation"). Verbs of putting the document forward are not its description.
 */
function describe(reading: Reading, document: { start: number; end: number }): Description | undefined {
  const { text } = reading;
  const spans = reading.topicSpans;
  const { sponsors } = reading;
  // A word of judgement said as a verdict is the document's act: "住民投票を無効とする決議案".
  const verdict = (c: Cue) => c.evaluative && VERDICT.test(text.slice(c.end));
  const stance = reading.cues.filter(
    (c) => STANCE_KINDS.has(c.value) && c.value !== 'neutral' && (!c.evaluative || verdict(c)) && !sponsors.some((v) => v.start < c.end && c.start < v.end),
  );
  // "…起草的一份决议草案进行表决，草案谴责…": a document named at the head of a clause is the subject of what follows.
  const before = reading.lexicon.headFinal && !documentOpensClause(reading, document);
  // "eine Resolution blockiert, mit der …": the verb that ends the clause right after the document takes it; the description follows it.
  const relative = relativeClauseAfter(reading, document);
  const cue = before
    ? stance.filter((c) => c.end <= document.start && !/[。；.!?]/.test(text.slice(c.end, document.start))).at(-1)
    : stance.find(
        (c) =>
          c.start >= (relative ?? document.end) &&
          !(reading.lexicon.verbSecond && /^\s*$/.test(text.slice(document.end, c.start)) && endsClause(reading, c)) &&
          !/[.;!?。；]/.test(text.slice(document.end, c.start)) &&
          (!reading.lexicon.headFinal || clauseAt(reading, c.start) === clauseAt(reading, document.start)) &&
          (spans.some((s) => s.start >= c.end || (s.start === c.start && s.end === c.end)) || closesRelativeClause(reading, document, c)),
      );
  if (!cue) return reading.lexicon.headFinal ? undefined : titled(reading, document);
  const orientation = cue.topical ? polarityOf(cue) : polarityOf(cue) * (nearestTopicSpanIsContrary(reading, cue) ? -1 : 1);
  return orientation === 0 ? undefined : { cue, orientation };
}

/**
 * "die Resolution, die die Annexion verurteilt": in a verb-second language a relative clause on the
 * document ends with its verb, the topic before it.
 */
function closesRelativeClause(reading: Reading, document: { end: number }, cue: Cue): boolean {
  if (!reading.lexicon.verbSecond) return false;
  const { text, tokens } = reading;
  const pronoun = tokens[tokenIndexAt(tokens, document.end)];
  const opened = pronoun && /^\s*,\s*$/.test(text.slice(document.end, pronoun.start)) && isWord(reading, pronoun, 'objectRelatives');
  const from = opened ? pronoun.end : relativeClauseAfter(reading, document);
  if (from === undefined) return false;
  return reading.topicSpans.some((s) => s.start > from && s.end <= cue.start && !/[,;:.!?]/.test(text.slice(from, cue.start)));
}

/** Words after the verb that ends a relative clause, before the clause's end: "begrüßen [sollten]", "verurteilt [werden sollte]". */
const RELATIVE_TAIL_REACH = 2;

/**
 * "hat eine Formulierung blockiert, mit der die Staaten den Bericht … begrüßen sollten": where the
 * verb ends its clause (German), the relative clause right after it describes its object, and the
 * verb that ends that clause says what the object does.
 */
function relativeOnObject(reading: Reading, outer: Cue, inner: Cue): boolean {
  if (!reading.lexicon.verbSecond || !STANCE_KINDS.has(outer.value) || outer.value === 'neutral' || !endsClause(reading, outer)) return false;
  // A verb that holds its own object ("gab … eine Blockade auf, mit der …"): the clause describes that object, not a third thing.
  if (/\s/.test(reading.text.slice(outer.start, outer.end))) return false;
  const from = relativeClauseAfter(reading, outer);
  const { text, tokens } = reading;
  if (from === undefined || inner.start < from || /[;:.!?]/.test(text.slice(from, inner.start))) return false;
  if (reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start >= from && c.end <= inner.start)) return false;
  if (!reading.topicSpans.some((s) => s.start >= from && s.end <= inner.start)) return false;
  const end = text.slice(inner.end).search(/[,;:.!?–—]/u);
  const tail = tokens.filter((t) => t.start >= inner.end && (end < 0 || t.end <= inner.end + end));
  return tail.length <= RELATIVE_TAIL_REACH;
}

/** The stance cue whose object a relative clause holding `cue` describes, said before the holder's: "gab eine Blockade auf" for "…, mit der es den Beitritt verhindert hatte". */
function describedBy(reading: Reading, holder: CandidateMention, cue: Cue): Cue | undefined {
  if (!reading.lexicon.verbSecond) return undefined;
  return reading.cues.find((o) => {
    if (o === cue || !STANCE_KINDS.has(o.value) || o.end > cue.start || /[;:.!?]/.test(reading.text.slice(o.end, cue.start))) return false;
    const from = relativeClauseAfter(reading, o);
    // Not where the holder is the clause's own subject ("…, mit der Ungarn den Beitritt verhindert hatte").
    return from !== undefined && from <= cue.start && holder.end <= from;
  });
}

/** Lower-case words (the verbs that end a clause) up to a comma: "Resolution[ blockiert], mit der". */
const CLAUSE_END_THEN_COMMA = /^((?:\s+\p{Ll}+){0,2})\s*,\s*/u;

/**
 * Where a relative clause on the document opens, in the lexicon's `relativeOpening`: right after
 * it ("die Resolution, die …") or after the verbs that end the clause it is the object of ("hat
 * eine Resolution blockiert, mit der …"). The offset after the opening words.
 */
function relativeClauseAfter(reading: Reading, document: { end: number }): number | undefined {
  const opening = leadingPattern(reading.lexicon, 'relativeOpening');
  if (!opening) return undefined;
  const { text } = reading;
  const comma = CLAUSE_END_THEN_COMMA.exec(text.slice(document.end));
  if (!comma) return undefined;
  const rest = text.slice(document.end + comma[0].length);
  const open = opening.exec(rest);
  if (!open || /^\p{L}/u.test(rest.slice(open[0].length))) return undefined;
  return document.end + comma[0].length + open[0].length;
}

/** Does the document's word open its clause ("，草案谴责…")? */
function documentOpensClause(reading: Reading, document: { start: number }): boolean {
  return reading.tokens[clauseAt(reading, document.start)]?.start === document.start;
}

/** After a word of judgement, the ending that makes it a verdict on its object: "無効とする", "違法だとする". */
const VERDICT = /^\s*(だ|である)?と(する|し|した|して|みな)/u;

/** Tokens from a document to the verb that affirms its topic, past its sponsor: "قرارا [قدمته بولندا] يؤكد". */
const AFFIRMING_REACH = 3;

/** Tokens from a document to the topic phrase its title names: "резолюцию о [территориальной целостности]". */
const TITLE_REACH = 2;

/**
 * "a resolution on the territorial integrity of Ukraine", "резолюцию о территориальной целостности
 * Украины", "قرارا يؤكد وحدة أراضيها": a document titled by the topic's own proposition, or one that
 * affirms it, stands for it. Not one titled by its contrary ("a resolution on the annexation"):
 * that may condemn or endorse (see documentAboutContrary). A title against something stands
 * against it: "a resolution against the annexation" is for Ukraine's sovereignty.
 */
function titled(reading: Reading, document: { start: number; end: number }): Description | undefined {
  const { text, tokens } = reading;
  const against = wordSet(reading.lexicon, 'against');
  const allowed = new Set([
    ...wordSet(reading.lexicon, 'object'),
    ...against,
    ...wordSet(reading.lexicon, 'articles'),
    ...wordSet(reading.lexicon, 'determiners'),
  ]);
  // The verb that affirms may follow the sponsor's words: "قرارا قدمته بولندا يؤكد وحدة أراضي أوكرانيا".
  const affirming = reading.cues.find(
    (c) =>
      c.value === 'speech' &&
      c.start >= document.end &&
      !/[,.;:!?،]/.test(text.slice(document.end, c.start)) &&
      tokens.filter((t) => t.start >= document.end && t.end <= c.start).length <= AFFIRMING_REACH,
  );
  const from = affirming?.end ?? document.end;
  const span = reading.topicSpans.filter((s) => s.start >= from && !isName(reading, s)).sort((a, b) => a.start - b.start)[0];
  if (!span || /[,.;:!?،]/.test(text.slice(from, span.start))) return undefined;
  const gap = tokens.filter((t) => t.start >= from && t.end <= span.start);
  if (gap.length > TITLE_REACH || !gap.every((t) => allowed.has(t.lower)) || (affirming && gap.length > 1)) return undefined;
  if (!affirming && gap.length === 0) return undefined;
  const opposing = !affirming && gap.some((t) => against.has(t.lower));
  if (span.contrary && !opposing) return undefined;
  const orientation = opposing === span.contrary ? 1 : -1;
  const cue: Cue = { ...(affirming ?? { start: document.start, end: document.end, from: 0, to: 0 }), value: orientation > 0 ? 'support' : 'oppose' };
  return { cue, orientation };
}

/**
 * Where descriptions precede their noun but verbs their object (Chinese), the document a verb takes
 * with its description between them: "否决了谴责吞并的决议草案". Undefined when the verb takes no described document.
 */
function describedDocumentObject(reading: Reading, cue: Cue): Description | undefined {
  const { text, documents } = reading;
  if (reading.lang !== 'zh') return undefined;
  for (const d of documents.filter((d) => d.start >= cue.end && !/[。；，、！？.,;!?]/.test(text.slice(cue.end, d.start)))) {
    const description = describe(reading, d);
    if (description && description.cue !== cue && description.cue.start >= cue.end) return description;
  }
  return undefined;
}

/** Tokens between a verb and the document noun that is its object: "vetoed [a] draft resolution", "a bloqué [un] projet". */
const DOCUMENT_OBJECT_REACH = 2;

/** The document noun right after a verb, as its object: "vetoed [a] draft resolution". */
function documentObject(reading: Reading, cue: Cue): Reading['documents'][number] | undefined {
  const { tokens, text, documents } = reading;
  return documents.find(
    (d) =>
      d.start >= cue.end &&
      tokens.filter((t) => t.start >= cue.end && t.end <= d.start).length <= DOCUMENT_OBJECT_REACH &&
      !/[,.;:!?]/.test(text.slice(cue.end, d.start)),
  );
}

/** Where the verb ends its clause (German), the document right before it is its object: "hat eine Resolution blockiert, mit der …". */
function documentBeforeFinalVerb(reading: Reading, cue: Cue): Reading['documents'][number] | undefined {
  if (!reading.lexicon.verbSecond || !endsClause(reading, cue)) return undefined;
  return reading.documents.find((d) => d.end <= cue.start && /^\s*$/.test(reading.text.slice(d.end, cue.start)));
}

/** Tokens between a cue and the word that says what it is about: "concern [deeply] about". */
const CUE_ABOUT_REACH = 1;

/**
 * "The two leaders also voiced concern about the human rights situation in Xinjiang", after a
 * sentence on the alliance: where the sentence takes its topic from the one before and refers to
 * nothing there, a cue said of something the sentence names after "about" is about that.
 */
function aboutSomethingElse(reading: Reading, candidate: StanceCandidate, cue: Cue): boolean {
  const { topic } = candidate;
  if (topic.spans.length > 0 || topic.reference !== undefined || reading.lexicon.headFinal) return false;
  const about = wordSet(reading.lexicon, 'about');
  const after = reading.tokens.filter((t) => t.start >= cue.end).slice(0, CUE_ABOUT_REACH + 1);
  const word = after.find((t) => about.has(t.lower));
  if (!word || /[,.;:!?]/.test(reading.text.slice(cue.end, word.start))) return false;
  // Something named there: past its article, a word of more than a pronoun's length.
  const determiners = wordSet(reading.lexicon, 'determiners');
  const object = reading.tokens.find((t) => t.start >= word.end && !determiners.has(t.lower));
  return object !== undefined && !/[,.;:!?]/.test(reading.text.slice(word.end, object.start)) && object.text.length > 3;
}

/** Tokens between a document's noun and the preposition that says what it is about: "the resolution [of the UN] on". */
const ABOUT_REACH = 4;

/**
 * "supported the UN resolution on the annexation of Crimea": the verb's object is a document said
 * only to be about the topic's contrary, which says nothing of which way the document goes.
 */
function documentAboutContrary(reading: Reading, cue: Cue): boolean {
  const about = wordSet(reading.lexicon, 'about');
  const object = about.size > 0 && !reading.lexicon.headFinal ? documentObject(reading, cue) : undefined;
  if (!object) return false;
  const after = reading.tokens.filter((t) => t.start >= object.end).slice(0, ABOUT_REACH + 1);
  const word = after.find((t) => about.has(t.lower));
  if (!word || /[,.;:!?]/.test(reading.text.slice(object.end, word.start))) return false;
  const next = reading.topicSpans.filter((s) => s.start >= word.end && !isName(reading, s)).sort((a, b) => a.start - b.start)[0];
  return next?.contrary === true && reading.tokens.filter((t) => t.start >= word.end && t.end <= next.start).length <= DOCUMENT_OBJECT_REACH;
}

/**
 * "La resolución que condena la anexión fue aprobada con 143 votos a favor", "Russia vetoed a draft
 * resolution drafted by the United States that condemned the annexation": the cue is said of a
 * document, its object right after it or, where the holder is named as an agent or in a list, its
 * subject before it; the topic phrase the cue would be read against belongs to the document's description. The cue's orientation is the description's.
 * Undefined when no document stands there, or the topic is named after the cue outside a description.
 */
function documentDescribed(reading: Reading, cue: Cue, subjectNamed: boolean): number | undefined {
  if (reading.lexicon.headFinal) return describedDocumentObject(reading, cue)?.orientation;
  const object = documentObject(reading, cue) ?? documentBeforeFinalVerb(reading, cue);
  if (object) return describe(reading, object)?.orientation;
  const { documents } = reading;
  // The document is the subject only where the holder is not: an agent or a list ("…was vetoed by Russia", "…, entre ellos México").
  if (subjectNamed) return undefined;
  const clause = clauseAt(reading, cue.start);
  if (reading.topicSpans.some((s) => s.start >= cue.end && clauseAt(reading, s.start) === clause)) return undefined;
  for (const subject of documents.filter((d) => d.end <= cue.start).reverse()) {
    const description = describe(reading, subject);
    if (description && description.cue.end <= cue.start) return description.orientation;
  }
  return undefined;
}

/** Tokens a document's noun and the verb that put it forward may have between them: "the resolution [that was] tabled". */
const SPONSOR_DOCUMENT_REACH = 3;
/** Characters between them where words are not spaced: "美国起草的一份谴责…的决议草案". */
const CJK_SPONSOR_DOCUMENT_REACH = 30;
/** Tokens a document's description may take between the document and the verb after it. */
const SPONSOR_DESCRIPTION_REACH = 12;
/** Tokens between the verb and the last of its agents listed after it: "tabled by Ukraine together with Canada and Poland". */
const SPONSOR_AGENT_REACH = 8;

/**
 * "a resolution tabled by Ukraine that reaffirms its territorial integrity", "резолюцию, внесённую
 * Украиной", "美国起草的一份谴责…的决议草案", "併合を非難する米国提出の決議案": the actor named as the
 * one who put the document forward holds what the document says (sponsoring a resolution is a
 * stance). Undefined when the mention is not that verb's agent or the document says nothing of the topic.
 */
function sponsorship(reading: Reading, candidate: StanceCandidate, mention: CandidateMention): { verb: Cue; description: Description } | undefined {
  const { text, tokens, documents, sponsors } = reading;
  if (mention.end === mention.start || sponsors.length === 0 || documents.length === 0) return undefined;
  const allowed = new Set([
    ...wordSet(reading.lexicon, 'agent'),
    ...wordSet(reading.lexicon, 'determiners'),
    ...wordSet(reading.lexicon, 'articles'),
    ...wordSet(reading.lexicon, 'coordination'),
    ...wordSet(reading.lexicon, 'object'),
  ]);
  const aligned = (t: Token) => reading.cues.some((c) => c.value === 'align' && c.start <= t.start && t.end <= c.end);
  const between = (from: number, to: number) => tokens.filter((t) => t.start >= from && t.end <= to);
  // "резолюцію на підтримку територіальної цілісності України, внесену Україною": the description between the document and the verb.
  const describedBefore = (document: { start: number; end: number }, verb: { start: number }) =>
    between(document.end, verb.start).length <= SPONSOR_DESCRIPTION_REACH && (describe(reading, document)?.cue.end ?? Infinity) <= verb.start;
  for (const verb of sponsors) {
    // The agent: after the verb ("tabled by Ukraine and Canada", "внесённую Украиной", "قدمته أوكرانيا"),
    // or right before it ("米国提出", "Ukrayna'nın sunduğu", "von der Ukraine eingebrachte").
    const cjk = CJK_CHAR.test(text[verb.start] ?? '');
    const gapAfter = mention.start >= verb.end && !cjk ? text.slice(verb.end, mention.start) : undefined;
    const after =
      gapAfter !== undefined &&
      !/[.;:!?()«»"“”—–]/.test(gapAfter) &&
      between(verb.end, mention.start).length <= SPONSOR_AGENT_REACH &&
      between(verb.end, mention.start).every((t) => allowed.has(t.lower) || inName(reading, t) || aligned(t));
    // …the last of a list ("英国和法国起草", "フランスなどが提出した") or the name itself.
    const listEnd = groupSpan(reading, mention).end;
    const gapBefore = listEnd <= verb.start ? text.slice(listEnd, verb.start) : undefined;
    const before = gapBefore !== undefined && (cjk ? /^\s*(など|等)?(が|の|によって|により)?\s*$/u.test(gapBefore) : /^(['’]\p{L}{1,4})?\s*$/u.test(gapBefore));
    if (!after && !before) continue;
    const document = documents.find((d) =>
      d.start >= verb.end
        ? cjk
          ? d.start - verb.end <= CJK_SPONSOR_DOCUMENT_REACH && !/[。；！？，]/.test(text.slice(verb.end, d.start))
          : between(verb.end, d.start).length <= SPONSOR_DOCUMENT_REACH && !/[.;:!?]/.test(text.slice(verb.end, d.start))
        : d.end <= verb.start &&
          !/[.;:!?。；]/.test(text.slice(d.end, verb.start)) &&
          (between(d.end, verb.start).length <= SPONSOR_DOCUMENT_REACH || describedBefore(d, verb)),
    );
    // The document named again at the head of a later clause says what it says: "…起草的一份决议草案进行表决，草案谴责…".
    const again = document && reading.lexicon.headFinal ? documents.find((d) => d.start > document.end && documentOpensClause(reading, d)) : undefined;
    const described = document && (describe(reading, document) ?? (again && describe(reading, again)));
    // "Die Resolution wurde von Albanien und der Ukraine eingebracht": the document the sentence before described.
    const act: Cue = { ...verb, value: 'support' };
    const referred = document && !described && referredDocument(candidate) ? { cue: act, orientation: referredOrientation(candidate) } : undefined;
    const description = described ?? referred;
    if (description) return { verb: act, description };
  }
  return undefined;
}

/**
 * The proposition asserted with a modal is a cue of its own: "NATO should not admit new members"
 * opposes, "sanctions must be tightened" supports.
 */
function modalProposition(reading: Reading, candidate: StanceCandidate, holderEnd: number): Cue | undefined {
  for (const modal of reading.cues.filter((c) => c.value === 'modal' && c.start >= holderEnd)) {
    const span = reading.topicSpans.find((s) => s.start >= modal.end && s.start - modal.end < 40);
    if (!span) {
      const said = subjectOfModal(reading, modal);
      if (said) return said;
      continue;
    }
    // Another's modal is another's proposition ("the submarines Australia will buy under AUKUS"), unless the holder says it of them.
    const subject = reading.names.find((n) => n.code !== candidate.actor.code && n.end <= modal.start && /^\s*$/.test(reading.text.slice(n.end, modal.start)));
    if (subject && !reportedAbout(reading, subject, subject.code) && !judgedByTailSpeaker(reading, subject, subject.code)) continue;
    // "would raise tensions and endanger regional peace": the verb after the modal is the cue.
    if (reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start >= modal.end && (c.end <= span.start || c.start === span.start))) continue;
    // Verb-final clauses ("werde die Sanktionen nicht unterstützen"): the verb after the topic decides, in a
    // verb-second language wherever it ends the clause ("werde die Scheinreferenden und die daraus … niemals anerkennen").
    const verbAfter = (c: Cue) => c.start - span.end < 40 || (reading.lexicon.verbSecond && clauseAt(reading, c.start) === clauseAt(reading, span.start));
    if (reading.cues.some((c) => STANCE_KINDS.has(c.value) && !c.topical && c.start >= span.end && verbAfter(c))) continue;
    const negated = reading.cues.some((c) => c.value === 'negation' && c.start >= modal.start && c.end <= span.start);
    // "il ne doit pas y avoir": the word before the modal and the one after it are one negation.
    const bracket = negated
      ? reading.cues.find((c) => c.value === 'negation' && c.end <= modal.start && /^\s*$/.test(reading.text.slice(c.end, modal.start)))
      : undefined;
    return { ...modal, start: bracket?.start ?? modal.start, end: span.start, value: negated !== span.contrary ? 'oppose' : 'support', topical: true };
  }
  return undefined;
}

/**
 * "a former French ambassador", "Frankreichs ehemaliger Botschafter", "бывший посол Франции", "السفير
 * الفرنسي السابق", "die russische Opposition": who held an office once, or opposes the government, speaks
 * for no government (a word of the lexicon's `nonGovernment` list near the name, in one stretch of words).
 */
function outsideGovernment(reading: Reading, mention: CandidateMention): boolean {
  const outside = wordSet(reading.lexicon, 'nonGovernment');
  // A person is named only while in an office, whatever else they once were ("l'ancien président Dmitri Medvedev, vice-président du Conseil").
  if (outside.size === 0 || mention.role === 'person') return false;
  const { tokens, text } = reading;
  const first = tokenIndexAt(tokens, mention.start);
  const last = tokenIndexAt(tokens, Math.max(mention.start, mention.end - 1));
  const near = (t: Token) => !/[,;:.!?«»"“”()،؛]/.test(t.end <= mention.start ? text.slice(t.end, mention.start) : text.slice(mention.end, t.start));
  return tokens
    .slice(Math.max(0, first - OUTSIDE_REACH), last + OUTSIDE_REACH + 1)
    .some((t) => (t.end <= mention.start || t.start >= mention.end) && outside.has(t.lower) && near(t));
}

/**
 * "The United States, Britain and Australia are fuelling an arms race with AUKUS, the Chinese foreign
 * ministry said": a sentence that closes with who said it is that speaker's words, and what they say
 * of another country is the speaker's stance, not that country's. Not an act reported of it ("Finland
 * applied to join, the alliance said"): that is the country's own.
 */
function judgedByTailSpeaker(reading: Reading, mention: CandidateMention, code: string): boolean {
  const tail = tailAttribution(reading);
  if (!tail || mention.end > tail.comma || tail.speakers.has(code)) return false;
  // An act the name must or should do is the speaker's demand: "Die USA müssten ihre Präsenz verringern, sagte …".
  const obligation = wordSet(reading.lexicon, 'obligation');
  const demanded = (act: Cue) => reading.tokens.some((t) => t.start >= mention.end && t.end <= act.start && obligation.has(t.lower));
  return !reading.cues.some((c) => c.start >= mention.end && c.end <= tail.comma && isAct(reading, c) && !demanded(c));
}

/** The comma before ", the Chinese foreign ministry said." and the actors named after it; undefined when the sentence does not close so. */
type Tail = { comma: number; speakers: Set<string> } | undefined;
const tails = new WeakMap<Reading, Tail>();
function tailAttribution(reading: Reading): Tail {
  if (!tails.has(reading)) tails.set(reading, tailAttributionAfresh(reading));
  return tails.get(reading);
}

function tailAttributionAfresh(reading: Reading): Tail {
  const { text, tokens } = reading;
  const end = text.replace(/[\s.!?。！？"”»]+$/u, '').length;
  const comma = Math.max(text.lastIndexOf(',', end), text.lastIndexOf('，', end));
  if (comma <= 0 || tokens.filter((t) => t.start > comma && t.end <= end).length > TAIL_SPEAKER_REACH) return undefined;
  // A verb that names its speaker after the words ("said", "a déclaré", "заявили"), or a Chinese or Japanese one that closes them ("表示").
  const saying = reading.cues.some((c) => c.start > comma && (c.value === 'speakerAfter' || (c.value === 'speech' && CJK_CHAR.test(text[c.start]))));
  const speakers = reading.names.filter((n) => n.start > comma && n.end <= end);
  const judging = reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start > comma);
  return saying && speakers.length > 0 && !judging ? { comma, speakers: new Set(speakers.map((n) => n.code)) } : undefined;
}

/** Words after the comma of a closing attribution: ", the spokesman of the Chinese foreign ministry said". */
const TAIL_SPEAKER_REACH = 10;

/** Is the cue an act ("applied to join", "imposed", "voted against", "abstained", "ratified") rather than a judgement? */
function isAct(reading: Reading, cue: Cue): boolean {
  // A topic's own verb phrase is an act ("annexed Crimea"), unless a word of judgement leads to it.
  if (cue.evaluative) return false;
  if (cue.topical) return !reading.cues.some((c) => c !== cue && c.evaluative && c.start < cue.start && cue.start - c.end < JUDGED_ACT_CHARS);
  return saidAs(reading, cue, ACT_CLASSES);
}

/** Characters from a word of judgement to the topic phrase it leads to. */
const JUDGED_ACT_CHARS = 24;

/** The predicate classes whose words name an act. */
const ACT_CLASSES: PredicateClass[] = ['support', 'join', 'impose', 'recognise', 'withdraw', 'block', 'voteFor', 'voteAgainst', 'abstain'];

/** Is the cue's text a phrase of one of these predicate classes (a whole phrase, or a stem's word)? Phrases with a gap are left out. */
function saidAs(reading: Reading, cue: Cue, classes: PredicateClass[]): boolean {
  return saysClass(reading.lexicon, reading.text.slice(cue.start, cue.end), classes);
}

/** Words between a name and the word that puts it outside government: "a former [French]", "[السفير] [الفرنسي] السابق". */
const OUTSIDE_REACH = 2;

/** Is the name an agent after a topic phrase that names an act, an adjective at most between ("l'annexion illégale par la Russie")? */
function agentOfNoun(reading: Reading, name: CandidateMention): boolean {
  const by = governingWord(reading, name);
  if (!by || !isWord(reading, by, 'agent') || CJK_CHAR.test(by.text) || wordSet(reading.lexicon, 'ownerAfterNoun').has(by.lower)) return false;
  return reading.topicSpans.some(
    (s) =>
      s.end <= by.start &&
      !isName(reading, s) &&
      (/^\s*$/.test(reading.text.slice(s.end, by.start)) ||
        complementBetween(reading, s.end, by.start) ||
        reading.cues.some(
          (c) => c.evaluative && c.start >= s.end && /^\s*$/.test(reading.text.slice(s.end, c.start)) && /^\s*$/.test(reading.text.slice(c.end, by.start)),
        )),
  );
}

/** Words a noun's complement may take before its agent: "the annexation [of parts of Ukraine] by Russia". */
const COMPLEMENT_REACH = 5;

/** Is the text between a noun and what follows it the noun's complement: a preposition of its object and a few words, no verb, no break? */
function complementBetween(reading: Reading, from: number, to: number): boolean {
  const words = reading.tokens.filter((t) => t.start >= from && t.end <= to);
  return (
    words.length > 1 &&
    words.length <= COMPLEMENT_REACH &&
    isWord(reading, words[0], 'object') &&
    !/[,;:.!?،，。()«»"“”]/.test(reading.text.slice(from, to)) &&
    !reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= from && c.end <= to)
  );
}

/**
 * "in dem von den USA geführten Verteidigungsbündnis": an agent right before an attributive
 * participle and its noun is that participle's agent. Where the participle is no stance word, the
 * name holds nothing of its clause; where it is one ("die von der EU verhängten Sanktionen"), it
 * holds that.
 */
function agentOfAttribute(reading: Reading, mention: CandidateMention): boolean {
  const { attributive } = reading.lexicon;
  if (!attributive) return false;
  const { tokens } = reading;
  const participle = tokens[tokenIndexAt(tokens, groupSpan(reading, mention).end)];
  if (!participle || !new RegExp(`^(${attributive})$`, 'u').test(participle.text)) return false;
  const noun = tokens[tokenIndexAt(tokens, participle.end)];
  if (!noun || !/^\p{Lu}/u.test(noun.text)) return false;
  const says = (c: { start: number; end: number }) => c.start <= participle.start && participle.end <= c.end;
  // Nor of putting a document forward: "eine von der Ukraine eingebrachte Resolution".
  return !reading.cues.some((c) => STANCE_KINDS.has(c.value) && says(c)) && !reading.sponsors.some(says);
}

/** Where the agent's marker follows the name, is it followed by a topic noun, its act ("Rusya Federasyonu tarafından yasa dışı ilhakını")? */
function agentOfNounAfter(reading: Reading, mention: CandidateMention): boolean {
  const { text, tokens } = reading;
  const marker = reading.cues.find(
    (c) => c.value === 'agent' && c.start >= mention.end && /^[\s\p{L}]{0,6}$/u.test(text.slice(groupSpan(reading, mention).end, c.start)),
  );
  if (!marker) return false;
  const next = tokenIndexAt(tokens, marker.end);
  return reading.topicSpans.some(
    (s) =>
      s.start >= marker.end &&
      tokenIndexAt(tokens, s.start) - next <= NOUN_AFTER_AGENT_REACH &&
      !isName(reading, s) &&
      !reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && !c.evaluative && c.start >= marker.end && c.end <= s.start),
  );
}

/** Words between an agent's marker and the noun of its act: "tarafından [yasa dışı] ilhakını". */
const NOUN_AFTER_AGENT_REACH = 2;

/**
 * "NATO expansion must not continue", "Санкции должны сохраняться": the topic is the modal's subject,
 * and the clause says nothing more of it than whether it should go on.
 */
function subjectOfModal(reading: Reading, modal: Cue): Cue | undefined {
  const { tokens, text } = reading;
  const at = tokenIndexAt(tokens, modal.start);
  const subject = reading.topicSpans.find(
    (s) => s.end <= modal.start && !isName(reading, s) && at - tokenIndexAt(tokens, s.end) <= 1 && !/[,;:.!?،，。]/.test(text.slice(s.end, modal.start)),
  );
  // Nor where a verb of stance stands between them, the topic its object: "… die Annexion verurteilt werden sollte".
  if (!subject || reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start >= subject.end && c.end <= modal.start)) return undefined;
  // What follows the modal in its clause is short and takes no stance: "must not continue", "must remain in place".
  const clause = clauseAt(reading, modal.start);
  const rest = tokens.filter((t, i) => i > at && clauseAt(reading, t.start) === clause && !/[.;:!?,]/.test(text.slice(modal.end, t.start)));
  if (rest.length > MODAL_REST_REACH || reading.cues.some((c) => STANCE_KINDS.has(c.value) && rest.some((t) => c.start >= t.start && c.start < t.end)))
    return undefined;
  // A negation before the modal ("не должно") or closing the clause ("darf nicht") is read with the cue, as any verb's;
  // one right after an English modal ("must not") is the proposition's own.
  const negated = reading.cues.some(
    (c) => c.value === 'negation' && tokenIndexAt(tokens, c.start) - at === 1 && !reading.cues.some((k) => k.value === 'negationAfter' && k.start === c.start),
  );
  return { ...modal, value: negated !== subject.contrary ? 'oppose' : 'support', topical: true };
}

/** Words after a modal whose subject is the topic: "[must] not continue", "[doivent] être maintenues". */
const MODAL_REST_REACH = 4;

/** Characters (Chinese, Japanese) or words (elsewhere) between a passive's agent and its verb: "被匈牙利议会批准". */
const AGENT_VERB_REACH = { chars: 8, words: 3 };

/**
 * Is this name the agent of a passive cue? After the verb ("was ratified by Turkey and Hungary"),
 * or before it with its marker: after the name in Japanese and Turkish ("ハンガリー国会によって批准",
 * "Macaristan tarafından onaylandı"), before it in Chinese ("被匈牙利议会批准").
 */
function passiveAgent(reading: Reading, cue: Cue, name: CandidateMention): boolean {
  const key = `p${cue.start}-${cue.end}${cue.value}${cue.evaluative ? '!' : ''}@${mentionKey(name)}`;
  return known(reading, key, () => passiveAgentAfresh(reading, cue, name));
}

/** Is an actor named in the cue's clause before it, other than inside a topic's phrase? */
function actorBefore(reading: Reading, cue: Cue): boolean {
  const clause = clauseAt(reading, cue.start);
  return reading.names.some((n) => n.end > n.start && n.end <= cue.start && clauseAt(reading, n.start) === clause && !inTopic(reading, n));
}

function passiveAgentAfresh(reading: Reading, cue: Cue, name: CandidateMention): boolean {
  // "l'annexion illégale par la Russie", "eine Annexion durch Russland": the agent of the act a noun names, not of a verb;
  // a word of judgement is no verb to have one ("tarafından yasa dışı ilhakını").
  if (cue.evaluative || agentOfNoun(reading, name)) return false;
  if (name.start >= cue.end) {
    // "The pact angered France", "вызвало недовольство Франции": the one angered, right after the verb.
    // Not where an actor is the subject: in "China angered the United States by condemning AUKUS" China acts.
    if (saidAs(reading, cue, ['anger'])) return onlyDeterminers(reading, cue.end, groupStart(reading, name)) && !actorBefore(reading, cue);
    const by = governingWord(reading, name);
    if (isWord(reading, by, 'agent') && tokenIndexAt(reading.tokens, by!.start) === tokenIndexAt(reading.tokens, cue.end)) return true;
    return agentAfterTitle(reading, cue, name);
  }
  if (name.end > cue.start) return false;
  const { text, tokens } = reading;
  const near = (from: number) => {
    const gap = text.slice(from, cue.start);
    if (CJK_CHAR.test(gap) || CJK_CHAR.test(text[cue.start] ?? '')) return gap.length <= AGENT_VERB_REACH.chars;
    return tokenIndexAt(tokens, cue.start) - tokenIndexAt(tokens, Math.max(0, from - 1)) <= AGENT_VERB_REACH.words;
  };
  const between = (from: number, to: number) => !reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= from && c.end <= to);
  // The marker after the name, or after the last of the names coordinated with it.
  const listEnd = reading.names
    .filter((n) => n.start >= name.end && n.end <= cue.start && reading.coordination.test(text.slice(name.end, n.start)))
    .at(-1)?.end;
  const after = reading.cues.find(
    (c) => c.value === 'agent' && c.start >= name.end && c.end <= cue.start && /^[\s\p{L}]{0,6}$/u.test(text.slice(listEnd ?? name.end, c.start)),
  );
  const unnamed = (from: number, to: number) => !reading.names.some((n) => n.start >= from && n.end <= to);
  // "Rusya Federasyonu tarafından yasa dışı ilhakını tanımadığını": a topic noun after the marker is the agent's act, not the verb.
  const actNamed = (from: number, to: number) => reading.topicSpans.some((s) => s.start >= from && s.end <= to && !isName(reading, s));
  if (after && near(after.end) && between(after.end, cue.start) && unnamed(after.end, cue.start) && !actNamed(after.end, cue.start)) return true;
  const before = reading.cues.find((c) => c.value === 'agent' && c.end <= name.start && /^\s*$/.test(text.slice(c.end, groupStart(reading, name))));
  return before !== undefined && near(name.end) && between(name.end, cue.start);
}

/** Words between a passive verb and its agent's marker ("ratifié [jeudi] par"), and between the marker and the name ("par [le Parlement] français"). */
const AGENT_TITLE_REACH = 3;

/**
 * "a été ratifié jeudi par le Parlement français", "fue ratificado por el Senado de España": the
 * agent's marker soon after the verb, then a title whose adjective or complement names the actor.
 */
function agentAfterTitle(reading: Reading, cue: Cue, name: CandidateMention): boolean {
  const { tokens, text } = reading;
  const first = groupStart(reading, name);
  const marker = reading.cues.find(
    (c) => c.value === 'agent' && c.start >= cue.end && c.end <= first && tokenIndexAt(tokens, c.start) - tokenIndexAt(tokens, cue.end) <= AGENT_TITLE_REACH,
  );
  if (!marker || /[,;:.!?«»"“”()]/.test(text.slice(cue.end, first))) return false;
  // "a salué la ratification par le Parlement turc": a noun, the verb's or one after it, is what the marker's phrase belongs to.
  const determiners = wordSet(reading.lexicon, 'determiners');
  if (determiners.has(tokens[tokenIndexAt(tokens, cue.start) - 1]?.lower ?? '')) return false;
  if (reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= cue.end && c.end <= marker.start)) return false;
  // "The White House welcomed deliberations by Finland": a verb with its subject named right before it is active.
  if (activeSubjectBefore(reading, cue)) return false;
  // "l'annexion illégale de la Crimée par la Russie": a word of blame is no passive, and a topic phrase before the marker owns it.
  if (cue.evaluative || reading.topicSpans.some((s) => s.start >= cue.end && s.end <= marker.start)) return false;
  if (tokenIndexAt(tokens, first) - tokenIndexAt(tokens, marker.end) > AGENT_TITLE_REACH) return false;
  return !reading.names.some((n) => n.start >= marker.end && n.end <= first);
}

/**
 * A name that opens the verb's clause right before it, with only words between and no form of "to be"
 * ("Sweden was admitted by …"), nor a noun it is the complement of ("Протокол про вступ Швеції до НАТО ратифіковано").
 */
function activeSubjectBefore(reading: Reading, cue: Cue): boolean {
  const { tokens, text } = reading;
  const at = tokenIndexAt(tokens, cue.start);
  const clause = clauseAt(reading, cue.start);
  const copulas = wordSet(reading.lexicon, 'copula');
  return reading.names.some((n) => {
    if (n.end > cue.start || clauseAt(reading, n.start) !== clause || tokenIndexAt(tokens, groupStart(reading, n)) - clause > 1) return false;
    const from = tokenIndexAt(tokens, n.end);
    return at - from <= HOLDERS_VERB_REACH && /^[\s\p{L}]*$/u.test(text.slice(n.end, cue.start)) && !tokens.slice(from, at).some((t) => copulas.has(t.lower));
  });
}

/**
 * The actors whose clause a cue belongs to: the agents of a passive cue; else the nearest holder
 * named before it and those named together with that holder ("Russia and China … said"); this
 * actor when nobody is named before.
 */
function ownersOf(reading: Reading, candidate: StanceCandidate, cue: Cue): Set<string> {
  // Every candidate of a reading names the same actors, so each cue's owners are worked out once per reading.
  let byCue = cueOwners.get(reading);
  if (!byCue) cueOwners.set(reading, (byCue = new Map()));
  let owners = byCue.get(cue);
  if (owners === undefined) byCue.set(cue, (owners = ownersAfresh(reading, candidate, cue)));
  return owners ?? new Set([candidate.actor.code]);
}

/**
 * "China hat Australien, Großbritannien und den USA vorgeworfen, …": where the verb comes second and
 * the cue (or a verb after it) ends its clause, the names that open the clause are its subject; names
 * after them, before the cue, stand between the finite verb and the participle as its objects. Not where a phrase opens
 * the clause ("Am Freitag haben Polen und Ungarn … blockiert": the names there are the subject).
 */
function withoutMiddleField<T extends { m: CandidateMention }>(reading: Reading, cue: Cue, holders: T[]): T[] {
  if (!reading.lexicon.verbSecond) return holders;
  const clause = clauseAt(reading, cue.start);
  // The cue or a verb after it in its clause ends it: "hat Finnland mit Gegenmaßnahmen gedroht".
  if (!endsClause(reading, cue) && !reading.cues.some((c) => c.start >= cue.end && clauseAt(reading, c.start) === clause && endsClause(reading, c)))
    return holders;
  const clauseOffset = reading.tokens[clause]?.start ?? 0;
  const first = holders.find(({ m }) => m.start >= clauseOffset);
  if (!first || !onlyDeterminers(reading, clauseOffset, groupStart(reading, first.m))) return holders;
  const subjectEnd = groupSpan(reading, first.m).end;
  const next = holders.find(({ m }) => m.start >= subjectEnd);
  if (!next) return holders;
  // Not past a comma ("China und Indien enthielten sich, Russland legte sein Veto ein"), a verb ("enthielt sich und Syrien
  // stimmte dagegen") or a word of aligning ("gemeinsam mit Frankreich"); nor the agents of a noun ("die Anträge von Finnland").
  const object = groupSpan(reading, next.m);
  if (/[,;:]/.test(reading.text.slice(subjectEnd, object.start))) return holders;
  if (reading.cues.some((c) => (c.value === 'align' || PREDICATE_KINDS.has(c.value)) && c.start >= subjectEnd && c.end <= object.start)) return holders;
  if (isWord(reading, governingWord(reading, next.m), 'agent')) return holders;
  return holders.filter(({ m }) => m.start < object.start || m.end > object.end);
}

/** The owners of each cue of a reading; `null` where nobody is named before the cue (the candidate's own actor owns it). */
const cueOwners = new WeakMap<Reading, Map<Cue, Set<string> | null>>();

function ownersAfresh(reading: Reading, candidate: StanceCandidate, cue: Cue): Set<string> | null {
  const everyone = [{ code: candidate.actor.code, mentions: candidate.actor.mentions }, ...candidate.others];
  const agents = everyone.filter(({ mentions }) => mentions.some((m) => m.end > m.start && passiveAgent(reading, cue, m))).map(({ code }) => code);
  if (agents.length > 0) return new Set(agents);
  // "…، وأيدته فرنسا والسعودية": in verb-first languages the names right after a verb that opens its clause
  // (and its object) are its subject.
  if (reading.lexicon.verbFirst && opensClause(reading, cue)) {
    const next = tokenIndexAt(reading.tokens, cue.end);
    const subjects = everyone.filter(({ code, mentions }) =>
      mentions.some(
        (m) =>
          m.end > m.start &&
          m.start >= cue.end &&
          tokenIndexAt(reading.tokens, groupStart(reading, m)) - next <= VERB_FIRST_OBJECT_REACH &&
          !/[,،;؛.]/.test(reading.text.slice(cue.end, groupStart(reading, m))) &&
          holds(reading, m, code),
      ),
    );
    if (subjects.length > 0) return new Set(subjects.map(({ code }) => code));
  }
  const namedBefore = everyone
    .flatMap(({ code, mentions }) => mentions.map((m) => ({ code, m })))
    .filter(({ code, m }) => m.role !== 'speaker' && m.end <= cue.start && holds(reading, m, code))
    .sort((a, b) => a.m.start - b.m.start);
  // "France, which lost a contract when Canberra switched …, said it regretted": a holder inside an aside that
  // closes before the cue is the aside's; the cue is the subject's before it.
  const asides = namedBefore
    .map(({ m }) => asideAfter(reading, groupSpan(reading, m).end))
    .filter((a): a is { start: number; end: number } => a !== undefined && a.end <= cue.start);
  const holders = withoutMiddleField(
    reading,
    cue,
    namedBefore.filter(({ m }) => !asides.some((a) => a.start <= m.start && m.end <= a.end)),
  );
  if (holders.length === 0) return null;
  const coordination = coordinationPattern(candidate.lang);
  const owners = new Set([holders[holders.length - 1].code]);
  // "La Biélorussie a voté contre avec la Russie": who is named with the act, after a word of aligning in its clause, shares it.
  for (const { code, mentions } of everyone)
    if (mentions.some((m) => m.start >= cue.end && alignedAfter(reading, cue, m) && holds(reading, m, code))) owners.add(code);
  // "condemned Russia's decision to recognise …": the act decided is the decider's, and also the one's whose verb takes it as object.
  // So is a stance noun's: "rejected Beijing's criticism of AUKUS" is Beijing's criticism, which Canberra's verb takes.
  const last = holders[holders.length - 1].m;
  if (holders.length > 1 && (decidesAct(reading, last) || ownedStanceNoun(reading, last) === cue)) owners.add(holders[holders.length - 2].code);
  for (let i = holders.length - 1; i > 0; i--) {
    const gap = reading.text.slice(holders[i - 1].m.end, holders[i].m.start);
    // "Cuba and Mali joined Russia in opposing it": who aligns with the holder shares the act.
    const aligned = !/[,;:.!?]/.test(gap) && reading.cues.some((c) => c.value === 'align' && c.start >= holders[i - 1].m.end && c.end <= holders[i].m.start);
    if (!coordination.test(gap) && !aligned && !sameActorNamed(holders, i - 1, i)) break;
    owners.add(holders[i - 1].code);
  }
  return owners;
}

/**
 * Are two holders one actor named again ("Russia … Moscow said")? A group's word stands for each of
 * its actors at one place ("the two countries"), so whichever actor of it is listed first, it is
 * the same place as any of theirs.
 */
function sameActorNamed(holders: Array<{ code: string; m: CandidateMention }>, a: number, b: number): boolean {
  const codesAt = (k: number) => holders.filter(({ m }) => m.start === holders[k].m.start && m.end === holders[k].m.end).map(({ code }) => code);
  const later = codesAt(b);
  return codesAt(a).some((code) => later.includes(code));
}

/** Is the name right after a word of aligning that follows the cue in its clause ("voted against [it] with Russia")? */
function alignedAfter(reading: Reading, cue: Cue, mention: CandidateMention): boolean {
  const { tokens } = reading;
  const at = tokenIndexAt(tokens, mention.start);
  // A bare "with" joins a partner only to a vote ("a voté contre avec la Russie"), not to other acts ("relaciones con Taipéi").
  return reading.cues.some(
    (a) =>
      a.value === 'align' &&
      (!bareWith(reading, a) || isVote(reading, cue)) &&
      a.start >= cue.end &&
      a.end <= mention.start &&
      at - tokenIndexAt(tokens, a.end) <= ALIGNED_NAME_REACH &&
      clauseAt(reading, a.start) === clauseAt(reading, cue.start) &&
      !/[,;:.!?،؛]/.test(reading.text.slice(cue.end, mention.start)),
  );
}

/** Does a frame word open the topic's phrase ("dans le cadre des sanctions") or close it ("制裁として", "yaptırımlar kapsamında")? */
function framesAct(reading: Reading, cue: Cue): boolean {
  const said = fold(reading.text.slice(cue.start, cue.end));
  return reading.lexicon.frames.some((f) => {
    const frame = fold(f);
    return said.startsWith(`${frame} `) || said.endsWith(` ${frame}`) || (CJK_CHAR.test(frame) && (said.startsWith(frame) || said.endsWith(frame)));
  });
}

/** Is the word of aligning a bare preposition ("avec", "con", "with") rather than a phrase of its own ("aux côtés de", "together with")? */
function bareWith(reading: Reading, align: Cue): boolean {
  const word = reading.tokens[tokenIndexAt(reading.tokens, align.start)];
  return isWord(reading, word, 'object') && align.end === word.end;
}

/** Is the cue a vote ("voted against", "s'est abstenu")? */
function isVote(reading: Reading, cue: Cue): boolean {
  return saidAs(reading, cue, ['voteFor', 'voteAgainst', 'abstain']);
}

/** Words between a word of aligning and the name it joins: "avec [la] Russie". */
const ALIGNED_NAME_REACH = 2;

/** Words between the holder and its own verb: "India has so far abstained". */
const HOLDERS_VERB_REACH = 4;

/**
 * An abstention right after the holder ("abstained in the vote condemning the annexation")
 * outranks the cues further on, which describe what was voted on. A directional verb there does
 * not: in verb-final and verb-second clauses the verb that decides comes later.
 */
function holdersVerb(reading: Reading, holder: CandidateMention, cues: Cue[]): Cue | undefined {
  if (holder.role === 'speaker' || holder.end === holder.start) return undefined;
  const { tokens } = reading;
  const end = tokenIndexAt(tokens, holder.end);
  const verb = cues.find((c) => !c.topical && c.start >= holder.end && tokenIndexAt(tokens, c.start) - end <= HOLDERS_VERB_REACH);
  if (verb?.value === 'neutral') return verb;
  // "a rappelé que son pays s'était abstenu": the holder's words about its own vote, with no other name between.
  const saying = reading.cues.find((c) => c.value === 'speech' && c.start >= holder.end && tokenIndexAt(tokens, c.start) - end <= HOLDERS_VERB_REACH);
  if (!saying) return undefined;
  const that = tokens[tokenIndexAt(tokens, saying.end)];
  if (!that || !wordSet(reading.lexicon, 'complementizers').has(that.lower)) return undefined;
  const first = cues.find((c) => !c.topical && c.start >= that.end);
  if (first?.value !== 'neutral' || tokenIndexAt(tokens, first.start) - tokenIndexAt(tokens, that.end) > HOLDERS_VERB_REACH + 2) return undefined;
  return reading.names.some((n) => n.start >= that.end && n.end <= first.start) ? undefined : first;
}

/**
 * "осуждён Пекином", "схвалено Радою ЄС": where the agent of a passive is marked by its case, the
 * passive verb right before a name in that case, whose agent the name is.
 */
function caseMarkedAgentsVerb(reading: Reading, mention: CandidateMention, cues: Cue[]): Cue | undefined {
  const { passiveForm, agentCase } = reading.lexicon;
  if (!passiveForm || !agentCase || mention.end === mention.start) return undefined;
  const { tokens } = reading;
  const first = tokens[tokenIndexAt(tokens, mention.start)];
  if (!first || !new RegExp(`(${agentCase})$`, 'u').test(first.lower)) return undefined;
  const at = tokenIndexAt(tokens, mention.start);
  return cues.find((c) => {
    const last = tokens[tokenIndexAt(tokens, c.end) - 1];
    return (
      !c.topical && c.end <= mention.start && tokenIndexAt(tokens, c.end) === at && last !== undefined && new RegExp(`(${passiveForm})$`, 'u').test(last.lower)
    );
  });
}

/** "was vetoed by Russia", "fue rechazada por Rusia": the verb right before the agent's preposition is the agent's own. */
function agentsVerb(reading: Reading, holder: CandidateMention, cues: Cue[]): Cue | undefined {
  if (holder.end === holder.start) return undefined;
  const marked = caseMarkedAgentsVerb(reading, holder, cues);
  if (marked) return marked;
  const governing = governingWord(reading, holder);
  if (!governing || !isWord(reading, governing, 'agent')) return undefined;
  const at = tokenIndexAt(reading.tokens, governing.start);
  return cues.filter((c) => !c.topical && c.end <= governing.start && at - tokenIndexAt(reading.tokens, c.end) <= 1).at(-1);
}

/** Characters an act's subject and the act may have between them: a space, or one word of manner. */
const SUBJECT_GAP_CHARS = 24;

/**
 * A topic phrase another actor owns ("Sweden's bid to join") is that actor's act. A group that
 * includes the holder owns it with them; an owner named in the topic itself is what the topic is about.
 */
function ownedByOther(reading: Reading, candidate: StanceCandidate, cue: Cue): boolean {
  // Right before it, with at most one word of manner between, another actor is the act's subject: "Russia illegally annexed Crimea".
  const subjectGap = (from: number) => cue.start - from <= SUBJECT_GAP_CHARS && /^\s*(\p{L}+\s+)?$/u.test(reading.text.slice(from, cue.start));
  // Not the object of a verb right before it: "urged Japan not to send wrong signals". In Chinese the
  // name there is the subject of the clause the verb takes: "谴责俄罗斯入侵乌克兰".
  const afterVerb = (n: Name) =>
    !CJK_CHAR.test(reading.text[n.start] ?? '') &&
    reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.end <= n.start && /^\s*$/.test(reading.text.slice(c.end, n.start)));
  return reading.names.some(
    (n) =>
      n.end <= cue.start &&
      (OWNER_GAP.test(reading.text.slice(n.end, cue.start)) ||
        (subjectGap(n.end) && !markedAsObject(reading, n) && !isWord(reading, governingWord(reading, n), 'object') && !afterVerb(n))) &&
      !candidate.actor.mentions.some((m) => m.start === n.start && m.end === n.end) &&
      // One named with the candidate ("Australia, Britain and the United States issued …") shares the act.
      !candidate.actor.mentions.some((m) => {
        const group = groupSpan(reading, m);
        return m.end > m.start && group.start <= n.start && n.end <= group.end;
      }) &&
      !reading.topicSpans.some((s) => s.start < n.end && n.start < s.end),
  );
}

/** What a speaker said another actor does ("… that Kyiv wants to join NATO") is no stance of the speaker's. */
function saidOfAnother(reading: Reading, candidate: StanceCandidate, cue: Cue): boolean {
  // A group with the speaker's own side in it is the speaker's subject too: "强调，中华民国与中华人民共和国互不隶属".
  const withOwnSide = (n: Name) => {
    const group = groupSpan(reading, n);
    return reading.names.some((o) => o.code === candidate.actor.code && o.start >= group.start && o.end <= group.end);
  };
  // "ロシアの行為は…認められない": a name before の and a thing, not a person, is whose the thing is; the thing is what is judged.
  const possessorOfThing = (n: Name) => /^側?(の|による)/u.test(reading.text.slice(n.end)) && !reading.names.some((o) => o.start === n.end + 1);
  // A name that owns the topic phrase, or is listed with one that does, is what the topic is about: "フィンランドとスウェーデンのNATO加盟".
  const ownsTopicInGroup = (n: Name) => {
    const group = groupSpan(reading, n);
    return reading.names.some((o) => o.start >= group.start && o.end <= group.end && inTopic(reading, glossed(reading, o)));
  };
  // A name with an object's particle is not what the claim is about: "米国による台湾への武器売却に反対する".
  // A gloss in brackets is the name before it: "北大西洋条約機構（NATO）への加盟".
  return reading.names.some(
    (n) =>
      n.end <= cue.start &&
      n.code !== candidate.actor.code &&
      reportedAbout(reading, n, n.code) &&
      !ownsTopicInGroup(n) &&
      !withOwnSide(n) &&
      !possessorOfThing(n) &&
      !markedAsObject(reading, n) &&
      // A verb of saying that closes the claim before the cue ("スウェーデンが…と主張し、…承認しない") leaves the cue to the speaker.
      !reading.cues.some((c) => c.value === 'speech' && c.start >= n.end && c.end <= cue.start) &&
      // What another should do is the speaker's demand: "said that the United States should stop supporting …".
      !reading.cues.some((c) => c.value === 'modal' && c.start >= n.end && c.end <= cue.start && clauseAt(reading, c.start) === clauseAt(reading, n.start)) &&
      // What another's act is called is the speaker's judgement: "表示，芬兰加入北约是严重错误",
      // "sagte, Moskau verletze die Souveränität der Ukraine".
      !(cue.evaluative && judgedAfterCopula(reading, n, cue)) &&
      !reading.violations.some((v) => v.start < cue.end && cue.start < v.end),
  );
}

/** Is there a form of "to be" between the name and the word of judgement, in one clause: "芬兰加入北约是严重错误"? */
function judgedAfterCopula(reading: Reading, name: Name, cue: Cue): boolean {
  const copula = reading.lexicon.copula;
  if (copula.length === 0 || clauseAt(reading, name.start) !== clauseAt(reading, cue.start)) return false;
  return saysWordOf(reading, name.end, cue.start, copula);
}

/**
 * A word that finds the topic's measure wanting ("too weak", "力度不够"), said after the holder, of a
 * topic named as the measure itself (not its contrary), and not negated ("not too weak").
 */
function wantingMeasure(reading: Reading, holderEnd: number): { start: number; end: number } | undefined {
  // A measure taken up from the sentence before ("the figure was a paltry sum") is found wanting as much as one named.
  if (reading.topicSpans.some((s) => s.contrary)) return undefined;
  return reading.wanting.find((c) => c.start >= holderEnd && !notBefore(reading, c.start));
}

/** A negation word among the two words before the offset ("not too weak", "nicht zu schwach"), read from the words themselves. */
function notBefore(reading: Reading, offset: number): boolean {
  const negations = wordSet(reading.lexicon, 'negation');
  const at = tokenIndexAt(reading.tokens, offset);
  return reading.tokens.slice(Math.max(0, at - 2), at).some((t) => negations.has(t.lower));
}

/** The name a bracketed gloss repeats ("北大西洋条約機構（NATO）", "the Shanghai Cooperation Organisation (SCO)"), else the name itself. */
function glossed(reading: Reading, name: Name): Name {
  return reading.names.find((n) => n.code === name.code && n.end <= name.start && /^\s*[（(]\s*$/u.test(reading.text.slice(n.end, name.start))) ?? name;
}

/**
 * "ウクライナのNATO加盟に激しく反発してきたロシアは", "NATO'ya katılan Finlandiya": where descriptions come
 * before their noun, a verb right before the holder's name in the lexicon's `relativeEnding` describes
 * the holder, and its act is the holder's; not where the clause names its own subject ("ロシアが併合したクリミア").
 */
function describesHolder(reading: Reading, holder: CandidateMention, cue: Cue): boolean {
  const shape = wholePattern(reading.lexicon, 'relativeEnding');
  if (!shape || holder.end === holder.start || cue.end > holder.start) return false;
  // "… yeşil ışık yakan Cumhurbaşkanı Tayyip Erdoğan", "… onaylamayan sadece Türkiye": a title, given names and "only" go with the name.
  const only = wordSet(reading.lexicon, 'only');
  const words = reading.text.slice(cue.start, groupStart(reading, holder)).trim().split(/\s+/);
  while (words.length > 1 && !shape.test(words.join(' ')) && (/^\p{Lu}/u.test(words.at(-1)!) || only.has(fold(words.at(-1)!)))) words.pop();
  if (!shape.test(words.join(' '))) return false;
  const clauseOffset = reading.tokens[clauseAt(reading, cue.start)]?.start ?? 0;
  return !reading.names.some((n) => n.start >= clauseOffset && n.end <= cue.start && OWN_SUBJECT.test(reading.text.slice(n.end, n.end + 6)));
}

/** A verb in the lexicon's `relativeEnding` right before a topic phrase describes it: "石炭の使用を減らす気候変動対策". */
function describesPhrase(reading: Reading, cue: Cue): boolean {
  const shape = wholePattern(reading.lexicon, 'relativeEnding');
  return !!shape && !cue.topical && reading.topicSpans.some((s) => s.start >= cue.end && shape.test(reading.text.slice(cue.start, s.start).trimEnd()));
}

/** The subject of a clause that describes a noun after it: Japanese "が" ("ロシアが併合したクリミア"). */
const OWN_SUBJECT = /^\s*が/u;

/** The stance cues that are this holder's: its own, not another actor's, and those after a "but". */
function holdersCues(reading: Reading, candidate: StanceCandidate, holder: CandidateMention, byDescription: boolean): Cue[] {
  const holderEnd = holder.role === 'speaker' ? 0 : holder.end;
  // In verb-first languages the holder's own verb stands right before it: "اتهمت بكين …".
  const subjectAt = reading.lexicon.verbFirst && holder.end > holder.start ? tokenIndexAt(reading.tokens, groupStart(reading, holder)) : -1;
  const verbBefore = (c: Cue) => subjectAt >= 0 && c.end <= holder.start && subjectAt - tokenIndexAt(reading.tokens, c.end) <= VERB_FIRST_OBJECT_REACH;
  // In verb-second clauses, the verb right before a subject that follows it: "Am Montag verweigerten Polen und Ungarn …".
  const inverted = holder.role === 'speaker' ? undefined : verbBeforeSubject(reading, holder);
  const afterHolder = (c: Cue) =>
    c.start >= holderEnd || holder.role === 'speaker' || c.topical || verbBefore(c) || c === inverted || (byDescription && describesHolder(reading, holder, c));
  let cues = reading.cues.filter((c) => STANCE_KINDS.has(c.value) && afterHolder(c));
  // "فيما عارضته روسيا وسوريا، وامتنعت 35 دولة": with its verb before it, a verb-first subject's clause ends at the comma after it.
  if (cues.some(verbBefore)) {
    const groupEnd = groupSpan(reading, holder).end;
    cues = cues.filter((c) => verbBefore(c) || c.start < groupEnd || !/[,،;؛]/.test(reading.text.slice(groupEnd, c.start)));
  }
  // A speaker named after the quote ("…, Russia said") or an agent after a passive ("was ratified
  // by Turkey"): the verbs stand before the name.
  if (cues.every((c) => c.topical)) cues = reading.cues.filter((c) => STANCE_KINDS.has(c.value));
  // "measures in response to Finland joining NATO": what the scene of the holder's act says is not the holder's stance.
  const scene = (c: Cue) =>
    reading.backgrounds.some(
      (b) =>
        holder.end <= b.start &&
        b.end <= c.start &&
        backgroundReaches(reading.text.slice(b.end, c.start)) &&
        tokenIndexAt(reading.tokens, c.start) - tokenIndexAt(reading.tokens, b.end) <= BACKGROUND_NAME_REACH + 1,
    );
  if (cues.some((c) => !scene(c))) cues = cues.filter((c) => !scene(c));
  // A cue right after another actor who holds it ("… after Australia scrapped it in favour of …") is that actor's.
  cues = cues.filter((c) => (c.topical ? !ownedByOther(reading, candidate, c) : ownersOf(reading, candidate, c).has(candidate.actor.code)));
  cues = cues.filter((c) => !saidOfAnother(reading, candidate, c));
  // "…は、日本の外相が「…を尊重する」と述べたことに関し、不満を表明した": a verb inside the matter spoken about is not the speaker's.
  if (holder.role !== 'speaker') cues = cues.filter((c) => !cueInMatter(reading, holder, c) && !cueInMatterBefore(reading, holder, c));
  // "no direct threat, but a response will follow": the stance after the turn is the one meant.
  // Not "but also": after "not only" both stand.
  const additive = wordSet(reading.lexicon, 'additive');
  const alsoAfter = (c: Cue) => {
    const next = tokenIndexAt(reading.tokens, c.end);
    return reading.tokens.slice(next, next + 2).some((t) => additive.has(t.lower));
  };
  // Not a turn to another topic: "supports the territorial integrity of Ukraine, but will not impose sanctions" says both.
  const afterTurnOnTopic = (c: Cue) => cues.some((s) => s.start >= c.end && !objectOfAnotherTopic(reading, candidate, s));
  const turn = reading.cues.filter((c) => c.value === 'contrast' && !alsoAfter(c) && cues.some((s) => s.end <= c.start) && afterTurnOnTopic(c)).at(-1);
  if (turn) cues = cues.filter((c) => c.start >= turn.end);
  // "India abstained as the Assembly voted for …": a cue in the holder's own clause outranks the others.
  if (holder.role !== 'speaker') {
    const ownClause = clauseAt(reading, holder.start);
    // Chinese and Japanese go on with the same subject after a comma: "表示，坚决反对…，反对任何形式的台独" (a verb
    // whose clause names the topic after it).
    const sameSubject = (c: Cue) => {
      if (!CJK_CHAR.test(reading.text.slice(c.start, c.end))) return false;
      const clauseOffset = reading.tokens[clauseAt(reading, c.start)]?.start ?? 0;
      const clause = clauseAt(reading, c.start);
      return (
        clauseOffset > holder.start &&
        !reading.names.some((n) => n.start >= clauseOffset && n.end <= c.start) &&
        reading.topicSpans.some((s) => s.start >= c.end && clauseAt(reading, s.start) === clause)
      );
    };
    // "China, que se opone a …, celebró el acuerdo": a relative clause right after the holder is the holder's too.
    const holderEnd = groupSpan(reading, holder).end;
    const relativeAfterHolder = (c: Cue) => {
      const start = reading.tokens[clauseAt(reading, c.start)];
      return start !== undefined && start.start >= holderEnd && /^\s*,\s*$/.test(reading.text.slice(holderEnd, start.start));
    };
    const own = cues.filter((c) => c.topical || clauseAt(reading, c.start) === ownClause || sameSubject(c) || relativeAfterHolder(c));
    if (own.length > 0) cues = own;
    // "La Hongrie, longtemps réticente, a finalement donné son feu vert": an aside between commas after the holder is
    // its past or its description; the verb after it is what it did, unless only the aside names the topic.
    const aside = asideAfter(reading, holderEnd);
    if (aside) {
      const inAside = (c: { start: number; end: number }) => c.start >= aside.start && c.end <= aside.end;
      const main = cues.filter((c) => !c.topical && c.start >= aside.end);
      const topicInAside = reading.topicSpans.some(inAside) && !reading.topicSpans.some((s) => s.start >= aside.end);
      if (main.length > 0 && !topicInAside) cues = cues.filter((c) => !inAside(c));
    }
  }
  // "…أن العقوبات الغربية التي فرضت عليها تثير أزمة", "أضرت باقتصادات الدول التي فرضتها": a verb right
  // after a relative pronoun describes the noun before it (who imposed what), and is not what a
  // holder named before that noun says, where the holder says something else.
  const describesNoun = (c: Cue) => {
    if (c.topical) return false;
    const opening = relativeOpening(reading, c);
    if (opening === undefined) return false;
    const group = groupSpan(reading, holder);
    return group.end <= opening && !/^[\s,،]*$/.test(reading.text.slice(group.end, opening));
  };
  if (cues.some((c) => !describesNoun(c))) cues = cues.filter((c) => !describesNoun(c));
  // "signifier à l'ambassadeur de Russie notre condamnation des annexions illégales": "our" owns the noun and
  // what describes it up to the next punctuation; a named actor does not.
  if (holder.role !== 'speaker') {
    const owners = reading.tokens.filter((t) => t.start >= holderEnd && isWord(reading, t, 'ownPossessives'));
    const clauseWords = wordSet(reading.lexicon, 'clause');
    const inOwnedPhrase = (c: Cue) =>
      owners.some(
        (o) =>
          o.start < c.start &&
          !/[,;:.!?،]/.test(reading.text.slice(o.end, c.start)) &&
          !reading.tokens.some((t) => t.start > o.start && t.start < c.start && clauseWords.has(t.lower)),
      );
    if (owners.length > 0) cues = cues.filter((c) => !inOwnedPhrase(c));
  }
  return withoutVerbsOfOtherObjects(reading, cues, holderEnd);
}

/**
 * "tarafsızlık politikalarından vazgeçerek NATO'ya katılma kararı aldı": where every object comes
 * before its verb, a topic phrase between two verbs is the later one's object, and a verb with no
 * topic phrase between it and the verb or holder before it is said of something else (here, the
 * neutrality given up). It gives way to the verb whose object the topic is.
 */
function withoutVerbsOfOtherObjects(reading: Reading, cues: Cue[], holderEnd: number): Cue[] {
  if (!reading.lexicon.headFinal || reading.lexicon.verbBeforeObject || cues.length < 2) return cues;
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const topicWithin = (from: number, to: number) => reading.topicSpans.some((s) => s.start >= from && s.end <= to);
  const elsewhere = new Set(
    sorted.filter((c, i) => {
      if (c.topical) return false;
      const from = i > 0 ? sorted[i - 1].end : holderEnd;
      return !topicWithin(from, c.start) && sorted.some((d) => d.start >= c.end && topicWithin(c.end, d.start));
    }),
  );
  return elsewhere.size > 0 && elsewhere.size < cues.length ? cues.filter((c) => !elsewhere.has(c)) : cues;
}

/** What may stand between a qualifying word and the phrase it qualifies: "illegal annexation", "annexion illégale", "非法的吞并". */
const ATTRIBUTIVE_GAP = /^(\s*|\s*-\s*|\s*(の|的)\s*)$/u;

/** What may stand between a word of manner and its verb: nothing, Japanese に, Chinese 地. */
const MANNER_GAP = /^\s*(に|地)?\s*$/u;

/** The text between two spans, whichever comes first. */
function gapBetween(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : 'overlap';
}

const polarityOf = (cue: Cue): number => (cue.value === 'support' ? 1 : cue.value === 'oppose' ? -1 : 0);

/** Words between a verb and the predicate it embeds: "voted against [the resolution] condemning". */
const EMBEDDING_REACH = 4;
/** The same where a preposition of blame ("of", "de") opens the inner predicate: "accused the speaker of the Czech senate of supporting". */
const CHARGED_REACH = 7;

/**
 * Does `outer` take the clause of `inner` as its object, on the way to the topic? "voted against
 * the resolution condemning the annexation", "criticised Washington for backing Taiwan
 * independence": the inner predicate is a participle, gerund or infinitive of the outer one and
 * names the topic after it, or is itself the topic's phrase for an act ("accused the West of waging an
 * economic war"). Not when the two are coordinated ("criticised the delay and
 * demanded new sanctions"), stand in different clauses, or the topic stands between them ("the
 * annexation, illegal …"); not a tally either ("by 95 votes against one").
 */
function embeds(reading: Reading, outer: Cue, inner: Cue): boolean {
  if (outer.evaluative || inner.evaluative) return false;
  if (relativeOnObject(reading, outer, inner)) return true;
  // A quotation mark that opens the inner verb's words after its preposition is no break: "a accusé Washington d'« encourager … »".
  const gap = reading.text.slice(outer.end, inner.start).replace(/(d['’]|\bde\s|\bà\s|\bof\s|\bto\s)[«"“„]\s*$/u, '$1');
  // "aufhören, die Unabhängigkeit Taiwans zu unterstützen": the object of a comma-infinitive stands before its verb.
  const infinitive = gap.includes(',') && infinitiveClause(reading, gap, inner);
  if (/[,;:.!?，、；：。«»"“”]/.test(gap) && !describesDocument(reading, gap, outer.end) && !infinitive) return false;
  const { tokens, topicSpans } = reading;
  // Not the inner verb's own object marked before it: "反对对俄实施制裁" ("opposes imposing sanctions on Russia").
  const markedObject = (s: { start: number }) => reading.lexicon.objectBefore.some((m) => reading.text.slice(outer.end, s.start).endsWith(m));
  // Nor the first of two joined objects: "反对动辄使用单边制裁或以制裁相威胁" ("opposes using sanctions or threatening with them").
  const joining = wordSet(reading.lexicon, 'coordination');
  const firstConjunct = (s: { end: number }) => joining.has(reading.text.slice(s.end, inner.start).trim().toLowerCase());
  const topicBetween = topicSpans.some((s) => s.start >= outer.end && s.end <= inner.start && !markedObject(s) && !firstConjunct(s));
  if (topicBetween && !infinitive) return false;
  // A topic phrase that is an act ("waging an economic war") is the object; a word of blame ("illegal sanctions") is the outer verb's own.
  const innerIsAct = inner.topical && (inner.value === 'support' || (inner.value === 'oppose' && !inner.evaluative));
  // The inner verb names the topic after it, or is a verb whose phrase is the topic's ("talk about joining NATO").
  const aboutTopic = (s: (typeof topicSpans)[number]) =>
    s.start >= inner.end || (s.start >= inner.start && (s.end > inner.end || (s.end === inner.end && !s.contrary && !inner.topical)));
  if (!innerIsAct && !topicSpans.some(aboutTopic) && !topicBetween) return false;
  if (clauseAt(reading, outer.start) !== clauseAt(reading, inner.start) && !infinitive) return false;
  const between = tokens.filter((t) => t.start >= outer.end && t.end <= inner.start);
  // Articles and names do not count: "accused the Czech senate speaker of supporting", "اتهمت بكين رئيس مجلس الشيوخ التشيكي بدعم".
  const determiners = wordSet(reading.lexicon, 'determiners');
  // What someone is blamed for may come after a long description of them: "acusó al presidente del Senado checo de apoyar".
  const reach = wordSet(reading.lexicon, 'chargedWith').has(between.at(-1)?.lower ?? '') ? CHARGED_REACH : EMBEDDING_REACH;
  if (between.filter((t) => !determiners.has(t.lower) && !inName(reading, t)).length > reach) return false;
  // Side by side with one polarity they are one predicate: "warned against", "protested against". So is a verb
  // with a topic phrase of its own polarity right after it: "its opposition to unilateral sanctions", "condemned the economic war".
  const objects = wordSet(reading.lexicon, 'object');
  // The subject after a verb that opens its clause counts as nothing: "رفضت الصين العقوبات الأحادية".
  const subjectAfter = reading.lexicon.verbFirst && opensClause(reading, outer) && !afterRelative(reading, outer);
  const functionWords = between.every((t) => determiners.has(t.lower) || objects.has(t.lower) || (subjectAfter && inName(reading, t)));
  // Not a verb of stopping, which turns the verb after it round: "stop blocking", "deje de bloquear".
  // Nor a topic phrase that is an act done to the topic's proposition, which the verb judges: "kritisierte den Austritt aus dem Pariser Abkommen".
  if (
    (between.length === 0 || (inner.topical && functionWords && !actOnProposition(reading, inner))) &&
    outer.value === inner.value &&
    !(isWithdrawal(reading, outer) && !inner.topical)
  )
    return false;
  // "and" between two verbs ends the first one's reach; "and" between two names ("warned Sweden and
  // Finland against joining") is the object's own.
  const coordination = wordSet(reading.lexicon, 'coordination');
  const joinsNames = (i: number) => i > 0 && i < between.length - 1 && inName(reading, between[i - 1]) && inName(reading, between[i + 1]);
  if (between.some((t, i) => coordination.has(t.lower) && !joinsNames(i))) return false;
  const before = tokens.slice(Math.max(0, tokenIndexAt(tokens, outer.start) - 2), tokenIndexAt(tokens, outer.start));
  return !before.some((t) => /^\p{N}+$/u.test(t.text));
}

/**
 * A topic phrase that leaves the topic's proposition named inside it ("Austritt aus dem Pariser
 * Klimaabkommen"): an act, not a label for the topic ("economic war") nor a stance ("opposition to sanctions").
 */
function actOnProposition(reading: Reading, cue: Cue): boolean {
  if (!cue.topical || cue.evaluative || !reading.topicSpans.some((s) => !s.contrary && s.start > cue.start && s.start < cue.end)) return false;
  const said = fold(reading.text.slice(cue.start, cue.end));
  return reading.lexicon.withdraw.some((p) => !p.includes('…') && !p.includes(' ') && said.startsWith(fold(p.replace(/\*$/, ''))));
}

/**
 * "the US withdrawal from the Paris Agreement was a grave mistake", "a qualifié le retrait … de
 * l'accord de Paris d'erreur grave", "对美方宣布退出《巴黎协定》表示遗憾": a word of praise or blame after
 * an act and its object, in the act's clause with no other verb between, judges the act. The
 * chain (an act alone, or the judgement alone) becomes judgement → act.
 */
function judgementOfAct(reading: Reading, holder: CandidateMention, chain: Cue[]): void {
  if (chain.length !== 1) return;
  const [only] = chain;
  const judgedAct = (act: Cue, judgement: Cue) => {
    // The holder judges an act named after it, or speaks after the judgement; an owner inside the act's phrase ("le retrait américain") does not.
    if (holder.role !== 'speaker' && holder.end > act.start && holder.start < judgement.end) return false;
    // In Chinese the verb judges what 对 put before it: "对美方宣布退出《巴黎协定》表示遗憾".
    const judging =
      judgement.evaluative ||
      (!judgement.topical && OBJECT_BEFORE_VERB.test(reading.text.slice(reading.tokens[clauseAt(reading, act.start)]?.start ?? 0, act.start)));
    if (!judging || act.evaluative || act.value === 'neutral' || act.end > judgement.start) return false;
    if (clauseAt(reading, act.start) !== clauseAt(reading, judgement.start)) return false;
    if (/[,;:.!?，、；：。]/.test(reading.text.slice(act.end, judgement.start))) return false;
    if (reading.cues.some((c) => STANCE_KINDS.has(c.value) && c.start >= act.end && c.end <= judgement.start)) return false;
    // The act's object, the topic's proposition, stands between them or inside the act's phrase.
    return reading.topicSpans.some(
      (s) => !s.contrary && s.start >= act.start && s.end <= judgement.start && (s.start >= act.end || actOnProposition(reading, act)),
    );
  };
  // "la errónea decisión de Trump de retirar …", "the wrong decision to withdraw": a word of praise or blame a few words
  // before the act, its noun and the actor between, and no holder of this stance among them.
  const qualifiesDecision = (judgement: Cue, act: Cue) => {
    if (!judgement.evaluative || judgement.topical || clauseAt(reading, judgement.start) !== clauseAt(reading, act.start)) return false;
    if (holder.role !== 'speaker' && holder.start < act.end && holder.end > judgement.start) return false;
    if (/[,;:.!?，、；：。]/.test(reading.text.slice(judgement.end, act.start))) return false;
    const determiners = wordSet(reading.lexicon, 'determiners');
    const between = reading.tokens.filter((t) => t.start >= judgement.end && t.end <= act.start && !determiners.has(t.lower) && !inName(reading, t));
    return between.length <= DECISION_REACH && reading.topicSpans.some((s) => !s.contrary && s.start >= act.end);
  };
  // "Ukraine joining NATO could lead to a third world war": a warning of where a topic's own act leads, later in its
  // clause with no other stance between, is what the holder says of the act.
  const topicsAct = only.topical || reading.topicSpans.some((s) => s.start <= only.start && only.end <= s.end);
  if (topicsAct && !only.evaluative && only.value === 'support' && (holder.role === 'speaker' || holder.end <= only.start)) {
    const clause = clauseAt(reading, only.start);
    const warning = reading.cues.find((c) => c.start >= only.end && !c.topical && saidAs(reading, c, ['warn']) && clauseAt(reading, c.start) === clause);
    const between = (c: Cue) => reading.cues.some((o) => STANCE_KINDS.has(o.value) && o.start >= only.end && o.end <= c.start);
    if (warning && !between(warning) && !/[,;:.!?，、；：。]/u.test(reading.text.slice(only.end, warning.start))) {
      chain.unshift(warning);
      return;
    }
  }
  // A verb of leaving, or a topic's phrase that is one ("退出", "withdraw from the Paris").
  const leaves = (c: Cue) => (c.value === 'oppose' && saidAs(reading, c, ['withdraw'])) || actOnProposition(reading, c);
  if (leaves(only)) {
    const judgement =
      reading.cues.find((c) => STANCE_KINDS.has(c.value) && c.start >= only.end && judgedAct(only, c)) ??
      reading.cues.findLast((c) => STANCE_KINDS.has(c.value) && c.end <= only.start && qualifiesDecision(c, only));
    if (judgement) chain.unshift(judgement);
  } else if (only.evaluative) {
    // The act named as a noun may have been left out as the subject the judgement is said of: look among all the cues.
    const act = reading.cues.findLast((c) => STANCE_KINDS.has(c.value) && c.end <= only.start && leaves(c) && judgedAct(c, only));
    if (act) chain.push(act);
  }
}

/** Words from a judgement to the act it qualifies through its noun: "errónea decisión de … de retirar". */
const DECISION_REACH = 3;

/** Chinese 对 and what it governs, up to the act: the object of the verb after them. */
const OBJECT_BEFORE_VERB = /[对對][^，。；、]*$/u;

/** Words between an act of dropping and the "in favour of" that names its choice: "scrapped [a submarine contract] in favour of". */
const CHOICE_REACH = 8;

/**
 * After an act of dropping, the lexicon's "in favour of" with a topic's phrase right after it, in
 * the act's clause, as a supporting cue: what the act chose instead.
 */
function choiceInstead(reading: Reading, dropping: Cue): Cue | undefined {
  const { tokens, text } = reading;
  const from = tokenIndexAt(tokens, dropping.end);
  for (const phrase of reading.lexicon.inFavourOf) {
    const words = phraseWords(phrase).map(fold);
    for (let i = from; i <= Math.min(tokens.length - words.length, from + CHOICE_REACH); i++) {
      if (!words.every((w, k) => tokens[i + k].lower === w)) continue;
      const end = tokens[i + words.length - 1].end;
      if (/[,;:.!?]/.test(text.slice(dropping.end, tokens[i].start))) return undefined;
      if (!reading.topicSpans.some((s) => s.start >= end && onlyDeterminers(reading, end, s.start))) return undefined;
      return { ...dropping, start: tokens[i].start, end, from: i, to: i + words.length, value: 'support', gaps: undefined, inGap: undefined };
    }
  }
  return undefined;
}

/** Is the cue a verb of ending whose last words open a topic's phrase ("an [end to] deforestation" in "end to deforestation")? */
function endsInTopicPhrase(reading: Reading, cue: Cue): boolean {
  return isWithdrawal(reading, cue) && reading.topicSpans.some((s) => s.start > cue.start && s.start < cue.end && s.end > cue.end);
}

/** Is the cue one of the lexicon's verbs of stopping and lifting ("stop", "deje de", "aufhören")? */
function isWithdrawal(reading: Reading, cue: Cue): boolean {
  return !cue.topical && cue.value === 'oppose' && saidAs(reading, cue, ['withdraw']);
}

/** "warf Peking vor, die Unabhängigkeitskräfte Taiwans zu unterstützen": one comma, and the inner verb is an infinitive with its particle. */
function infinitiveClause(reading: Reading, gap: string, inner: Cue): boolean {
  const particles = wordSet(reading.lexicon, 'infinitive');
  if (particles.size === 0 || /[;:.!?«»"“”]/.test(gap) || gap.indexOf(',') !== gap.lastIndexOf(',')) return false;
  const at = tokenIndexAt(reading.tokens, inner.start);
  if (wholePattern(reading.lexicon, 'fusedInfinitive')?.test(reading.tokens[at].text)) return true;
  return particles.has(reading.tokens[at].lower) || particles.has(reading.tokens[at - 1]?.lower ?? '');
}

/**
 * "заблокировала проект резолюции, осуждающий аннексию": a comma that sets off a document's
 * description, right after the noun that names it, with the description's verb at most one word
 * (a relative pronoun) after it. The gap runs from the outer verb's end (at `from`) to the inner one.
 */
function describesDocument(reading: Reading, gap: string, from: number): boolean {
  const comma = gap.indexOf(',');
  if (comma < 0 || /[;:.!?，、；：。«»"“”]/.test(gap) || gap.indexOf(',', comma + 1) >= 0) return false;
  if (
    gap
      .slice(comma + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean).length > 1
  )
    return false;
  const before = from + /\s*$/.exec(gap.slice(0, comma))!.index;
  return reading.documents.some((d) => d.end === before && d.start >= from);
}

/**
 * The predicates from the holder's own verb down to the one that names the topic: stance is
 * their polarities multiplied ("voted against" × "condemning" × "the annexation" = −1 × −1 × −1).
 * Returns the chain outermost first, ending with `cue`.
 */
function predicateChain(reading: Reading, stanceCues: Cue[], cue: Cue): Cue[] {
  // The verb that ends a German clause, where its object is a stance noun: "hat eine Lockerung … ausgeschlossen".
  const object = stanceCues.find((c) => c.end <= cue.start && objectOfClauseFinalVerb(reading, cue, c));
  const chain = object ? [cue, object] : [cue];
  for (let i = stanceCues.length - 1; i >= 0; i--) {
    const outer = stanceCues[i];
    if (outer.end > chain[0].start || outer.value === 'neutral') continue;
    if (outer.value === chain[0].value && /^\s*$/.test(reading.text.slice(outer.end, chain[0].start)) && !(isWithdrawal(reading, outer) && !chain[0].topical))
      continue;
    if (!embeds(reading, outer, chain[0])) break;
    chain.unshift(outer);
  }
  for (;;) {
    const outer = stanceCues.find((c) => c.start >= chain[0].end && c.value !== 'neutral' && embedsBefore(reading, c, chain[0]));
    if (!outer) return chain;
    chain.unshift(outer);
  }
}

/**
 * "米国が台湾独立を支持していると非難した", "ABD'yi … desteklemekle suçladı": where the verb that takes a clause
 * comes after it, `outer` takes the clause `inner` ends when the text from `inner` up to it is the
 * lexicon's `embeddedEnding`, within one clause.
 */
function embedsBefore(reading: Reading, outer: Cue, inner: Cue): boolean {
  if (outer.evaluative || inner.evaluative || outer.start < inner.end) return false;
  if (objectOfClauseFinalVerb(reading, outer, inner)) return true;
  const shape = wholePattern(reading.lexicon, 'embeddedEnding');
  if (!shape) return false;
  if (clauseAt(reading, outer.start) !== clauseAt(reading, inner.start)) return false;
  // The act named as a noun is the object itself: "スウェーデンのNATO加盟申請に難色を示した".
  const act = inner.topical || reading.topicSpans.some((s) => s.start <= inner.start && inner.end <= s.end);
  // "加盟への反対": a cue that took the particle へ in leaves only の before the verb's noun.
  const gap = reading.text.slice(inner.end, outer.start);
  const objectGap = OBJECT_BEFORE_GAP.test(gap) || (reading.text[inner.end - 1] === 'へ' && /^\s*の\s*$/u.test(gap));
  if (act && inner.value === 'support' && objectGap) return true;
  // A stance named as a noun with the object's particle is the object: "台湾独立勢力への支持をやめる", "反対を撤回した".
  if (!inner.evaluative && /^\s*を\s*$/u.test(reading.text.slice(inner.end, outer.start))) return true;
  // "AUKUSが地域の平和と安定を損なうと批判した": a clause whose subject is the topic judges the topic; the verb after only reports it.
  const judged = reading.topicSpans.some(
    (s) => s.end <= inner.start && TOPIC_SUBJECT.test(reading.text.slice(s.end, s.end + 2)) && clauseAt(reading, s.start) === clauseAt(reading, inner.start),
  );
  return !judged && shape.test(reading.text.slice(inner.start, outer.start).trimEnd());
}

/**
 * "Berlin hat eine Lockerung der Sanktionen ausgeschlossen": where the verb comes second, the
 * participle or infinitive that ends the clause takes the noun before it as its object, the
 * stance noun ("Lockerung") written, as German nouns are, with a capital.
 */
function objectOfClauseFinalVerb(reading: Reading, outer: Cue, inner: Cue): boolean {
  if (!reading.lexicon.verbSecond || inner.topical || !STANCE_KINDS.has(outer.value) || outer.value === 'neutral') return false;
  // The subject opens the clause ("Eine Lockerung … wäre ein Fehler"); the object follows the verb in second place.
  if (!/^\p{Lu}/u.test(reading.text.slice(inner.start, inner.end)) || tokenIndexAt(reading.tokens, inner.start) - clauseAt(reading, inner.start) < 2)
    return false;
  if (!endsClause(reading, outer)) return false;
  return clauseAt(reading, outer.start) === clauseAt(reading, inner.start) && !/[,;:]/.test(reading.text.slice(inner.end, outer.start));
}

/** Is the cue the last word of its clause, punctuation or the sentence's end right after it? */
function endsClause(reading: Reading, cue: Cue): boolean {
  return /^\s*([,;:.!?»"“”)]|$)/u.test(reading.text.slice(cue.end));
}

/** The particle that makes a phrase the subject of its clause, a closing quotation mark before it at most: "「AUKUS」が". */
const TOPIC_SUBJECT = /^[」』"”]?\s*(が|は)/u;

/**
 * "India backed Moscow at the talks on sanctions": the verb's object is another actor, so its
 * stance is toward that actor, not toward the topic the sentence also names. A name that owns
 * what follows ("backed Sweden's bid") is not the object, nor one after a word of praise or blame
 * said of the topic ("sanctions will not force Moscow to change course").
 */
function targetsAnActor(reading: Reading, candidate: StanceCandidate, verb: Cue): boolean {
  if (verb.topical || verb.evaluative) return false;
  // A verb phrase with the topic's own words in it is about the topic: "became the 31st member of NATO".
  if (reading.topicSpans.some((s) => s.start >= verb.start && s.end <= verb.end)) return false;
  const skip = wordSet(reading.lexicon, 'determiners');
  let at = verb.end;
  for (const token of reading.tokens.slice(tokenIndexAt(reading.tokens, verb.end))) {
    if (token.start < verb.end || !/^\s*$/.test(reading.text.slice(at, token.start)) || !skip.has(token.lower)) break;
    at = token.end;
  }
  at += /^\s*/.exec(reading.text.slice(at))![0].length;
  const object = reading.names.find((n) => n.start === at && n.code !== candidate.actor.code && n.role !== 'speaker');
  if (!object || OWNER_GAP.test(reading.text.slice(object.end, object.end + 3))) return false;
  // "Проти проголосували Росія, Білорусь і Сирія": the names after the verb are its subject, this actor among them.
  const group = groupSpan(reading, object);
  if (candidate.actor.mentions.some((m) => m.start >= group.start && m.end <= group.end)) return false;
  // A name the topic phrase goes on from is part of it: "opposes NATO's further expansion",
  // "backed Finland joining the alliance", "أيدت ألمانيا انضمام فنلندا إلى الناتو".
  // Counted from the end of the object's group: "warnte Schweden und Finnland vor einem Nato-Beitritt".
  const after = tokenIndexAt(reading.tokens, group.end);
  const phraseGoesOn = reading.topicSpans.some((s) => s.start >= group.end && tokenIndexAt(reading.tokens, s.start) - after <= TOPIC_PHRASE_REACH);
  const inside = reading.topicSpans.some((s) => s.start <= object.start && object.end <= s.end && s.end - s.start > object.end - object.start);
  // "обвинила Вашингтон в том, что он толкает Киев в НАТО": a clause about the object's act follows it.
  const complementizers = wordSet(reading.lexicon, 'complementizers');
  const clauseAfter = reading.tokens.slice(after, after + OBJECT_CLAUSE_REACH).some((t) => complementizers.has(t.lower));
  // "accused Washington of pushing Kyiv towards NATO membership": what the object is blamed for names the topic.
  const chargedWith =
    verb.value === 'oppose' &&
    wordSet(reading.lexicon, 'chargedWith').has(reading.tokens[after]?.lower ?? '') &&
    reading.topicSpans.some((s) => s.start >= group.end && clauseAt(reading, s.start) === clauseAt(reading, verb.start));
  return !(phraseGoesOn || inside || clauseAfter || chargedWith);
}

/** The lexicon's regular expressions, each made once per lexicon and way of anchoring. */
const lexiconPatterns = new WeakMap<Reading['lexicon'], Map<string, RegExp>>();

type PatternName = {
  [K in keyof Reading['lexicon']]: Reading['lexicon'][K] extends string ? K : never;
}[keyof Reading['lexicon']];

function lexiconPattern(lexicon: Reading['lexicon'], name: PatternName, whole: boolean): RegExp | undefined {
  const source = lexicon[name];
  if (!source) return undefined;
  let made = lexiconPatterns.get(lexicon);
  if (!made) lexiconPatterns.set(lexicon, (made = new Map()));
  const key = `${whole ? '=' : '^'}${name}`;
  let pattern = made.get(key);
  if (!pattern) made.set(key, (pattern = new RegExp(whole ? `^(?:${source})$` : `^(?:${source})`, 'iu')));
  return pattern;
}

/** One of the lexicon's regular expressions, to match at the start of a stretch of text. */
function leadingPattern(lexicon: Reading['lexicon'], name: 'genitiveEnding' | 'relativeActBefore' | 'relativeOpening' | 'subjectAfter'): RegExp | undefined {
  return lexiconPattern(lexicon, name, false);
}

/** One of the lexicon's regular expressions, to match a whole stretch of text. */
function wholePattern(
  lexicon: Reading['lexicon'],
  name:
    | 'verbAfterObject'
    | 'embeddedEnding'
    | 'relativeEnding'
    | 'compoundHead'
    | 'verbalNoun'
    | 'participle'
    | 'fusedInfinitive'
    | 'objectClitic'
    | 'nominalisedVerb'
    | 'possessedNoun'
    | 'progressive',
): RegExp | undefined {
  return lexiconPattern(lexicon, name, true);
}

/**
 * The verb after a demanded object that says what should happen to it: "called for the sanctions
 * on Russia to be lifted", "forderte, die Sanktionen gegen Russland aufzuheben". It is the
 * innermost link of the chain, so the demand takes its polarity ("called for" × "lifted" = −1).
 * Only within the clause, and only as the lexicon's `verbAfterObject` pattern phrases it.
 */
function predicateAfterObject(reading: Reading, cue: Cue): Cue | undefined {
  const shape = wholePattern(reading.lexicon, 'verbAfterObject');
  if (!shape || cue.value === 'neutral') return undefined;
  for (const inner of reading.cues) {
    if (inner.start < cue.end || !STANCE_KINDS.has(inner.value) || inner.value === 'neutral' || inner.evaluative) continue;
    // A comma may set off the clause right after the demand ("forderte, die Sanktionen …"), nowhere else.
    if (/[;:.!?。；：]/.test(reading.text.slice(cue.end, inner.start)) || /,/.test(reading.text.slice(cue.end, inner.start).replace(/^\s*,/, '')))
      return undefined;
    const object = reading.topicSpans.filter((s) => s.start >= cue.end && s.end <= inner.start).at(-1);
    if (object && shape.test(reading.text.slice(object.end, inner.end))) return inner;
  }
  return undefined;
}

/** Characters between a verb and the document noun it describes: "非難[する]決議案", "kına[yan ]karar". */
const DESCRIBES_REACH = 6;

/**
 * Where descriptions precede their noun, the verb inside a document's description and the verb
 * of what was done with the document: "併合を非難する決議案に、ベラルーシが反対した" gives
 * (非難, 反対), "ilhakı kınayan karara karşı oy verdi" gives (kınayan, karşı oy verdi).
 */
function documentVerbs(reading: Reading): Array<{ content: Cue; act: Cue }> {
  if (!reading.lexicon.headFinal) return [];
  const { documents } = reading;
  const stance = reading.cues.filter((c) => STANCE_KINDS.has(c.value) && c.value !== 'neutral' && !c.evaluative);
  const pairs: Array<{ content: Cue; act: Cue }> = [];
  for (const document of documents) {
    const content = stance
      .filter((c) => c.end <= document.start && document.start - c.end <= DESCRIBES_REACH && !/[、,，。.]/.test(reading.text.slice(c.end, document.start)))
      .at(-1);
    // Not past a full comma: "…的决议，土方代表表示" starts another clause (a Japanese 、 does not: "決議案に、ベラルーシが反対した").
    const act = stance.find((c) => c.start >= document.end && !/[。.!?！？，,]/.test(reading.text.slice(document.end, c.start)));
    if (content && act) pairs.push({ content, act });
  }
  return pairs;
}

/** Words between the name and the rest of a topic phrase it belongs to: "NATO's further expansion". */
const TOPIC_PHRASE_REACH = 3;

/** Words between a verb's object and the "that" of a clause about its act: "в том, что", "у тому, що". */
const OBJECT_CLAUSE_REACH = 3;

/** The sign of a chain of predicates toward the topic phrase nearest its innermost one. */
function chainSign(reading: Reading, cues: Cue[], cue: Cue): number {
  const chain = predicateChain(reading, cues, cue);
  const sign = chain.reduce((product, link) => product * polarityOf(link), 1);
  return !cue.topical && nearestTopicSpanIsContrary(reading, cue) ? -sign : sign;
}

/** The sentence names no topic of its own and refers to a document an earlier one named ("the resolution"). */
function referredDocument(candidate: StanceCandidate): boolean {
  const { topic } = candidate;
  return topic.spans.length === 0 && topic.reference !== 'reaction' && topic.contextDocument !== undefined;
}

/**
 * Which way what a later sentence refers back to points, read from the earlier sentence: a
 * document's content ("a resolution condemning the annexation" points toward Ukraine's
 * sovereignty), or the act reported ("the United States left the Paris Agreement": the move
 * points away from climate action, so criticising it supports climate action). 1 when the earlier
 * sentence says nothing directional.
 */
function referredOrientation(candidate: StanceCandidate): number {
  const { context, topic } = candidate;
  if (!context || topic.spans.length > 0 || !topic.contextSpans?.length) return 1;
  const earlier: StanceCandidate = {
    ...candidate,
    text: context,
    context: null,
    actor: { code: '', name: '', mentions: [] },
    others: topic.contextNames?.length ? [{ code: '', mentions: topic.contextNames }] : [],
    topic: { ...topic, spans: topic.contextSpans, contextSpans: undefined, reference: undefined, contextDocument: undefined, contextNames: undefined },
  };
  const reading = read(earlier);
  const document = topic.reference === 'reaction' ? undefined : topic.contextDocument;
  if (topic.reference !== 'reaction' && !document) return 1;
  // The document's own description, not the verb that adopted it: "hat eine Resolution zur Verurteilung der Annexion verabschiedet".
  const description = document && describe(reading, document);
  if (description && !describesPhrase(reading, description.cue)) return description.orientation;
  // A document's content follows the word that names it ("a resolution condemning …"), and also
  // comes before it where descriptions precede their noun ("谴责吞并的决议"); an act is the whole sentence.
  const content = (c: Cue) =>
    !document ||
    c.start >= document.end ||
    (reading.lexicon.headFinal && c.end <= document.start && clauseAt(reading, c.start) === clauseAt(reading, document.start));
  // "石炭の使用を減らす気候変動対策の合意を採択した": a verb that describes the topic's noun is part of the
  // noun; the act reported is the verb said of it.
  const cues = reading.cues.filter((c) => STANCE_KINDS.has(c.value) && c.value !== 'neutral' && content(c) && !describesPhrase(reading, c));
  if (cues.length === 0) return 1;
  const spans = reading.topicSpans;
  const nearest = cues.reduce((best, c) => ((c.topical ? -1 : 0) + distanceTo(spans, c) < (best.topical ? -1 : 0) + distanceTo(spans, best) ? c : best));
  return chainSign(reading, cues, nearest);
}

/** Words other than articles between a colon or dash and the list it opens. */
const DASH_LIST_REACH = 1;

/** The words after the last colon or dash of a list's bridge, articles not counted. */
function wordsAfterDash(reading: Reading, bridge: string): number {
  const determiners = wordSet(reading.lexicon, 'determiners');
  const after = bridge.slice(bridge.search(/[^:：—–]*$/u)).replace(/^.*\s-\s/su, '');
  return tokenize(after).filter((t) => !determiners.has(t.lower)).length;
}

/** Characters before a list in which its opening words are looked for: "among them", "parmi lesquels". */
const LIST_INTRO_CHARS = 24;

/** Words that may stand between a vote and the list of those who cast it: "35 abstentions, including". */
const LIST_BRIDGE_REACH = 6;

const listIntroEnds = new WeakMap<Reading['lexicon'], RegExp | null>();
/** A list's opening words right at the end of a stretch of text: "35 nations, including ". */
function listIntroEndPattern(lexicon: Reading['lexicon']): RegExp | null {
  let pattern = listIntroEnds.get(lexicon);
  if (pattern === undefined) {
    const intro = listIntroPattern(lexicon);
    pattern = intro ? new RegExp(`(${intro.source})[\\s,:]*$`, 'iu') : null;
    listIntroEnds.set(lexicon, pattern);
  }
  return pattern;
}

const runIntroEnds = new WeakMap<Reading['lexicon'], RegExp | null>();
/**
 * A Chinese or Japanese list's opening words right before its names, inside a run of characters
 * that has no word boundary to find them by: "参加方还包括澳大利亚、巴西".
 */
function runIntroEndPattern(lexicon: Reading['lexicon']): RegExp | null {
  let pattern = runIntroEnds.get(lexicon);
  if (pattern === undefined) {
    const phrases = lexicon.listIntro.filter((p) => CJK_CHAR.test(p)).map(escaped);
    pattern = phrases.length > 0 ? new RegExp(`(${phrases.join('|')})[\\s:：]*$`, 'u') : null;
    runIntroEnds.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * The names listed as those who did what `cue` says, when the list comes after it: "Voting
 * against were Russia, Belarus and Syria", "dagegen: Russland, Belarus", "35 Länder enthielten
 * sich, darunter China und Indien", "Документ поддержали десять членов, в том числе Франция". The
 * words between hold no other stance or verb of saying, and a colon or dash or a word that opens a list.
 */
function listedAfter(reading: Reading, cue: Cue): Name[] {
  const { names, tokens, text, coordination } = reading;
  const list = names.filter((n) => n.start >= cue.end && n.end > n.start);
  if (list.length === 0) return [];
  const bridge = text.slice(cue.end, list[0].start);
  if (tokens.filter((t) => t.start >= cue.end && t.end <= list[0].start).length > LIST_BRIDGE_REACH) return [];
  if (reading.cues.some((c) => c.start >= cue.end && c.end <= list[0].start && (STANCE_KINDS.has(c.value) || c.value === 'speech'))) return [];
  const intro = listIntroPattern(reading.lexicon);
  const closed = /^\s*$/.test(bridge) && closedAfterList(text, tokens, cue, reading.lexicon);
  // A bracket opens the list only after a vote, a side of one or a count: "5 against (Russia, Belarus …)"; elsewhere it holds an aside.
  const bracketed = /\(/.test(bridge) && (cue.side === true || isVote(reading, cue) || countedBefore(text, tokens, cue, reading.lexicon));
  // A vote named as a noun with its voters after "of": "con la abstención de China", "avec l'abstention de l'Inde".
  const ofVoters = VOTERS_OF.test(bridge) && isVote(reading, cue);
  const punctuated = /[:：—–]|\s-\s/.test(bridge);
  const runIntro = CJK_CHAR.test(bridge) && runIntroEndPattern(reading.lexicon)?.test(bridge) === true;
  if (!punctuated && !bracketed && !intro?.test(bridge) && !runIntro && !closed && !ofVoters) return [];
  // A colon or dash opens the list right before its names; words of a clause between make them that clause's: "– hours after the Duma met".
  if (punctuated && !bracketed && !intro?.test(bridge) && !ofVoters && wordsAfterDash(reading, bridge) > DASH_LIST_REACH) return [];
  // "countermeasures, including on Germany": a preposition besides the list's own words makes the names objects.
  // After a vote, one before the comma belongs to the vote's own phrase: "abstained from the vote, including China".
  const objects = wordSet(reading.lexicon, 'object');
  const opened = isVote(reading, cue) ? bridge.slice(bridge.search(/[^,،;:：—–]*$/u)) : bridge;
  const rest = intro ? opened.replace(new RegExp(intro.source, 'giu'), ' ') : opened;
  if (!ofVoters && tokenize(rest).some((t) => objects.has(t.lower))) return [];
  if (takenAs(reading, list[0])) return [];
  // "respect the territorial integrity of all countries, including Ukraine": past the topic's phrase, the list is in the verb's object.
  // Not after a vote: "voted for the text condemning the annexation, including France" lists voters.
  const voted = reading.cues.some((c) => c.end <= list[0].start && isVote(reading, c));
  if (!voted && reading.topicSpans.some((s) => s.end > cue.end && s.end <= list[0].start && !isName(reading, s))) return [];
  const members = [list[0]];
  for (const next of list.slice(1)) {
    if (!coordination.test(text.slice(members[members.length - 1].end, next.start))) break;
    members.push(next);
  }
  // "26 стран — членов союза, Болгария воздержалась": names with a verb of their own right after are its subject.
  // Not across punctuation (the ideographic comma too) or a closing bracket: "fünf dagegen, darunter Russland und Belarus; 35 enthielten sich", "…روسيا وبيلاروس، وامتنعت".
  const last = members[members.length - 1].end;
  const end = tokenIndexAt(tokens, last);
  if (
    reading.cues.some(
      (c) =>
        PREDICATE_KINDS.has(c.value) && c.start >= last && tokenIndexAt(tokens, c.start) - end <= 1 && !/[,;:.!?،؛。；，、)）]/.test(text.slice(last, c.start)),
    )
  )
    return [];
  return members;
}

/** Between a vote's noun and its voters: "of", "de", "de la", "des". */
const VOTERS_OF = /^\s+(of|of the|de|del|de la|de l['’]|des|du|d['’])\s*$/iu;

/** The vote or stance whose list after it names this actor, with the mention listed. */
function listedUnder(reading: Reading, candidate: StanceCandidate): { cue: Cue; holder: Name } | undefined {
  for (const cue of reading.cues.filter((c) => STANCE_KINDS.has(c.value))) {
    const holder = listedAfter(reading, cue).find((n) => n.code === candidate.actor.code);
    if (holder) return { cue, holder };
  }
  return undefined;
}

/** A stance a formula states whole (a sponsored document's content, a measure found wanting): no chain, negation or hedge. */
function formulaStance(reading: Reading, holder: CandidateMention, score: number, cue: string): SentenceStance {
  return {
    score,
    confidence: holder.role === 'name' ? 0.8 : 0.68,
    detail: { cue, negated: false, contrary: false, hedged: false, holder: reading.text.slice(holder.start, holder.end) || 'quote speaker' },
  };
}

/** Words from an object relative pronoun to the end of the verb and subject of its clause: "that [the European Union imposed]". */
const RELATIVE_CLAUSE_REACH = 6;

/**
 * "the sanctions that the EU imposed", "las sanciones que la UE impuso", "العقوبات التي فرضتها
 * الولايات المتحدة", "санкции, которые ввёл Евросоюз": a relative clause on the topic's noun whose
 * subject is this mention. The subject did to what the noun names what the clause's verb says.
 */
function relativeClauseAct(reading: Reading, mention: CandidateMention): { sign: number; cue: Cue } | undefined {
  if (mention.end === mention.start) return undefined;
  const { tokens, text } = reading;
  const relatives = wordSet(reading.lexicon, 'objectRelatives');
  const group = groupSpan(reading, mention);
  const at = tokenIndexAt(tokens, group.start);
  for (let r = at - 1; r >= Math.max(0, at - RELATIVE_CLAUSE_REACH); r--) {
    if (!relatives.has(tokens[r].lower)) continue;
    const noun = reading.topicSpans.find((s) => !isName(reading, s) && s.end <= tokens[r].start && /^\s*,?\s*$/.test(text.slice(s.end, tokens[r].start)));
    if (!noun) return undefined;
    // The subject right after the pronoun and its verb right after it; or, where the verb may come first
    // (Arabic, and Russian or Ukrainian with the subject in its own case), the verb and then the subject.
    const first = tokens[at];
    const verbFirst = reading.lexicon.verbFirst || (reading.lexicon.obliqueEnding !== '' && !inObliqueCase(reading, first));
    const verb = reading.cues.find(
      (c) =>
        STANCE_KINDS.has(c.value) &&
        !c.topical &&
        c.start > tokens[r].end &&
        ((onlyDeterminers(reading, tokens[r].end, group.start) && onlyDeterminers(reading, group.end, c.start)) ||
          (verbFirst && c.end <= group.start && onlyDeterminers(reading, tokens[r].end, c.start) && /^\s*$/.test(text.slice(c.end, group.start)))),
    );
    if (!verb) return undefined;
    const from = tokens[r].end;
    const to = Math.max(verb.end, group.end);
    if (tokenIndexAt(tokens, to) - r > RELATIVE_CLAUSE_REACH || /[,;:.!?،؛]/.test(text.slice(from, to))) return undefined;
    if (reading.names.some((n) => n.start >= from && n.end <= to && (n.end <= group.start || n.start >= group.end))) return undefined;
    return { sign: polarityOf(verb) * (noun.contrary ? -1 : 1), cue: verb };
  }
  return undefined;
}

/**
 * "the sanctions imposed by the EU", "las sanciones adoptadas por la UE", "les référendums
 * organisés par la Russie": the agent of a participle right after the topic's noun did to it what
 * the participle says (doing what the noun names where the participle is no stance word), an act
 * the sentence reports whatever its own verb, said by another, says of the noun ("… are illegal,
 * Lavrov said"). Not what the agent undergoes ("the sanctions faced by Russia"), nor the agent of a
 * noun ("l'annexion illégale par la Russie": see `agentOfNoun`).
 */
function participleAgentAct(reading: Reading, mention: CandidateMention): { sign: number; verb: string } | undefined {
  const { lexicon, tokens, text } = reading;
  if (mention.end === mention.start || lexicon.headFinal || lexicon.verbSecond) return undefined;
  const by = governingWord(reading, mention);
  if (!by || !isWord(reading, by, 'agent') || agentOfNoun(reading, mention)) return undefined;
  const at = tokenIndexAt(tokens, by.start);
  // The participle alone between the noun and the marker: in "the resolution condemning the annexation was vetoed by
  // Russia" the verb is the sentence's, said of the resolution.
  const noun = reading.topicSpans.find(
    (s) => !isName(reading, s) && s.end <= by.start && at - tokenIndexAt(tokens, s.end) === 1 && /^\s*\S+\s*$/u.test(text.slice(s.end, by.start)),
  );
  if (!noun || reading.names.some((n) => n.start >= noun.end && n.end <= by.start)) return undefined;
  if (saysWordOf(reading, noun.end, by.end, lexicon.undergo)) return undefined;
  const verb = reading.cues.find((c) => STANCE_KINDS.has(c.value) && !c.topical && c.start >= noun.end && c.end <= by.start);
  if (verb?.evaluative) return undefined;
  const polarity = verb ? polarityOf(verb) : 1;
  return polarity === 0 ? undefined : { sign: polarity * (noun.contrary ? -1 : 1), verb: text.slice(noun.end, by.start).trim() };
}

/** The classes whose verbs say what a subject did to a measure or a proposition, by polarity. */
const DEEDS: Record<'support' | 'oppose', PredicateClass[]> = {
  support: ['support', 'welcome', 'join', 'impose', 'recognise', 'voteFor'],
  oppose: ['oppose', 'condemn', 'block', 'withdraw', 'warn', 'voteAgainst'],
};

/**
 * "Çin, AB'nin Rusya'ya uyguladığı yaptırımlara karşı çıktı", "中方反对欧盟对俄罗斯实施的制裁",
 * "中国はEUがロシアに科した制裁に反対した": a clause before the topic's noun, its subject this name
 * (`relativeActBefore`), says what the name did to it.
 */
function relativeActBefore(reading: Reading, mention: CandidateMention): { sign: number; verb: string } | undefined {
  const shape = leadingPattern(reading.lexicon, 'relativeActBefore');
  if (!shape || mention.end === mention.start) return undefined;
  const group = groupSpan(reading, mention);
  const match = shape.exec(reading.text.slice(group.end));
  const verb = match?.[1];
  if (!match || !verb) return undefined;
  const end = group.end + match[0].length;
  const noun = reading.topicSpans.find((s) => s.start <= end && s.end > end && !isName(reading, s));
  if (!noun) return undefined;
  const polarity = saysClass(reading.lexicon, verb, DEEDS.support) ? 1 : saysClass(reading.lexicon, verb, DEEDS.oppose) ? -1 : 0;
  return polarity === 0 ? undefined : { sign: polarity * (noun.contrary ? -1 : 1), verb };
}

export function scoreCandidate(candidate: StanceCandidate): SentenceStance | null {
  const reading = read(candidate);
  for (const mention of candidate.actor.mentions) {
    const before = relativeActBefore(reading, mention);
    if (before) return formulaStance(reading, mention, before.sign, before.verb);
    const relative = relativeClauseAct(reading, mention);
    if (relative && relative.sign !== 0) return formulaStance(reading, mention, relative.sign, reading.text.slice(relative.cue.start, relative.cue.end));
    const participle = participleAgentAct(reading, mention);
    if (participle) return formulaStance(reading, mention, participle.sign, participle.verb);
  }
  for (const mention of candidate.actor.mentions) {
    const sponsored = sponsorship(reading, candidate, mention);
    if (sponsored) {
      const { verb, description } = sponsored;
      const links = description.cue.start === verb.start ? [verb] : [verb, description.cue];
      return formulaStance(reading, mention, description.orientation, links.map((c) => reading.text.slice(c.start, c.end)).join(' → '));
    }
  }
  const listed = listedUnder(reading, candidate);
  if (listed) return stanceOfHolder(reading, candidate, listed.holder, listed);
  // An actor named again may hold its stance only in the later clause: "Сербия не будет вводить санкции…, добавив, что Белград уважает …".
  for (const holder of candidate.actor.mentions) {
    if (!holds(reading, holder, candidate.actor.code)) continue;
    // Only where its own verbs say nothing of the topic, what the holder's description says of it: "…に反発してきたロシアは、…".
    const stance =
      stanceOfHolder(reading, candidate, holder, undefined) ??
      (reading.cues.some((c) => describesHolder(reading, holder, c)) ? stanceOfHolder(reading, candidate, holder, undefined, true) : null);
    if (stance) return stance;
  }
  return null;
}

/** Tokens between a verb of forcing and the country it forces: "would force [the] Russian Federation". */
const COMPEL_OBJECT_REACH = 2;

/**
 * "Finland's accession would force Russia to strengthen its presence", "вступление Финляндии
 * вынудит Россию …": a verb of the lexicon's `compel` with a topic phrase before it in its clause
 * (its subject) and the actor's country as its object, right after it or, where objects come
 * before their verb, between the two.
 */
function compelledBy(reading: Reading, candidate: StanceCandidate, from: number): { verb: { start: number; end: number }; contrary: boolean } | undefined {
  // Most sentences say no such verb: asked once per sentence, as `undergoneMeasure` asks of its own words.
  if (reading.lexicon.compel.length === 0 || !known(reading, 'compel', () => saysWordOf(reading, 0, reading.text.length, reading.lexicon.compel)))
    return undefined;
  const words = wordSet(reading.lexicon, 'compel');
  const { tokens, names, text } = reading;
  const own = names.filter((n) => n.code === candidate.actor.code && n.end > n.start);
  const objectBefore = reading.lexicon.verbSecond || reading.lexicon.headFinal;
  // Chinese and Japanese words stand inside a run of characters: found as substrings.
  const verbs: Array<{ start: number; end: number }> = tokens.filter((t) => words.has(t.lower));
  for (const word of [...words].filter((w) => CJK_CHAR.test(w))) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) verbs.push({ start: at, end: at + word.length });
  }
  for (const verb of verbs) {
    if (verb.start < from) continue;
    const clause = clauseAt(reading, verb.start);
    const subject = reading.topicSpans.filter((s) => s.end <= verb.start && !isName(reading, s) && clauseAt(reading, s.start) === clause).at(-1);
    if (!subject) continue;
    const after = own.some((n) => n.start >= verb.end && tokens.filter((t) => t.start >= verb.end && t.end <= n.start).length <= COMPEL_OBJECT_REACH);
    const before = objectBefore && own.some((n) => n.start >= subject.end && n.end <= verb.start);
    if (after || before) return { verb, contrary: subject.contrary };
  }
  return undefined;
}

/** Words between a subject and the measure it undergoes: "must face new, crippling sanctions". */
const UNDERGO_REACH = 5;

/**
 * "Russia must face new sanctions", "Росія повинна зіткнутися з санкціями": the holder is the
 * subject of a verb of undergoing (the lexicon's `undergo`) with the topic's phrase a few words
 * after it, so it is the measure's target. The topic phrase, and the stretch from the subject to it.
 */
function undergoneMeasure(reading: Reading, holder: CandidateMention): { span: Reading['topicSpans'][number]; from: number } | undefined {
  const words = reading.lexicon.undergo;
  if (words.length === 0 || holder.end <= holder.start || !known(reading, 'undergo', () => saysWordOf(reading, 0, reading.text.length, words)))
    return undefined;
  const end = groupSpan(reading, holder).end;
  const span = reading.topicSpans.filter((s) => s.start >= end).sort((a, b) => a.start - b.start)[0];
  if (!span) return undefined;
  if (reading.names.some((n) => n.start >= end && n.end <= span.start)) return undefined;
  if (/[;:.!?。；：]/u.test(reading.text.slice(end, span.start)) || reading.tokens.filter((t) => t.start >= end && t.end <= span.start).length > UNDERGO_REACH)
    return undefined;
  return saysWordOf(reading, end, span.start, words) ? { span, from: end } : undefined;
}

/**
 * Does the text from `from` to `to` hold one of the lexicon's words or phrases, word by word as the
 * data files write them (a stem ending in `*` included), or, for a Chinese or Japanese one, anywhere?
 */
function saysWordOf(reading: Reading, from: number, to: number, words: readonly string[]): boolean {
  const tokens = reading.tokens.filter((t) => t.start >= from && t.end <= to);
  return words.some((phrase) => {
    if (CJK_CHAR.test(phrase)) return fold(reading.text.slice(from, to)).includes(fold(phrase));
    const parts = phraseWords(phrase).map(fold);
    for (let i = 0; i + parts.length <= tokens.length; i++) if (parts.every((w, k) => wordSays(w, tokens[i + k].lower))) return true;
    return false;
  });
}

/**
 * "Poland said Russia must face tougher sanctions": a holder who says another must undergo the
 * measure (a word of obligation between that one and the measure) wants it; one who says another
 * will undergo it ("Lavrov said Russia will face new sanctions") foretells, and holds nothing.
 */
function saysUndergone(reading: Reading, holder: CandidateMention): { span: Reading['topicSpans'][number]; demanded: boolean } | undefined {
  for (const target of reading.names) {
    if (target.start < holder.end) continue;
    const undergone = undergoneMeasure(reading, target);
    if (undergone) return { span: undergone.span, demanded: saysWordOf(reading, undergone.from, undergone.span.start, reading.lexicon.obligation) };
  }
  return undefined;
}

/** Between a name and the verb it is the subject of, where nothing else may stand: "Finland joining", "Hungary blocked". */
const ACTOR_OF_VERB_GAP = /^\s+$/u;

/**
 * "Moscow said Finland joining NATO was a mistake", "The EU said Hungary blocked the sanctions": a
 * verb right after another actor's name is that actor's act, which the holder at most judges. Not
 * where the holder comes after the act ("a voté contre avec la Russie"), nor where a verb of the
 * holder's own before the name takes the act as its object ("criticised Hungary blocking", "urged
 * Japan not to send"); and only where word order, not case, makes the subject: elsewhere a name
 * right before a verb may be its object. Nor where the verb is one of violating: whoever says
 * another violates something blames the act ("Merkel sagte, Moskau verletze die Souveränität der Ukraine").
 */
function actOfAnother(reading: Reading, candidate: StanceCandidate, holder: CandidateMention, cue: Cue): boolean {
  const { obliqueEnding, verbFirst, headFinal } = reading.lexicon;
  if (obliqueEnding || verbFirst || headFinal || holder.end > cue.start) return false;
  if (reading.violations.some((v) => v.start < cue.end && cue.start < v.end)) return false;
  const ownGroup = groupSpan(reading, holder);
  return reading.names.some((n) => {
    // The name right before the verb ends its group, if it has one ("Finland and Sweden joining").
    if (n.end > cue.start || !ACTOR_OF_VERB_GAP.test(reading.text.slice(n.end, cue.start))) return false;
    if (n.code === candidate.actor.code || n.end <= n.start || n.role === 'adjective' || n.role === 'speaker' || inTopic(reading, n)) return false;
    const group = groupSpan(reading, n);
    if (group.start <= ownGroup.start && ownGroup.end <= group.end) return false;
    const takes = (v: Cue) => v !== cue && (STANCE_KINDS.has(v.value) || isDemand(reading, v)) && v.start >= holder.end && v.end <= group.start;
    if (reading.cues.some(takes)) return false;
    // A subject, not an object in its case or after its preposition ("в отношении России провалилась").
    const last = reading.tokens[tokenIndexAt(reading.tokens, n.end) - 1];
    const before = previousWord(reading, tokenIndexAt(reading.tokens, group.start));
    return subjectMarked(reading, n) && !(last && inObliqueCase(reading, last)) && !isWord(reading, before, 'object');
  });
}

/** The stance this mention of the actor holds in the sentence, listed under a vote or stance verb or as its clause's subject. */
function stanceOfHolder(
  reading: Reading,
  candidate: StanceCandidate,
  holder: CandidateMention,
  listed: { cue: Cue; holder: Name } | undefined,
  byDescription = false,
): SentenceStance | null {
  if (!listed && undergoneMeasure(reading, holder)) return null;
  const undergone = listed ? undefined : saysUndergone(reading, holder);
  if (undergone?.demanded)
    return formulaStance(reading, holder, undergone.span.contrary ? -1 : 1, reading.text.slice(undergone.span.start, undergone.span.end));
  // A speaker named at the end says all the words before: "Die EU muss am Ein-China-Prinzip festhalten, sagte der Sprecher".
  const tail = tailAttribution(reading);
  // The owner of a stance noun holds that noun and nothing around it: "Australia rejected Beijing's criticism of AUKUS".
  // So does the subject of a verb made a noun: "Çin, ABD'nin Rusya'ya yaptırım uygulamasını eleştirdi".
  const owned = listed ? undefined : (ownedStanceNoun(reading, holder) ?? (holder.end > holder.start ? nominalisedAct(reading, holder) : undefined));
  const inverted = owned || listed ? undefined : verbBeforeSubject(reading, holder);
  const holderEnd = owned
    ? owned.start
    : holder.role === 'speaker' || listed || (tail !== undefined && holder.start > tail.comma)
      ? 0
      : (inverted?.start ?? holder.end);
  // "criticised the price cap as too weak": a measure found wanting is wanted stronger, whatever verb says so.
  const wanting = wantingMeasure(reading, holderEnd);
  if (wanting) return formulaStance(reading, holder, 1, reading.text.slice(wanting.start, wanting.end));
  // "eine Aufnahme Finnlands werde Russland zwingen, …": made to answer the topic, the holder opposes it.
  const forced = listed ? undefined : compelledBy(reading, candidate, holderEnd);
  if (forced) return formulaStance(reading, holder, forced.contrary ? 1 : -1, reading.text.slice(forced.verb.start, forced.verb.end));
  // "Several countries abstained on the resolution condemning the annexation, among them India": the
  // list names who did what the clause's first verb says; the verbs after it describe its object.
  const listHead =
    listed &&
    reading.cues.find((c) => STANCE_KINDS.has(c.value) && c.end <= listed.cue.start && !/[,;:.!?，；：。]/.test(reading.text.slice(c.end, listed.cue.start)));
  let stanceCues = owned
    ? [owned]
    : listed
      ? listHead?.value === 'neutral'
        ? [listHead]
        : [...reading.cues.filter((c) => STANCE_KINDS.has(c.value) && listHead && c.start >= listHead.start && c.end <= listed.cue.start), listed.cue]
      : holdersCues(reading, candidate, holder, byDescription);
  // "Türkiye, Rusya'nın … tanıma kararını kabul edilemez buldu": another's act made a noun is what the holder judges, not its own.
  if (!owned && !listed) {
    const othersActs = new Set(reading.names.filter((n) => n.code !== candidate.actor.code && n.end > n.start).map((n) => nominalisedAct(reading, n)));
    if (stanceCues.some((c) => !othersActs.has(c))) stanceCues = stanceCues.filter((c) => !othersActs.has(c));
    if (holder.role !== 'speaker') stanceCues = stanceCues.filter((c) => !actOfAnother(reading, candidate, holder, c));
  }
  // "scrapped a submarine contract in favour of the AUKUS pact": what an act of dropping chose instead is what it supports.
  const dropping = stanceCues.find((w) => isWithdrawal(reading, w));
  const chosen = dropping && choiceInstead(reading, dropping);
  if (chosen) stanceCues = [chosen];
  // "urged the United States to abide by its one-China policy": a neutral formula the holder demands of another is not its own.
  const demandedOfAnother = (c: Cue) =>
    c.value === 'neutral' && reading.cues.some((d) => d.start >= holderEnd && isDemand(reading, d) && d.end <= c.start && addresseeAfter(reading, d, c));
  if (stanceCues.some((c) => !demandedOfAnother(c))) stanceCues = stanceCues.filter((c) => !demandedOfAnother(c));
  // (Not what another will undergo: "Lavrov said Russia will face new sanctions" foretells.)
  const modal = listed || undergone ? undefined : modalProposition(reading, candidate, holderEnd);
  if (modal) stanceCues.push(modal);
  if (stanceCues.length === 0) {
    const act = decidedTopic(reading, holder);
    return act ? formulaStance(reading, holder, act.contrary ? -1 : 1, reading.text.slice(act.start, act.end)) : null;
  }
  // "the illegal annexation": a word of blame beside the topic phrase qualifies it; another verb takes the stance.
  // So does one right before another stance verb, as its manner: "illegally annexed", "一方的に宣言した", "单方面宣布".
  // A participle right after the topic's noun describes it too: "las sanciones impuestas contra Rusia".
  const qualifies = (c: Cue) =>
    (c.evaluative === true &&
      (reading.topicSpans.some((s) => ATTRIBUTIVE_GAP.test(gapBetween(reading.text, c, s))) ||
        reading.cues.some((v) => v.start >= c.end && STANCE_KINDS.has(v.value) && !v.evaluative && MANNER_GAP.test(reading.text.slice(c.end, v.start))))) ||
    // Not a topic word inside the holder's own name: "Міністерство закордонних справ України засудило".
    // (German puts a participle that describes a noun before it: one after it that ends the clause is the verb.)
    (!c.topical &&
      !reading.lexicon.headFinal &&
      !(reading.lexicon.verbSecond && endsClause(reading, c)) &&
      reading.topicSpans.some(
        (s) => s.end <= c.start && /^\s+$/.test(reading.text.slice(s.end, c.start)) && !(holder.start <= s.start && s.end <= holder.end),
      )) ||
    // "für die blockierte WTO-Berufungsinstanz": between an article and the topic's noun, a participle describes it.
    (!c.topical &&
      reading.lexicon.verbSecond &&
      afterDeterminer(reading, c) &&
      reading.topicSpans.some((s) => s.start >= c.end && /^\s+$/.test(reading.text.slice(c.end, s.start))));
  // So does a verb whose clause describes the topic's noun: "ロシアが占領地で実施した住民投票を強く非難した",
  // or a document's noun another verb takes: "否决了谴责吞并的决议草案".
  const documentsOwn = reading.lexicon.headFinal
    ? stanceCues.map((c) => describedDocumentObject(reading, c)?.cue).filter((c): c is Cue => c !== undefined)
    : [];
  const describing = (c: Cue) => qualifies(c) || describesPhrase(reading, c) || documentsOwn.includes(c);
  if (stanceCues.some((c) => !describing(c))) stanceCues = stanceCues.filter((c) => !describing(c));
  // "suspended the flights as part of the sanctions": the frame says what the act is, whatever the verb does.
  const framed = stanceCues.find((c) => c.topical && framesAct(reading, c));
  if (framed) stanceCues = [framed];
  // "qu'une adhésion … constituerait une menace": a cue right after an article is the act named as a noun, the
  // subject of a verb after it in its clause; that verb says the stance.
  const nominal = (c: Cue) => !c.topical && c.value !== 'neutral' && (afterDeterminer(reading, c) || verbalNoun(reading, c));
  // (Not the object of a verb that ends its clause: "hat eine Lockerung der Sanktionen ausgeschlossen".)
  const predicatedOf = (c: Cue) =>
    nominal(c) &&
    stanceCues.some(
      (v) =>
        !v.topical &&
        v.value !== 'neutral' &&
        v.start >= c.end &&
        clauseAt(reading, v.start) === clauseAt(reading, c.start) &&
        !objectOfClauseFinalVerb(reading, v, c),
    );
  stanceCues = stanceCues.filter((c) => c === owned || !predicatedOf(c));
  // "imposed sanctions on Russia over the annexation", "対ロ制裁を続けていく": a verb whose object is another topic's phrase is about that topic.
  stanceCues = stanceCues.filter((c) => !objectOfAnotherTopic(reading, candidate, c));
  // A topic that is only another's setting takes a stance only as a verb's object: "no impondrá sanciones a Rusia por la invasión".
  // The object must be the topic's own word, not a name that pairs with it ("condemned the United States … in the Indo-Pacific").
  if (candidate.topic.setting) {
    const words = reading.topicSpans.filter((s) => !reading.names.some((n) => n.start < s.end && s.start < n.end));
    stanceCues = stanceCues.filter((c) => c.topical || objectOf(reading, c, words) !== undefined);
  }
  if (stanceCues.length === 0) return null;
  const nearest =
    (listed ? stanceCues.at(-1) : undefined) ??
    holdersVerb(reading, holder, stanceCues) ??
    agentsVerb(reading, holder, stanceCues) ??
    stanceCues.reduce((best, c) => ((c.topical ? -1 : 0) + distanceToTopic(reading, c) < (best.topical ? -1 : 0) + distanceToTopic(reading, best) ? c : best));
  // A verb inside a relative clause on another's object describes that object; the holder's act is the other.
  const picked = listed ? nearest : (describedBy(reading, holder, nearest) ?? nearest);
  const cue = (picked.value === 'neutral' && !listed ? ownActNoted(reading, candidate, picked) : undefined) ?? picked;
  const chain =
    cue.value === 'neutral'
      ? [cue]
      : predicateChain(
          reading,
          stanceCues.filter((c) => !c.topical || c === cue),
          cue,
        );
  // "regretted the decision to withdraw from the Paris Agreement": the act the chosen verb embeds is its innermost link.
  // The act may be another's ("la décision américaine de se retirer"): the verb judges it all the same.
  const embeddedAct =
    !cue.topical && cue.value !== 'neutral'
      ? reading.cues.find(
          (c) =>
            c.topical &&
            STANCE_KINDS.has(c.value) &&
            c.value !== 'neutral' &&
            c.start >= cue.end &&
            !reading.cues.some((o) => STANCE_KINDS.has(o.value) && o.start >= cue.end && o.end <= c.start) &&
            embeds(reading, cue, c),
        )
      : undefined;
  if (embeddedAct) chain.push(embeddedAct);
  judgementOfAct(reading, holder, chain);
  const inChain = (cue: Cue) => chain.some((link) => link.start === cue.start && link.end === cue.end);
  for (const { content, act } of documentVerbs(reading)) {
    if (inChain(content) && !inChain(act)) chain.unshift(act);
    else if (chain.at(-1)?.start === act.start && !inChain(content)) chain.push(content);
  }
  const after = predicateAfterObject(reading, chain[chain.length - 1]);
  if (after) chain.push(after);
  // The outermost verb's object is another actor, and nothing in between carries its act to the topic.
  if (chain.length === 1 && cue.value !== 'neutral' && targetsAnActor(reading, candidate, cue)) return null;
  // "der den Schritt noch nicht ratifiziert hat": an act not yet done is pending, no stance.
  if (chain.some((link) => polarityOf(link) > 0 && pendingAct(reading, link))) return null;
  let polarity = 1;
  let negated = false;
  chain.forEach((link, i) => {
    // "warned it would veto", "threatened to block": a warning of one's own act against the topic is that act.
    // "an end to deforestation": a verb whose last words open the topic's phrase is said by the phrase already.
    const threat = link.warning && i + 1 < chain.length && polarityOf(chain[i + 1]) < 0 && !worryAboutAnother(reading, candidate, link, chain[i + 1]);
    const own = threat || endsInTopicPhrase(reading, link) ? 1 : polarityOf(link);
    const linkNegated = own !== 0 && negatedBefore(reading, link, i === 0 ? holderEnd : chain[i - 1].end);
    polarity *= linkNegated ? -own : own;
    negated ||= linkNegated;
  });
  const described =
    chain.length === 1 && !cue.topical && polarity !== 0
      ? (describedElsewhere(reading, cue, holder) ?? documentDescribed(reading, cue, !listed && !isWord(reading, governingWord(reading, holder), 'agent')))
      : undefined;
  if (described === undefined && chain.length === 1 && !cue.topical && documentAboutContrary(reading, cue)) return null;
  if (chain.length === 1 && !cue.topical && aboutSomethingElse(reading, candidate, cue)) return null;
  const contrary = described === undefined ? !cue.topical && polarity !== 0 && nearestTopicSpanIsContrary(reading, cue) : described < 0;
  if (contrary) polarity = -polarity;
  if (described === undefined && !cue.topical && negatedNoun(reading, cue)) polarity = -polarity;
  if (chain.length === 1 && described === undefined && turnedByViolation(reading, cue, holderEnd)) polarity = -polarity;
  if (chain.length === 1 && described === undefined && polarity > 0 && violatesTopic(reading, cue, holderEnd)) polarity = -polarity;
  // "領土の譲歩は含まれないとの立場を堅持": the verb holds a clause about the topic that its own negation closes.
  if (chain.length === 1 && embeddedNegation(reading, cue)) {
    polarity = -polarity;
    negated = true;
  }
  // "Venezuela voted against the resolution", "The move was criticised by France": toward what the earlier sentence named.
  polarity *= referredOrientation(candidate);
  const hedged = reading.cues.some((c) => c.value === 'hedge');

  let confidence = cue.topical ? 0.9 : 0.8;
  if (holder.role === 'pronoun' || holder.role === 'group' || holder.role === 'speaker' || holder.role === 'anaphor') confidence *= 0.85;
  if (candidate.topic.spans.length === 0) confidence *= 0.8;
  if (hedged) confidence *= 0.6;
  if (negated) confidence *= 0.85;
  // "did not oppose" is weaker than "supports": a negated objection leans, it does not declare. Not so
  // one demanded: "urged Hungary not to block" asks for the thing outright.
  const demanded = () => reading.cues.some((c) => c.start >= holderEnd && c.end <= chain[0].start && isDemand(reading, c));
  const magnitude = negated && cue.value === 'oppose' && !demanded() ? 0.5 : hedged ? 0.7 : 1;
  return {
    score: polarity * magnitude,
    confidence: Math.round(confidence * 1000) / 1000,
    detail: {
      cue: chain.map((link) => reading.text.slice(link.start, link.end)).join(' → '),
      negated,
      contrary,
      hedged,
      holder: reading.text.slice(holder.start, holder.end) || 'quote speaker',
      ...voteCast(reading, chain[0]),
    },
  };
}

const VOTES = ['voteFor', 'voteAgainst', 'abstain'] as const;

/**
 * Characters before a vote's word in which a number makes it part of a count: "287 votes to 55 with
 * four abstentions"; not a number of the holders listed beside it ("35 countries abstained,
 * including China", "中國、印度等35個國家棄權").
 */
const TALLY_CHARS = 30;

/**
 * The vote a cue reports the holder cast (`act`), which the article's record rests on when the
 * holder abstained (convention 4: see `aggregateArticle`). Not a vote's word inside a quotation
 * ("this is no question on which we allow ourselves to abstain") or in a count.
 */
function voteCast(reading: Reading, cue: Cue): { act?: (typeof VOTES)[number] } {
  // Most cues are no vote: asked first, so the sentence's quotations are looked for only behind a vote's word.
  const act = VOTES.find((kind) => saidAs(reading, cue, [kind]));
  if (!act) return {};
  const counted = /\p{N}/u.test(reading.text.slice(Math.max(0, cue.start - TALLY_CHARS), cue.start));
  if (counted && !countsItsList(reading.text, cue, reading.lexicon)) return {};
  if (quotations(reading.text).some((q) => q.open < cue.start && cue.end <= q.close)) return {};
  return { act };
}

/** Words between a word of violating and what it violates: "a violation of [the] one-China principle", "verletze [die] Souveränität". */
const VIOLATED_REACH = 3;

/** Where a clause ends: its punctuation, or the end of the sentence. */
const CLAUSE_END = /^\s*([,;:.!?)"“”»]|$)/u;

/**
 * Is the topic phrase what a word of violating says is violated? Right after it; right before it
 * where descriptions precede their noun, or where a verb-second language's participle ends the
 * clause ("hat die Souveränität der Ukraine verletzt, sagte …").
 */
function violated(reading: Reading, violation: { start: number; end: number }, span: { start: number; end: number }): boolean {
  const { tokens, lexicon } = reading;
  // Before it, not the subject its particle marks: "編入は国際法に違反する" violates international law, not the annexation.
  const subject = leadingPattern(lexicon, 'subjectAfter');
  const before = () =>
    span.end <= violation.start &&
    tokenIndexAt(tokens, violation.start) - tokenIndexAt(tokens, span.end) <= VIOLATED_REACH &&
    !subject?.test(reading.text.slice(span.end, violation.start));
  if (lexicon.headFinal && !lexicon.verbBeforeObject) return before();
  if (lexicon.verbSecond && CLAUSE_END.test(reading.text.slice(violation.end)) && before()) return true;
  return span.start >= violation.end && tokenIndexAt(tokens, span.start) - tokenIndexAt(tokens, violation.end) <= VIOLATED_REACH;
}

/**
 * Whoever calls something a violation of the topic's phrase upholds what is violated: the opposite of
 * what blaming the phrase itself would say. The word of violating is the cue ("Beijing said the visit
 * violated the one-China principle") or stands between the cue and the phrase ("a dénoncé une
 * violation du principe d'une seule Chine"). Not the one said to violate it, its subject, named
 * right before it with no verb of saying, "that" or comma between ("Russland hat die Souveränität
 * … verletzt"), nor where the topic's own phrase holds the word ("违反一个中国原则", "verletze die Souveränität").
 */
function turnedByViolation(reading: Reading, cue: Cue, holderEnd: number): boolean {
  const covered = (v: { start: number; end: number }) =>
    reading.topicSpans.some((s) => s.start <= v.start && v.end <= s.end) || reading.cues.some((c) => c.topical && c.start <= v.start && v.end <= c.end);
  const inCue = (v: { start: number; end: number }) => v.start < cue.end && cue.start < v.end;
  const between = (v: { start: number; end: number }) =>
    clauseAt(reading, v.start) === clauseAt(reading, cue.start) && (reading.lexicon.headFinal ? v.end <= cue.start : v.start >= cue.end);
  const violation = reading.violations.find((v) => (inCue(v) || between(v)) && !covered(v) && reading.topicSpans.some((s) => violated(reading, v, s)));
  if (!violation) return false;
  if (!inCue(violation) || holderEnd === 0 || holderEnd > cue.start) return true;
  return !subjectOfCue(reading, cue, holderEnd);
}

/** Is the holder, ending at `holderEnd`, the subject of the cue: before it, with no comma, verb or "that" between? */
function subjectOfCue(reading: Reading, cue: Cue, holderEnd: number): boolean {
  const { tokens, text } = reading;
  if (holderEnd === 0 || holderEnd > cue.start) return false;
  const complementizers = wordSet(reading.lexicon, 'complementizers');
  return !(
    /[,،、，]/u.test(text.slice(holderEnd, cue.start)) ||
    reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c.start >= holderEnd && c.end <= cue.start) ||
    tokens.slice(tokenIndexAt(tokens, holderEnd), tokenIndexAt(tokens, cue.start)).some((t) => complementizers.has(t.lower))
  );
}

/**
 * "Russia violated Ukraine's sovereignty", "Moskau verletzt die Souveränität der Ukraine": where the
 * word of violating opens the topic's contrary phrase, the phrase's subject does what it says; the
 * blame the verb carries is for whoever calls it so.
 */
function violatesTopic(reading: Reading, cue: Cue, holderEnd: number): boolean {
  const opensContrary = reading.violations.some(
    (v) => v.start < cue.end && cue.start < v.end && reading.topicSpans.some((s) => s.contrary && s.start <= v.start && v.end < s.end),
  );
  return opensContrary && subjectOfCue(reading, cue, holderEnd);
}

/**
 * "Die Vereinigten Staaten nehmen … zur Kenntnis, dass Präsident Trump den Ausstieg aus dem Abkommen
 * angekündigt hat": what a holder notes or declines to judge may be its own act, done by one of its
 * own names after "that"; that act, not the noting, is its stance.
 */
function ownActNoted(reading: Reading, candidate: StanceCandidate, noting: Cue): Cue | undefined {
  const complementizers = wordSet(reading.lexicon, 'complementizers');
  const that = reading.tokens.find((t) => t.start >= noting.end && complementizers.has(t.lower));
  if (!that || reading.cues.some((c) => PREDICATE_KINDS.has(c.value) && c !== noting && c.start >= noting.end && c.end <= that.start)) return undefined;
  const own = reading.names.find((n) => n.code === candidate.actor.code && n.start >= that.end);
  if (!own) return undefined;
  return reading.cues.find(
    (c) => STANCE_KINDS.has(c.value) && c.value !== 'neutral' && c.start >= own.end && clauseAt(reading, c.start) === clauseAt(reading, own.start),
  );
}

/** Words between a negation of a state not yet reached and the act it negates: "has yet to [formally] ratify". */
const PENDING_REACH = 3;

/** Is the act negated as not yet done ("has yet to ratify", "noch nicht ratifiziert", "尚未批准")? */
function pendingAct(reading: Reading, act: Cue): boolean {
  const at = tokenIndexAt(reading.tokens, act.start);
  return reading.pending.some(
    (p) => p.end <= act.start && at - tokenIndexAt(reading.tokens, p.end) <= PENDING_REACH && clauseAt(reading, p.start) === clauseAt(reading, act.start),
  );
}

/** The scorer that needs no model: multilingual cue lexicons, negation, attribution, hedges. */
export class LexiconScorer implements Scorer {
  readonly id = 'lexicon';
  readonly model = 'lexicon';
  readonly modelVersion = LEXICON_VERSION;

  async score(candidates: StanceCandidate[]): Promise<Array<SentenceStance | null>> {
    return candidates.map(scoreCandidate);
  }
}
