export const OPEN_QUOTE_MARK = /["“«„「『]/;
const OPEN_QUOTE = new RegExp(OPEN_QUOTE_MARK, 'g');
const CLOSE_QUOTE: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '「': '」', '『': '』' };

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

/** The quotations of a text, each from its opening to its matching closing mark; unclosed ones are left out. */
export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let from = 0;
  for (const mark of text.matchAll(OPEN_QUOTE)) {
    if (mark.index < from) continue;
    const close = text.indexOf(CLOSE_QUOTE[mark[0]], mark.index + 1);
    if (close < 0) continue;
    found.push({ open: mark.index, close });
    from = close + 1;
  }
  return found;
}
