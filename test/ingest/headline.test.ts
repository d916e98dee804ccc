// Titles for articles that came without one: a headline-like first line, else the lead's first sentence, shortened.
import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../src/ingest/headline.ts';

describe('headlineOf', () => {
  it('takes a short first line whole', () => {
    expect(headlineOf('Harbour board approves new ferry timetable\n\nThe board voted on Monday to add two crossings.')).toBe('Harbour board approves new ferry timetable');
  });

  it('skips blank and punctuation-only lines and squeezes spaces', () => {
    expect(headlineOf('\n  \n***\n  River   levels fall after a dry week  \nMore text.')).toBe('River levels fall after a dry week');
  });

  it('takes the first sentence of a long lead, not an abbreviation inside it', () => {
    const lead = 'The U.S. envoy met the two delegations in the lakeside town on Friday to discuss the water treaty. Both sides called the meeting useful and agreed to meet again in spring.';
    expect(headlineOf(lead)).toBe('The U.S. envoy met the two delegations in the lakeside town on Friday to discuss the water treaty.');
  });

  it('shortens a long first sentence at a word boundary with an ellipsis', () => {
    const lead = 'Farmers from the northern valleys drove their tractors into the provincial capital on Tuesday morning, blocking the ring road for several hours while they waited for the minister to receive a delegation.';
    const t = headlineOf(lead)!;
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(81);
    expect(lead.startsWith(t.slice(0, -1))).toBe(true);
    expect(t).toBe('Farmers from the northern valleys drove their tractors into the provincial…');
  });

  it('gives nothing for text without words', () => {
    expect(headlineOf('\n \n--- \n')).toBeUndefined();
  });
});
