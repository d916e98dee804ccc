// A clause opened by a time subordinator that the parser read as a preposition ("days after Kenya had
// released …": "after" the case of "Kenya", the clause's verb left without a subject) gets its subject
// back from the syntax stage's repair (repairSubordinatorObjects), so a message's act is its author's.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a subordinate clause after a time noun', () => {
  it('gives the statement released after "days after" its authors', () => {
    const out = code('The remarks came days after Kenya and Poland had released a statement criticising Uganda.');
    expect(out).toContain('ACCUSE KEN>UGA asserted');
    expect(out).toContain('ACCUSE POL>UGA asserted');
  });
  it('keeps a clause the parser already read with its subject', () => {
    expect(code('The talks stalled after Kenya criticised Uganda.')).toContain('ACCUSE KEN>UGA asserted');
  });
});
