// A comma-bracketed relative clause the parser hangs on the main verb (advcl:relcl) still takes its
// antecedent as the subject (relative-antecedent.ts), not the bare pronoun.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const coded = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('relative clause subjects', () => {
  it('reads the antecedent before "which" as the doer', () => {
    expect(coded('Poland, which has criticized Belarus for the border crisis, sent more guards.')).toContain('ACCUSE POL>BLR asserted');
    expect(coded('The summit included Poland, which has criticized Belarus.')).toContain('ACCUSE POL>BLR asserted');
  });
  it('keeps a main-clause event first', () => {
    expect(coded('France praised Germany, which has criticized Iran.')).toEqual(['SUPPORT FRA>DEU asserted']);
  });
});
