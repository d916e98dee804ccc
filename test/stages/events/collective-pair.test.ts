// A definite pair of states or persons ("the two countries", "both leaders") stands for the last two
// distinct actors of that kind named before it (collective-pair.ts): one record per member, or both
// directions of a reciprocal act.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'country:POL', country: 'POL', kind: 'country' as const, say: ['Poland'] },
  { id: 'country:LTU', country: 'LTU', kind: 'country' as const, say: ['Lithuania'] },
  { id: 'country:BLR', country: 'BLR', kind: 'country' as const, say: ['Belarus'] },
  { id: 'person:ana-ruiz', country: 'ESP', sector: 'GOV', kind: 'person' as const, say: ['Ana Ruiz'] },
  { id: 'person:tom-berg', country: 'NOR', sector: 'GOV', kind: 'person' as const, say: ['Tom Berg'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('a collective pair as subject', () => {
  it('signs a deal both ways between the two states named before it', () => {
    const out = coded('Poland and Lithuania quarrelled over a pipeline for years. In May the two countries signed an accord on gas.');
    expect(out.some((r) => r.startsWith('SUPPORT POL>LTU') || r.startsWith('AGREE POL>LTU'))).toBe(true);
    expect(out.some((r) => r.startsWith('SUPPORT LTU>POL') || r.startsWith('AGREE LTU>POL'))).toBe(true);
  });
  it('meets both ways between the two persons named before it', () => {
    const out = coded('Ana Ruiz phoned Tom Berg on Monday. The two leaders met in Oslo a week later.');
    expect(out).toContain('CONSULT ESP>NOR asserted');
    expect(out).toContain('CONSULT NOR>ESP asserted');
  });
  it('makes one record per member for a one-sided act', () => {
    const out = coded('Poland and Lithuania share a border. Both countries condemned Belarus on Friday.');
    expect(out).toContain('ACCUSE POL>BLR asserted');
    expect(out).toContain('ACCUSE LTU>BLR asserted');
  });
});

describe('what is no collective pair', () => {
  it('needs two distinct actors of the kind before it', () => {
    const out = coded('Poland hosted a summit. The two countries condemned Belarus on Friday.');
    expect(out.filter((r) => r.startsWith('ACCUSE LTU>'))).toEqual([]);
  });
  it('is not a bare plural or a count without "the"', () => {
    const out = coded('Poland and Lithuania share a border. Two countries condemned Belarus on Friday.');
    expect(out.filter((r) => r.startsWith('ACCUSE POL>') || r.startsWith('ACCUSE LTU>'))).toEqual([]);
  });
});
