// "Neither X nor Y …": a subject or object opened by "neither" negates its clause (issue 15); a plain
// conjoined subject or "either … or" does not.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const run = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('neither … nor', () => {
  it('negates the verb of a subject opened by "neither"', () => {
    expect(run('Neither Turkey nor Israel attacked the Syrian convoy.')).toContain('ASSAULT TUR>SYR negated');
    expect(run('Neither Poland nor its allies have accused Russia of lying.')).toContain('ACCUSE POL>RUS negated');
  });
  it('negates the verb of an object opened by "neither"', () => {
    expect(run('Turkey met neither Israel nor Syria at the summit.')).toContain('CONSULT TUR>ISR negated');
  });
  it('negates the verb of a subject with a negative quantifier', () => {
    expect(run('No country has condemned Russia for the raid.')).toContain('ACCUSE null>RUS negated');
  });
  it('leaves plain and either/or conjuncts asserted', () => {
    expect(run('Turkey and Israel attacked the Syrian convoy.')).toContain('ASSAULT TUR>SYR asserted');
    expect(run('Poland and its allies have accused Russia of lying.')).toContain('ACCUSE POL>RUS asserted');
  });
});
