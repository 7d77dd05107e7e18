import { z } from 'zod';
import { PhraseMatcher } from '../pipeline/stages/phrase-matcher.js';
import en from './lexicon/en.json' with { type: 'json' };

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
  speech: words,
  hedge: words,
  object: words,
  agent: words,
  align: words,
  modal: words,
  /** Speech verbs that may come right before their speaker ("…, said Lavrov"). */
  speakerAfter: words,
  clause: words,
  /** Words that join actors into one group ("Moscow and Beijing"); commas always do. */
  coordination: words,
  /** Subordinators that open a clause even without a comma ("… after Australia scrapped …"). */
  clauseNoComma: words,
  determiners: words,
  /** Clitics glued before words (Arabic). */
  prefixes: words,
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type CueKind = Exclude<keyof Lexicon, 'prefixes' | 'determiners' | 'clause' | 'clauseNoComma' | 'object' | 'coordination'>;
export const CUE_KINDS: readonly CueKind[] = ['support', 'oppose', 'neutral', 'negation', 'speech', 'speakerAfter', 'hedge', 'agent', 'align', 'modal'];

const FILES: Record<string, unknown> = { en };

const lexicons = new Map<string, Lexicon>();
export function lexiconFor(lang: string): Lexicon {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    lexicon = LexiconSchema.parse(FILES[lang] ?? FILES.en);
    lexicons.set(lang, lexicon);
  }
  return lexicon;
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
    matcher = new PhraseMatcher<true>(lexicon.speech.map((phrase) => ({ phrase, value: true as const })), lexicon.prefixes);
    speechMatchers.set(lang, matcher);
  }
  return matcher;
}

const coordinations = new Map<string, RegExp>();
/** Matches the text between two actors named as one group: "Moscow and Beijing", "中俄", "Rusya ve Çin". */
export function coordinationPattern(lang: string): RegExp {
  let pattern = coordinations.get(lang);
  if (!pattern) {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = lexiconFor(lang).coordination.map(escape).join('|');
    pattern = new RegExp(`^\\s*(,|、|・|,?\\s*(${words || 'and'}))?\\s*$`, 'iu');
    coordinations.set(lang, pattern);
  }
  return pattern;
}
