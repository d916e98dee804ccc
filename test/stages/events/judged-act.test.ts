// Structural readings found by probes (issue 15): the subject of a verb that judges a noun event
// ("condemned", lexicon `judge-verb`) is not that event's target when the noun names its own doer by a
// by-phrase; a verb whose subject undergoes the act ("faced sanctions by the EU") still makes it the target.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const events = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a judged act with its own doer', () => {
  it('does not make the judge the target of the act', () => {
    const out = events('France condemned the strike by Russia.');
    expect(out).toContain('ACCUSE FRA>RUS asserted');
    expect(out.filter((e) => e.startsWith('ASSAULT RUS>FRA'))).toEqual([]);
  });
  it('keeps the subject of a verb of undergoing as the target', () => {
    expect(events('Iran faced new sanctions by France.').some((e) => e.startsWith('SANCTION FRA>IRN'))).toBe(true);
  });
});
