import { createHash } from 'node:crypto';
import { htmlToText } from '../sources/html.js';

// Lines that are page furniture, not article text: link teasers, loaders, lone photo credits.
const BOILERPLATE_LINE = [
  /^(read more|read also|see also|related|watch|more on this story|recommended)\s*[:|-]/i,
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

function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
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
 * Turns an article's raw text into the text that is stored and analysed: markup stripped,
 * Unicode NFC, whitespace normalised, boilerplate lines and trailing crumbs removed, repeated
 * paragraphs kept once. Paragraphs are separated by one blank line.
 */
export function cleanText(raw: string): string {
  const plain = /<[a-z!/][^>]*>|&[#a-z0-9]+;/i.test(raw) ? htmlToText(raw) : raw;
  const seen: Array<Set<string>> = [];
  const paragraphs: string[] = [];
  for (const block of normaliseWhitespace(plain).split(/\n\s*\n/)) {
    for (const paragraph of paragraphsOf(block)) {
      const words = new Set(paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      if (seen.some((earlier) => repeats(words, earlier))) continue;
      seen.push(words);
      paragraphs.push(paragraph);
    }
  }
  while (paragraphs.length > 1 && isCrumb(paragraphs[paragraphs.length - 1])) paragraphs.pop();
  return paragraphs.join('\n\n');
}

/** The identity of a text for deduplication: case and spacing do not make a new article. */
export function contentHash(cleaned: string): string {
  const key = cleaned.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex');
}
