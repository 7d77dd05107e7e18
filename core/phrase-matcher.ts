/**
 * Finds phrases in text by whole words, fast: one pass over the tokens, a trie walk from each.
 *
 * Phrase syntax (shared by the gazetteer, topic keywords and cue lexicons):
 * - words are runs of letters, marks and digits; punctuation separates them and is ignored,
 * - words are compared folded (core/text.ts: case, ё, Turkish İ, Arabic marks), unless the
 *   phrase starts with `=` ("=US" is not "us"),
 * - a word ending in `*` is a stem: it matches any word that starts with it,
 * - `…` between words allows up to four other words there ("lehnt … ab"),
 * - phrases in Chinese or Japanese script are found as substrings, with no word boundaries,
 * - a leading `~` is not matched: it marks a topic cue that does not name its topic by itself
 *   (pipeline/stages/topics.ts).
 */

import { CJK_CHAR, fold, narrow, phraseWords, type Token, tokenize, wordSays } from './text.js';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Index of the first and one past the last token covered. */
  from: number;
  to: number;
  value: T;
  /** Tokens skipped at each `…`, as [from, to) ("die Annexion nicht" in "erkennt die Annexion nicht an"): not the phrase's own words. */
  gaps?: Array<[number, number]>;
}

const GAP = '…';
/** Words a phrase's `…` may stand for, at most. */
export const MAX_GAP = 4;

interface Node<T> {
  exact?: Map<string, Node<T>>;
  /** The stems ("join*") letter by letter, so a word's stems are found in one pass over its letters. */
  stems?: StemLetter<T>;
  gap?: Node<T>;
  values?: Array<{ value: T; caseSensitive: string[] | undefined }>;
}

/** A step in the letters of a node's stems; `node` is set where a stem ends. */
interface StemLetter<T> {
  next?: Map<number, StemLetter<T>>;
  node?: Node<T>;
}

/** A step in the characters of the Chinese and Japanese phrases; `values` where a phrase ends. */
interface CjkChar<T> {
  next?: Map<number, CjkChar<T>>;
  values?: T[];
}

/*
 * Every node, letter and character is made with all its fields, in one order: objects of one shape,
 * whose fields the walk reads at the cost of one shape's, not of the many that adding fields as
 * phrases need them would make.
 */
const newNode = <T>(): Node<T> => ({ exact: undefined, stems: undefined, gap: undefined, values: undefined });
const newLetter = <T>(): StemLetter<T> => ({ next: undefined, node: undefined });
const newChar = <T>(): CjkChar<T> => ({ next: undefined, values: undefined });

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

/** Of overlapping matches, the one that starts first and, of those, the longest; sorts `all` in place. */
export function longestFirst<T>(all: PhraseMatch<T>[]): PhraseMatch<T>[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch<T>[] = [];
  let reached = -1;
  for (const m of all) {
    if (m.start < reached) {
      // A second value for the very same span (an alias shared by two entries) is kept.
      const last = out.at(-1);
      if (!(last && last.start === m.start && last.end === m.end)) continue;
    }
    out.push(m);
    reached = Math.max(reached, m.end);
  }
  return out;
}

const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** Between two tokens, or after the last one of a clause: a mark that ends a clause (a quotation inside one does not: "wies … als „provokant“ zurück"). */
const CLAUSE_MARK = /[,;:.!?()—–]/;

export interface MatcherOptions {
  /**
   * Where a language puts a verb's particle at the end of its clause ("lehnt eine Aufnahme
   * Schwedens in das Bündnis weiterhin ab."), the words a `…` may stand for when the phrase's last
   * word ends the clause, with no mark between: more than MAX_GAP. 0: no more than MAX_GAP anywhere.
   */
  clauseEndGap?: number;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
  private readonly cjk: CjkChar<T> = newChar();
  private readonly clauseEndGap: number;
  /** The text being walked, for the clause-end gap's marks. */
  private text = '';

  constructor(
    entries: Iterable<PhraseEntry<T>>,
    private readonly prefixes: readonly string[] = [],
    options: MatcherOptions = {},
  ) {
    this.clauseEndGap = options.clauseEndGap ?? 0;
    for (const { phrase, value } of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const caseSensitive = phrase.startsWith('=');
    const body = (caseSensitive ? phrase.slice(1) : phrase).replace(/^~/, '').normalize('NFC').trim();
    if (CJK_CHAR.test(body) && !/\s/.test(body)) {
      // Compared folded, as the words are: traditional characters as simplified ones, full-width letters as ASCII.
      const folded = fold(body);
      let char = this.cjk;
      for (let c = 0; c < folded.length; c++) {
        const code = folded.charCodeAt(c);
        char.next ??= new Map();
        char = char.next.get(code) ?? char.next.set(code, newChar()).get(code)!;
      }
      // Two spellings that fold alike ("對" and "对") with the same value are one phrase.
      if (!char.values?.some((v) => sameValue(v, value))) (char.values ??= []).push(value);
      return;
    }
    const words = body.split(/\s+/).flatMap((w) => (w === GAP ? [GAP] : phraseWords(w)));
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      if (word === GAP) {
        node = node.gap ??= newNode();
      } else if (word.endsWith('*')) {
        const stem = fold(word.slice(0, -1));
        let letter = (node.stems ??= newLetter());
        for (let c = 0; c < stem.length; c++) {
          const code = stem.charCodeAt(c);
          letter.next ??= new Map();
          letter = letter.next.get(code) ?? letter.next.set(code, newLetter()).get(code)!;
        }
        node = letter.node ??= newNode();
      } else {
        const lower = fold(word);
        node.exact ??= new Map();
        node = node.exact.get(lower) ?? node.exact.set(lower, newNode()).get(lower)!;
      }
    }
    (node.values ??= []).push({ value, caseSensitive: caseSensitive ? words.filter((w) => w !== GAP) : undefined });
  }

  /** Every match, longest first at each position, then left to right without overlaps. */
  find(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    return longestFirst(this.findOverlapping(text, tokens));
  }

  /** Every match at every token, overlaps included. */
  findOverlapping(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.text = text;
    for (let i = 0; i < tokens.length; i++) {
      this.walk(this.root, tokens, i, i, out);
      if (this.prefixes.length > 0) this.walkWithPrefix(tokens, i, out);
      // The walk of a word's characters stops at the first that no Chinese or Japanese phrase starts with, so a word in another script costs a lookup per character.
      if (this.cjk.next) this.scanCjk(tokens, i, out);
    }
    return out;
  }

  /*
   * The walk runs from every token of every sentence each matcher reads, so it allocates next to
   * nothing on the way (no list of next nodes, no empty gap list) and finds a word's stems by
   * its letters rather than by looking up each of its prefixes.
   */
  private walk(node: Node<T>, tokens: Token[], first: number, i: number, out: PhraseMatch<T>[], lowerOverride?: string, gaps?: Array<[number, number]>): void {
    const token = tokens[i];
    if (!token) return;
    const lower = lowerOverride ?? token.lower;
    const exact = node.exact?.get(lower);
    if (exact) this.follow(exact, tokens, first, i, out, lowerOverride, gaps);
    let letter = node.stems;
    if (letter) {
      // The stems the word starts with, shortest first; followed longest first.
      let stems: Node<T>[] | undefined = letter.node ? [letter.node] : undefined;
      for (let c = 0; c < lower.length; c++) {
        letter = letter.next?.get(lower.charCodeAt(c));
        if (!letter) break;
        if (letter.node) (stems ??= []).push(letter.node);
      }
      if (stems) for (let k = stems.length - 1; k >= 0; k--) this.follow(stems[k], tokens, first, i, out, lowerOverride, gaps);
    }
  }

  /** The phrases that end at token `i` in `child`, then those that go on past it. */
  private follow(
    child: Node<T>,
    tokens: Token[],
    first: number,
    i: number,
    out: PhraseMatch<T>[],
    lowerOverride: string | undefined,
    gaps: Array<[number, number]> | undefined,
  ): void {
    if (child.values) {
      const token = tokens[i];
      for (const v of child.values) {
        if (v.caseSensitive && !this.sameCase(tokens, first, i, v.caseSensitive, lowerOverride !== undefined)) continue;
        const match: PhraseMatch<T> = {
          start: tokens[first].start + (lowerOverride !== undefined ? token.text.length - lowerOverride.length : 0),
          end: token.end,
          from: first,
          to: i + 1,
          value: v.value,
        };
        if (gaps !== undefined && gaps.length > 0) match.gaps = gaps;
        out.push(match);
      }
    }
    this.walk(child, tokens, first, i + 1, out, undefined, gaps);
    if (child.gap) {
      for (let g = 1; g <= MAX_GAP; g++) this.walk(child.gap, tokens, first, i + 1 + g, out, undefined, [...(gaps ?? []), [i + 1, i + 1 + g]]);
      if (this.clauseEndGap > MAX_GAP) this.followToClauseEnd(child.gap, tokens, first, i, out, gaps);
    }
  }

  /**
   * The phrases whose last words, after a gap longer than MAX_GAP within the clause, end the clause
   * (see `clauseEndGap`). Such a match spans only the words before the gap ("stimmt" of "stimmt …
   * zu"): the phrases of the words between are read on their own, and a phrase that names them
   * ("kündigt* … Sanktionen … an") is the longer match.
   */
  private followToClauseEnd(node: Node<T>, tokens: Token[], first: number, i: number, out: PhraseMatch<T>[], gaps: Array<[number, number]> | undefined): void {
    for (let g = 1; g <= this.clauseEndGap; g++) {
      const j = i + 1 + g;
      const token = tokens[j];
      if (!token || CLAUSE_MARK.test(this.text.slice(tokens[j - 1].end, token.start))) return;
      if (g <= MAX_GAP) continue;
      const found: PhraseMatch<T>[] = [];
      this.walk(node, tokens, first, j, found, undefined, gaps);
      // The words after the gap end the clause: "zu", or "auf den Weg" of "brachten … auf den Weg".
      for (const m of found) {
        const after = tokens[m.to];
        if (!after || CLAUSE_MARK.test(this.text.slice(tokens[m.to - 1].end, after.start))) out.push({ ...m, end: tokens[i].end, to: i + 1 });
      }
    }
  }

  private sameCase(tokens: Token[], first: number, last: number, words: string[], prefixed: boolean): boolean {
    if (last - first + 1 !== words.length) return true;
    return words.every((w, k) => {
      const text = narrow(tokens[first + k].text);
      const got = prefixed && k === 0 ? text.slice(text.length - w.replace(/\*$/, '').length) : text;
      return wordSays(w, got);
    });
  }

  /** Clitics glued before a word (Arabic و، ب، ال…): try the word without them. */
  private walkWithPrefix(tokens: Token[], i: number, out: PhraseMatch<T>[]): void {
    const lower = tokens[i].lower;
    for (const prefix of this.prefixes) {
      if (lower.length > prefix.length + 1 && lower.startsWith(prefix)) this.walk(this.root, tokens, i, i, out, lower.slice(prefix.length));
    }
  }

  /** The phrases found inside the word, by where they start and then longest first. */
  private scanCjk(tokens: Token[], i: number, out: PhraseMatch<T>[]): void {
    const { text, lower } = tokens[i];
    // The folded word where folding kept its offsets (it does in Chinese and Japanese script).
    const folded = lower.length === text.length ? lower : text;
    for (let s = 0; s < folded.length; s++) this.scanCjkFrom(this.cjk, folded, tokens[i].start, i, s, s, out);
  }

  /** The phrases that start at `s` and run on past `e`, longest first: the walk goes on before `char`'s own phrases are listed. */
  private scanCjkFrom(char: CjkChar<T>, text: string, start: number, i: number, s: number, e: number, out: PhraseMatch<T>[]): void {
    const next = e < text.length ? char.next?.get(text.charCodeAt(e)) : undefined;
    if (next) this.scanCjkFrom(next, text, start, i, s, e + 1, out);
    if (char.values && e > s) for (const value of char.values) out.push({ start: start + s, end: start + e, from: i, to: i + 1, value });
  }
}

/** A phrase's value with the list it belongs to. */
type Listed<V> = { [L in keyof V]: { list: L; value: V[L] } }[keyof V];

/**
 * Several lists of phrases (`V`: each list's name and the type of its values) in one trie, so that
 * one walk over a sentence finds the phrases of them all, where a matcher per list walks it once
 * per list. Each list's matches come out as a matcher of that list alone finds them: a walk reaches
 * one list's phrases in the same order whatever other phrases share the trie.
 */
export class ListsMatcher<V extends Record<string, unknown>> {
  private readonly matcher: PhraseMatcher<Listed<V>>;

  constructor(prefixes: readonly string[] = [], options: MatcherOptions = {}) {
    this.matcher = new PhraseMatcher<Listed<V>>([], prefixes, options);
  }

  add<L extends keyof V>(list: L, phrase: string, value: V[L]): void {
    this.matcher.add(phrase, { list, value } as Listed<V>);
  }

  find(text: string, tokens: Token[] = tokenize(text)): ListsMatches<V> {
    return new ListsMatches(this.matcher.findOverlapping(text, tokens));
  }
}

/** What one walk of a `ListsMatcher` found, taken out list by list. */
export class ListsMatches<V extends Record<string, unknown>> {
  constructor(private readonly all: PhraseMatch<Listed<V>>[]) {}

  /** The list's matches at every token, overlaps included (`PhraseMatcher.findOverlapping`). */
  overlapping<L extends keyof V>(list: L): PhraseMatch<V[L]>[] {
    const out: PhraseMatch<V[L]>[] = [];
    for (const m of this.all) if (m.value.list === list) out.push({ ...m, value: m.value.value as V[L] });
    return out;
  }

  /** The list's matches, longest first at each position, then left to right without overlaps (`PhraseMatcher.find`). */
  longest<L extends keyof V>(list: L): PhraseMatch<V[L]>[] {
    return longestFirst(this.overlapping(list));
  }
}
