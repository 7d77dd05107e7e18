import { describe, expect, it } from 'vitest';
import { actorLook, DASHES, PALETTE, SHAPES } from '../../../api/chart/palette.js';

describe('actorLook', () => {
  it('gives the usual rivals fixed, distinct colours', () => {
    const rivals = ['US', 'RU', 'NATO', 'CN', 'UA', 'EU', 'TR'].map((code) => actorLook(code).colour);
    expect(new Set(rivals).size).toBe(rivals.length);
  });

  it('never gives two fixed actors the same colour and shape', () => {
    const fixed = ['US', 'RU', 'NATO', 'CN', 'UA', 'EU', 'TR', 'GB', 'DE', 'FR', 'IN', 'JP', 'IR', 'UN', 'KP', 'IL'];
    const looks = fixed.map((code) => `${actorLook(code).colour}/${actorLook(code).shape}`);
    expect(new Set(looks).size).toBe(fixed.length);
  });

  it('draws every actor from the colour-blind-safe palette, with a shape and its dash', () => {
    for (const code of ['RU', 'BR', 'ZA', 'ASEAN', 'XK', 'nato']) {
      const look = actorLook(code);
      expect(PALETTE).toContain(look.colour);
      expect(SHAPES).toContain(look.shape);
      expect(look.dash).toEqual(DASHES[SHAPES.indexOf(look.shape)]);
    }
  });

  it('keeps a look whatever else is charted: it depends on the code alone', () => {
    expect(actorLook('BR')).toEqual(actorLook('BR'));
    expect(actorLook('nato')).toEqual(actorLook('NATO'));
    // Pinned: a change to the hash or the tables recolours every chart readers have seen.
    expect(actorLook('BR')).toEqual({ colour: '#D55E00', shape: 'circle', dash: [1, 0] });
    expect(actorLook('MX')).toEqual({ colour: '#3A3A3A', shape: 'triangle-down', dash: [4, 4] });
    expect(actorLook('RU')).toEqual({ colour: '#D55E00', shape: 'square', dash: [7, 3] });
    const hashed = ['BR', 'ZA', 'MX', 'AR', 'NG', 'EG', 'SA', 'ID', 'PK', 'VN'].map((c) => actorLook(c).colour);
    expect(new Set(hashed).size).toBeGreaterThan(3);
  });
});
