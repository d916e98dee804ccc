// Reduced passives (src/stages/events/reduced-passive.ts): a past participle with a by-agent and no
// auxiliary of its own, modifying a noun or read by the parser as that noun's clause, is a passive.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('reduced passives', () => {
  it('codes the by-agent acting on the noun the participle modifies', () => {
    expect(brief({ text: 'Two Polish reporters detained by Belarusian police on Monday were freed on bail.', actors: C, tree: true })).toContain('COERCE BLR>POL asserted');
    expect(brief({ text: 'The rebel militia, backed by Iran, announced a new leader.', actors: [...C, { id: 'org:militia', country: 'SYR', kind: 'org', say: ['The rebel militia'] }], tree: true })).toContain('SUPPORT IRN>SYR asserted');
  });
  it('codes nothing for a thing acted upon, nor for an adjectival participle', () => {
    expect(brief({ text: 'The summit hosted by Turkey ended early.', actors: C, tree: true })).toEqual([]);
    expect(brief({ text: 'Detained Polish reporters waited in Minsk.', actors: C, tree: true })).toEqual([]);
  });
});
