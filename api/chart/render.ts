import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { findChartFonts } from './fonts.js';
import { vegaTextWidth } from './text-metrics.js';

/** Vega's text measurer, which its typings leave out (vl-convert replaces it the same way). */
(vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;

/** A PNG is drawn at twice the SVG's size: sharp at a report's column width and in print. */
export const PNG_SCALE = 2;

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

/** The SVG drawn as a PNG by resvg, with the fonts given explicitly (see fonts.ts), on white. */
export async function renderPng(svg: string): Promise<Buffer> {
  const fonts = findChartFonts();
  // Loaded on demand: only PNG requests pay for the native renderer.
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
  }).render();
  return image.asPng();
}
