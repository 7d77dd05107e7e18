/** A sentence of an article's cleaned text, with its place in it. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
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
    'no',
    'nos',
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
// Chinese and Japanese end sentences with full-width marks and need no space after them.
const CJK_BOUNDARY = /([。！？!?]+)([」』”’）)]*)/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S. officials", "U.K."
  return /^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 6 && /\p{Lu}/u.test(word[0]);
}

function splitParagraph(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  for (const match of text.matchAll(CJK_BOUNDARY)) cuts.push(match.index + match[0].length);
  for (const match of text.matchAll(LATIN_BOUNDARY)) {
    const cut = match.index + match[1].length + match[2].length;
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    if (match[1] === '.' && endsWithAbbreviation(text.slice(0, match.index))) continue;
    // A lower-case continuation is not a new sentence ("... the U.S. and others", "... 3 p.m. on Friday").
    if (/^\p{Ll}/u.test(next) && !/[!?؟]/.test(match[1])) continue;
    cuts.push(cut);
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
  return spans;
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
