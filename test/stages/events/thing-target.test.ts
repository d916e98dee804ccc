// In an article a record aimed at a phrase that names no one — no actor, no country, no sector — is aimed
// at a thing and codes nothing ("refused treatment", "slammed the testimony"); a source-only act keeps its
// doer with no target; a lone sentence keeps its record, its type being worth having.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:ida-holm', country: 'SWE', sector: 'GOV', kind: 'person', say: ['Ida Holm'] },
];
const OPENING = 'The storm reached the coast on Monday. Roads were closed across the region. ';
const coded = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true });

describe('things are no targets in an article', () => {
  it('codes no stance towards a thing', () => {
    expect(coded(`${OPENING}Ida Holm slammed the testimony.`)).toEqual([]);
  });
  it('keeps a party, and a lone sentence', () => {
    expect(coded(`${OPENING}Ida Holm slammed Poland.`)).toEqual(['ACCUSE SWE>POL asserted']);
    expect(coded('Ida Holm slammed the testimony.')).toEqual(['ACCUSE SWE>null asserted']);
  });
});
