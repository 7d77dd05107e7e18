import { z } from '@hono/zod-openapi';
import { BUCKETS } from '../pipeline/trends/trend-stats.js';

/* Response schemas more than one module needs: the routes that answer with them and the chart that draws them. */

export const TrendPointSchema = z.object({
  bucket_start: z.string().openapi({ example: '2022-05-01' }),
  mean: z.number().nullable().openapi({ description: 'Confidence-weighted mean score in [-1, 1]; null when the bucket is empty' }),
  ci_low: z.number().nullable().openapi({ description: '95% t-interval (weighted, effective n); null for n < 2' }),
  ci_high: z.number().nullable(),
  n_records: z.number().int(),
  n_articles: z.number().int(),
  n_sources: z.number().int(),
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
