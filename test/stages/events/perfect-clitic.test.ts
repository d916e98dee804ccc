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
