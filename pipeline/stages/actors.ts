/**
 * Finds where actors are mentioned: names, adjectives, capitals and seats of government,
 * institutions, office holders (resolved against the article's date) and anaphors.
 * Alias syntax is described in pipeline/data/README.md.
 */
import { fold, foldKeepingOffsets, hasFullWidth, narrow, phraseWords, scanWords, simplified, wordSays } from '../../core/text.js';
import { activeGazetteer, actorInfo, type Gazetteer, type GazetteerPerson, LANGUAGES } from '../data/gazetteer.js';

export type MentionKind = 'name' | 'adjective' | 'place' | 'institution' | 'person' | 'anaphor';

export interface ActorMention {
  actor: string;
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** Canonical person name when kind === 'person'. */
  person?: string;
}

export interface FindOptions {
  lang: string;
  /** Publication date (YYYY-MM-DD or ISO); office holders are resolved against it. */
  date?: string | null;
}

type Target = { type: 'exclusion' } | { type: 'actor'; actor: string; kind: MentionKind } | { type: 'person'; periods: GazetteerPerson[] };

interface Entry {
  target: Target;
  /** Original words of a case-sensitive alias (`=US`), compared against the text as written. */
  caseWords?: string[];
  stems: number;
  stemChars: number;
}

interface TrieNode {
  exact?: Map<string, TrieNode>;
  /** Stems keyed by their first three characters, then checked with startsWith. */
  stems?: Map<string, Array<{ stem: string; node: TrieNode }>>;
  entries?: Entry[];
}

interface Resolved {
  actor: string;
  kind: MentionKind;
  person?: string;
}

const STEM_KEY = 3;
const CJK_LANGUAGES = new Set(['zh', 'ja']);
const KATAKANA = /[\u30A1-\u30FA\u30FC]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[\p{Nd}〇一二三四五六七八九十]/u;
const KIND_OF_GROUP = { names: 'name', adjectives: 'adjective', places: 'place', institutions: 'institution' } as const;

/** Date strings compare as text once cut to YYYY-MM-DD. */
function resolvePerson(periods: GazetteerPerson[], date: string | null): GazetteerPerson | undefined {
  if (date === null) return periods.reduce((a, b) => (b.from > a.from ? b : a));
  return periods.find((p) => p.from <= date && (p.to === null || date < p.to));
}

function resolve(target: Target, date: string | null): Resolved | null | undefined {
  if (target.type === 'exclusion') return null;
  if (target.type === 'actor') return { actor: target.actor, kind: target.kind };
  const holder = resolvePerson(target.periods, date);
  return holder && { actor: holder.actor, kind: 'person', person: holder.person };
}

interface Best {
  /** One past the last token covered. */
  end: number;
  start: number;
  entry: Entry;
  resolved: Resolved | null;
}

/**
 * Longer span first; on a tie an exclusion wins, then the one that leaves less of the first word
 * to a clitic ("و+السعودية", the country, over "وال+سعودية", the adjective), then fewer and longer
 * stems (more specific).
 */
function better(a: Best, b: Best | undefined): boolean {
  if (!b) return true;
  if (a.end !== b.end) return a.end > b.end;
  if ((a.resolved === null) !== (b.resolved === null)) return a.resolved === null;
  if (a.start !== b.start) return a.start < b.start;
  if (a.entry.stems !== b.entry.stems) return a.entry.stems < b.entry.stems;
  return a.entry.stemChars > b.entry.stemChars;
}

/** Tokens as parallel arrays: one string per token and no objects, which keeps the collector quiet. */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lowers: string[] = [];

  /** Whether any word is set full-width, so case-sensitive aliases compare its ASCII form ("ＮＡＴＯ"). */
  readonly wide: boolean;

  constructor(readonly text: string) {
    this.wide = hasFullWidth(text);
    const folded = foldKeepingOffsets(text);
    scanWords(text, (start, end) => {
      this.starts.push(start);
      this.ends.push(end);
      this.lowers.push(folded === null ? fold(text.slice(start, end)) : folded.slice(start, end));
    });
  }

  get length(): number {
    return this.starts.length;
  }

  written(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }
}

class WordMatcher {
  private readonly root: TrieNode = {};
  private readonly prefixes: string[];

  constructor(
    prefixes: readonly string[],
    private readonly elisions: Readonly<Record<string, string>>,
  ) {
    this.prefixes = [...prefixes].sort((a, b) => b.length - a.length);
  }

  add(alias: string, target: Target): void {
    const caseSensitive = alias.startsWith('=');
    const words = phraseWords((caseSensitive ? alias.slice(1) : alias).normalize('NFC'));
    if (words.length === 0) return;
    let node = this.root;
    let stems = 0;
    let stemChars = 0;
    for (const word of words) {
      if (word.endsWith('*')) {
        const stem = fold(word.slice(0, -1));
        stems++;
        stemChars += stem.length;
        node = this.stemChild(node, stem);
      } else {
        const key = fold(word);
        node.exact ??= new Map();
        let child = node.exact.get(key);
        if (!child) node.exact.set(key, (child = {}));
        node = child;
      }
    }
    (node.entries ??= []).push({ target, caseWords: caseSensitive ? words : undefined, stems, stemChars });
  }

  private stemChild(node: TrieNode, stem: string): TrieNode {
    node.stems ??= new Map();
    const key = stem.slice(0, STEM_KEY);
    let list = node.stems.get(key);
    if (!list) node.stems.set(key, (list = []));
    let found = list.find((s) => s.stem === stem);
    if (!found) list.push((found = { stem, node: {} }));
    return found.node;
  }

  find(text: string, date: string | null): ActorMention[] {
    const tokens = new Tokens(text);
    const out: ActorMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.bestAt(tokens, i, date);
      if (!best) {
        i++;
        continue;
      }
      if (best.resolved) out.push(mention(text, best.start, tokens.ends[best.end - 1], best.resolved));
      i = best.end;
    }
    return out;
  }

  private bestAt(tokens: Tokens, i: number, date: string | null): Best | undefined {
    const lower = tokens.lowers[i];
    let best = this.walk(this.root, tokens, i, i, lower, 0, date, undefined);
    for (const prefix of this.prefixes) {
      if (lower.length < prefix.length + 2 || !lower.startsWith(prefix)) continue;
      const rest = lower.slice(prefix.length);
      best = this.walk(this.root, tokens, i, i, rest, prefix.length, date, best);
      const restored = this.elisions[prefix];
      if (restored) best = this.walk(this.root, tokens, i, i, restored + rest, prefix.length - restored.length, date, best);
    }
    return best;
  }

  /** `cut` is how many leading characters of the first token a clitic took (negative when an elided article was restored). */
  private walk(
    node: TrieNode,
    tokens: Tokens,
    first: number,
    i: number,
    lower: string,
    cut: number,
    date: string | null,
    best: Best | undefined,
  ): Best | undefined {
    const exact = node.exact?.get(lower);
    if (exact) best = this.visit(exact, tokens, first, i, cut, date, best);
    const stems = node.stems?.get(lower.slice(0, STEM_KEY));
    if (stems) {
      for (const s of stems) if (lower.startsWith(s.stem)) best = this.visit(s.node, tokens, first, i, cut, date, best);
    }
    return best;
  }

  private visit(child: TrieNode, tokens: Tokens, first: number, i: number, cut: number, date: string | null, best: Best | undefined): Best | undefined {
    for (const entry of child.entries ?? []) {
      if (entry.caseWords && !sameCase(tokens, first, entry.caseWords, cut)) continue;
      const resolved = resolve(entry.target, date);
      if (resolved === undefined) continue;
      const candidate: Best = { end: i + 1, start: tokens.starts[first] + Math.max(cut, 0), entry, resolved };
      if (better(candidate, best)) best = candidate;
    }
    if ((child.exact || child.stems) && i + 1 < tokens.length) {
      best = this.walk(child, tokens, first, i + 1, tokens.lowers[i + 1], cut, date, best);
    }
    return best;
  }
}

function sameCase(tokens: Tokens, first: number, words: string[], cut: number): boolean {
  return words.every((word, k) => {
    if (first + k >= tokens.length) return false;
    const token = tokens.wide ? narrow(tokens.written(first + k)) : tokens.written(first + k);
    const written = k === 0 && cut > 0 ? token.slice(cut) : token;
    return wordSays(word, written);
  });
}

function mention(text: string, start: number, end: number, r: Resolved): ActorMention {
  const m: ActorMention = { actor: r.actor, start, end, surface: text.slice(start, end), kind: r.kind };
  if (r.person) m.person = r.person;
  return m;
}

/** Chinese and Japanese: aliases are substrings; Latin and katakana aliases must not continue a word. */
class SubstringMatcher {
  private readonly aliases = new Map<string, Target[]>();
  /** Alias lengths, longest first, keyed by the alias's first two code units (or its only one). */
  private readonly lengthsByHead = new Map<number, number[]>();

  constructor(private readonly compounds: Readonly<Record<string, string>>) {}

  add(alias: string, target: Target): void {
    const body = simplified((alias.startsWith('=') ? alias.slice(1) : alias).normalize('NFC').replace(/\*$/, ''));
    if (!body) return;
    const list = this.aliases.get(body);
    if (list) list.push(target);
    else this.aliases.set(body, [target]);
    const head = headOf(body, 0, body.length);
    const lengths = this.lengthsByHead.get(head) ?? [];
    if (!lengths.includes(body.length)) lengths.push(body.length);
    lengths.sort((a, b) => b - a);
    this.lengthsByHead.set(head, lengths);
  }

  find(text: string, date: string | null): ActorMention[] {
    const out: ActorMention[] = [];
    // Looked up in ASCII where the text sets Latin letters full-width ("ＮＡＴＯ"), and in simplified characters where it
    // writes traditional ones ("哥倫比亞"); offsets are the same.
    const probe = simplified(narrow(text));
    let i = 0;
    while (i < text.length) {
      const hit = this.longestAt(probe, i, date);
      const run = this.compounds[text[i]] && this.compounds[text[i + 1]] ? this.runAt(text, i, date) : [];
      if (run.length >= 2 && run.length > (hit?.length ?? 0)) {
        for (const [k, code] of run.entries()) out.push(mention(text, i + k, i + k + 1, { actor: code, kind: 'name' }));
        i += run.length;
      } else if (hit) {
        if (hit.resolved) out.push(mention(text, i, i + hit.length, hit.resolved));
        i += hit.length;
      } else {
        i++;
      }
    }
    return out;
  }

  private longestAt(text: string, i: number, date: string | null): { length: number; resolved: Resolved | null } | undefined {
    const lengths = i + 1 < text.length ? (this.lengthsByHead.get(headOf(text, i, 2)) ?? []) : [];
    const single = this.lengthsByHead.get(headOf(text, i, 1));
    for (const length of single ? [...lengths, ...single] : lengths) {
      const body = text.slice(i, i + length);
      const targets = body.length === length ? this.aliases.get(body) : undefined;
      if (!targets || !bounded(text, i, length)) continue;
      for (const target of targets) {
        const resolved = resolve(target, date);
        if (resolved !== undefined) return { length, resolved };
      }
    }
    return undefined;
  }

  /** 日米韓 → JP, US, KR; a run stops where a longer alias or an exclusion begins; 日 after a digit is a date. */
  private runAt(text: string, i: number, date: string | null): string[] {
    const codes: string[] = [];
    if (i > 0 && DIGIT.test(text[i - 1])) return codes;
    for (let j = i; j < text.length; j++) {
      const code = this.compounds[text[j]];
      if (!code) break;
      if (j > i && (this.longestAt(text, j, date)?.length ?? 0) >= 2) break;
      if (j === i && this.longestAt(text, j, date)?.resolved === null) break;
      codes.push(code);
    }
    return codes;
  }
}

/** A number, not a string, so that scanning allocates nothing. */
function headOf(text: string, i: number, length: number): number {
  return length >= 2 ? text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1) : text.charCodeAt(i);
}

function bounded(text: string, i: number, length: number): boolean {
  const first = text[i];
  const last = text[i + length - 1];
  const before = text[i - 1] ?? '';
  const after = text[i + length] ?? '';
  if (KATAKANA.test(first) && KATAKANA.test(before)) return false;
  if (KATAKANA.test(last) && KATAKANA.test(after)) return false;
  if (LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(before)) return false;
  if (LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(after)) return false;
  return true;
}

type Matcher = { add(alias: string, target: Target): void; find(text: string, date: string | null): ActorMention[] };

function buildMatcher(g: Gazetteer, lang: string): Matcher {
  const key = lang as keyof Gazetteer['exclusions'];
  const matcher: Matcher = CJK_LANGUAGES.has(lang)
    ? new SubstringMatcher(g.compounds[key] ?? {})
    : new WordMatcher(g.prefixes[key] ?? [], g.elisions[key] ?? {});
  for (const alias of g.exclusions[key] ?? []) matcher.add(alias, { type: 'exclusion' });
  for (const actor of g.actors) {
    const group = actor.aliases[key];
    for (const [field, kind] of Object.entries(KIND_OF_GROUP)) {
      for (const alias of group[field as keyof typeof KIND_OF_GROUP]) matcher.add(alias, { type: 'actor', actor: actor.code, kind });
    }
    for (const alias of actor.anaphors[key] ?? []) matcher.add(alias, { type: 'actor', actor: actor.code, kind: 'anaphor' });
  }
  const periodsByAlias = new Map<string, GazetteerPerson[]>();
  for (const person of g.people) {
    for (const alias of person.aliases[key] ?? []) {
      const list = periodsByAlias.get(alias);
      if (list) list.push(person);
      else periodsByAlias.set(alias, [person]);
    }
  }
  for (const [alias, periods] of periodsByAlias) matcher.add(alias, { type: 'person', periods });
  return matcher;
}

// Per gazetteer, so a researcher's actors (`useGazetteer`) get matchers of their own.
const matchers = new WeakMap<Gazetteer, Map<string, Matcher>>();

function matcherFor(lang: string): Matcher {
  const known = (LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  const gazetteer = activeGazetteer();
  let byLang = matchers.get(gazetteer);
  if (!byLang) matchers.set(gazetteer, (byLang = new Map()));
  let matcher = byLang.get(known);
  if (!matcher) byLang.set(known, (matcher = buildMatcher(gazetteer, known)));
  return matcher;
}

/** Mentions sorted by start, without overlaps: the longest match wins, and an exclusion that wins yields nothing. */
export function findActorMentions(text: string, options: FindOptions): ActorMention[] {
  const date = options.date ? options.date.slice(0, 10) : null;
  return withNamedOwners(text, matcherFor(options.lang.toLowerCase().slice(0, 2)).find(text, date));
}

/**
 * "Çin Ticaret Bakanlığı": an institution a language names without its country (Turkish
 * "Ticaret Bakanlığı" is Turkey's), right after another country's name, is that country's.
 */
function withNamedOwners(text: string, mentions: ActorMention[]): ActorMention[] {
  return mentions.map((m, k) => {
    const before = mentions[k - 1];
    if (m.kind !== 'institution' || !before || before.actor === m.actor || (before.kind !== 'name' && before.kind !== 'adjective')) return m;
    if (!/^\s+$/u.test(text.slice(before.end, m.start)) || actorInfo(before.actor)?.kind !== 'country') return m;
    return { ...m, actor: before.actor };
  });
}
