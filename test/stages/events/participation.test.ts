// A noun event taken part in (lexicon `participation`: "take part in", "enter into", "be in", …) is
// done by the subject of the frame the tree hangs it on, with that verb's mode; another attachment of
// the noun names no doer.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('participation frames', () => {
  it('takes the subject of "is in talks with", "entered into an agreement with"', () => {
    expect(code('Poland is currently in talks with Ukraine about grain.')).toContain('CONSULT POL>UKR asserted');
    expect(code('Britain has entered into an agreement with Poland on defence.')).toContain('SUPPORT GBR>POL asserted');
  });
  it('reads the mode of the frame verb', () => {
    expect(code('Ukraine will not take part in the talks with Russia.')).toContain('CONSULT UKR>RUS negated');
  });
  it('gives no doer to a noun under another verb', () => {
    expect(code('Russia retaliated against the sanctions on Belarus.').filter((e) => e.startsWith('SANCTION '))).toEqual([]);
  });
});
