// Stated intents and refusals (index.ts withStances, stance-target.ts): a derived AGREE/REJECT needs a
// target that names someone; an act aimed at a thing adds none, while a concession always does.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;
const asserted = (text: string) => brief({ text, actors: C }).filter((e) => e.endsWith(' asserted'));

describe('stances towards things', () => {
  it('adds no AGREE for an intent to give a thing to no one', () => {
    expect(asserted('Kenya will supply the spare parts.')).toEqual([]);
    expect(asserted('France will supply the fuel.')).toEqual([]);
  });
  it('adds no REJECT for a refusal aimed at a thing', () => {
    expect(asserted('France did not cooperate with the software update.')).toEqual([]);
  });
  it('keeps a stance towards an actor', () => {
    expect(asserted('Kenya will supply Uganda with spare parts.')).toContain('AGREE KEN>UGA asserted');
    expect(asserted('Iran refused to release the British sailors.')).toContain('REJECT IRN>GBR asserted');
  });
  it('keeps a concession whatever it yields', () => {
    expect(asserted('Poland refused to lift the ban.').some((e) => e.startsWith('REJECT POL>'))).toBe(true);
  });
});
