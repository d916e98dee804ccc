// Span helpers of src/doc/doc.ts.
import { describe, expect, it } from 'vitest';
import { lineBreakBetween } from '../../src/doc/doc.ts';

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
