// A person noun whose possessor is a person ("Ms Varga's adviser") names another person: the events
// stage does not give the act to the possessor.
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
