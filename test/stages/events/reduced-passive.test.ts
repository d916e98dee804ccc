// Reduced passives (src/stages/events/reduced-passive.ts): a past participle with a by-agent and no
// auxiliary of its own, modifying a noun or read by the parser as that noun's clause, is a passive.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, events } from './helpers.ts';

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

describe('two reduced passives coordinated', () => {
  const PEOPLE = [
    { id: 'group:NGA:CVL', country: 'NGA', sector: 'CVL', kind: 'group' as const, say: ['farmers'] },
    { id: 'group:NGA:COP', country: 'NGA', sector: 'COP', kind: 'group' as const, say: ['police officers'] },
    { id: 'group:NGA:REB', country: 'NGA', sector: 'REB', kind: 'group' as const, say: ['the sniper'] },
  ];
  it('never makes the second noun, acted on by its own by-phrase, a doer of the first', () => {
    const evs = events({ text: 'The twelve farmers wounded by a mine and the three police officers shot by the sniper were civilians.', actors: PEOPLE, tree: true });
    expect(evs.filter((e) => e.source.sector === 'COP')).toEqual([]);
  });
});
