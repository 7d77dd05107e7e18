/**
 * The one tokenizer and the one normaliser of the project: the gazetteer's actor names, the topic
 * phrases and the cue lexicons are all matched against words made here, so a phrase written
 * one way matches the text written the other way wherever it is used.
 *
 * A word is a run of letters, marks and digits. Chinese and Japanese script (with the katakana
 * prolonged sound mark) and other letters are words of their own even when they touch:
 * "中国はAUKUSに" is 中国は, AUKUS, に.
 *
 * Folding (`fold`) ignores what the press writes inconsistently:
 * - case ("NATO", "Nato", "nato"),
 * - Russian ё, usually written е ("объединённых", "объединенных"),
 * - Turkish İ, whose lower case carries a combining dot ("İsveç" → "i̇sveç" → "isveç"),
 * - Arabic short-vowel marks and the tatweel (optional in print: "روسيا" = "رُوسِيَا"),
 * - Arabic hamza seats on alef (أ إ آ ٱ → ا), alef maqsura (ى → ي) and ta marbuta (ة → ه), which
 *   writers and keyboards use interchangeably ("إسرائيل" / "اسرائيل"),
 * - full-width Latin letters and digits, which Japanese and Chinese papers set in their own text
 *   ("ＮＡＴＯ", "Ｇ７", "２６日" are "NATO", "G7", "26日"),
 * - traditional Chinese characters, which the press of Taiwan, Hong Kong and Macau writes, folded
 *   to the simplified ones of mainland copy ("中國外交部" is "中国外交部", "臺灣" is "台湾"); the
 *   table (`traditional-chinese.json`, one character for one) comes from OpenCC's dictionaries
 *   through `scripts/traditional-chinese.mjs`. Japanese kanji that share a traditional form fold
 *   the same way in the text and in the phrases matched against it.
 * - German ß, which Swiss writing spells ss ("Strafmaßnahmen", "Strafmassnahmen").
 */

import traditional from './traditional-chinese.json' with { type: 'json' };

export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** The word folded (`fold`): what every matcher compares. */
  lower: string;
}

export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Removed by folding: the combining dot above (Turkish İ) and Arabic marks and tatweel. */
const FOLDED_AWAY = /[\u0307\u064B-\u0652\u0640]/g;
const FOLDED_AWAY_TEST = /[\u0307\u064B-\u0652\u0640]/;
/** Replaced one for one by folding. */
const SAME_LENGTH_FOLDS: Record<string, string> = { ё: 'е', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ...traditionalChinese() };
/** Full-width forms of ASCII's printable characters (U+FF01–FF5E) sit this far above them. */
const FULL_WIDTH_OFFSET = 0xfee0;
/** The traditional Chinese characters of the table, as one character class's contents. */
const TRADITIONAL_CHARS = Object.keys(SAME_LENGTH_FOLDS)
  .filter((c) => c >= '\u3400')
  .join('');
const SAME_LENGTH_CLASS = `[ёأإآٱىة\\uFF01-\\uFF5E${TRADITIONAL_CHARS}]`;
const SAME_LENGTH = new RegExp(SAME_LENGTH_CLASS, 'g');
const SAME_LENGTH_TEST = new RegExp(SAME_LENGTH_CLASS);

/** The traditional → simplified table, each side one UTF-16 code unit so folding keeps offsets; a broken table is a build fault. */
function traditionalChinese(): Record<string, string> {
  for (const [from, to] of Object.entries(traditional)) {
    if (from.length !== 1 || to.length !== 1 || from < '\u3400') throw new Error(`traditional-chinese.json: "${from}" → "${to}" is not one ideograph for one`);
  }
  return traditional;
}

/** The ASCII character a full-width one stands for ("Ｎ" → "N"). */
const asAscii = (c: string): string => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET);

function foldOne(c: string): string {
  return SAME_LENGTH_FOLDS[c] ?? asAscii(c);
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_TEST = /[\uFF01-\uFF5E]/;

/** Does the text set any letter or digit full-width? Where it does not, `narrow` changes nothing in it. */
export function hasFullWidth(text: string): boolean {
  return FULL_WIDTH_TEST.test(text);
}

/** A word as written, but in ASCII where it is set full-width: what a case-sensitive alias ("=NATO") compares. */
export function narrow(word: string): string {
  return FULL_WIDTH_TEST.test(word) ? word.replace(FULL_WIDTH, asAscii) : word;
}

const TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARS}]`, 'g');

/** Traditional Chinese characters as their simplified ones, one for one, so offsets stay ("哥倫比亞" → "哥伦比亚"). */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, foldOne);
}

/** A word (or a phrase) as every matcher compares it. */
export function fold(word: string): string {
  let lower = word.toLowerCase();
  if (SAME_LENGTH_TEST.test(lower)) lower = lower.replace(SAME_LENGTH, foldOne);
  if (lower.includes('ß')) lower = lower.replaceAll('ß', 'ss');
  return FOLDED_AWAY_TEST.test(lower) ? lower.replace(FOLDED_AWAY, '') : lower;
}

/**
 * The whole text folded when folding keeps every character's offset, so words can be cut from it
 * by their offsets in the original; null when it does not (a Turkish İ, an Arabic vowel mark).
 */
export function foldKeepingOffsets(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || FOLDED_AWAY_TEST.test(lower) || lower.includes('ß')) return null;
  return SAME_LENGTH_TEST.test(lower) ? lower.replace(SAME_LENGTH, foldOne) : lower;
}

const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => (/[0-9A-Za-z]/.test(String.fromCharCode(c)) ? WORD : SEPARATOR));
/** Per BMP code unit: 0 not yet known, else its class + 1. */
const BMP_CLASS = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CJK_WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;

function classOf(char: string): number {
  if (CJK_WORD_CHAR.test(char)) return CJK;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

/** The class of the character at `i` and its width in code units (2 for a surrogate pair). */
function charAt(text: string, i: number): { kind: number; width: number } {
  const c = text.charCodeAt(i);
  if (c < 128) return { kind: ASCII_CLASS[c], width: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return { kind: classOf(text.slice(i, i + 2)), width: 2 };
  let known = BMP_CLASS[c];
  if (known === 0) known = BMP_CLASS[c] = classOf(text[i]) + 1;
  return { kind: known - 1, width: 1 };
}

/** Calls `visit` with the offsets of every word, in order. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let { kind, width } = charAt(text, i);
    if (kind === SEPARATOR) {
      i += width;
      continue;
    }
    const start = i;
    const wordKind = kind;
    while (kind === wordKind) {
      i += width;
      if (i >= text.length) break;
      ({ kind, width } = charAt(text, i));
    }
    visit(start, i);
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = foldKeepingOffsets(text);
  scanWords(text, (start, end) => {
    const written = text.slice(start, end);
    tokens.push({ start, end, text: written, lower: folded === null ? fold(written) : folded.slice(start, end) });
  });
  return tokens;
}

/** The words of a phrase as written: "U.S." → U, S; "Rusya'nın" → Rusya, nın. */
export function wordsOf(phrase: string): string[] {
  const words: string[] = [];
  scanWords(phrase, (start, end) => words.push(phrase.slice(start, end)));
  return words;
}

/**
 * The words of a phrase of the data files (aliases, keywords, cues), each chunk between spaces
 * split like text; a stem's trailing `*` stays on its last word ("Rusya'nın*" → Rusya, nın*).
 */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((chunk) => {
    const words = wordsOf(chunk);
    if (chunk.endsWith('*') && words.length > 0) words[words.length - 1] += '*';
    return words;
  });
}

/** Does a word of a data file's phrase say this word: the same, or its stem where it ends in `*` ("sanction*")? */
export function wordSays(word: string, written: string): boolean {
  return word.endsWith('*') ? written.startsWith(word.slice(0, -1)) : written === word;
}

// C0 controls but tab and line feed, DEL, and C1 controls (U+009B is a terminal's CSI).
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text made safe for a terminal: control characters (an escape sequence that would recolour or
 * clear the screen, a NUL, a bell) shown as `\u001b`-style escapes. Stored text has them removed
 * at cleaning, but ids, file names, sources and messages arrive as users wrote them.
 */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
