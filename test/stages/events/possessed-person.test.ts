// A person noun whose possessor is a person ("Ms Varga's adviser") names another person: the events
// stage does not give the act to the possessor; nor to the principal an of/to phrase names after one who
// serves it ("an aide of the mayor", lexicon staff-noun), who keeps the principal's country and sector.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events } from './helpers.ts';

describe('events: a person noun under a person possessor', () => {
  it('does not make the possessor the source', () => {
    const evs = events({
      text: 'Ms Varga\'s adviser criticised France on Monday.',
      actors: [...COUNTRIES, { id: 'person:varga', kind: 'person', country: 'HUN', sector: 'GOV', say: ['Ms Varga'] }],
    });
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.source.actor).not.toBe('person:varga');
  });

  it('still gives a role under a country possessor to that country', () => {
    const evs = events({ text: 'Germany\'s minister criticised France on Monday.', actors: COUNTRIES });
    expect(evs.some((e) => e.source.country === 'DEU')).toBe(true);
  });
});

describe('events: one who serves a person or body, named by an of/to phrase', () => {
  const PEOPLE = [...COUNTRIES, { id: 'person:varga', kind: 'person' as const, country: 'HUN', sector: 'GOV', say: ['Mayor Lena Varga'] }, { id: 'group:HUN:COP', kind: 'group' as const, country: 'HUN', sector: 'COP', say: ['Hungarian police', 'Police'] }];
  it('is the party acted on, in the principal\'s country and sector', () => {
    const evs = events({ text: 'A senior aide of Mayor Lena Varga was arrested by Hungarian police on Tuesday.', actors: PEOPLE, tree: true });
    const arrest = evs.filter((e) => e.type === 'COERCE');
    expect(arrest).toHaveLength(1);
    expect(arrest[0].target.actor).toBeNull();
    expect(arrest[0].target.text).toBe('A senior aide');
    expect([arrest[0].target.country, arrest[0].target.sector]).toEqual(['HUN', 'GOV']);
  });
  it('reads "an adviser to" the same way', () => {
    const evs = events({ text: 'Police detained an adviser to Mayor Lena Varga in the capital.', actors: PEOPLE, tree: true });
    expect(evs.filter((e) => e.type === 'COERCE').map((e) => [e.target.actor, e.target.country])).toEqual([[null, 'HUN']]);
  });
  it('leaves a spokesman for a person to that person', () => {
    const evs = events({ text: 'A spokesman for Mayor Lena Varga criticised France on Monday.', actors: PEOPLE, tree: true });
    expect(evs.some((e) => e.source.actor === 'person:varga')).toBe(true);
  });
});
