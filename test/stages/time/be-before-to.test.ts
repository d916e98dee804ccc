// "be" counts as a verb that looks ahead only right before "to" ("is to resume"). Across an adjective or a
// participle ("was eager to", "is alleged to") the "be" is that word's copula or passive auxiliary, and the word
// itself decides (tense.ts `prospective`). The team's sentences.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, valueOf } from './helpers.ts';

// Tuesday 28 January 2014.
const D = '2014-01-28';

describe('"be" before an adjective and an infinitive', () => {
  it('gives the nearer date instead of the next one', () => {
    // Before, the "be" read both ahead: 2014-11, 2014-12.
    expect(parsedValueOf(D, 'The student said she was happy to miss a seminar in November to hear the band.', 'November')).toBe('2013-11');
    expect(parsedValueOf(D, 'Police said the thefts are alleged to have happened in December.', 'December')).toBe('2013-12');
  });

  it('keeps "is to" and listed adjectives ahead', () => {
    expect(valueOf(D, 'The minister is to visit the port on Friday.', 'Friday')).toBe('2014-01-31');
    expect(parsedValueOf(D, 'The minister is to visit the port in December.', 'December')).toBe('2014-12');
    expect(parsedValueOf(D, 'The plant was expected to reopen in March.', 'March')).not.toBe('2013-03');
    expect(parsedValueOf(D, 'The mayor is likely to sign the bill on Friday.', 'Friday')).toBe('2014-01-31');
  });
});
