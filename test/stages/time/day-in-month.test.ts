// A day or a part of a day placed in a month without its date ("that day in April", "a night in late
// October") is one expression whose value is the month's with the day unknown (recognize.ts 'day-in-month');
// "until" before an expression under a verb in the past perfect looks back, not ahead (tense.ts cueUnderVerb).
// The team's sentences.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, timexes, timexOf, valueOf } from './helpers.ts';

// Sunday 2 October 2016.
const D = '2016-10-02';

describe('a day in a month', () => {
  it('is one expression with the day unknown', () => {
    const t = timexOf(D, 'The harbour has been quiet since that day in August.', 'that day in August');
    expect([t.type, t.value]).toEqual(['DATE', '2016-08-XX']);
    expect(timexes(D, 'The harbour has been quiet since that day in August.')).toHaveLength(1);
  });

  it('gives a part of the day as a TIME', () => {
    const t = timexOf(D, 'Nurses said there was a night in late September when every bed was taken.', 'a night in late September');
    expect([t.type, t.value]).toEqual(['TIME', '2016-09-XXTNI']);
    expect(valueOf(D, 'The baker left one morning in May and never came back.', 'one morning in May')).toBe('2016-05-XXTMO');
  });

  it('keeps a year written after the month', () => {
    expect(valueOf(D, 'She first met him on a day in June 2009 at the port.', 'a day in June 2009')).toBe('2009-06-XX');
  });

  it('takes the month ahead under a future verb', () => {
    expect(valueOf(D, 'The ministers will meet again on a day in March.', 'a day in March')).toBe('2017-03-XX');
  });

  it('leaves a length of time to the unit rule', () => {
    const texts = timexes(D, 'The ferry crew spent one night in May stuck at sea.').map((t) => t.text);
    expect(texts).not.toContain('one night in May');
    expect(texts).toContain('May');
    expect(timexes(D, 'The museum closed for a day in July.').map((t) => t.text)).not.toContain('a day in July');
  });

  it('leaves a dated day and a plural alone', () => {
    expect(valueOf(D, 'The shop closed on the morning of August 3.', 'August 3')).toBe('2016-08-03');
    expect(timexes(D, 'He spent days in August at the coast.').map((t) => t.text)).not.toContain('days in August');
  });
});

describe('"until" under the past perfect', () => {
  it('looks back when the verb is in the past perfect', () => {
    expect(parsedValueOf(D, 'Until that day in April, the farmer had never seen a mine.', 'that day in April')).toBe('2016-04-XX');
    expect(parsedValueOf(D, 'Until April, the council had refused every request.', 'April')).toBe('2016-04');
  });

  it('still looks ahead otherwise', () => {
    expect(parsedValueOf(D, 'The road stays closed until April.', 'April')).toBe('2017-04');
    expect(parsedValueOf(D, 'The mayor said the road would stay closed until that day in March.', 'that day in March')).toBe('2017-03-XX');
  });
});
