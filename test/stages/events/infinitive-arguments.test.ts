// Structural readings found by probes (issue 15): an argument that hangs inside a "to" clause of the
// trigger belongs to that clause's verb, not to the trigger's gapped slot (Tree.infinitiveBetween).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const events = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('arguments inside an infinitive', () => {
  it('does not code aid to the target of a pledged sanction', () => {
    const out = events('France pledged to impose new sanctions on Iran.');
    expect(out.filter((e) => e.startsWith('AID '))).toEqual([]);
    expect(out.some((e) => e.startsWith('SANCTION FRA>IRN'))).toBe(true);
  });
  it('keeps a template whose own words name the infinitive', () => {
    expect(events('France agreed to meet with Iran next week.').some((e) => e.startsWith('CONSULT FRA>IRN'))).toBe(true);
  });
});
