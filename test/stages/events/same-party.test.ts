// Two parties of one state (same-party.ts): an unnamed party resolves to a group actor of a country and
// a sector, and two bodies of one state share it. Told apart by the heads of their own phrases, a record
// between them is kept ("the mayors appealed to the government"); one head is the party itself and its
// record stays dropped, as does a record between two parties of one person.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events, type ActorSpec } from './helpers.ts';

const ACTORS: ActorSpec[] = [
  ...COUNTRIES,
  { id: 'group:FRA:GOV', country: 'FRA', sector: 'GOV', kind: 'group', say: ['the provincial government', 'The provincial government', 'The town mayors', 'the town mayors', 'The regional council', 'the regional council'] },
  { id: 'person:lena-varo', country: 'FRA', sector: 'GOV', kind: 'person', roles: [], say: ['Lena Varo', 'Varo'] },
];
const dyads = (text: string) =>
  events({ text, actors: ACTORS, tree: true }).map((e) => `${e.type} ${e.source.text} > ${e.target.text}`);

describe('two bodies of one state', () => {
  it('keeps a record between two bodies whose phrases have different heads', () => {
    expect(dyads('The town mayors appealed to the provincial government to reopen the old bridge.')).toEqual(['REQUEST The town mayors > the provincial government']);
    expect(dyads('The regional council accused the provincial government of hiding the costs.')).toEqual(['ACCUSE The regional council > the provincial government']);
  });
  it('drops a record whose two phrases have one head', () => {
    expect(dyads('The provincial government defended the provincial government over the delays.')).toEqual([]);
  });
  it('drops a record between a person and a pronoun for her', () => {
    expect(dyads('Lena Varo accused Varo of hiding the costs.')).toEqual([]);
  });
});
