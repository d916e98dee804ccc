// Span helpers of src/doc/doc.ts.
import { describe, expect, it } from 'vitest';
import { hyphenJoined, hyphenRunEnd, lineBreakBetween, overlapLength, tokenIndex, tokenIndexFrom, tokenSpan, tokensOfSentence, tokensOver } from '../../src/doc/doc.ts';
import type { Token } from '../../src/doc/types.ts';

describe('lineBreakBetween', () => {
  const text = 'Storm warning\nOfficials said rain falls';
  const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it('finds a line break in the gap between two spans, and none in a plain space', () => {
    expect(lineBreakBetween(text, span('warning'), span('Officials'))).toBe(true);
    expect(lineBreakBetween(text, span('Officials'), span('said'))).toBe(false);
    expect(lineBreakBetween(text, span('Storm'), span('Officials'))).toBe(true);
  });

  it('reads no gap between glued or overlapping spans', () => {
    expect(lineBreakBetween(text, { start: 0, end: 14 }, { start: 13, end: 20 })).toBe(false);
    expect(lineBreakBetween(text, span('rain'), span('rain'))).toBe(false);
  });
});

describe('tokensOfSentence and tokenIndex', () => {
  const tok = (sentence: number, k: number): Token => ({ start: k, end: k + 1, text: 'x', pos: 'X', lemma: 'x', sentence });
  const filter = (tokens: Token[], si: number) => tokens.filter((t) => t.sentence === si);

  it('give what a scan of the whole token list gives, for tokens numbered in order (with a sentence skipped)', () => {
    const tokens = [0, 0, 0, 1, 3, 3, 4].map(tok);
    for (let si = -1; si <= 6; si++) expect(tokensOfSentence(tokens, si)).toEqual(filter(tokens, si));
    for (const t of tokens) expect(tokenIndex(tokens, t)).toBe(tokens.indexOf(t));
    expect(tokenIndex(tokens, tok(0, 0))).toBe(-1);
    expect(tokensOfSentence([], 0)).toEqual([]);
  });

  it('fall back to the scan for tokens out of order, and notice a list that grew', () => {
    const tokens = [1, 0, 1, 2].map(tok);
    expect(tokensOfSentence(tokens, 1)).toEqual(filter(tokens, 1));
    const grown = [0, 0, 1].map(tok);
    expect(tokensOfSentence(grown, 1)).toHaveLength(1);
    grown.push(tok(1, 3));
    expect(tokensOfSentence(grown, 1)).toEqual(filter(grown, 1));
  });
});

describe('token ranges of a span', () => {
  // "Rain fell on Tuesday." as word spans
  const tokens = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 12 }, { start: 13, end: 20 }, { start: 20, end: 21 }];

  it('finds the first token starting at or after a position', () => {
    expect(tokenIndexFrom(tokens, 0)).toBe(0);
    expect(tokenIndexFrom(tokens, 6)).toBe(2);
    expect(tokenIndexFrom(tokens, 13)).toBe(3);
    expect(tokenIndexFrom(tokens, 22)).toBe(tokens.length);
  });

  it('tells the tokens inside a span from those that share a character with it', () => {
    const span = { start: 7, end: 15 };
    expect(tokenSpan(tokens, span)).toEqual({ a: 2, b: 3 });
    expect(tokensOver(tokens, span)).toEqual({ a: 1, b: 4 });
    expect(tokensOver(tokens, { start: 30, end: 31 })).toEqual({ a: tokens.length, b: tokens.length });
  });

  it('counts the characters two spans share', () => {
    expect(overlapLength({ start: 0, end: 9 }, { start: 5, end: 12 })).toBe(4);
    expect(overlapLength({ start: 0, end: 4 }, { start: 5, end: 12 })).toBe(0);
  });
});

describe('hyphenJoined', () => {
  // tokens at explicit offsets: "al-Sisi met" (glued) and "Kyiv - Reuters" (a dateline's spaced dash)
  const tok = (text: string, start: number): Token => ({ start, end: start + text.length, text, pos: 'X', lemma: text.toLowerCase(), sentence: 0 });
  it('is true of a word glued by a hyphen to the next, false of a spaced dash and at the ends', () => {
    const glued = [tok('al', 0), tok('-', 2), tok('Sisi', 3), tok('met', 8)];
    expect(hyphenJoined(glued, 0)).toBe(true);
    expect(hyphenJoined(glued, 1)).toBe(false);
    expect(hyphenJoined(glued, 2)).toBe(false);
    expect(hyphenJoined(glued, -1)).toBe(false);
    const spaced = [tok('Kyiv', 0), tok('-', 5), tok('Reuters', 7)];
    expect(hyphenJoined(spaced, 0)).toBe(false);
    expect(hyphenJoined([tok('x', 0), tok('-', 1)], 0)).toBe(false);
  });
  it('takes the Unicode hyphen and non-breaking hyphen too, not a dash', () => {
    for (const h of ['\u2010', '\u2011']) expect(hyphenJoined([tok('Al', 0), tok(h, 2), tok('Kut', 3)], 0)).toBe(true);
    expect(hyphenJoined([tok('Al', 0), tok('\u2013', 2), tok('Kut', 3)], 0)).toBe(false);
  });
});

describe('hyphenRunEnd', () => {
  const tok = (text: string, start: number): Token => ({ start, end: start + text.length, text, pos: 'X', lemma: text.toLowerCase(), sentence: 0 });
  // "a state-of-the-art plant" and "state-run media"
  const run = [tok('a', 0), tok('state', 2), tok('-', 7), tok('of', 8), tok('-', 10), tok('the', 11), tok('-', 14), tok('art', 15), tok('plant', 19)];
  it('gives the index after a run of three or more hyphen-joined words, from any word of it', () => {
    for (const k of [1, 3, 5, 7]) expect(hyphenRunEnd(run, k)).toBe(8);
    expect(hyphenRunEnd(run, 0)).toBe(-1);
    expect(hyphenRunEnd(run, 8)).toBe(-1);
  });
  it('is -1 for two words joined by one hyphen', () => {
    const two = [tok('state', 0), tok('-', 5), tok('run', 6), tok('media', 10)];
    expect(hyphenRunEnd(two, 0)).toBe(-1);
    expect(hyphenRunEnd(two, 2)).toBe(-1);
  });
});
