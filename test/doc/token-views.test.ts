import { describe, expect, it } from 'vitest';
import { lowerCaseWords, lowerTexts } from '../../src/doc/token-views.ts';
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
