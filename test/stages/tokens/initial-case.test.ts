// The character-code checks recaseInitials asks before its two Unicode expressions (initial-case.ts): they
// say no only to words the expressions refuse.
import { describe, expect, it } from 'vitest';
import { mayBeCapitalised, mayBeLower4 } from '../../../src/stages/tokens/initial-case.ts';

const LOWER4 = /^\p{Ll}{4,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u;

describe('tokens: initial-case pre-checks', () => {
  it('never refuse a word the expressions accept', () => {
    // every first character of the Basic Latin and Latin-1 blocks, a few beyond, and an astral letter,
    // before short and long lower-case tails
    const firsts = [...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)), 'Ā', 'ā', 'Ω', 'ω', 'Ж', 'ж', '𝐀', '𝐚', 'ǅ'];
    const tails = ['', 'a', 'ab', 'abc', 'abcd', 'é-b', '-ab', 'B', '1'];
    let checked = 0;
    for (const f of firsts) {
      for (const t of tails) {
        const w = f + t;
        if (LOWER4.test(w)) expect(mayBeLower4(w), w).toBe(true);
        if (CAPITALISED.test(w)) expect(mayBeCapitalised(w), w).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('refuse common tokens without asking the expressions', () => {
    for (const w of ['the', ',', '.', '"', '2016', 'Mr', 'said']) expect(mayBeLower4(w) && w.length < 4, w).toBe(false);
    for (const w of [',', 'a', 'said', '2016', '"', 'A']) expect(mayBeCapitalised(w), w).toBe(false);
    expect(mayBeLower4('said')).toBe(true);
    expect(mayBeCapitalised('Said')).toBe(true);
  });
});
