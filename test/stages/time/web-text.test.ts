// Shapes of weblog and newsgroup text (recognize.ts): digits inside a web address are no time; a weekday
// written after a full date is that date's; a demonstrative, a word of size or addition, or "many" inside a
// counted stretch belong to the duration; "to this day" and "the present day" are the present in general; a
// capitalised season inside a name ("the Winter Olympics") is no season.
// The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, timexOf, valueOf } from './helpers.ts';

// Saturday 28 January 2006.
const D = '2006-01-28';

const texts = (s: string) => timexes(D, s).map((t) => t.text);

describe('a web address', () => {
  it('holds no year, date or frequency', () => {
    expect(texts('The full report is at http://example.org/news/2006/05/report.html for readers.')).toEqual([]);
    expect(texts('See www.example.com/daily/2004-03-09-floods.htm and write to us.')).toEqual([]);
    expect(texts('The hearing record is at http://example.gov/record.cfm?id=1725&page=2 online.')).toEqual([]);
    expect(texts('Read it at example.com/2005/10/some-story and tell me.')).toEqual([]);
  });

  it('leaves the years of the sentence around it', () => {
    expect(texts('In 2004 the group put its papers at http://example.org/archive/1999/ for all.')).toEqual(['2004']);
  });
});

describe('a weekday after a full date', () => {
  it('is part of the date', () => {
    const t = timexOf(D, 'The programme aired March 30, 2004 Tuesday on public radio.', 'March 30, 2004 Tuesday');
    expect([t.type, t.value]).toEqual(['DATE', '2004-03-30']);
    expect(valueOf(D, 'The note was dated October 2, 2005, Sunday.', 'October 2, 2005, Sunday')).toBe('2005-10-02');
  });

  it('is not taken from a possessive or without a year', () => {
    expect(texts("The ban began June 4, 2005 Saturday's match was moved.")).not.toContain('June 4, 2005 Saturday');
    expect(texts('The fair opens March 3 Friday next week.')).not.toContain('March 3 Friday');
  });
});

describe('a counted stretch', () => {
  it('keeps a demonstrative before it', () => {
    expect(valueOf(D, 'These past nine years changed the port.', 'These past nine years')).toBe('P9Y');
    expect(valueOf(D, 'Prices fell during these last two weeks.', 'these last two weeks')).toBe('P2W');
    expect(valueOf(D, 'Those few weeks came and went without a word.', 'Those few weeks')).toBe('PXW');
  });

  it('keeps a word of size or addition between the count and the unit', () => {
    expect(valueOf(D, 'The repairs were done in seven short days.', 'seven short days')).toBe('P7D');
    expect(valueOf(D, 'He served four whole months at the base.', 'four whole months')).toBe('P4M');
    expect(valueOf(D, 'The bridge will need a few more years of work.', 'a few more years')).toBe('PXY');
    expect(valueOf(D, 'The rocket needs two short minutes to reach its target.', 'two short minutes')).toBe('PT2M');
  });

  it('leaves a single described period alone', () => {
    expect(texts('It was a long day for the crew.')).not.toContain('a long day');
    expect(texts('They restored an extra week of voting.')).not.toContain('an extra week');
  });

  it('reads "many" before a unit as a vague length', () => {
    expect(valueOf(D, 'She has known the family for many years.', 'many years')).toBe('PXY');
    expect(valueOf(D, 'The deal ended many years of quarrels.', 'many years')).toBe('PXY');
    expect(texts('On some weeks the mill ran only three days.')).not.toContain('some weeks');
  });
});

describe('the present in general', () => {
  it('reads "to this day" and "the present day" as PRESENT_REF', () => {
    expect(valueOf(D, 'Many people believe the story to this day.', 'this day')).toBe('PRESENT_REF');
    expect(valueOf(D, 'To this day, nobody knows who wrote it.', 'this day')).toBe('PRESENT_REF');
    expect(valueOf(D, 'The book follows the harbour from its founding to the present day.', 'the present day')).toBe('PRESENT_REF');
  });

  it('leaves a day looked forward or led up to', () => {
    expect(texts('We have been looking forward to this day for years.')).not.toContain('this day');
    expect(texts('The weeks leading up to this day were tense.')).not.toContain('this day');
    expect(texts('Present-day borders were drawn later.')).toEqual([]);
  });
});

describe('a season inside a name', () => {
  it('is no time', () => {
    expect(texts('The rower won gold at the 2012 Summer Paralympics.')).toEqual(['2012']);
    expect(texts('The choir sang at the Winter Garden Theatre.')).toEqual([]);
  });

  it('leaves a season written with a capital alone', () => {
    expect(valueOf(D, 'The vote is due this Summer.', 'this Summer')).toBe('2006-SU');
    expect(valueOf(D, 'Prices rose in the Summer, he said.', 'Summer')).toBe('2005-SU');
  });
});
