// Structural readings found by probes (issue 15): a "to" clause on a prepositional predicate ("is in
// Moscow to meet …") is done by the predicate's subject, not by the place (Tree.subject).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const events = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a purpose clause after a locative predicate', () => {
  it('takes the subject as the doer, not the city', () => {
    expect(events('France was in Vienna to negotiate with Iran.').filter((e) => e.startsWith('CONSULT '))).toEqual(['CONSULT FRA>IRN hypothetical']);
  });
});
