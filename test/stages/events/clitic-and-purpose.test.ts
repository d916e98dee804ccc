// The clitic "'s" before a participle with a direct object stands for "has", not a passive "is"
// (chunks.ts perfectClitic): "She's criticized Lorvia" is her act, not one done to her.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const PEOPLE = [
  { id: 'person:ana-lind', country: 'SWE', sector: 'GOV', kind: 'person' as const, say: ['Ana Lind', 'She', 'she'] },
  { id: 'country:LRV', country: 'LRV', kind: 'country' as const, say: ['Lorvia'] },
];
const coded = (text: string) => brief({ text, actors: PEOPLE, tree: true });

describe("the clitic 's before a participle", () => {
  it("reads 's with a direct object after the participle as a perfect", () => {
    expect(coded("Ana Lind spoke on Monday. She's also criticized Lorvia over the border closure.")).toContain('ACCUSE SWE>LRV asserted');
    expect(coded("Ana Lind’s condemned Lorvia for the raids.")).toContain('ACCUSE SWE>LRV asserted');
  });
  it("keeps 's with no object a passive", () => {
    expect(coded("Ana Lind spoke on Monday. She's criticized by Lorvia almost every week.")).toContain('ACCUSE LRV>SWE asserted');
  });
});

// A purpose "to" clause after a verb's object or prepositional phrase (the tree's advcl) is done by the
// verb's subject, unless the verb asks or makes someone act (chunks.ts purposeOfDoer).
describe('who does a purpose infinitive after a noun', () => {
  const ACTORS = [
    { id: 'person:ana-lind', country: 'SWE', sector: 'GOV', kind: 'person' as const, say: ['Ana Lind'] },
    { id: 'country:LRV', country: 'LRV', kind: 'country' as const, say: ['Lorvia', 'Tarn'] },
    { id: 'person:ivo-marek', country: 'LRV', sector: 'GOV', kind: 'person' as const, say: ['Ivo Marek'] },
  ];
  const all = (text: string) => brief({ text, actors: ACTORS, tree: true });
  it('gives the infinitive to the one who travels, not the place', () => {
    expect(all('Ana Lind flew to Tarn on Monday to meet Ivo Marek.')).toContain('CONSULT SWE>LRV hypothetical');
    expect(all('Ana Lind visited Lorvia to meet Ivo Marek.')).toContain('CONSULT SWE>LRV hypothetical');
  });
  it('keeps the object of a verb of asking as the doer', () => {
    expect(all('Ana Lind urged Lorvia to meet Ivo Marek.')).toContain('CONSULT LRV>LRV hypothetical');
  });
  it('keeps the one a verb of reliance names after its preposition as the doer', () => {
    expect(all('Ana Lind counted on Ivo Marek to meet Lorvia.')).toContain('CONSULT LRV>LRV hypothetical');
    expect(all('Ana Lind counted on Ivo Marek to meet Lorvia.')).not.toContain('CONSULT SWE>LRV hypothetical');
  });
});

// A floating quantifier after the subject ("the mayors all agreed") opens no phrase of its own
// (chunks.ts floatingQuantifier): the subject search passes it to the noun.
describe('a floating quantifier after the subject', () => {
  const ACTORS = [
    { id: 'group:SWE:LEG', country: 'SWE', sector: 'LEG', kind: 'group' as const, say: ['The senators', 'Charity workers'] },
    { id: 'country:LRV', country: 'LRV', kind: 'country' as const, say: ['Lorvia'] },
  ];
  const all = (text: string) => brief({ text, actors: ACTORS, tree: true });
  it('keeps the noun before all/both/each as the subject', () => {
    expect(all('The senators all criticized Lorvia on Monday.')).toContain('ACCUSE SWE>LRV asserted');
    expect(all('Charity workers all over the region urged Lorvia to open its shelters.')).toContain('REQUEST SWE>LRV asserted');
  });
});
