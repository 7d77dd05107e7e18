import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { TrendPoint } from '../pipeline/trends/trend-stats.js';
import type { TrendResult } from './schemas.js';

type ChartRow = TrendPoint & { actor: string; hover: string };

function chartRows(result: TrendResult): ChartRow[] {
  return result.series.flatMap((s) =>
    s.points.map((p) => ({
      actor: s.actor,
      ...p,
      hover:
        p.mean === null
          ? `${s.actor} ${p.bucket_start}: no data`
          : `${s.actor} ${p.bucket_start}: mean ${p.mean.toFixed(3)}` +
            (p.ci_low === null ? '' : ` [${p.ci_low.toFixed(3)}, ${p.ci_high!.toFixed(3)}]`) +
            `, n_records ${p.n_records}, n_articles ${p.n_articles}`,
    })),
  );
}

/** A line per actor over its 95% band; points carry n for hover (tooltip, and `<title>` in the SVG). */
export function trendChartSpec(result: TrendResult, topicLabel: string): TopLevelSpec {
  const smoothing = result.smooth && result.smooth > 1 ? `, trailing mean over ${result.smooth} buckets` : '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: `Stance on ${topicLabel}`, subtitle: `${result.bucket} buckets, ${result.from} to ${result.to}, 95% interval${smoothing}` },
    width: 720,
    height: 320,
    data: { values: chartRows(result) },
    encoding: {
      x: { field: 'bucket_start', type: 'temporal', scale: { type: 'utc' }, title: `${result.bucket[0].toUpperCase()}${result.bucket.slice(1)} (UTC)` },
      color: { field: 'actor', type: 'nominal', title: 'Actor' },
    },
    layer: [
      {
        mark: { type: 'area', opacity: 0.18, aria: false },
        encoding: {
          y: { field: 'ci_low', type: 'quantitative', scale: { domain: [-1, 1] }, title: 'Stance (−1 opposes, +1 supports)' },
          y2: { field: 'ci_high' },
        },
      },
      {
        mark: { type: 'line', aria: false, point: { filled: true, size: 36, aria: true } },
        encoding: {
          y: { field: 'mean', type: 'quantitative' },
          description: { field: 'hover' },
          tooltip: [
            { field: 'actor', title: 'Actor' },
            { field: 'bucket_start', type: 'temporal', title: 'Bucket', format: '%Y-%m-%d' },
            { field: 'mean', type: 'quantitative', format: '.3f' },
            { field: 'ci_low', type: 'quantitative', format: '.3f' },
            { field: 'ci_high', type: 'quantitative', format: '.3f' },
            { field: 'n_records', type: 'quantitative' },
            { field: 'n_articles', type: 'quantitative' },
          ],
        },
      },
    ],
  };
}

/**
 * Renders server-side without a canvas. SVG has no tooltips of its own, so each point's
 * accessible label (which holds n) is copied into a `<title>`, which browsers show on hover.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/<path([^>]*?)aria-label="([^"]*)"([^>]*?)\/>/g, '<path$1aria-label="$2"$3><title>$2</title></path>');
  } finally {
    view.finalize();
  }
}
