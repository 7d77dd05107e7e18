/*
 * One look per actor, the same in every chart: a colour from a colour-blind-safe palette, and a
 * point shape and line dash as a second channel for readers (and printers) that cannot tell the
 * colours apart. The actors most often charted have fixed looks, chosen so that the usual
 * rivals never share a colour; every other actor gets a look from a hash of its code, so it
 * keeps it whatever else is shown and in whatever order.
 */

/**
 * Okabe & Ito's palette (2008), safe for the common colour-vision deficiencies, without its
 * yellow (#F0E442), which is unreadable as a thin line on white; black softened to dark grey.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#3A3A3A'] as const;

/** Vega shape names; all read at small sizes and differ in outline, not only in size. */
export const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross'] as const;

/** Stroke dash arrays paired with the shapes: solid first, then patterns that stay distinct when thin. */
export const DASHES: ReadonlyArray<readonly number[]> = [
  [1, 0],
  [7, 3],
  [2, 2],
  [9, 3, 2, 3],
  [4, 4],
  [1, 3],
];

export interface ActorLook {
  colour: string;
  shape: (typeof SHAPES)[number];
  dash: readonly number[];
}

/** [colour index, shape index] of the actors charted most often; no two share both. */
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  US: [0, 0],
  RU: [1, 1],
  NATO: [2, 3],
  CN: [3, 2],
  UA: [4, 4],
  EU: [5, 0],
  TR: [6, 5],
  GB: [5, 2],
  DE: [6, 1],
  FR: [2, 4],
  IN: [4, 3],
  JP: [3, 5],
  IR: [0, 3],
  UN: [6, 0],
  KP: [1, 4],
  IL: [5, 1],
};

/** FNV-1a: a small, stable string hash (the same code gives the same look in every release). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function actorLook(code: string): ActorLook {
  const fixed = FIXED[code.toUpperCase()];
  const h = hash(code.toUpperCase());
  const [colour, shape] = fixed ?? [h % PALETTE.length, Math.floor(h / PALETTE.length) % SHAPES.length];
  return { colour: PALETTE[colour], shape: SHAPES[shape], dash: DASHES[shape] };
}
