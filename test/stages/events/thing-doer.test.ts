// An act that needs a will (match.ts WILL_TYPES, thingDoer): a demand, a charge, support, a meeting,
// cooperation or compulsion has a doer; a subject headed by a thing ("the harvest's failure", "the new
// tariff") codes nothing, while people, bodies ("the ministry", "the senator's campaign"), messages
// ("the senator's letter") and named actors still do. Invented sentences.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:mara-ostrov', country: 'UKR', sector: 'GOV', kind: 'person', say: ['Mara Ostrov'] },
  { id: 'person:ivo-brandt', country: 'DEU', sector: 'GOV', kind: 'person', say: ['Ivo Brandt'] },
];
const coded = (text: string) => events({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).map((e) => `${e.type} ${e.source.country}>${e.target.country ?? '-'}`);

describe('a will-act with a thing as its doer', () => {
  it('codes nothing when the subject is a thing, also through a possessor', () => {
    expect(coded("Ukraine's falling harvest is forcing Germany to raise its grain imports.")).toEqual([]);
    expect(coded('The new tariff urged Germany to cut its imports.').filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
  it('codes nothing for a rule or a protocol, though a modifier names its maker', () => {
    expect(coded('Ukrainian army protocol called for Ivo Brandt to be flown to a military hospital.').filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(coded('German election rules urged Mara Ostrov to register before May.').filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(coded('The German army urged Mara Ostrov to register before May.').filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST DEU>UKR']);
  });
  it('still codes people, bodies, messages and named actors', () => {
    expect(coded('Ukraine is forcing Germany to raise its grain imports.')).toEqual(['COERCE UKR>DEU']);
    expect(coded("Mara Ostrov's campaign urged Ivo Brandt to resign.").filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST UKR>DEU']);
    expect(coded("Mara Ostrov's letter accused Ivo Brandt of lying about the deal.").filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE UKR>DEU']);
    expect(coded('The Ukrainian ministry urged Ivo Brandt to resign.').filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST UKR>DEU']);
  });
});
