// A word the tagger read as an adjective after a possessor ("its military", "his military") is, when the
// tree gives it that possessor, the head of its phrase: the body acts, not the possessor (chunks.ts,
// possessedAdjective). Invented sentences.
import { describe, expect, it } from 'vitest';
import { events } from './helpers.ts';

const ACTORS = [
  { id: 'country:RUS', country: 'RUS', say: ['Russia', 'its'] },
  { id: 'country:UKR', country: 'UKR', say: ['Ukraine'] },
  { id: 'group:RUS:MIL', kind: 'group' as const, country: 'RUS', sector: 'MIL', say: ['military'] },
  { id: 'person:kovacs', kind: 'person' as const, country: 'RUS', sector: 'GOV', say: ['President Kovacs', 'his'] },
];
const sources = (text: string, type: string) =>
  events({ text, actors: ACTORS, tree: true }).filter((e) => e.type === type).map((e) => [e.source.text, e.source.actor]);

describe('events: a possessed word tagged as an adjective heads its phrase', () => {
  it('makes a state\'s military the source, not the state', () => {
    expect(sources('Russia said that its military withdrew from Ukraine last month.', 'RETREAT')).toEqual([['military', 'group:RUS:MIL']]);
    expect(sources('Shells hit Ukraine again, a month after its military had withdrawn from the region.', 'RETREAT')).toEqual([['military', 'group:RUS:MIL']]);
  });
  it('does not give a person\'s military to the person', () => {
    expect(sources('Still, parts of his military kept on supporting armed separatism.', 'SUPPORT')).toEqual([['military', 'group:RUS:MIL']]);
  });
});
