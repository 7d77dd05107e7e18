import { z } from 'zod';
import { PhraseMatcher } from '../core/phrase-matcher.js';
import { fold } from '../core/text.js';
import ar from './lexicon/ar.json' with { type: 'json' };
import de from './lexicon/de.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import ja from './lexicon/ja.json' with { type: 'json' };
import ru from './lexicon/ru.json' with { type: 'json' };
import tr from './lexicon/tr.json' with { type: 'json' };
import uk from './lexicon/uk.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };

/**
 * The cue lexicons of the lexicon scorer, one data file per language. A language without its own
 * file uses English (most useful for English-language quotes inside other-language text).
 */

const words = z.array(z.string()).default([]);
export const LexiconSchema = z.object({
  support: words,
  oppose: words,
  neutral: words,
  negation: words,
  /** "refused to", "declined to": a negation of the stance verb after it, else a stance against the topic named. */
  refusal: words,
  /** "called for", "réclame", "呼吁": support for the topic named right after it, else a verb of saying. */
  demand: words,
  speech: words,
  hedge: words,
  /** "but", "однако", "但": of the stances on either side, the one after it is the one meant. */
  contrast: words,
  object: words,
  agent: words,
  /** Nouns whose "of X" names the actor itself: "the government of Hungary", "el presidente de Francia". */
  heads: words,
  align: words,
  modal: words,
  /** Speech verbs that may come right before their speaker ("…, said Lavrov"). */
  speakerAfter: words,
  clause: words,
  /** Words that open what was said: "that", "que", "что", "dass". */
  complementizers: words,
  /** Words that join actors into one group ("Moscow and Beijing"); commas always do. */
  coordination: words,
  /** Subordinators that open a clause even without a comma ("… after Australia scrapped …"). */
  clauseNoComma: words,
  determiners: words,
  /** Clitics glued before words (Arabic). */
  prefixes: words,
  /** Negations that follow the verb they negate (Turkish and Japanese verb endings, "değil", "ない"). */
  negationAfter: words,
  /** The verb usually comes before its subject ("قالت روسيا"): a speech verb right before an actor names the speaker. */
  verbFirst: z.boolean().default(false),
  /** Case endings or particles right after an actor that make it an object (Turkish "'ya", Japanese "を"). */
  objectAfter: words,
  /** Markers right before an actor that make it an object where words are not spaced (Chinese "向", "对"). */
  objectBefore: words,
  /** A regular expression for a verb form that carries its own negation (Turkish "uygulamayacak"). */
  negativeVerb: z.string().default(''),
  /** A regular expression for what follows a subject up to its particle (Japanese "首相は"); empty where word order marks it. */
  subjectAfter: z.string().default(''),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type CueKind = Exclude<
  keyof Lexicon,
  | 'prefixes'
  | 'determiners'
  | 'clause'
  | 'complementizers'
  | 'clauseNoComma'
  | 'object'
  | 'heads'
  | 'coordination'
  | 'verbFirst'
  | 'objectAfter'
  | 'objectBefore'
  | 'negativeVerb'
  | 'subjectAfter'
>;
export const CUE_KINDS: readonly CueKind[] = [
  'support',
  'oppose',
  'neutral',
  'negation',
  'refusal',
  'demand',
  'contrast',
  'negationAfter',
  'speech',
  'speakerAfter',
  'hedge',
  'agent',
  'align',
  'modal',
];

const FILES: Record<string, unknown> = { ar, de, en, es, fr, ja, ru, tr, uk, zh };

const lexicons = new Map<string, Lexicon>();
export function lexiconFor(lang: string): Lexicon {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    lexicon = LexiconSchema.parse(FILES[lang] ?? FILES.en);
    lexicons.set(lang, lexicon);
  }
  return lexicon;
}

type WordList = { [K in keyof Lexicon]: Lexicon[K] extends string[] ? K : never }[keyof Lexicon];
const wordSets = new WeakMap<Lexicon, Map<WordList, Set<string>>>();

/** A word list of the lexicon as a set of lower-case words, built once: "is this token a determiner?". */
export function wordSet(lexicon: Lexicon, list: WordList): Set<string> {
  let sets = wordSets.get(lexicon);
  if (!sets) wordSets.set(lexicon, (sets = new Map()));
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(lexicon[list].map(fold))));
  return set;
}

const cueMatchers = new Map<string, PhraseMatcher<CueKind>>();
/** All cues of a language in one matcher: one pass over a sentence finds every kind. */
export function cueMatcher(lang: string): PhraseMatcher<CueKind> {
  let matcher = cueMatchers.get(lang);
  if (!matcher) {
    const lexicon = lexiconFor(lang);
    matcher = new PhraseMatcher<CueKind>([], lexicon.prefixes);
    for (const kind of CUE_KINDS) for (const phrase of lexicon[kind]) matcher.add(phrase, kind);
    cueMatchers.set(lang, matcher);
  }
  return matcher;
}

const speechMatchers = new Map<string, PhraseMatcher<true>>();
export function speechMatcher(lang: string): PhraseMatcher<true> {
  let matcher = speechMatchers.get(lang);
  if (!matcher) {
    const lexicon = lexiconFor(lang);
    matcher = new PhraseMatcher<true>(
      lexicon.speech.map((phrase) => ({ phrase, value: true as const })),
      lexicon.prefixes,
    );
    speechMatchers.set(lang, matcher);
  }
  return matcher;
}

/**
 * A comma alone joins names into a group only in a list that a coordinating word ends ("Russia,
 * China and Iran"); "In Madrid, NATO leaders …" is no group. True when the gaps between a run of
 * names make such a list.
 */
export function formsList(gaps: string[]): boolean {
  return gaps.some((gap) => !/^\s*,\s*$/.test(gap));
}

const coordinations = new Map<string, RegExp>();
/** Matches the text between two actors named as one group: "Moscow and Beijing", "中俄", "Rusya ve Çin". */
export function coordinationPattern(lang: string): RegExp {
  let pattern = coordinations.get(lang);
  if (!pattern) {
    const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = lexiconFor(lang).coordination.map(escaped).join('|');
    pattern = new RegExp(`^\\s*(,|、|・|,?\\s*(${words || 'and'}))?\\s*$`, 'iu');
    coordinations.set(lang, pattern);
  }
  return pattern;
}
