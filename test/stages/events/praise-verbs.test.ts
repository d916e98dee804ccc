// Praise told by "admire T" and "compliment T" (support.yaml): a person admired or complimented is
// praised (SUPPORT); a thing admired is no party.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const people = [
  { id: 'person:nora-blair', country: 'POL', sector: 'LEG', kind: 'person' as const, say: ['Senator Nora Blair', 'Blair'] },
  { id: 'person:tom-vale', country: 'DEU', sector: 'GOV', kind: 'person' as const, say: ['Chancellor Tom Vale', 'Vale'] },
];
const run = (text: string) => brief({ text, actors: [...COUNTRIES, ...people], tree: true });

describe('praise verbs', () => {
  it('reads admiring or complimenting a person as praise', () => {
    expect(run('Senator Nora Blair has long admired Chancellor Tom Vale for his courage.')).toContain('SUPPORT POL>DEU asserted');
    expect(run('Senator Nora Blair has complimented Chancellor Tom Vale on his speech.')).toContain('SUPPORT POL>DEU asserted');
  });
  it('codes no praise of a thing admired', () => {
    expect(run('Senator Nora Blair admired the new bridge over the river.').filter((b) => b.startsWith('SUPPORT'))).toEqual([]);
  });
});
