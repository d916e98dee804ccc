// "call T a|an …" (accuse.yaml) is criticism only when the name is an insult or a harsh judgement.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const accusations = (text: string) => brief({ text, actors: COUNTRIES }).filter((e) => e.startsWith('ACCUSE '));

describe('calling a party a name', () => {
  it('codes an insult or a harsh judgement as criticism', () => {
    expect(accusations('France called Iran a threat to the whole region.')).toContain('ACCUSE FRA>IRN asserted');
    expect(accusations('Poland called Belarus a puppet of Moscow.')[0]).toMatch(/^ACCUSE POL>BLR/);
  });
  it('codes no criticism for praise or a description', () => {
    expect(accusations('France called Germany a reliable partner.')).toEqual([]);
    expect(accusations('Poland called Ukraine a champion of reform.')).toEqual([]);
  });
});
