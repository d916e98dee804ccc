import { describe, expect, it } from 'vitest';
import { opensUpper, opensUpperOrDigit, SHORT_SHAPES, shortShape, shortShapeIndex } from '../../src/doc/letters.ts';

// The regular expressions the fast tests stand for.
const shapeByRegex = (s: string) => (/^\p{Lu}+$/u.test(s) ? (s.length > 1 ? 'AA' : 'A') : /^\p{Lu}/u.test(s) ? 'Aa' : /^\p{Ll}/u.test(s) ? 'a' : /^\d/.test(s) ? '0' : 'p');

const WORDS = [
  '', 'a', 'A', 'AB', 'Ab', 'aB', 'ABc', 'A1', '1A', '9', '.', ',', "'s", '-', 'U.S.', 'NATO', 'NATO-led', 'McDonald',
  'É', 'Éa', 'ÉCOLE', 'AÉ', 'Aé', 'éA', 'ß', 'Σ', 'ΣΑ', 'Ωmega', '٣', '²', 'Ⅻ', '𝐀', '𝐀𝐁', '\u00a0A', 'İstanbul', 'ǅ', 'Ǆ',
  'Aʼ', 'A\u0301', 'ÀÉÎ', 'Zürich', 'zürich', 'ÅLAND', '_A', '~',
];

describe('letter-case tests', () => {
  it('answer as the Unicode regular expressions do', () => {
    for (const w of WORDS) {
      expect(opensUpper(w), w).toBe(/^\p{Lu}/u.test(w));
      expect(opensUpperOrDigit(w), w).toBe(/^[\p{Lu}\d]/u.test(w));
      expect(shortShape(w), w).toBe(shapeByRegex(w));
      expect(SHORT_SHAPES[shortShapeIndex(w)], w).toBe(shapeByRegex(w));
    }
  });

  it('answer as the regular expressions do for every single character of the Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const w = String.fromCharCode(c);
      if (opensUpper(w) !== /^\p{Lu}/u.test(w) || opensUpperOrDigit(w) !== /^[\p{Lu}\d]/u.test(w)
        || shortShape(w) !== shapeByRegex(w) || shortShape(`A${w}`) !== shapeByRegex(`A${w}`)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
