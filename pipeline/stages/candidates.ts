import { PhraseMatcher } from '../../core/phrase-matcher.js';
import { quotations } from '../../core/quotes.js';
import { CJK_CHAR, fold, type Token, tokenize } from '../../core/text.js';
import { coordinationPattern, formsList, lexiconFor, speechMatcher, wordSet } from '../../models/lexicon.js';
import { judgesSomething, reportsAVote } from '../../models/lexicon-reading.js';
import type { CandidateMention, MentionRole, StanceCandidate } from '../../models/scorer.js';
import { type CoreferenceKind, loadCoreference } from '../data/coreference.js';
import { actorInfo } from '../data/gazetteer.js';
import type { ActorMention } from './actors.js';
import { onlyBackground } from './background.js';
import { withoutDatelines } from './datelines.js';
import type { Sentence } from './sentences.js';
import { actsNamed, type TopicFinder, type TopicHit } from './topics.js';

/** A candidate with the sentence it came from, so the aggregate can cite it. */
export interface PlacedCandidate {
  sentence: Sentence;
  candidate: StanceCandidate;
  /** The sentence names no topic of its own and takes the headline's (see `lead` in `buildCandidates`). */
  fromHeadline?: true;
}

interface Mention {
  actor: string;
  start: number;
  end: number;
  role: MentionRole;
}

type CorefKind = 'pair' | 'person' | 'institution' | 'office' | 'impersonal';
const corefMatchers = new Map<string, PhraseMatcher<CorefKind>>();
const referenceMatchers = new Map<string, PhraseMatcher<'document' | 'reaction'>>();

/** A language's phrases of the given kinds from `coreference.json`, built once. */
function phrasesOf<K extends CoreferenceKind>(cache: Map<string, PhraseMatcher<K>>, kinds: readonly K[], lang: string): PhraseMatcher<K> {
  let matcher = cache.get(lang);
  if (!matcher) {
    const table = loadCoreference();
    matcher = new PhraseMatcher<K>([]);
    for (const kind of kinds) for (const phrase of table[kind][lang] ?? []) matcher.add(phrase, kind);
    cache.set(lang, matcher);
  }
  return matcher;
}

const corefMatcher = (lang: string) => phrasesOf(corefMatchers, ['pair', 'person', 'institution', 'office', 'impersonal'] as const, lang);

const homeMatchers = new Map<string, PhraseMatcher<string>>();
/** The phrases by which a language's press names its own government ("政府は", "外交部"), each with that country. */
function homeMatcher(lang: string): PhraseMatcher<string> {
  let matcher = homeMatchers.get(lang);
  if (!matcher) {
    const home = loadCoreference().home[lang];
    matcher = new PhraseMatcher<string>((home?.phrases ?? []).map((phrase) => ({ phrase, value: home!.country })));
    homeMatchers.set(lang, matcher);
  }
  return matcher;
}

/**
 * "the agreement", "the resolution" (a document), "the move", "the claim" (an act reported): a
 * sentence naming one goes on about the last topic.
 */
const referenceMatcher = (lang: string) => phrasesOf(referenceMatchers, ['document', 'reaction'] as const, lang);

function referenceOf(text: string, tokens: Token[], lang: string): 'document' | 'reaction' | undefined {
  const found = referenceMatcher(lang).find(text, tokens);
  return found.some((m) => m.value === 'reaction') ? 'reaction' : found.length > 0 ? 'document' : undefined;
}

const documentNouns = new Map<string, PhraseMatcher<true>>();

/**
 * Where a sentence names a document ("adopted a |resolution| demanding …"): its document words
 * without their determiner, since a document is introduced with "a" and taken up with "the".
 */
function documentNamed(text: string, tokens: Token[], lang: string): { start: number; end: number } | undefined {
  let matcher = documentNouns.get(lang);
  if (!matcher) {
    const determiners = wordSet(lexiconFor(lang), 'determiners');
    matcher = new PhraseMatcher<true>([]);
    for (const phrase of loadCoreference().document[lang] ?? []) {
      const words = phrase.split(/\s+/);
      matcher.add(words.length > 1 && determiners.has(fold(words[0].replace(/['’]$/, ''))) ? words.slice(1).join(' ') : phrase, true);
      if (/^[lL]['’]/.test(phrase)) matcher.add(phrase.slice(2), true);
    }
    documentNouns.set(lang, matcher);
  }
  const found = matcher.find(text, tokens)[0];
  return found && { start: found.start, end: found.end };
}

/** What the reading of one article remembers from sentence to sentence. */
interface Discourse {
  named: Set<string>;
  /** A capitalised word of each person named so far ("Zhao" of "Zhao Lijian"), with the person's actor. */
  people: Map<string, string>;
  /** The surname of each office holder named so far in Japanese ("郭" of "郭嘉昆副報道局長"), with their actor. */
  surnames: Map<string, string>;
  lastPerson?: string;
  /** The actor whose institution or office holder was named last: what "the ministry" refers to. */
  lastInstitution?: string;
  lastGroup: string[];
  recent: string[];
  /** The actors of the office holders and institutions named so far, the latest last: who "the two leaders" are. */
  recentHolders: string[];
}

/** Actors named together ("Moscow and Beijing") and where in the sentence the group starts. */
interface Group {
  actors: string[];
  start: number;
}

function groupsOf(text: string, mentions: Mention[], lang: string): Group[] {
  const coordination = coordinationPattern(lang);
  const groups: Group[] = [];
  let current: Mention[] = [];
  const flush = () => {
    const actors = [...new Set(current.map((m) => m.actor))];
    const gaps = current.slice(1).map((m, i) => text.slice(current[i].end, m.start));
    if (actors.length > 1 && formsList(gaps, lang)) groups.push({ actors, start: current[0].start });
  };
  for (const m of mentions) {
    const previous = current.at(-1);
    if (previous && coordination.test(text.slice(previous.end, m.start))) current.push(m);
    else {
      flush();
      current = [m];
    }
  }
  flush();
  return groups;
}

/*
 * Words before a group that still leave it the subject of its sentence: "Moscow and Beijing
 * said…", "On Monday, the leaders of Russia and China…". A group further in is usually an object
 * ("… the pact between Australia, Britain and the US"), which "the two sides" does not refer to.
 */
const SUBJECT_REACH_TOKENS = 4;

/** Words before an institution that opens its sentence: "El Ministerio …", "Lundi, le ministère …". */
const OPENING_TOKENS = 2;

/**
 * What may stand between an institution word and the name that makes it that actor's: "China's
 * ministry", "the Russian foreign ministry", "МИД России", "министр иностранных дел РФ", and in
 * Japanese a person's name in katakana the gazetteer does not know ("パラグアイのペニャ大統領").
 */
const NAMED_WITH =
  /^(\s*|['’]s\s+|\s+(foreign|defence|defense|иностранных дел|закордонних справ|обороны|оборони)\s+|\s*の\s*|の[\p{Script=Katakana}ー・＝]{2,12})$/u;

/**
 * After an institution, the words up to the country whose it is, where the rest of the institution's
 * name comes between: "Ministerio de Defensa Nacional de China", "le ministère des Affaires étrangères de la Chine".
 */
const OF_COUNTRY = /^\s+(?:(?:de|del|des|du|of|de la)\s+(?:[\p{L}'’-]+\s+){0,3})?(?:de|del|des|du|of|de la|de l['’])\s*$/u;

/** Between an institution and the capital that says whose it is: "in", "à", "в". */
const SEAT_GAP = /^\s+(in|à|en|a|в|у|во)\s+$/u;

/** Before a phrase of the press's own government, words that make it another's named earlier: "同首相", "同国の外相". */
const ANOTHERS_HOME = /同(国の)?$/u;

function gapOf(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : '';
}

/** Does a pair phrase say its members are countries ("the two countries", "両国")? */
function namesCountries(phrase: string, lang: string): boolean {
  const words = loadCoreference().countryWords[lang] ?? [];
  const folded = fold(phrase);
  const own = new Set(tokenize(phrase).map((t) => t.lower));
  return words.some((w) => (CJK_CHAR.test(w) ? folded.includes(fold(w)) : own.has(fold(w))));
}

/** Resolves the actors a sentence refers to: its own mentions, plus "the two countries", "he", "the alliance". */
/** A word of a person's name that may name them again alone: capitalised, of a script written with spaces, three letters or more. */
const NAME_WORD = /^[\p{Lu}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’-]{2,}$/u;

/** What may stand between a title and the name of whose it is: the rest of the title, then a comma at most. */
const TITLE_OF_NAME = /^[^,;:.!?"“”«»()]{0,40},?\s*$/u;

/**
 * A name the gazetteer does not know, right after a country's institution or office: "Chinese
 * foreign ministry spokesman Zhang Wenhao", "la diplomatie chinoise, Zhang Wenhao,". Its words
 * name that country's office holder again later ("Zhang said …").
 */
const NAME_AFTER_TITLE = /^,?\s*((?:[\p{Lu}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’-]+(?:\s+|(?=[,;:.)]|$))){1,3})/u;

/** The same in Japanese: "中国外務省の郭嘉昆副報道局長" gives "郭", which "郭氏は" names again. */
const SURNAME_AFTER_TITLE = /^の?(\p{Script=Han})/u;

/** Remembers the words of a name written right after an institution or office that is the actor's. */
function rememberTitledName(sentence: Sentence, after: number, actor: string, lang: string, mentions: Mention[], state: Discourse): void {
  const rest = sentence.text.slice(after);
  const cjk = SURNAME_AFTER_TITLE.exec(rest);
  if (cjk && CJK_CHAR.test(sentence.text.slice(Math.max(0, after - 1), after))) {
    state.surnames.set(cjk[1], actor);
    return;
  }
  if (!loadCoreference().titledNames.includes(lang)) return;
  const named = NAME_AFTER_TITLE.exec(rest);
  if (!named) return;
  const start = after + named[0].length - named[1].length;
  if (mentions.some((m) => m.start < after + named[0].length && start < m.end)) return;
  // Title words written with capitals ("Foreign Minister") are not the name.
  const titles = titleWords(lang);
  const words = named[1].split(/\s+/).filter((w) => NAME_WORD.test(w) && !titles.has(fold(w)));
  if (words.length >= 2) for (const word of words) state.people.set(word, actor);
}

const titleWordSets = new Map<string, Set<string>>();

/** The words of a language's institution and office phrases, folded. */
function titleWords(lang: string): Set<string> {
  let words = titleWordSets.get(lang);
  if (!words) {
    const { institution, office } = loadCoreference();
    words = new Set([...(institution[lang] ?? []), ...(office[lang] ?? [])].flatMap((p) => tokenize(p).map((t) => t.lower)));
    titleWordSets.set(lang, words);
  }
  return words;
}

function resolveMentions(sentence: Sentence, tokens: Token[], found: ActorMention[], lang: string, state: Discourse): Mention[] {
  const mentions: Mention[] = [];
  for (const m of found) {
    if (m.kind === 'anaphor' && !state.named.has(m.actor)) continue;
    mentions.push({ actor: m.actor, start: m.start - sentence.start, end: m.end - sentence.start, role: m.kind });
  }
  // "Zhao Lijian … M. Zhao a déclaré": one word of a person named earlier in the article names them again.
  for (const token of tokens) {
    const actor = state.people.get(token.text);
    if (actor && !mentions.some((m) => token.start < m.end && m.start < token.end))
      mentions.push({ actor, start: token.start, end: token.end, role: 'person' });
  }
  for (const m of found) if (m.kind === 'person') for (const word of m.surface.split(/\s+/)) if (NAME_WORD.test(word)) state.people.set(word, m.actor);
  for (const m of found) if (m.kind === 'institution') rememberTitledName(sentence, m.end - sentence.start, m.actor, lang, mentions, state);
  // The last institution or office holder the sentence names, and where: "the ministry" in a later sentence is it.
  let institution: { actor: string; at: number } | undefined;
  for (const hit of corefMatcher(lang).find(sentence.text, tokens)) {
    // The longest phrase wins where two start together: "il s'agit" is impersonal, not "il".
    if (hit.value === 'impersonal' || mentions.some((m) => hit.start < m.end && m.start < hit.end)) continue;
    // "el ministro de Asuntos Exteriores, José Manuel Albares": a title with the person's name after it is theirs.
    if (mentions.some((m) => m.role === 'person' && m.start >= hit.end && TITLE_OF_NAME.test(sentence.text.slice(hit.end, m.start)))) continue;
    const institutional = hit.value === 'institution' || hit.value === 'office';
    // "China's foreign ministry", "МИД России", "外交部发言人汪文斌": the institution is named, not referred back to.
    // Named with its country after "of" only as the sentence's subject: "l'ambassadeur de Chine" convoked is someone else's guest.
    const opensSentence = tokens.filter((t) => t.end <= hit.start).length <= OPENING_TOKENS;
    const owner = institutional
      ? mentions.find(
          (m) =>
            NAMED_WITH.test(gapOf(sentence.text, m, hit)) || (opensSentence && m.start >= hit.end && OF_COUNTRY.test(sentence.text.slice(hit.end, m.start))),
        )
      : undefined;
    // "ein Sprecher des Außenministeriums in Peking", "le ministère à Pékin": the capital right after it says whose, and the phrase names that actor.
    const seat =
      institutional && !owner
        ? mentions.find((m) => m.role === 'place' && m.start >= hit.end && SEAT_GAP.test(sentence.text.slice(hit.end, m.start)))
        : undefined;
    if (seat) mentions.push({ actor: seat.actor, start: hit.start, end: hit.end, role: 'institution' });
    const whose = owner ?? seat;
    if (whose) {
      rememberTitledName(sentence, hit.end, whose.actor, lang, mentions, state);
      if (!institution || hit.start > institution.at) institution = { actor: whose.actor, at: hit.start };
      continue;
    }
    // An office without its country ("Prime Minister Ulf Kristersson") refers to nothing.
    if (hit.value === 'office') continue;
    // "In Beijing, the foreign ministry said …", "À Pékin, le ministère …": the place that opens the sentence says whose.
    const scene =
      hit.value === 'institution'
        ? mentions.find(
            (m) => m.end <= hit.start && /^\s*,\s*$/.test(sentence.text.slice(m.end, hit.start)) && tokens.filter((t) => t.end <= m.start).length <= 1,
          )
        : undefined;
    // "Orbán said his country would not …": an office holder named earlier in the sentence is whose country it is.
    const speakerHere = hit.value === 'institution' ? mentions.filter((m) => m.role === 'person' && m.end <= hit.start).at(-1) : undefined;
    // "郭氏は": a surname written before the phrase names the office holder it was written with.
    const surnamed = hit.value === 'person' ? state.surnames.get(sentence.text.slice(Math.max(0, hit.start - 1), hit.start)) : undefined;
    const earlier =
      hit.value === 'person' ? (surnamed ?? state.lastPerson ?? state.lastInstitution) : hit.value === 'institution' ? state.lastInstitution : undefined;
    const one = scene?.actor ?? speakerHere?.actor ?? earlier;
    const holders = state.recentHolders.length > 1 ? state.recentHolders : state.recent;
    // "the two countries", "les deux pays nordiques": countries only, not the alliance or the bloc named beside them.
    const countriesOnly = (codes: string[]) =>
      namesCountries(sentence.text.slice(hit.start, hit.end), lang) ? codes.filter((c) => actorInfo(c)?.kind === 'country') : codes;
    const actors = hit.value === 'pair' ? countriesOnly(state.lastGroup.length > 1 ? state.lastGroup : holders.slice(-2)) : one ? [one] : [];
    const role: MentionRole = hit.value === 'pair' ? 'group' : 'pronoun';
    if (hit.value === 'pair' && actors.length < 2) continue;
    for (const actor of actors) mentions.push({ actor, start: hit.start, end: hit.end, role });
  }
  // "政府は", "外交部发言人表示": the press's own government, unless a name makes it another's ("ロシア外務省").
  for (const hit of homeMatcher(lang).find(sentence.text, tokens)) {
    if (mentions.some((m) => (hit.start < m.end && m.start < hit.end) || NAMED_WITH.test(gapOf(sentence.text, m, hit)))) continue;
    if (ANOTHERS_HOME.test(sentence.text.slice(Math.max(0, hit.start - 3), hit.start))) continue;
    mentions.push({ actor: hit.value, start: hit.start, end: hit.end, role: 'institution' });
    state.named.add(hit.value);
    state.lastInstitution = hit.value;
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of found) if (m.kind !== 'anaphor') state.named.add(m.actor);
  // A person named again by one word of their name ("Qin" after "Qin Gang") is the last one named as much as by the whole.
  const lastPerson = mentions.filter((m) => m.role === 'person').at(-1);
  if (lastPerson) state.lastPerson = lastPerson.actor;
  const lastInstitution = mentions.filter((m) => m.role === 'person' || m.role === 'institution').at(-1);
  if (lastInstitution && !(institution && institution.at > lastInstitution.start)) state.lastInstitution = lastInstitution.actor;
  else if (institution) state.lastInstitution = institution.actor;
  const groups = groupsOf(
    sentence.text,
    mentions.filter((m) => m.role !== 'pronoun'),
    lang,
  );
  const subjects = groups.filter((g) => tokens.filter((t) => t.end <= g.start).length <= SUBJECT_REACH_TOKENS);
  const group = (state.lastGroup.length > 1 ? subjects : groups).at(-1);
  if (group) state.lastGroup = group.actors;
  for (const m of mentions) {
    state.recent = [...state.recent.filter((a) => a !== m.actor), m.actor];
    if (m.role === 'person' || m.role === 'institution') state.recentHolders = [...state.recentHolders.filter((a) => a !== m.actor), m.actor];
  }
  return mentions;
}

/**
 * The speaker of each quotation: a quote that runs over several sentences ("… path," he told
 * MSNBC) is attributed as a whole to the actor named with a speech verb right after it, or, where
 * none is named there ("…" dedi), to the one named before it opened.
 */
function quoteSpeakers(text: string, sentences: Sentence[], mentionsOf: Mention[][], lang: string): Map<number, string[]> {
  const speakers = new Map<number, string[]>();
  const speech = speechMatcher(lang);
  for (const { open, close } of quotations(text)) {
    if (text.slice(open, close).includes('\n')) continue;
    const first = sentences.findIndex((s) => s.end > open);
    const last = sentences.findIndex((s) => s.end > close);
    if (first < 0 || last < 0 || first === last) continue;
    const tail = sentences[last];
    const after = close + 1 - tail.start;
    const afterText = tail.text.slice(after);
    if (speech.find(afterText).length === 0) continue;
    const actors = mentionsOf[last].filter((m) => m.start >= after).map((m) => m.actor);
    if (actors.length > 0) {
      for (let i = first; i < last; i++) speakers.set(i, [...new Set(actors)]);
      continue;
    }
    // 'Erdoğan, … konusunda, "… . … evet demeyiz" dedi': the speaker named before the quote opened, the verb after it closed.
    const opening = open - sentences[first].start;
    const speaker = speakerAmong(mentionsOf[first].filter((m) => m.end <= opening));
    if (speaker) for (let i = first + 1; i <= last; i++) speakers.set(i, [speaker.actor]);
  }
  return speakers;
}

/** Who of these names speaks: the first person or institution, else the first name. */
function speakerAmong(named: Mention[]): Mention | undefined {
  return named.find((m) => m.role === 'person' || m.role === 'institution') ?? named.at(0);
}

/** Words from the start of a sentence within which the verb of saying follows its opening phrase. */
const SAID_BEFORE_REACH = 6;

/**
 * "…в Азии. Об этом заявил министр иностранных дел России Сергей Лавров.": a sentence that opens by
 * naming who said the one before it gives that one its speaker (a person or an institution named in
 * it, else its first name).
 */
function speakersNamedAfter(sentences: Sentence[], tokensOf: Token[][], mentionsOf: Mention[][], lang: string): Map<number, string[]> {
  const phrases = lexiconFor(lang).saidBefore.map(fold);
  const speakers = new Map<number, string[]>();
  if (phrases.length === 0) return speakers;
  const speech = speechMatcher(lang);
  sentences.forEach((sentence, i) => {
    if (i === 0 || sentences[i - 1].paragraph !== sentence.paragraph) return;
    const opening = fold(sentence.text.trimStart());
    if (!phrases.some((p) => opening.startsWith(p))) return;
    // The phrase is followed by a verb of saying within its first words: "Об этом во вторник заявил …".
    const first = tokensOf[i].slice(0, SAID_BEFORE_REACH);
    const end = first.at(-1)?.end ?? 0;
    if (speech.find(sentence.text.slice(0, end), first).length === 0) return;
    const speaker = speakerAmong(mentionsOf[i].filter((m) => m.end > m.start));
    if (speaker) speakers.set(i - 1, [speaker.actor]);
  });
  return speakers;
}

/**
 * Japanese leaves out a subject it has just named: "岸田首相は…と抗議した。そのうえで、…考えを示した。"
 * A sentence with no subject of its own is said by the last topic (a name with は) of its paragraph.
 */
function carriedSubjects(sentences: Sentence[], mentionsOf: Mention[][], lang: string): Map<number, string> {
  const carried = new Map<number, string>();
  const pattern = lexiconFor(lang).subjectAfter;
  if (!pattern) return carried;
  const subject = new RegExp(`^(${pattern})`, 'u');
  const topic = new RegExp(`^(${pattern.replace(/\(は\|が\|も\)$/u, '(は)')})`, 'u');
  const { followingSpeech, documents } = lexiconFor(lang);
  // "決議案は…非難する内容だった": a sentence about a document has that subject, not the last speaker.
  const documentSubject = new RegExp(`^\\s*同?(${documents.map((d) => d.replace(/\*$/, '')).join('|')})[^、。]{0,3}?(は|が)`, 'u');
  const documentOpens = (text: string) => documents.length > 0 && documentSubject.test(text);
  let holder: string | undefined;
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentences[i - 1].paragraph !== sentence.paragraph) holder = undefined;
    // "…は、次のように述べた。台湾は…": the announced statement is the speaker's, whatever it names as its subject.
    if (holder && i > 0 && followingSpeech.some((w) => sentences[i - 1].text.includes(w))) {
      carried.set(i, holder);
      return;
    }
    const named = mentionsOf[i].filter((m) => m.end > m.start);
    const own = named.find((m) => topic.test(sentence.text.slice(m.end)));
    if (own) holder = own.actor;
    else if (holder && !named.some((m) => subject.test(sentence.text.slice(m.end))) && !documentOpens(sentence.text)) carried.set(i, holder);
  });
  return carried;
}

/**
 * "Ein Sprecher des Außenministeriums kritisierte den Pakt. Die Zusammenarbeit sei eine Gefahr für
 * die Region.": where the language marks reported speech by the verb's mood, a sentence in that
 * mood, naming no speaker of its own, goes on with what the speaker of the sentence before it said
 * (one named with a verb of saying there, or the one that sentence went on with).
 */
function reportedSpeakers(
  sentences: Sentence[],
  tokensOf: Token[][],
  mentionsOf: Mention[][],
  lang: string,
  earlier: Map<number, string[]>,
): Map<number, string[]> {
  const mood = wordSet(lexiconFor(lang), 'reportedMood');
  const carried = new Map<number, string[]>();
  if (mood.size === 0) return carried;
  const speech = speechMatcher(lang);
  const speakerOf = (i: number): string[] | undefined => {
    const known = carried.get(i) ?? earlier.get(i);
    if (known) return known;
    if (speech.find(sentences[i].text, tokensOf[i]).length === 0) return undefined;
    const speaker = speakerAmong(mentionsOf[i].filter((m) => m.end > m.start && (m.role === 'person' || m.role === 'institution')));
    return speaker && [speaker.actor];
  };
  sentences.forEach((sentence, i) => {
    if (i === 0 || earlier.has(i) || !tokensOf[i].some((t) => mood.has(t.lower))) return;
    if (mentionsOf[i].some((m) => m.role === 'person' || m.role === 'institution')) return;
    if (speech.find(sentence.text, tokensOf[i]).length > 0) return;
    const speakers = speakerOf(i - 1);
    if (speakers) carried.set(i, speakers);
  });
  return carried;
}

function mentionList(mentions: Mention[]): CandidateMention[] {
  return mentions.map(({ start, end, role }) => ({ start, end, role }));
}

type Offsets = { start: number; end: number };

/** "the alliance" in a sentence before NATO is named: an anaphor that refers to nothing yet, in sentence offsets. */
function unresolvedAnaphors(sentence: Sentence, found: ActorMention[], resolved: Mention[]): Offsets[] {
  // One the same sentence names by its name is known: "a member of the alliance … Sweden's bid to join NATO".
  const namedHere = (m: ActorMention) => found.some((o) => o.kind !== 'anaphor' && o.actor === m.actor && o.end <= sentence.end);
  return found
    .filter((m) => m.kind === 'anaphor' && m.end <= sentence.end && !namedHere(m))
    .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }))
    .filter((m) => !resolved.some((r) => r.start === m.start && r.role === 'anaphor'));
}

/**
 * A topic found through an unresolved anaphor ("the alliance with Washington … expanded
 * access") is not that topic. A longer phrase around it ("alliance with Washington") names its
 * topic by itself.
 */
function namesUnknownReferent(hit: TopicHit, unresolved: Offsets[]): boolean {
  return unresolved.some((m) => hit.spans.some((span) => m.start <= span.start && span.end <= m.end));
}

/**
 * Every (sentence, actor, topic) an article offers a scorer: the topic is in the sentence, in
 * the sentence before it in the same paragraph, or, when the sentence refers to a document
 * ("the agreement"), in the last sentence that named a topic; the actor is named, referred to,
 * or speaking.
 */
export function buildCandidates(
  text: string,
  sentences: Sentence[],
  mentioned: ActorMention[],
  lang: string,
  topics: TopicFinder,
  title?: string | null,
): PlacedCandidate[] {
  const state: Discourse = { named: new Set(), people: new Map(), surnames: new Map(), lastGroup: [], recent: [], recentHolders: [] };
  const tokensOf = sentences.map((s) => tokenize(s.text));
  let cursor = 0;
  const found = withoutDatelines(text, mentioned);
  const foundOf = sentences.map((sentence) => {
    const own: ActorMention[] = [];
    while (cursor < found.length && found[cursor].start < sentence.end) {
      if (found[cursor].start >= sentence.start) own.push(found[cursor]);
      cursor++;
    }
    return own;
  });
  const mentionsOf = sentences.map((sentence, i) => resolveMentions(sentence, tokensOf[i], foundOf[i], lang, state));
  const speakers = quoteSpeakers(text, sentences, mentionsOf, lang);
  const addSpeakers = (i: number, actors: string[]) => speakers.set(i, [...new Set([...(speakers.get(i) ?? []), ...actors])]);
  for (const [i, actors] of speakersNamedAfter(sentences, tokensOf, mentionsOf, lang)) addSpeakers(i, actors);
  for (const [i, actor] of carriedSubjects(sentences, mentionsOf, lang)) addSpeakers(i, [actor]);
  for (const [i, actors] of reportedSpeakers(sentences, tokensOf, mentionsOf, lang, speakers)) addSpeakers(i, actors);
  const scans = sentences.map((s, i) => topics.scan(s.text, tokensOf[i], lang));
  const topicHits = scans.map((found) => found.hits);
  const namedTopics = new Set(topicHits.flat().flatMap((hit) => (hit.cueOnly ? [] : [hit.topic.id])));
  // Sentences that name a topic only as their scene ("salué un accord … face à l'agression russe"): what they say is about
  // it, but what later sentences take up ("ces mesures") is the topic named before.
  const sceneOnly = new Set<number>();
  const hitsOf = sentences.map((s, i) => {
    const hits = topicHits[i].filter((hit) => !hit.cueOnly || namedTopics.has(hit.topic.id));
    const unresolved = unresolvedAnaphors(s, foundOf[i], mentionsOf[i]);
    const named = hits.filter((hit) => !namesUnknownReferent(hit, unresolved));
    // A topic in the background of another topic's act ("applied to join NATO after Russia's invasion") is only its scene;
    // alone, it is what the reaction is to ("denounced a stab in the back after the cancellation of the contract").
    const scene = named.filter((hit) => onlyBackground(hit, s.text, tokensOf[i], lang));
    if (scene.length === 0) return named;
    if (scene.length === named.length) {
      sceneOnly.add(i);
      // Right after a sentence on another topic, the scene is that act's ("…加盟を申請すると発表した。ロシアのウクライナ侵攻を受け、歴史的な転換を決定した。").
      const before = i > 0 && sentences[i - 1].paragraph === s.paragraph ? topicHits[i - 1].filter((h) => !h.cueOnly) : [];
      const continues = before.some((h) => !named.some((n) => n.topic.id === h.topic.id));
      return continues ? named.map((hit): TopicHit => ({ ...hit, setting: true })) : named;
    }
    // A topic that was only the setting of a scene ("制裁" paired with "ロシア" beside "ウクライナ侵攻を踏まえ") stands on its own.
    const acts = named.filter((hit) => !scene.includes(hit));
    return acts.every((hit) => hit.setting) ? acts.map(({ setting: _, ...hit }): TopicHit => hit) : acts;
  });

  // The headline names the topic its lead paragraph goes on about: "UN demands Russian withdrawal" over "The resolution passed by 141 votes …".
  const headingTokens = title ? tokenize(title) : [];
  const heading = title ? { text: title, tokens: headingTokens, hits: topics.find(title, headingTokens, lang).filter((h) => !h.cueOnly) } : undefined;
  const out: PlacedCandidate[] = [];
  let lastTopical = -1;
  // The paragraph of the last sentence that named the topic or took it up.
  let lastCarried = -1;
  // The sentence each one that took a topic up took it from.
  const carriedFrom = new Map<number, number>();
  // The paragraph after the lead that took up what the headline reports.
  let headlineTakenUp = -1;
  sentences.forEach((sentence, i) => {
    const reference = referenceOf(sentence.text, tokensOf[i], lang);
    const before = i > 0 && sentences[i - 1].paragraph === sentence.paragraph ? i - 1 : -1;
    // The topic stays through its paragraph; a later paragraph takes it up by naming the document or the act.
    let previous = lastTopical >= 0 && sentences[lastTopical].paragraph === sentence.paragraph ? lastTopical : -1;
    // So does a judgement or a vote that opens the paragraph right after the last that spoke of the topic ("Hollande a
    // salué un moment historique", "Only North Korea, Syria and Russia opposed it"): wire copy gives a paragraph a sentence.
    const judgesLast = () =>
      lastCarried === sentence.paragraph - 1 && before < 0 && (judgesSomething(sentence.text, lang) || reportsAVote(sentence.text, lang));
    if (previous < 0 && hitsOf[i].length === 0 && lastTopical >= 0 && (reference || judgesLast())) previous = lastTopical;
    // A later paragraph takes a topic up by naming its act alone ("申請を歓迎する", "apoya la adhesión"): that topic only,
    // and no judgement in the paragraph after goes on with it (see `judgesLast`).
    let only: Set<string> | undefined;
    if (previous < 0 && hitsOf[i].length === 0 && lastTopical >= 0) {
      const names = foundOf[i].map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
      only = actsNamed(scans[i], names);
      if (hitsOf[lastTopical].some((h) => only!.has(h.topic.id))) previous = lastTopical;
      else only = undefined;
    }
    // A vote reported right after a sentence that took the topic up goes on with it: "Four countries voted
    // against the resolution. Another 35 abstained, including China and India."
    const chained = before >= 0 ? carriedFrom.get(before) : undefined;
    if (previous < 0 && hitsOf[i].length === 0 && chained !== undefined && reportsAVote(sentence.text, lang)) previous = chained;
    // The lead paragraph goes on about its headline until a sentence of its own names a topic; so does a later one from
    // where it takes up a document or an act ("the pact", "решение Канберры") before any sentence has named a topic.
    if (lastTopical < 0 && hitsOf[i].length === 0 && reference !== undefined) headlineTakenUp = sentence.paragraph;
    const lead = previous < 0 && lastTopical < 0 && (sentence.paragraph === sentences[0].paragraph || sentence.paragraph === headlineTakenUp);
    const source = previous >= 0 ? { text: sentences[previous].text, tokens: tokensOf[previous], hits: hitsOf[previous] } : lead ? heading : undefined;
    // A topic that was only another's setting is not carried on.
    const inherited =
      source && !hitsOf[i].some((h) => !h.setting)
        ? source.hits.filter((h) => !h.setting && !hitsOf[i].some((o) => o.topic.id === h.topic.id) && (!only || only.has(h.topic.id)))
        : [];
    const contextDocument = source ? documentNamed(source.text, source.tokens, lang) : undefined;
    const contextNames = inherited.length > 0 && previous >= 0 ? mentionList(mentionsOf[previous].filter((m) => m.end > m.start)) : [];
    if (hitsOf[i].some((h) => !h.setting) && (!sceneOnly.has(i) || lastTopical < 0)) lastTopical = i;
    if (hitsOf[i].length > 0 || (inherited.length > 0 && !only)) lastCarried = sentence.paragraph;
    if (inherited.length > 0 && previous >= 0) carriedFrom.set(i, previous);
    const hits: Array<TopicHit & { inherited: boolean; contextSpans?: TopicHit['spans'] }> = [
      ...hitsOf[i].map((h) => ({ ...h, inherited: false })),
      ...inherited.map((h) => ({ topic: h.topic, spans: [], inherited: true, contextSpans: h.spans })),
    ];
    if (hits.length === 0) return;
    const mentions = [...mentionsOf[i]];
    for (const actor of speakers.get(i) ?? []) mentions.push({ actor, start: 0, end: 0, role: 'speaker' });
    const actors = [...new Set(mentions.map((m) => m.actor))];
    // Every candidate of the sentence lists the same mentions of each actor: made once and shared (no one changes them).
    const listed = new Map(actors.map((code) => [code, mentionList(mentions.filter((m) => m.actor === code))]));
    for (const hit of hits) {
      const cues = hit.topic.cues[lang] ?? { support: [], oppose: [], neutral: [] };
      const otherSpans = hitsOf[i].filter((h) => h.topic.id !== hit.topic.id && !h.setting).flatMap((h) => h.spans.map(({ start, end }) => ({ start, end })));
      for (const code of actors) {
        const own = listed.get(code)!;
        const others = actors.filter((a) => a !== code).map((a) => ({ code: a, mentions: listed.get(a)! }));
        out.push({
          sentence,
          ...(hit.inherited && previous < 0 ? { fromHeadline: true as const } : {}),
          candidate: {
            text: sentence.text,
            context: hit.inherited ? source!.text : own.some((m) => m.role === 'speaker') && before >= 0 ? sentences[before].text : null,
            lang,
            actor: { code, name: actorInfo(code)?.name ?? code, mentions: own },
            others,
            topic: {
              id: hit.topic.id,
              label: hit.topic.label,
              hypotheses: hit.topic.hypotheses,
              spans: hit.spans,
              cues,
              ...(otherSpans.length > 0 ? { otherSpans } : {}),
              ...(hit.setting ? { setting: true } : {}),
              ...(hit.inherited ? { contextSpans: hit.contextSpans, reference, contextDocument, contextNames } : {}),
            },
          },
        });
      }
    }
  });
  return out;
}
