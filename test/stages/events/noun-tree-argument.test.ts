// A noun event's "on T" / "against T" read from the tree (issue 15): the word-order template "strike on T"
// cannot reach past a by-phrase between the noun and its target, but the tree hangs "on <target>" on the
// noun itself (its own nmod with that case word).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const events = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a noun event whose target comes after its by-phrase', () => {
  it('codes the act of the by-phrase on the target the tree hangs on the noun', () => {
    const out = events('France condemned the missile strike by Russia on Ukraine.');
    expect(out.some((e) => e.startsWith('ASSAULT RUS>UKR'))).toBe(true);
  });
  it('still codes the template with no by-phrase between', () => {
    const out = events("France condemned Russia's missile strike on Ukraine.");
    expect(out.some((e) => /^ASSAULT RUS>UKR/.test(e))).toBe(true);
  });
});
