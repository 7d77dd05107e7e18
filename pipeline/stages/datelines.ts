import type { ActorMention } from './actors.js';

/*
 * A dateline names where a story was filed, not who says anything: "MADRID (Reuters) -",
 * "WASHINGTON, Feb 4 (AP) —", "NEW DELHI:", "МОСКВА, 3 марта. /ТАСС/.", "新华社北京3月5日电", "【ワシントン時事】",
 * "موسكو (رويترز) -". Only a name at the start of a paragraph can be one.
 */

const AGENCY = String.raw`(\([^)\n]{1,30}\)|\/[^/\n]{1,20}\/|（[^）\n]{1,20}）)`;
/** After a place: an agency in brackets, then a dash. */
const WITH_AGENCY = new RegExp(String.raw`^\s*${AGENCY}\s*\.?[-—–]`, 'u');
/**
 * After a place: a date (with a digit), an optional agency, then a dash, or a full stop before
 * what opens the story; not an ordinal's dot ("Finlandiya, NATO'nun 31. üyesi oldu", "am 7. März").
 */
const WITH_DATE = new RegExp(String.raw`^\s*,\s*[^,\n]{0,24}\d[^,\n]{0,16}?\s*${AGENCY}?\s*(\.?[-—–]|(?<!\d)\.(?=\s*[\p{Lu}/(«"“„]))`, 'u');
/** After a place written in capitals: a dash, or a colon ("NEW DELHI:", "WASHINGTON: Die …"). */
const CAPITALS_DASH = /^\s*[-—–:]\s/u;
/** Chinese wire datelines: "北京3月5日电"; Japanese: "【北京共同】", "（台北中央社）". */
const CJK_DATE = /^\s*\d{1,2}月\d{1,2}日(电|讯|電)/u;
const CJK_BRACKET_CLOSE = /^[^】\n]{0,8}】/u;
const CJK_ROUND_CLOSE = /^[^）\n]{0,8}）/u;

export function isDateline(text: string, mention: ActorMention): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const before = text.slice(lineStart, mention.start);
  const after = text.slice(mention.end, mention.end + 60);
  if (/【[^】\n]{0,4}$/u.test(before)) return CJK_BRACKET_CLOSE.test(after);
  // "（台北中央社）": round brackets are a dateline only where they open the paragraph.
  if (/^\s*（[^）\n]{0,4}$/u.test(before)) return CJK_ROUND_CLOSE.test(after);
  if (CJK_DATE.test(after)) return /^[\s\p{Script=Han}]{0,6}$/u.test(before);
  if (!/^\s*$/.test(before)) return false;
  const capitals = mention.surface.length >= 3 && mention.surface === mention.surface.toUpperCase() && /\p{Lu}/u.test(mention.surface);
  return WITH_AGENCY.test(after) || WITH_DATE.test(after) || (capitals && CAPITALS_DASH.test(after));
}

/** The mentions without the datelines among them. */
export function withoutDatelines(text: string, mentions: ActorMention[]): ActorMention[] {
  return mentions.filter((m) => m.kind === 'person' || !isDateline(text, m));
}
