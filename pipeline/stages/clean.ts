import { createHash } from 'node:crypto';
import { htmlToText } from '../sources/html.js';

// Lines that are page furniture, not article text: link teasers, loaders, lone photo credits.
const BOILERPLATE_LINE = [
  /^(read more|read also|see also|related|watch|more on this story|recommended)\s*[:|-]/i,
  // The same teasers in the other languages: "Читайте также:", "Lesen Sie auch:", "Lire aussi :", "اقرأ أيضا:", "相关阅读：".
  /^(читайте (также|еще|ещё|також)|смотрите также|дивіться також|також читайте|по теме|по темі|lesen sie (auch|mehr)|mehr zum thema|siehe auch|auch interessant|(à )?lire (aussi|également)|voir aussi|sur le même sujet|lea también|lee también|(también )?te puede interesar|ver también|leer más|relacionad[oa]s?|ayrıca (oku|okuyun|bakınız)|ilgili haber(ler)?|bakmadan geçme|[اإ]قرأ (أيضا|أيضاً|المزيد)|شاهد أيضا|مواضيع ذات صلة|相关阅读|延伸阅读|相关新闻|推荐阅读|阅读更多|相關閱讀|延伸閱讀|関連記事|あわせて読みたい|関連ニュース)\s*[:：|-]/iu,
  /^(loading|advertisement|subscribe( now)?|sign up( now)?|share this( article)?|click here|skip to content)\W*$/i,
  /^(photo|image|picture|video|credit|source|getty images)\s*[:/-].{0,80}$/i,
  /^\(?(ap|afp|reuters|epa|pa|getty images|bloomberg|dpa|xinhua|tass|ria novosti|anadolu)( (photo|images?|wire))?\)?$/i,
];

const SENTENCE_END = /[.!?。！？؟…"'»”’)\]]$/;
const STARTS_LOWER = /^\p{Ll}/u;

function isBoilerplate(line: string): boolean {
  return BOILERPLATE_LINE.some((pattern) => pattern.test(line));
}

/** A short line with no sentence punctuation: a crumb or label when it trails the article. */
function isCrumb(line: string): boolean {
  return line.split(/\s+/).length <= 4 && !SENTENCE_END.test(line) && line.length < 40;
}

// Control characters carry no text: an escape sequence (ESC [ 31 m) or a NUL that arrived
// JSON-escaped would otherwise be stored and reach terminals.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(CONTROL, '')
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g, (c) => (c === '\u200C' || c === '\u200D' ? c : ''));
}

/** Joins hard-wrapped lines of one paragraph, keeping lines that stand on their own apart. */
function paragraphsOf(block: string): string[] {
  const lines = block
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '' && !isBoilerplate(line));
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && !SENTENCE_END.test(previous) && STARTS_LOWER.test(line)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else out.push(line);
  }
  return out;
}

// Scraped pages repeat a paragraph, sometimes with a word changed ("… on Friday also set out …"):
// a paragraph whose words nearly all appeared together in an earlier one is the same paragraph.
const REPEAT_SIMILARITY = 0.85;
const MIN_REPEAT_WORDS = 6;
/**
 * Earlier paragraphs one paragraph is compared with at most: comparing each with every earlier
 * one made cleaning quadratic (8,000 paragraphs took a minute to ingest).
 */
export const MAX_REPEAT_CANDIDATES = 64;

function repeats(words: Set<string>, earlier: Set<string>): boolean {
  if (words.size === 0) return earlier.size === 0;
  if (words.size < MIN_REPEAT_WORDS) return words.size === earlier.size && [...words].every((w) => earlier.has(w));
  const smaller = Math.min(words.size, earlier.size);
  const larger = Math.max(words.size, earlier.size);
  if (smaller / larger < REPEAT_SIMILARITY) return false;
  let shared = 0;
  for (const w of words) if (earlier.has(w)) shared++;
  return shared / (words.size + earlier.size - shared) >= REPEAT_SIMILARITY;
}

/**
 * `repeats` for two paragraphs of at least `MIN_REPEAT_WORDS` words given as sorted word places:
 * one merge that stops as soon as even sharing every word left could not reach the similarity
 * (two paragraphs that are not repeats usually differ within their first few words).
 */
function repeatsSorted(a: Float64Array, b: Float64Array): boolean {
  const total = a.length + b.length;
  const similar = (shared: number) => shared / (total - shared) >= REPEAT_SIMILARITY;
  if (Math.min(a.length, b.length) / Math.max(a.length, b.length) < REPEAT_SIMILARITY) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (!similar(shared + Math.min(a.length - i, b.length - j))) return false;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return similar(shared);
}

/** Work done by `keptOnce`, for callers that check it stays linear. */
export interface RepeatStats {
  /** Pairs of paragraphs compared word by word. */
  comparisons: number;
}

const wordsOf = (paragraph: string) => new Set(paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The paragraphs that do not repeat an earlier kept one, in order. Each paragraph is compared
 * with at most `MAX_REPEAT_CANDIDATES` earlier ones: in an article of no more paragraphs than
 * that, with all of them; in a longer one, with those an index finds.
 */
export function keptOnce(paragraphs: string[], stats: RepeatStats = { comparisons: 0 }): string[] {
  return paragraphs.length <= MAX_REPEAT_CANDIDATES ? keptComparingAll(paragraphs, stats) : keptThroughIndex(paragraphs, stats);
}

function keptComparingAll(paragraphs: string[], stats: RepeatStats): string[] {
  const kept: Array<Set<string>> = [];
  return paragraphs.filter((paragraph) => {
    const words = wordsOf(paragraph);
    for (const earlier of kept) {
      stats.comparisons++;
      if (repeats(words, earlier)) return false;
    }
    kept.push(words);
    return true;
  });
}

/**
 * A short paragraph repeats only the same set of words, found through a map. For near repeats
 * of longer ones, prefix filtering finds the candidates without missing any: order every
 * paragraph's words from the rarest in the text to the most common; two sets with Jaccard
 * similarity ≥ t share a word among the first |x| − ⌈t·|x|⌉ + 1 of each (Chaudhuri, Ganti and
 * Kaushik, "A primitive operator for similarity joins", 2006), so only paragraphs sharing one of
 * those words are compared, the most recent first. Where hundreds of paragraphs share their
 * rarest words, only `MAX_REPEAT_CANDIDATES` of them are, so the work stays linear.
 */
function keptThroughIndex(paragraphs: string[], stats: RepeatStats): string[] {
  const sets = paragraphs.map(wordsOf);
  // Per word: how many paragraphs hold it, and when it was first seen.
  const seen = new Map<string, { paragraphs: number; first: number }>();
  for (const words of sets) {
    for (const w of words) {
      const entry = seen.get(w);
      if (entry) entry.paragraphs++;
      else seen.set(w, { paragraphs: 1, first: seen.size });
    }
  }
  // One order of all words, rarest first (ties by first appearance), as numbers: a paragraph is
  // the sorted list of its words' places.
  const place = new Map<string, number>();
  for (const [w, { paragraphs: count, first }] of seen) place.set(w, count * seen.size + first);

  const exact = new Set<string>();
  const byPrefixWord = new Map<number, number[]>();
  const kept: Float64Array[] = [];
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const words = sets[i];
    const places = new Float64Array(words.size);
    let k = 0;
    for (const w of words) places[k++] = place.get(w)!;
    places.sort();
    if (words.size < MIN_REPEAT_WORDS) {
      const key = places.join(' ');
      if (!exact.has(key)) {
        exact.add(key);
        out.push(paragraphs[i]);
      }
      continue;
    }
    const prefix = places.subarray(0, words.size - Math.ceil(REPEAT_SIMILARITY * words.size) + 1);
    const candidates = new Set<number>();
    for (const word of prefix) {
      const earlier = byPrefixWord.get(word) ?? [];
      for (let e = earlier.length - 1; e >= Math.max(0, earlier.length - MAX_REPEAT_CANDIDATES) && candidates.size < MAX_REPEAT_CANDIDATES; e--) {
        candidates.add(earlier[e]);
      }
    }
    let repeated = false;
    for (const candidate of candidates) {
      stats.comparisons++;
      if ((repeated = repeatsSorted(places, kept[candidate]))) break;
    }
    if (repeated) continue;
    for (const word of prefix) {
      const list = byPrefixWord.get(word);
      if (list) list.push(kept.length);
      else byPrefixWord.set(word, [kept.length]);
    }
    kept.push(places);
    out.push(paragraphs[i]);
  }
  return out;
}

// A tag or an entity. Bounded repetitions: `[^>]*` rescans the rest of the text after every
// "<a" that is never closed, which is quadratic in a text of many of them.
const MARKUP = /<[a-z!/][^<>]{0,2000}>|&[#a-z0-9]{1,32};/i;

/**
 * Longest cleaned text taken as one article: five million characters is a long book, not a news
 * article, while a long report or a transcript of several megabytes still goes in whole.
 */
export const MAX_TEXT_CHARS = 5_000_000;

/**
 * Turns an article's raw text into the text that is stored and analysed: markup stripped,
 * Unicode NFC, whitespace normalised, control characters dropped, boilerplate lines and trailing
 * crumbs removed, repeated paragraphs kept once. Paragraphs are separated by one blank line.
 * Throws `bad_input` for markup beyond the limits of `checkMarkup`. Linear in the text.
 */
export function cleanText(raw: string): string {
  const plain = MARKUP.test(raw) ? htmlToText(raw) : raw;
  const paragraphs = keptOnce(
    normaliseWhitespace(plain)
      .split(/\n\s*\n/)
      .flatMap(paragraphsOf),
  );
  while (paragraphs.length > 1 && isCrumb(paragraphs[paragraphs.length - 1])) paragraphs.pop();
  return paragraphs.join('\n\n');
}

/** The identity of a text for deduplication: case and spacing do not make a new article. */
export function contentHash(cleaned: string): string {
  const key = cleaned.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex');
}
