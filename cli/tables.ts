import { escapeControls } from '../core/text.js';
import { iterateArticles } from '../pipeline/db/articles.repo.js';
import type { Db } from '../pipeline/db/handle.js';
import { articleJson, stanceJson } from '../pipeline/db/json.js';
import { iterateStances, type StanceListFilter } from '../pipeline/db/stances.repo.js';

export async function* stanceRows(db: Db, filter: StanceListFilter, limit?: number) {
  for await (const s of iterateStances(db, filter, limit)) yield stanceJson(s);
}

export async function* articleRows(db: Db, limit?: number) {
  for await (const a of iterateArticles(db, limit)) yield articleJson(a);
}

/** A cell: one line, control characters escaped (they would reach the terminal), cut to `width`. */
function fitWidth(text: string, width: number): string {
  const flat = escapeControls(text.replace(/[\t\n\r ]+/g, ' ').trim());
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function signed(x: number): string {
  return (x > 0 ? '+' : x < 0 ? '−' : ' ') + Math.abs(x).toFixed(2);
}

const DEFAULT_ROWS = 40;

/** A plain-text table a researcher can paste: one line per record, evidence cut to fit. */
export async function printStanceTable(db: Db, filter: StanceListFilter, print: (line: string) => void, limit?: number): Promise<void> {
  const rows = limit ?? DEFAULT_ROWS;
  print(`${'ARTICLE'.padEnd(22)} ${'ACTOR'.padEnd(5)} ${'TOPIC'.padEnd(21)} ${'STANCE'.padEnd(7)} ${'SCORE'.padStart(6)} ${'CONF'.padStart(4)}  EVIDENCE`);
  let shown = 0;
  let more = 0;
  for await (const s of iterateStances(db, filter)) {
    if (shown >= rows) {
      more++;
      continue;
    }
    const evidence = s.evidence[0]?.sentence ?? '';
    print(
      `${fitWidth(s.articleId, 22)} ${fitWidth(s.actor, 5)} ${fitWidth(s.topic, 21)} ${s.label.padEnd(7)} ${signed(s.score).padStart(6)} ${s.confidence.toFixed(2).padStart(4)}  ${fitWidth(evidence, 70)}`,
    );
    shown++;
  }
  if (shown === 0) print('(no stance records)');
  if (more > 0 && limit === undefined) print(`… ${more} more: stance stances --json for all of them`);
}

export async function printArticleTable(db: Db, print: (line: string) => void, limit?: number): Promise<void> {
  print(`${'ARTICLE'.padEnd(24)} ${'LANG'.padEnd(4)} ${'PUBLISHED'.padEnd(10)} ${'STATUS'.padEnd(10)} TITLE`);
  let n = 0;
  for await (const a of iterateArticles(db, limit)) {
    print(
      `${fitWidth(a.id, 24)} ${fitWidth(a.lang ?? '?', 4)} ${(a.publishedAt ?? '').slice(0, 10).padEnd(10)} ${a.status.padEnd(10)} ${fitWidth(a.title ?? a.text, 60)}`,
    );
    n++;
  }
  if (n === 0) print('(no articles)');
}
