// A sector word inside a lexicalised hyphen-joined run of three or more words ("state-of-the-art",
// "up-to-date") is no sector phrase: "state" there names no government body.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

describe('a sector word inside a hyphen-joined run', () => {
  it('names no body in "state-of-the-art"', () => {
    const doc = runParsed('The company built a state-of-the-art plant in Texas. The firm opened a state-of-the-art factory.', '2026-03-01');
    expect(doc.layers.entities!.some((e) => /state/i.test(e.text))).toBe(false);
  });

  it('still reads a sector word standing alone', () => {
    const doc = runParsed('The state said on Monday that the plant would close.', '2026-03-01');
    expect(doc.layers.entities!.some((e) => e.text === 'The state')).toBe(true);
  });
});

describe('a hyphen-joined run standing as a noun', () => {
  it('keeps its sector word ("the former editor-in-chief")', () => {
    const doc = runParsed('Ana Lopes, the former editor-in-chief of the paper, said on Monday that she would write a book.', '2026-03-01');
    expect(doc.layers.entities!.some((e) => /editor/.test(e.text))).toBe(true);
  });
});
