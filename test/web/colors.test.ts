// The PLOVER type palette stays apart for colour-blind readers: every two types, and above all types of
// different quad classes, keep a CIELAB distance under normal vision and simulated protanopia, deuteranopia
// and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0).
import { describe, expect, it } from 'vitest';
import { QUAD_COLORS, TYPE_COLORS, TYPE_QUAD, TYPES_BY_QUAD } from '../../web/src/colors.ts';

const VISION: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lab(hex: string, m: number[][]): number[] {
  const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, Y = 0.2126 * r + 0.7152 * g + 0.0722 * b, Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}

const dE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The closest pair of types, within a quad class and across classes, under one kind of vision. */
function closest(m: number[][]): { within: number; across: number } {
  const types = Object.keys(TYPE_COLORS);
  let within = Infinity, across = Infinity;
  for (let i = 0; i < types.length; i++) {
    for (let j = i + 1; j < types.length; j++) {
      const d = dE(lab(TYPE_COLORS[types[i]], m), lab(TYPE_COLORS[types[j]], m));
      if (TYPE_QUAD[types[i]] === TYPE_QUAD[types[j]]) within = Math.min(within, d);
      else across = Math.min(across, d);
    }
  }
  return { within, across };
}

describe('PLOVER type colours', () => {
  it('cover the 16 PLOVER types, each in exactly one quad class', () => {
    expect(Object.values(TYPES_BY_QUAD).flat().sort()).toEqual(Object.keys(TYPE_COLORS).sort());
    expect(Object.keys(TYPE_COLORS)).toHaveLength(16);
    expect(new Set(Object.values(TYPE_COLORS)).size).toBe(16);
  });

  for (const [vision, m] of Object.entries(VISION)) {
    it(`stay apart under ${vision}: ΔE ≥ 20 within a quad class, ≥ 26 across classes`, () => {
      const c = closest(m);
      expect(c.within).toBeGreaterThanOrEqual(20);
      expect(c.across).toBeGreaterThanOrEqual(26);
    });
  }

  it('quad-class colours stay apart under every vision (ΔE ≥ 20)', () => {
    for (const m of Object.values(VISION)) {
      const qs = Object.values(QUAD_COLORS).map((c) => lab(c, m));
      for (let i = 0; i < qs.length; i++) for (let j = i + 1; j < qs.length; j++) expect(dE(qs[i], qs[j])).toBeGreaterThanOrEqual(20);
    }
  });
});
