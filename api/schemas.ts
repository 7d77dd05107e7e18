import { z } from '@hono/zod-openapi';
import { BUCKETS } from '../pipeline/trends/trend-stats.js';

/* Response schemas more than one module needs: the routes that answer with them, the chart that draws them and the command line that prints them. */

/** A weighted mean with its interval and the evidence counted under it: what a trend point and a compare entry both report. */
const EstimateFields = {
  mean: z.number().nullable().openapi({ description: 'Confidence-weighted mean score in [-1, 1]; null when there are no records' }),
  ci_low: z.number().nullable().openapi({ description: '95% t-interval (weighted, effective n); null for n < 2' }),
  ci_high: z.number().nullable(),
  n_records: z.number().int(),
  n_articles: z.number().int(),
  n_sources: z.number().int(),
};

export const TrendPointSchema = z.object({
  bucket_start: z.string().openapi({ example: '2022-05-01' }),
  ...EstimateFields,
});

/** Distinct counts over a whole window: a trend's points count per bucket and cannot be summed into these. */
export const TrendTotalsSchema = z.object({
  n_records: z.number().int(),
  n_articles: z.number().int(),
  n_sources: z.number().int(),
});

export const TrendResultSchema = z
  .object({
    topic: z.string(),
    bucket: z.enum(BUCKETS),
    from: z.string(),
    to: z.string(),
    smooth: z.number().int().nullable(),
    scorer: z.string().openapi({ description: '"best" (nli/ensemble over lexicon per article) or the scorer asked for' }),
    totals: TrendTotalsSchema.extend({
      scorers: z.array(z.string()).openapi({ description: 'The scorers whose records the trend uses', example: ['lexicon'] }),
    }).openapi({ description: 'Records, distinct articles and sources over the whole window, all actors together' }),
    series: z.array(
      z.object({
        actor: z.string(),
        totals: TrendTotalsSchema.openapi({ description: "The actor's records, distinct articles and sources over the whole window" }),
        points: z.array(TrendPointSchema),
      }),
    ),
  })
  .openapi('Trend');

export type TrendResult = z.infer<typeof TrendResultSchema>;

export const CompareEntrySchema = z.object({
  actor: z.string(),
  name: z.string().nullable(),
  ...EstimateFields,
});

export type CompareEntry = z.infer<typeof CompareEntrySchema>;

export const CompareResultSchema = z
  .object({
    topic: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    scorer: z.string(),
    actors: z.array(CompareEntrySchema).openapi({ description: 'Most supportive first' }),
  })
  .openapi('Compare');

export type CompareResult = z.infer<typeof CompareResultSchema>;
