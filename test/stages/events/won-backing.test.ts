// Backing won or held (won-backing.ts, lexicon `win-verb`: "won the backing of", "has the support of", "enjoyed support
// from"): the of/from phrase backs the verb's subject; backing given, or asked for, stays as it was.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
const support = (text: string) => code(text).filter((e) => e.startsWith('SUPPORT '));

describe('backing won by the subject', () => {
  it('reads the of/from phrase as the backer and the subject as the backed', () => {
    expect(support('Poland won the backing of Germany for its plan.')).toContain('SUPPORT DEU>POL asserted');
    expect(support('Ukraine enjoyed strong support from Britain last year.')).toContain('SUPPORT GBR>UKR asserted');
  });
  it('keeps a verb of a clause of its own out of the backers', () => {
    const out = support('Poland secured the support of Germany and Britain signed a pact with France.');
    expect(out).toContain('SUPPORT DEU>POL asserted');
    expect(out.filter((e) => e.startsWith('SUPPORT GBR>POL'))).toEqual([]);
  });
  it('reads the mode of the verb', () => {
    expect(support('Poland did not win the backing of Germany.')).toContain('SUPPORT DEU>POL negated');
  });
  it('leaves backing given to someone as it was', () => {
    expect(support('Germany voiced support for Poland.')).toContain('SUPPORT DEU>POL asserted');
  });
});
