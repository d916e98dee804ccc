// Backing by the electorate (electorate.ts, lexicon `electorate-noun`): the support of voters or of a
// nation's people at large for a candidate is opinion, not an act; backing by a party, a union or a
// state stays coded.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const ACTORS: ActorSpec[] = [
  ...COUNTRIES,
  { id: 'person:anna-kowalska', country: 'POL', sector: 'OPP', kind: 'person', say: ['Anna Kowalska', 'Kowalska'] },
  { id: 'group:POL:CVL', country: 'POL', sector: 'CVL', kind: 'group', say: ['rural voters', 'Poles'] },
  { id: 'org:polish-farmers-union', country: 'POL', sector: 'LAB', kind: 'org', say: ['the farmers union'] },
];
const support = (text: string) => brief({ text, actors: ACTORS, tree: true }).filter((e) => e.startsWith('SUPPORT '));

describe("the electorate's backing", () => {
  it('codes no support of voters or of a people at large', () => {
    expect(support('Kowalska enjoyed strong support from rural voters in the spring.')).toEqual([]);
    expect(support('The survey measures Poles’ support for Kowalska every week.')).toEqual([]);
  });
  it('keeps an endorsement by an organisation or a state', () => {
    expect(support('Kowalska won the backing of the farmers union.')).toContain('SUPPORT POL>POL asserted');
    expect(support('Germany voiced support for Poland.')).toContain('SUPPORT DEU>POL asserted');
  });
});
