import { describe, expect, it } from 'vitest';
import { gluedHyphen, lowerCaseWords, lowerTexts } from '../../src/doc/token-views.ts';
import type { Token } from '../../src/doc/types.ts';

const toks = (words: string[]): Token[] => {
  let at = 0;
  return words.map((text) => {
    const t: Token = { start: at, end: at + text.length, text, pos: 'X', lemma: text.toLowerCase(), sentence: 0 };
    at += text.length + 1;
    return t;
  });
};

describe('per-document token views', () => {
  it('gathers the words written in lower case and every text lower-cased, once per token array', () => {
    const tokens = toks(['The', 'mayor', 'of', 'Lisbon', 'met', 'élus', 'and', 'Östberg', '.']);
    expect([...lowerCaseWords(tokens)].sort()).toEqual(['and', 'mayor', 'met', 'of', 'élus']);
    expect(lowerTexts(tokens)).toEqual(['the', 'mayor', 'of', 'lisbon', 'met', 'élus', 'and', 'östberg', '.']);
    expect(lowerCaseWords(tokens)).toBe(lowerCaseWords(tokens));
    expect(lowerTexts(tokens)).toBe(lowerTexts(tokens));
  });

  it('reads a token array again when it grew', () => {
    const tokens = toks(['Rain', 'fell']);
    expect([...lowerCaseWords(tokens)]).toEqual(['fell']);
    tokens.push(...toks(['again']));
    expect([...lowerCaseWords(tokens)].sort()).toEqual(['again', 'fell']);
    expect(lowerTexts(tokens)).toEqual(['rain', 'fell', 'again']);
  });
});

describe('gluedHyphen', () => {
  // tokens at explicit offsets: "al-Sisi met" (glued) and "Kyiv - Reuters" (a dateline's spaced dash)
  const tok = (text: string, start: number): Token => ({ start, end: start + text.length, text, pos: 'X', lemma: text.toLowerCase(), sentence: 0 });
  it('is true of a hyphen with no space on either side, false of a spaced dash and at the ends', () => {
    const glued = [tok('al', 0), tok('-', 2), tok('Sisi', 3), tok('met', 8)];
    expect(gluedHyphen(glued, 1)).toBe(true);
    expect(gluedHyphen(glued, 2)).toBe(false);
    const spaced = [tok('Kyiv', 0), tok('-', 5), tok('Reuters', 7)];
    expect(gluedHyphen(spaced, 1)).toBe(false);
    expect(gluedHyphen([tok('-', 0), tok('x', 1)], 0)).toBe(false);
  });
});
