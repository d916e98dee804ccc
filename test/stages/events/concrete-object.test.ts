// `object: concrete` (match.ts abstractObject): occupy, hit, strike, capture and seize act on people,
// places and things held, not on an abstract object (the lexicon's `abstract-object`: a figure reached, a
// venue or an occasion taken) nor, with a person as subject, on a post (`post-noun`). Invented sentences.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:mara-ostrov', country: 'UKR', sector: 'GOV', kind: 'person', say: ['Mara Ostrov'] },
  { id: 'group:RUS:MIL', country: 'RUS', sector: 'MIL', kind: 'group', say: ['Russian troops', 'Russian forces'] },
  { id: 'group:UKR:REB', country: 'UKR', sector: 'REB', kind: 'group', say: ['the rebels', 'rebel'] },
];
const coded = (text: string) => events({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.type === 'ASSAULT' || e.type === 'COERCE').map((e) => `${e.type} ${e.source.country}>${e.target.country ?? '-'} ${e.pattern}`);

describe('a sense that needs a concrete object', () => {
  it('still codes an attack on a place, a camp or positions, and a seizure of goods', () => {
    expect(coded('Russian troops occupied the Ukrainian town of Dovhe on Tuesday.')).toEqual(['ASSAULT RUS>UKR assault.occupy.15']);
    expect(coded('Russian forces hit a rebel camp near the border.')).toHaveLength(1);
    expect(coded('Russian troops occupied key positions along the border with Ukraine.')).toHaveLength(1);
    expect(coded('Russian forces seized a shipment of Ukrainian rifles at the port.')).toHaveLength(1);
    // a quantity head goes by its of-phrase
    expect(coded('Russian forces hit a number of Ukrainian villages overnight.')).toHaveLength(1);
  });
  it('codes nothing for a figure, a venue or an occasion', () => {
    expect(coded('Russian troops hit the four-year number of recruits in March.')).toEqual([]);
    expect(coded('Mara Ostrov hit the campaign trail in Ukraine on Monday.')).toEqual([]);
    expect(coded('Mara Ostrov seized the moment to call for new elections in Ukraine.')).toEqual([]);
    expect(coded('Mara Ostrov captured the imagination of Ukrainian voters.')).toEqual([]);
  });
  it('reads an attack on a policy, a provision or an ideology as no assault', () => {
    expect(coded('Mara Ostrov wants to attack three provisions of the Russian tax code.')).toEqual([]);
    expect(coded('Mara Ostrov attacked the Russian policy on grain exports.')).toEqual([]);
    expect(coded('The rebels attacked a Russian convoy near the border.')).toHaveLength(1);
  });
  it('reads a post held by a person, not by forces', () => {
    expect(coded('Mara Ostrov occupies one of the most senior positions in the Ukrainian cabinet.')).toEqual([]);
    expect(coded('Mara Ostrov occupied the post of Ukrainian interior minister for six years.')).toEqual([]);
  });
});
