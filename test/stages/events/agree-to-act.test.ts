// Agreeing to do something about a deal ("agreed to start talks on a trade agreement") is an intent to
// cooperate (AGREE), not the deal signed (SUPPORT, CAMEO 057); agreeing to or on the deal itself is.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const coded = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('agree to VB … agreement', () => {
  it('reads an agreement to act on a future deal as an intent, both ways', () => {
    const out = coded('France and Germany have agreed to open negotiations on a new fisheries agreement.');
    expect(out).toContain('AGREE FRA>DEU asserted');
    expect(out).toContain('AGREE DEU>FRA asserted');
    expect(out.some((b) => b.startsWith('SUPPORT'))).toBe(false);
    expect(coded('France has agreed to open negotiations on a fisheries agreement with Germany.')).toContain('AGREE FRA>DEU asserted');
  });
  it('keeps a deal agreed as the deal', () => {
    expect(coded('France and Germany agreed on a new fisheries deal.')).toContain('SUPPORT FRA>DEU asserted');
  });
});
