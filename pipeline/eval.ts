import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { StanceError } from '../core/errors.js';
import type { ScorerSpec } from '../models/scorers.js';
import { openDatabase } from './db/client.js';
import type { DbHandle } from './db/handle.js';
import { stancesOfArticle } from './db/stances.repo.js';
import { ingestAndAnalyse } from './run.js';
import { NEUTRAL_BAND } from './stages/aggregate.js';

/** Stance classes the evaluation compares: a score inside the neutral band is 0. */
export type StanceClass = -1 | 0 | 1;

export interface Triple {
  article: string;
  lang: string;
  actor: string;
  topic: string;
  stance: StanceClass;
  evidence: string;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  macro_f1: number;
}

export interface EvalError {
  article: string;
  actor: string;
  topic: string;
  expected: StanceClass | null;
  got: StanceClass | null;
  evidence: string;
}

export interface EvalReport {
  overall: Scores;
  by_lang: Record<string, Scores>;
  by_topic: Record<string, Scores>;
  n_articles: number;
  n_gold: number;
  n_pred: number;
  errors?: EvalError[];
}

const GoldRecord = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  gold: z.array(
    z.object({
      country: z.string().min(1),
      topic: z.string().min(1),
      stance: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
      evidence: z.string().default(''),
    }),
  ),
});

export interface GoldArticle {
  id: string;
  lang: string;
  gold: Triple[];
}

/** Reads a gold file: one article a line with `id`, `lang`, `text` and `gold` records. */
export function readGold(path: string): GoldArticle[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: GoldArticle[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new StanceError('bad_input', `${path}:${i + 1}: expected a JSON object, got unparsable text; fix the line`);
    }
    const parsed = GoldRecord.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new StanceError('bad_input', `${path}:${i + 1}: expected a gold record with id, lang and gold[], got: ${problems}`);
    }
    const { id, lang, gold } = parsed.data;
    out.push({ id, lang, gold: gold.map((g) => ({ article: id, lang, actor: g.country, topic: g.topic, stance: g.stance, evidence: g.evidence })) });
  });
  return out;
}

export function classOf(score: number): StanceClass {
  return score <= -NEUTRAL_BAND ? -1 : score >= NEUTRAL_BAND ? 1 : 0;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

function f1Of({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

const keyOf = (t: Pick<Triple, 'article' | 'actor' | 'topic'>) => `${t.article}\u0000${t.actor}\u0000${t.topic}`;

/**
 * Scores predicted (actor, topic, stance) triples against gold ones. A triple counts as found only
 * with the right sign; the right actor and topic with the wrong sign is one false positive and one
 * false negative. Micro precision/recall/F1 over all triples; macro F1 averages the per-class F1 of
 * the three stance classes.
 */
export function scoreTriples(gold: Triple[], predicted: Triple[]): Scores & { errors: EvalError[] } {
  const goldBy = new Map(gold.map((g) => [keyOf(g), g]));
  const predBy = new Map(predicted.map((p) => [keyOf(p), p]));
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perClass = new Map<StanceClass, Counts>([-1, 0, 1].map((c) => [c as StanceClass, { tp: 0, fp: 0, fn: 0 }]));
  const errors: EvalError[] = [];
  for (const p of predBy.values()) {
    const g = goldBy.get(keyOf(p));
    if (g && g.stance === p.stance) {
      total.tp++;
      perClass.get(p.stance)!.tp++;
    } else {
      total.fp++;
      perClass.get(p.stance)!.fp++;
      errors.push({ article: p.article, actor: p.actor, topic: p.topic, expected: g?.stance ?? null, got: p.stance, evidence: p.evidence });
    }
  }
  for (const g of goldBy.values()) {
    const p = predBy.get(keyOf(g));
    if (p && p.stance === g.stance) continue;
    total.fn++;
    perClass.get(g.stance)!.fn++;
    if (!p) errors.push({ article: g.article, actor: g.actor, topic: g.topic, expected: g.stance, got: null, evidence: g.evidence });
  }
  const micro = f1Of(total);
  const macro = [...perClass.values()].reduce((s, c) => s + f1Of(c).f1, 0) / perClass.size;
  return { precision: round(micro.precision), recall: round(micro.recall), f1: round(micro.f1), macro_f1: round(macro), errors };
}

function scoresOf(gold: Triple[], predicted: Triple[]): Scores {
  const { precision, recall, f1, macro_f1 } = scoreTriples(gold, predicted);
  return { precision, recall, f1, macro_f1 };
}

function groupScores(gold: Triple[], predicted: Triple[], by: (t: Triple) => string): Record<string, Scores> {
  const keys = [...new Set([...gold, ...predicted].map(by))].sort();
  return Object.fromEntries(
    keys.map((k) => [
      k,
      scoresOf(
        gold.filter((t) => by(t) === k),
        predicted.filter((t) => by(t) === k),
      ),
    ]),
  );
}

/** The whole report from gold articles and the predictions for them. */
export function evaluate(articles: GoldArticle[], predicted: Triple[], withErrors = false): EvalReport {
  const gold = articles.flatMap((a) => a.gold);
  const { errors, ...overall } = scoreTriples(gold, predicted);
  return {
    overall,
    by_lang: groupScores(gold, predicted, (t) => t.lang),
    by_topic: groupScores(gold, predicted, (t) => t.topic),
    n_articles: articles.length,
    n_gold: gold.length,
    n_pred: predicted.length,
    ...(withErrors ? { errors } : {}),
  };
}

function predictionsOf(handle: DbHandle, articles: GoldArticle[], scorer: string): Triple[] {
  return articles.flatMap((article) =>
    stancesOfArticle(handle.db, article.id)
      .filter((s) => s.scorer === scorer)
      .map((s) => ({
        article: article.id,
        lang: article.lang,
        actor: s.actor,
        topic: s.topic,
        stance: classOf(s.score),
        evidence: s.evidence[0]?.sentence ?? '',
      })),
  );
}

export interface EvalOptions {
  scorer: ScorerSpec;
  scorerId: string;
  /** An existing database to analyse into; a temporary one otherwise. */
  db?: string;
  errors?: boolean;
}

/** `stance eval`: analyses the gold file's articles and compares the records with the gold ones. */
export async function runEval(goldPath: string, options: EvalOptions): Promise<EvalReport> {
  const articles = readGold(goldPath);
  const dir = options.db ? undefined : mkdtempSync(join(tmpdir(), 'stance-eval-'));
  const handle = openDatabase(options.db ?? join(dir!, 'eval.db'));
  try {
    await ingestAndAnalyse(handle, [goldPath], { scorer: options.scorer, concurrency: 0, progress: false }, options.scorerId);
    return evaluate(articles, predictionsOf(handle, articles, options.scorerId), options.errors);
  } finally {
    handle.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x: number) => x.toFixed(3).padStart(6);

/** The human table: one row per language, then per topic, then overall. */
export function formatReport(report: EvalReport): string[] {
  const row = (name: string, s: Scores) => `${name.padEnd(24)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.macro_f1)}`;
  const header = `${''.padEnd(24)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'macroF1'.padStart(6)}`;
  const lines = [`${report.n_articles} articles, ${report.n_gold} gold records, ${report.n_pred} predicted`, '', header];
  for (const [lang, s] of Object.entries(report.by_lang)) lines.push(row(`lang ${lang}`, s));
  lines.push('');
  for (const [topic, s] of Object.entries(report.by_topic)) lines.push(row(`topic ${topic}`, s));
  lines.push('', row('overall', report.overall));
  if (report.errors) {
    lines.push('', 'errors (article actor topic: expected → got | evidence):');
    const sign = (x: StanceClass | null) => (x === null ? '—' : x > 0 ? '+1' : x < 0 ? '-1' : '0');
    for (const e of report.errors)
      lines.push(`  ${e.article} ${e.actor} ${e.topic}: ${sign(e.expected)} → ${sign(e.got)} | ${e.evidence.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return lines;
}
