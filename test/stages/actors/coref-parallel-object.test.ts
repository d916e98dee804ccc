// Structural readings found by probes (issue 15): the same object pronoun in two coordinated clauses
// stands for one thing, so the subject of the other clause is no antecedent of either
// (Tree.parallelObjectClause, coref.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) => doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('parallel object pronouns', () => {
  it('does not give the second "it" the subject of the first clause', () => {
    const doc = runParsed('The European Union announced a new trade plan on Monday. France welcomed it, but Russia rejected it.');
    expect(actorAt(doc, 'it', 1)).not.toBe('country:FRA');
    expect(actorAt(doc, 'it', 0)).not.toBe('country:RUS');
  });
});
