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

describe('a warning to voters or followers (isCampaignWarning)', () => {
  const threats = (text: string) => brief({ text, actors: C, tree: true }).filter((e) => e.startsWith('THREATEN'));
  it('codes no threat when the warning goes to voters or to the warner\'s supporters', () => {
    expect(threats('The Polish opposition leader warned voters that a second term for the government would bring higher taxes.')).toEqual([]);
    expect(threats('The French president warned his backers that a low turnout would hand the vote to his rival.')).toEqual([]);
  });
  it('keeps a warning to an actor, and a threat made to voters', () => {
    expect(threats('France warned Iran of serious consequences.')).toEqual(['THREATEN FRA>IRN asserted']);
    expect(threats('Polish militiamen threatened voters outside the polling station.').length).toBeGreaterThan(0);
  });
});
