import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { StanceError } from '../core/errors.js';
import type { ScorerSpec } from '../models/scorers.js';
import { loadAnalysisData } from './analysis-data.js';
import { getArticle } from './db/articles.repo.js';
import { openDatabase } from './db/client.js';
import type { DbHandle } from './db/handle.js';
import { stancesOfArticle } from './db/stances.repo.js';
import { ingestAndAnalyse } from './run.js';
import { findActorMentions } from './stages/actors.js';
import { NEUTRAL_BAND } from './stages/aggregate.js';
import { candidatesOf } from './stages/analyse.js';
import { TopicFinder } from './stages/topics.js';

/** Stance classes the evaluation compares: a score inside the neutral band is 0. */
export type StanceClass = -1 | 0 | 1;

export interface Triple {
  article: string;
  lang: string;
  /** What the gold item tests, where the gold file says (capability test sets). */
  capability?: string;
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
  /** F1 of (actor, topic) pairs whatever their sign: did the system find who takes a stance on what? */
  pair_f1: number;
  n_gold: number;
  n_pred: number;
  /** Gold records found with the right sign. */
  correct: number;
  /** Gold (actor, topic) pairs the system gave no record. */
  missed: number;
  /** Records for (actor, topic) pairs the gold does not have. */
  spurious: number;
  /** Pairs in both, with another sign. */
  sign_errors: number;
}

/** Gold sign × predicted sign, with "none" for a pair only one side has: `confusion[gold][predicted]`. */
export type Confusion = Record<SignName, Record<SignName, number>>;
export type SignName = '-1' | '0' | '+1' | 'none';
export const SIGN_NAMES: readonly SignName[] = ['-1', '0', '+1', 'none'];

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
  /** Only for gold files whose items name the capability they test. */
  by_capability?: Record<string, Scores>;
  confusion: Confusion;
  /** Where the pipeline lost the gold pairs it missed (`stance eval` only; see `MissedStages`). */
  missed_by_stage?: MissedStages;
  n_articles: number;
  n_gold: number;
  n_pred: number;
  errors?: EvalError[];
}

/**
 * The gold pairs with no record, by the stage that lost them: the holder is named nowhere the
 * gazetteer knows (add its names, offices or institutions), it is named but never in a sentence
 * that names the topic or takes it up (add the topic's phrases), or the scorer was asked and found
 * no stance in what it read.
 */
export interface MissedStages {
  holder_not_found: number;
  holder_not_with_topic: number;
  no_stance: number;
}

const GoldRecord = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  capability: z.string().optional(),
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
  capability?: string;
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
    const { id, lang, gold, capability } = parsed.data;
    out.push({
      id,
      lang,
      capability,
      gold: gold.map((g) => ({ article: id, lang, capability, actor: g.country, topic: g.topic, stance: g.stance, evidence: g.evidence })),
    });
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
  let signErrors = 0;
  for (const p of predBy.values()) {
    const g = goldBy.get(keyOf(p));
    if (g && g.stance === p.stance) {
      total.tp++;
      perClass.get(p.stance)!.tp++;
    } else {
      total.fp++;
      perClass.get(p.stance)!.fp++;
      if (g) signErrors++;
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
  const missed = [...goldBy.keys()].filter((k) => !predBy.has(k)).length;
  const spurious = [...predBy.keys()].filter((k) => !goldBy.has(k)).length;
  const pairs = f1Of({ tp: goldBy.size - missed, fp: spurious, fn: missed });
  return {
    precision: round(micro.precision),
    recall: round(micro.recall),
    f1: round(micro.f1),
    macro_f1: round(macro),
    pair_f1: round(pairs.f1),
    n_gold: goldBy.size,
    n_pred: predBy.size,
    correct: total.tp,
    missed,
    spurious,
    sign_errors: signErrors,
    errors,
  };
}

const signName = (stance: StanceClass | undefined): SignName => (stance === undefined ? 'none' : stance > 0 ? '+1' : stance < 0 ? '-1' : '0');

/** Gold sign × predicted sign over every (article, actor, topic) either side has. */
export function confusionOf(gold: Triple[], predicted: Triple[]): Confusion {
  const matrix = Object.fromEntries(SIGN_NAMES.map((g) => [g, Object.fromEntries(SIGN_NAMES.map((p) => [p, 0]))])) as Confusion;
  const goldBy = new Map(gold.map((g) => [keyOf(g), g.stance]));
  const predBy = new Map(predicted.map((p) => [keyOf(p), p.stance]));
  for (const key of new Set([...goldBy.keys(), ...predBy.keys()])) matrix[signName(goldBy.get(key))][signName(predBy.get(key))]++;
  return matrix;
}

function scoresOf(gold: Triple[], predicted: Triple[]): Scores {
  const { errors: _, ...scores } = scoreTriples(gold, predicted);
  return scores;
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
  const capabilities = new Map(articles.map((a) => [a.id, a.capability]));
  const withCapability = (t: Triple) => ({ ...t, capability: capabilities.get(t.article) ?? '(none)' });
  return {
    overall,
    by_lang: groupScores(gold, predicted, (t) => t.lang),
    by_topic: groupScores(gold, predicted, (t) => t.topic),
    ...(articles.some((a) => a.capability)
      ? { by_capability: groupScores(gold.map(withCapability), predicted.map(withCapability), (t) => t.capability!) }
      : {}),
    confusion: confusionOf(gold, predicted),
    n_articles: articles.length,
    n_gold: gold.length,
    n_pred: predicted.length,
    ...(withErrors ? { errors } : {}),
  };
}

async function predictionsOf(handle: DbHandle, articles: GoldArticle[], scorer: string): Promise<Triple[]> {
  const records = await Promise.all(articles.map((article) => stancesOfArticle(handle.db, article.id)));
  return articles.flatMap((article, i) =>
    records[i]
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
  const handle = await openDatabase(options.db ?? join(dir!, 'eval.db'));
  try {
    await ingestAndAnalyse(handle, [goldPath], { scorer: options.scorer, concurrency: 0, progress: false }, options.scorerId);
    const predicted = await predictionsOf(handle, articles, options.scorerId);
    return { ...evaluate(articles, predicted, options.errors), missed_by_stage: await missedStages(handle, articles, predicted) };
  } finally {
    await handle.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Sorts the gold pairs with no predicted record by where the pipeline lost them, reading each stored article again. */
async function missedStages(handle: DbHandle, articles: GoldArticle[], predicted: Triple[]): Promise<MissedStages> {
  const stages: MissedStages = { holder_not_found: 0, holder_not_with_topic: 0, no_stance: 0 };
  const found = new Set(predicted.map((p) => `${p.article}\u0000${p.actor}\u0000${p.topic}`));
  const topics = new TopicFinder((await loadAnalysisData(handle.db)).topics);
  for (const gold of articles) {
    const missed = gold.gold.filter((g) => !found.has(`${g.article}\u0000${g.actor}\u0000${g.topic}`));
    if (missed.length === 0) continue;
    const stored = await getArticle(handle.db, gold.id);
    const lang = stored?.lang ?? gold.lang;
    const article = { id: gold.id, text: stored?.text ?? '', title: stored?.title ?? null, lang, publishedAt: stored?.publishedAt ?? null };
    const named = new Set(
      [article.text, article.title ?? ''].flatMap((text) => findActorMentions(text, { lang, date: article.publishedAt }).map((m) => m.actor)),
    );
    const asked = new Set(candidatesOf(article, lang, topics).map(({ candidate: c }) => `${c.actor.code}\u0000${c.topic.id}`));
    for (const g of missed) {
      if (!named.has(g.actor)) stages.holder_not_found++;
      else if (!asked.has(`${g.actor}\u0000${g.topic}`)) stages.holder_not_with_topic++;
      else stages.no_stance++;
    }
  }
  return stages;
}

const fixed = (x: number) => x.toFixed(3);

/** What the columns mean, printed under the table so the output can go into a report as it is. */
export const COLUMN_NOTES = [
  'prec, recall, F1: micro-averaged over (actor, topic, stance) records; a record with the right actor and topic but',
  '  the wrong sign counts as both a false positive and a false negative.',
  'macroF1: the mean of the F1 of the three stance classes (oppose, neutral, support), so the rare neutral class weighs as much as the others.',
  'pairF1: F1 of (actor, topic) pairs whatever the sign: who takes a stance on what.',
  'gold, pred: records in the gold file and predicted; missed: gold pairs with no prediction; spurious: predicted pairs',
  '  not in the gold; sign: pairs in both with another sign.',
  'missed pairs by where they were lost: the holder named nowhere the gazetteer knows; named, but never in a sentence',
  '  that names the topic or takes it up; or in such a sentence, with no stance read there.',
];

/** The human table: one row per language, topic and capability, then overall; then the gold × predicted signs. */
export function formatReport(report: EvalReport): string[] {
  const groups: Array<[string, Record<string, Scores>]> = [
    ['lang', report.by_lang],
    ['topic', report.by_topic],
    ...(report.by_capability ? [['capability', report.by_capability] as [string, Record<string, Scores>]] : []),
  ];
  const names = groups.flatMap(([kind, rows]) => Object.keys(rows).map((name) => `${kind} ${name}`));
  const width = Math.max(7, ...names.map((n) => n.length));
  const columns: Array<[string, (s: Scores) => string]> = [
    ['prec', (s) => fixed(s.precision)],
    ['recall', (s) => fixed(s.recall)],
    ['F1', (s) => fixed(s.f1)],
    ['macroF1', (s) => fixed(s.macro_f1)],
    ['pairF1', (s) => fixed(s.pair_f1)],
    ['gold', (s) => String(s.n_gold)],
    ['pred', (s) => String(s.n_pred)],
    ['missed', (s) => String(s.missed)],
    ['spurious', (s) => String(s.spurious)],
    ['sign', (s) => String(s.sign_errors)],
  ];
  const cell = (text: string, header: string) => text.padStart(Math.max(header.length, 6));
  const row = (name: string, s: Scores) => `${name.padEnd(width)} ${columns.map(([header, value]) => cell(value(s), header)).join(' ')}`;
  const lines = [
    `${report.n_articles} articles, ${report.n_gold} gold records, ${report.n_pred} predicted`,
    '',
    `${''.padEnd(width)} ${columns.map(([header]) => cell(header, header)).join(' ')}`,
  ];
  for (const [kind, rows] of groups) {
    for (const [name, s] of Object.entries(rows)) lines.push(row(`${kind} ${name}`, s));
    lines.push('');
  }
  lines.push(row('overall', report.overall), '', 'gold ↓ × predicted →', `${''.padEnd(6)}${SIGN_NAMES.map((p) => p.padStart(6)).join('')}`);
  for (const g of SIGN_NAMES) if (g !== 'none') lines.push(`${g.padEnd(6)}${SIGN_NAMES.map((p) => String(report.confusion[g][p]).padStart(6)).join('')}`);
  lines.push(`${'none'.padEnd(6)}${SIGN_NAMES.map((p) => (p === 'none' ? '' : String(report.confusion.none[p])).padStart(6)).join('')}`);
  const stages = report.missed_by_stage;
  if (stages) {
    lines.push(
      '',
      `missed pairs by where they were lost: holder not found ${stages.holder_not_found} · holder never with the topic ${stages.holder_not_with_topic} · no stance read ${stages.no_stance}`,
    );
  }
  lines.push('', ...COLUMN_NOTES);
  if (report.errors) {
    lines.push('', 'errors (article actor topic: expected → got | evidence):');
    const sign = (x: StanceClass | null) => (x === null ? '—' : x > 0 ? '+1' : x < 0 ? '-1' : '0');
    for (const e of report.errors)
      lines.push(`  ${e.article} ${e.actor} ${e.topic}: ${sign(e.expected)} → ${sign(e.got)} | ${e.evidence.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return lines;
}
