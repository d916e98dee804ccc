// "a couple" without "of" counts two, as "a couple of" already did (knowledge/time/lexicon.yaml number 2).
// The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

describe('"couple" before a unit', () => {
  it('reads "the next couple days" as two days', () => {
    const t = timexOf(D, 'The forecast may change over the next couple days.', 'the next couple days');
    expect([t.type, t.value]).toEqual(['DURATION', 'P2D']);
  });

  it('reads "a couple weeks ago" as the week two weeks back', () => {
    expect(timexOf(D, 'We repainted the fence a couple weeks ago.', 'a couple weeks ago').value).toBe('2024-W22');
  });
});
