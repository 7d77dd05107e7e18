/**
 * Throughputs as shares of the I/O floor measured in the same run (bench/floor.bench.ts). A
 * figure in articles per second means little across machines; its ratio to what the same machine
 * does when it only reads, parses, hashes and stores the same archive does not.
 *
 * Only article throughputs (`<name>_per_s`, articles per second) have a floor to be compared
 * with; pairs per second and requests per second are other units and get no ratio.
 */
export const FLOOR_KEY = 'floor_per_s';

export function floorRatios(figures: Record<string, number | string>): Record<string, number> {
  const floor = figures[FLOOR_KEY];
  if (typeof floor !== 'number' || !(floor > 0)) return {};
  const ratios: Record<string, number> = {};
  for (const [key, value] of Object.entries(figures)) {
    const name = /^([a-z0-9]+)_per_s$/.exec(key)?.[1];
    if (!name || key === FLOOR_KEY || typeof value !== 'number') continue;
    ratios[`${name}_floor_ratio`] = Math.round((value / floor) * 1000) / 1000;
  }
  return ratios;
}
