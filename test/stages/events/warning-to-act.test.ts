// A warning to act ("warned X to do Y") is an appeal (REQUEST), as the events-news guideline codes an
// appeal, demand or call; a warning of consequences or not to act stays a threat (THREATEN).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('warning to act', () => {
  it('codes "warned X to VB" as a request', () => {
    expect(brief({ text: 'France warned Iran to release the detained sailors.', actors: C })).toContain('REQUEST FRA>IRN asserted');
  });
  it('keeps other warnings as threats', () => {
    expect(brief({ text: 'France warned Iran of serious consequences.', actors: C })).toContain('THREATEN FRA>IRN asserted');
  });
});
