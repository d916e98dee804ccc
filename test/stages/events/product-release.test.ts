// A firm releases products, not prisoners (product-release.ts): a RETREAT done by a business codes nothing;
// a state's release keeps its record.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const FIRMS: ActorSpec[] = [
  { id: 'org:nordbank', country: 'DEU', sector: 'BUS', kind: 'org', say: ['Nordbank'] },
  { id: 'person:otto-lang', country: 'DEU', sector: 'BUS', kind: 'person', say: ['Otto Lang'] },
];
const retreat = (text: string) => brief({ text, actors: [...COUNTRIES, ...FIRMS], tree: true }).filter((e) => e.startsWith('RETREAT'));

describe('product releases are no releases', () => {
  it('codes no release by a firm or a business figure', () => {
    expect(retreat('Nordbank released a new savings app for Polish customers on Monday.')).toEqual([]);
    expect(retreat('Otto Lang announced the release of the bank\'s new software for Poland.')).toEqual([]);
  });
  it('keeps a release by a state', () => {
    expect(retreat('Poland released two Ukrainian sailors on Monday.')).toEqual(['RETREAT POL>UKR asserted']);
  });
});
