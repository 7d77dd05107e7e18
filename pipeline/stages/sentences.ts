/** A sentence of an article's cleaned text, with its place in it. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Set on the headline's sentences, whose offsets are into the title rather than the text. */
  field?: 'title';
}

// Words after which a full stop does not end a sentence (lower-case, without the dot).
const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'sr',
    'jr',
    'gen',
    'sen',
    'rep',
    'gov',
    'lt',
    'col',
    'maj',
    'capt',
    'sgt',
    'adm',
    'pres',
    'amb',
    'hon',
    'rev',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'approx',
    'dept',
    'est',
    'inc',
    'ltd',
    'co',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'fig',
    'vol',
    'art',
    'para',
    // German, French, Spanish, Russian, Ukrainian, Turkish
    'bzw',
    'z.b',
    'dr',
    'nr',
    'vgl',
    'ca',
    'mme',
    'mlle',
    'sr',
    'sra',
    'dña',
    'ee.uu',
    'г',
    'гг',
    'т.е',
    'т.д',
    'т.п',
    'им',
    'ул',
    'млн',
    'млрд',
    'тыс',
    'ст',
    'вул',
    'р',
    'dr',
    'av',
    'yy',
  ].map((a) => a.normalize('NFC')),
);

// A candidate boundary: terminal punctuation, closing quotes/brackets, then space.
const LATIN_BOUNDARY = /([.!?…]+|[؟!.]+)(["'»”’)\]]*)(\s+)/gu;
// Scraped text whose paragraphs lost the space between them: "…verabschiedet.Die Resolution…". A full stop right after a word
// of two lower-case letters or a year, and right before a capitalised word.
const GLUED_BOUNDARY = /(?<=\p{Ll}{2}|\d{4})([.!?]+)(["'»”’)\]]*)(?=\p{Lu}\p{Ll})/gu;
// Chinese and Japanese end sentences with full-width marks and need no space after them.
const CJK_BOUNDARY = /([。！？!?]+)([」』”’）)]*)/gu;

/** Words before a number whose full stop makes it a German ordinal, not a sentence's end. */
const ORDINAL_BEFORE =
  /(^|[\s(])(der|die|das|den|dem|des|am|im|zum|zur|vom|beim|seit|als|bis|ab|seine[mnrs]?|ihre[mnrs]?|diese[mnrs]?|jede[mnrs]?)\s+\d{1,3}$/iu;

/** Characters before a full stop read to find the word it ends: more than any abbreviation or initials (six) need. */
const ABBREVIATION_WINDOW = 32;

/** Abbreviations only before a number: "No. 5", "Nos. 3 and 4"; elsewhere the word ends a sentence ("Russia voted no."). */
const NUMBER_ABBREVIATIONS = /(^|[\s(])(no|nos|nr)$/iu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S. officials", "U.K."; not the platform X after a
  // lowercase word or a word for a platform ("wrote on X.", "auf der Plattform X.").
  if (!(/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 6 && /\p{Lu}/u.test(word[0]))) return false;
  return word !== 'X' || !NAMED_LETTER_BEFORE.test(before.slice(0, -1));
}

/** Before the platform X with a full stop: a lowercase word, or a word for a platform. */
const NAMED_LETTER_BEFORE = /(^|\s)(\p{Ll}[\p{L}'’-]*|Plattform|Platform|Plateforme|Plataforma)\s+$/u;

/**
 * Longest span analysed as one sentence. Reading a sentence costs more than its length (every
 * actor mention is weighed against every cue and topic phrase in it), and a text without
 * punctuation (a scraped list, a page of comma-joined items) can make a whole paragraph of
 * megabytes one "sentence" that stalls its article for minutes. Real sentences stay far below
 * this; a longer run is cut at clause boundaries (`;`, `,`, then any space) into pieces no longer.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** The last good place to cut `text` between `start` and `start + MAX_SENTENCE_CHARS`: after a `;`, a `,`, a space, or at the limit. */
function cutBefore(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  const window = text.slice(start + MAX_SENTENCE_CHARS / 2, limit);
  for (const mark of [/[;；]\s/g, /[,，、]\s?/g, /\s/g]) {
    let last = -1;
    for (const match of window.matchAll(mark)) last = match.index + match[0].length;
    if (last > 0) return start + MAX_SENTENCE_CHARS / 2 + last;
  }
  // No space at all (CJK without commas): at the limit, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Spans longer than `MAX_SENTENCE_CHARS` cut into pieces (see there), trimmed of spaces. */
function boundLength(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  if (spans.every(([s, e]) => e - s <= MAX_SENTENCE_CHARS)) return spans;
  const bounded: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let start = s;
    while (e - start > MAX_SENTENCE_CHARS) {
      const cut = cutBefore(text, start);
      const piece = text.slice(start, cut);
      const trail = piece.length - piece.trimEnd().length;
      if (piece.trim() !== '') bounded.push([start, cut - trail]);
      start = cut;
      while (start < e && /\s/.test(text[start])) start++;
    }
    if (start < e) bounded.push([start, e]);
  }
  return bounded;
}

function splitParagraph(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  for (const match of text.matchAll(CJK_BOUNDARY)) cuts.push(match.index + match[0].length);
  for (const match of text.matchAll(LATIN_BOUNDARY)) {
    const cut = match.index + match[1].length + match[2].length;
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    // The word before the dot is all the check needs: the whole text before it made this quadratic.
    if (match[1] === '.' && endsWithAbbreviation(text.slice(Math.max(0, match.index - ABBREVIATION_WINDOW), match.index))) continue;
    if (match[1] === '.' && NUMBER_ABBREVIATIONS.test(text.slice(Math.max(0, match.index - ABBREVIATION_WINDOW), match.index)) && /^\d/.test(next)) continue;
    // A German ordinal after its article or preposition: "das 31. Mitglied", "am 7. März".
    if (match[1] === '.' && ORDINAL_BEFORE.test(text.slice(Math.max(0, match.index - ABBREVIATION_WINDOW), match.index))) continue;
    // A lower-case continuation is not a new sentence ("... the U.S. and others", "... 3 p.m. on Friday").
    if (/^\p{Ll}/u.test(next) && !/[!?؟]/.test(match[1])) continue;
    cuts.push(cut);
  }
  for (const match of text.matchAll(GLUED_BOUNDARY)) {
    if (match[1] === '.' && endsWithAbbreviation(text.slice(Math.max(0, match.index - ABBREVIATION_WINDOW), match.index))) continue;
    cuts.push(match.index + match[0].length);
  }
  cuts.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim() !== '') spans.push([start + lead, cut - trail]);
    start = cut;
  }
  return boundLength(text, spans);
}

/**
 * Splits cleaned text into sentences, paragraph by paragraph (paragraphs are separated by a blank
 * line). Handles abbreviations ("U.S.", "Mr."), CJK full-width punctuation without spaces and
 * the Arabic question mark.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    if (/^\n\s*\n$/.test(block)) {
      offset += block.length;
      continue;
    }
    for (const [s, e] of splitParagraph(block)) {
      sentences.push({ index: sentences.length, paragraph, start: offset + s, end: offset + e, text: block.slice(s, e) });
    }
    offset += block.length;
    paragraph++;
  }
  return sentences;
}
