// `target: party` on "attack T" (assault.yaml): an attack acts on someone, a country or a place, never on
// a thing of no one named ("would attack two clauses of the budget bill", "attacked the parked van").
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const assault = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((b) => b.startsWith('ASSAULT'));

describe('attack T takes a party', () => {
  it('codes no assault on a thing of no one named', () => {
    expect(assault('The Polish senator said he would attack two clauses of the budget bill.')).toEqual([]);
    expect(assault('A crowd of fans attacked the parked van after the match.')).toEqual([]);
  });
  it('keeps an attack on a country', () => {
    expect(assault('Russia attacked Ukraine on Thursday.')).toEqual(['ASSAULT RUS>UKR asserted']);
  });
});
