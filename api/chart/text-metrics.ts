/*
 * Text widths for laying out a chart on the server. Vega measures text with a canvas, which a
 * server has not got, and otherwise guesses 0.8 em per character: about a third too wide for
 * DejaVu Sans, which pushes legends apart and the image's edge far past the caption. These are
 * DejaVu Sans's own advance widths (its hmtx table, in em), the font the SVG names first and the
 * PNG is drawn with.
 */

/** Advance widths of the printable ASCII characters U+0020…U+007E, in em. */
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
  0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
  0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635,
  0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
  0.636, 0.337, 0.636, 0.838,
];
/** Letters of other alphabets (Cyrillic, Greek, Arabic) average about this in DejaVu Sans. */
const OTHER_EM = 0.65;
/** Chinese and Japanese characters are a full em wide. */
const WIDE_EM = 1;
/** Bold glyphs (titles) are this much wider on average. */
const BOLD_FACTOR = 1.09;

function charEm(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII_EM[code - 0x20];
  if (code >= 0x2e80 && code <= 0xffef) return WIDE_EM;
  return OTHER_EM;
}

/** The width in px of one line of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** A `textMetrics.width` for Vega: the item's font size and weight, its text or the given one. */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const value = text ?? item.text;
  const line = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  const weight = item.fontWeight;
  return textWidth(line, item.fontSize ?? 11, weight === 'bold' || (typeof weight === 'number' && weight >= 600));
}
