// `target: party` (coerce.yaml: seize, crack down on, ban and their nouns): coercion acts on someone, so a
// phrase that names a thing or a practice and no actor or country is no target ("the border guards seized
// smuggled cigarettes", "cracked down on tax evasion"); people, a country or a place seized stay targets.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const OPENING = 'The storm reached the coast on Monday. Roads were closed across the region. ';
const coerce = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((b) => b.startsWith('COERCE'));

describe('target: party', () => {
  it('codes no coercion against a thing or a practice', () => {
    expect(coerce('The French border guards seized smuggled cigarettes at the port.')).toEqual([]);
    expect(coerce('France has cracked down on tax evasion this year.')).toEqual([]);
    expect(coerce(`${OPENING}The French police seized counterfeit watches in a warehouse.`)).toEqual([]);
  });
  it('keeps people, a country and a place seized as targets', () => {
    expect(coerce('France cracked down on Polish protesters.')).toEqual(['COERCE FRA>POL asserted']);
    expect(coerce('Russia seized Ukraine in a single week.')).toEqual(['COERCE RUS>UKR asserted']);
  });
});
