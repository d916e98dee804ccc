// `target: person` (person-target.ts): "receive T" hosts a visit only when its object's own head names
// someone, not a thing received from or about them.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:tomas-nowicki', country: 'POL', sector: 'GOV', kind: 'person', say: ['President Tomas Nowicki', 'Nowicki'] },
  { id: 'person:ilse-brandt', country: 'DEU', sector: 'GOV', kind: 'person', say: ['Chancellor Ilse Brandt', 'Brandt'] },
];
const consult = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('CONSULT'));

describe('receiving people, not things', () => {
  it('codes a visit hosted for a person or a delegation', () => {
    expect(consult('Nowicki received Brandt in Warsaw on Monday.')).toContain('CONSULT POL>DEU asserted');
    expect(consult('Nowicki received a German delegation on Monday.')).toContain('CONSULT POL>DEU asserted');
  });
  it('codes nothing for a thing received from or about someone', () => {
    expect(consult('Nowicki received the endorsement of Brandt on Monday.')).toEqual([]);
    expect(consult('The Polish broadcaster receives some German funding.')).toEqual([]);
  });
});
