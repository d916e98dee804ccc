// Structural readings found by probes (issue 15): the object of an adverbial or participle clause set
// between a subject and its verb is not that verb's doer (Tree.adjunctClauseWithin, match.ts pickSubject).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const events = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a subject before an adjunct clause', () => {
  it('keeps the subject as the doer of the main verb', () => {
    const out = events('France, after meeting Iran in Geneva, urged Russia to withdraw.');
    expect(out.filter((e) => e.startsWith('REQUEST '))).toEqual(['REQUEST FRA>RUS asserted']);
  });
  it('takes the phrase before the opening comma where the parser hung it inside the participle', () => {
    // (the parser gives "urged" no subject and hangs France on "meeting": Tree.subjectInAdjunct)
    const out = events('France, meeting Iran in Geneva, urged Russia to stop the attacks.');
    expect(out.filter((e) => e.startsWith('REQUEST '))).toEqual(['REQUEST FRA>RUS asserted']);
  });
});
