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

/** What a trend or comparison left out and why, besides what its filters asked to leave out. */
export const ExcludedSchema = z
  .object({
    no_date: z.number().int().openapi({ description: 'Records of the topic and actors without a publication date: they belong to no bucket or window' }),
    below_min_confidence: z.number().int().openapi({ description: 'Records below min_confidence' }),
    lower_ranked_scorer: z
      .number()
      .int()
      .openapi({ description: "Records of a scorer outranked on the same article (each article's best record counts; pick one with scorer=)" }),
    unregistered_source: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'With source_country or source_kind: records whose source the source registry does not list' }),
  })
  .openapi('Excluded');

export type Excluded = z.infer<typeof ExcludedSchema>;

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
    group_by: z.enum(['source_country', 'source_kind']).nullable().openapi({ description: 'How series are split by who reported, or null' }),
    series: z.array(
      z.object({
        actor: z.string(),
        group: z
          .string()
          .nullable()
          .optional()
          .openapi({ description: 'With group_by: the source country or kind; null for outlets the source registry does not list' }),
        totals: TrendTotalsSchema.openapi({ description: "The series' records, distinct articles and sources over the whole window" }),
        points: z.array(TrendPointSchema),
      }),
    ),
    excluded: ExcludedSchema,
  })
  .openapi('Trend');

export type TrendResult = z.infer<typeof TrendResultSchema>;

export const CompareEntrySchema = z.object({
  actor: z.string(),
  name: z.string().nullable(),
  group: z
    .string()
    .nullable()
    .optional()
    .openapi({ description: 'With group_by: the source country or kind; null for outlets the source registry does not list' }),
  ...EstimateFields,
});

export type CompareEntry = z.infer<typeof CompareEntrySchema>;

export const CompareResultSchema = z
  .object({
    topic: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    scorer: z.string(),
    group_by: z.enum(['source_country', 'source_kind']).nullable(),
    actors: z.array(CompareEntrySchema).openapi({ description: 'Most supportive first' }),
    excluded: ExcludedSchema,
  })
  .openapi('Compare');

export type CompareResult = z.infer<typeof CompareResultSchema>;
