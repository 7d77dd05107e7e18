import type { TopLevelSpec } from 'vega-lite';
import type { TrendResult } from '../schemas.js';
import { renderPng, renderSvg } from './render.js';
import { type ChartContext, trendChartSpec } from './trend-spec.js';

export type ChartFormat = 'svg' | 'png' | 'vega';

export type RenderedChart = { format: 'vega'; spec: TopLevelSpec } | { format: 'svg' | 'png'; contentType: string; body: Buffer; spec: TopLevelSpec };

/** A trend drawn in one of the formats a report takes: the spec itself, or an SVG or PNG image of it. */
export async function chartFor(result: TrendResult, context: ChartContext & { format: ChartFormat }): Promise<RenderedChart> {
  const spec = trendChartSpec(result, context);
  if (context.format === 'vega') return { format: 'vega', spec };
  const svg = await renderSvg(spec);
  if (context.format === 'svg') return { format: 'svg', contentType: 'image/svg+xml; charset=utf-8', body: Buffer.from(svg), spec };
  return { format: 'png', contentType: 'image/png', body: await renderPng(svg), spec };
}
