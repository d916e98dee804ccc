// Advice to the general public (public-advice.ts): a request or warning whose target is a bare
// public-noun phrase ("residents", "motorists", "customers") codes nothing; requests to actors and
// to political groups stay coded.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('advice to the public', () => {
  it('codes no request or warning addressed to the public', () => {
    expect(brief({ text: 'The Kenyan health ministry urged residents to boil their water.', actors: C })).toEqual([]);
    expect(brief({ text: 'The Polish transport agency warned motorists not to use the bridge.', actors: C })).toEqual([]);
  });
  it('keeps a request to an actor or to political supporters', () => {
    expect(brief({ text: 'France urged Iran to free the prisoners.', actors: C })).toContain('REQUEST FRA>IRN asserted');
    expect(brief({ text: 'The Polish opposition leader urged supporters to boycott the vote.', actors: C }).some((e) => e.startsWith('REQUEST POL>'))).toBe(true);
  });
});
