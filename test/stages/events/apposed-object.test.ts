// An object followed by its apposition between commas (apposed-object.ts): the template word after the
// apposition ("charge T with", "accuse T of") still matches, and the names in the apposition are the
// targets; a list of names with no describing noun before it is no apposition.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:otto-lang', country: 'DEU', sector: 'BUS', kind: 'person', say: ['Otto Lang'] },
  { id: 'person:karl-brenner', country: 'DEU', sector: 'BUS', kind: 'person', say: ['Karl Brenner'] },
  { id: 'person:mira-olsen', country: 'POL', sector: 'GOV', kind: 'person', say: ['Mira Olsen'] },
];
const targets = (text: string, type: string) =>
  events({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true })
    .filter((e) => e.type === type)
    .map((e) => e.target.actor)
    .sort();

describe('an object read through its apposition', () => {
  it('codes a charge against each name of the apposition', () => {
    expect(targets('Polish prosecutors charged two German traders, Otto Lang and Karl Brenner, with smuggling cigarettes.', 'ACCUSE')).toEqual(['person:karl-brenner', 'person:otto-lang']);
  });
  it('codes an accusation against the named official, not the description', () => {
    expect(targets("German lawmakers accused the province's mayor, Mira Olsen, of hiding the budget.", 'ACCUSE')).toEqual(['person:mira-olsen']);
  });
  it('keeps the plain object reading', () => {
    expect(targets('Polish prosecutors charged Otto Lang with smuggling cigarettes.', 'ACCUSE')).toEqual(['person:otto-lang']);
  });
});
