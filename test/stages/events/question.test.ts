// A question is no appeal (question.ts): "asked X about Y", "asked X whether …", "asked X, '…?'" code no REQUEST; "asked X
// to VB", "asked X for Y" stay appeals.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('questions asked', () => {
  it('codes no request for a question about something or a whether-clause', () => {
    expect(brief({ text: 'The Polish minister asked the German envoy about the new border rules.', actors: C, tree: true }).filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(brief({ text: 'The Polish minister asked the German envoy whether the talks would resume.', actors: C, tree: true }).filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
  it('codes no request for a quoted question after the verb', () => {
    expect(brief({ text: 'The Polish minister asked the German envoy, "Will the talks resume?"', actors: C, tree: true }).filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(brief({ text: 'The Polish minister asked the German envoy, "Please reopen the border."', actors: C, tree: true }).some((e) => e.startsWith('REQUEST'))).toBe(true);
  });
  it('keeps an appeal to act or for something', () => {
    expect(brief({ text: 'France asked Iran to free the prisoners.', actors: C, tree: true })).toContain('REQUEST FRA>IRN asserted');
    expect(brief({ text: 'Ukraine asked Germany for more weapons.', actors: C, tree: true }).some((e) => e.startsWith('REQUEST UKR>DEU'))).toBe(true);
  });
});
