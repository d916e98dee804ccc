// An infinitive under an implicative verb ("managed to", "used X to", "took to Twitter to", "went on to")
// is as factual as that verb; other infinitives stay unreal.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const run = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('factual infinitives', () => {
  it('asserts the complement of an implicative verb', () => {
    expect(run('Israel managed to arrest the Iranian spies.')).toContain('COERCE ISR>IRN asserted');
    expect(run('Turkey took to Twitter on Sunday to accuse Russia of lying.')).toContain('ACCUSE TUR>RUS asserted');
    expect(run('The Turkish minister went on to accuse Israel of lying.')).toContain('ACCUSE TUR>ISR asserted');
    expect(run('Turkey used the summit to accuse Israel of lying.')).toContain('ACCUSE TUR>ISR asserted');
  });
  it('leaves the act a decision noun tells to its default (PLV lists one event per sentence)', () => {
    expect(run('Poland defended the decision to expel Russian diplomats.')).toContain('SANCTION null>RUS hypothetical');
  });
  it('keeps wanted, planned, failed and merely prepared acts unreal', () => {
    expect(run('Turkey wants to accuse Israel of lying.')).toContain('ACCUSE TUR>ISR hypothetical');
    expect(run('Turkey will use the summit to accuse Israel of lying.')).toContain('ACCUSE TUR>ISR future');
    expect(run('Turkey did not manage to arrest the Israeli spies.')).toContain('COERCE TUR>ISR negated');
    expect(run('Poland took steps to expel Russian diplomats.')).toContain('SANCTION null>RUS hypothetical');
    expect(run('Turkey planned to close the border and then use the army to attack Syria.').some((x) => x.startsWith('ASSAULT TUR>SYR') && x.endsWith('asserted'))).toBe(false);
  });
});
