// A range of days in one month ("Oct. 12 to 15", "14-17 March"): each end is a date of its own, as
// TIDES/TimeML tag both ends of a range, and the end written without a month or year takes the other's.
// Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2019-10-20';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.value]);

describe('both ends of a day range are dates', () => {
  it.each([
    ['The survey was carried out Oct. 12 to 15 among 900 adults.', [['Oct. 12', '2019-10-12'], ['15', '2019-10-15']]],
    ['The fair ran October 3-6 in the old market hall.', [['October 3', '2019-10-03'], ['6', '2019-10-06']]],
    ['Hearings were held from Oct. 7 through 9.', [['Oct. 7', '2019-10-07'], ['9', '2019-10-09']]],
    ['The board meets on December 2 and 3.', [['December 2', '2019-12-02'], ['3', '2019-12-03']]],
    ['The festival ran 14-17 March in the capital.', [['14', '2019-03-14'], ['17 March', '2019-03-17']]],
    ['The summit is set for 4 to 6 November 2021.', [['4', '2021-11-04'], ['6 November 2021', '2021-11-06']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('a year after the second day is the first day\'s too', () => {
    expect(pairs('A workshop on tides, Apr. 2-5, 2011, in Lisbon.')).toEqual([['Apr. 2', '2011-04-02'], ['5, 2011', '2011-04-05']]);
    expect(pairs('The exhibition ran from Dec. 18 to Jan. 9, 2012.')).toEqual([['Dec. 18', '2011-12-18'], ['Jan. 9, 2012', '2012-01-09']]);
  });
});

describe('no day after a date', () => {
  it('a count, an hour or a score', () => {
    expect(pairs('Turnout rose on Oct. 3 to 45 percent.')).toEqual([['Oct. 3', '2019-10-03']]);
    expect(pairs('On Oct. 3 to 5 p.m. the hall was full.').map((p) => p[0])).not.toContain('5');
    expect(pairs('The visitors won on Oct. 3 by 2-1.')).toEqual([['Oct. 3', '2019-10-03']]);
  });

  it('a number not after the first day', () => {
    expect(pairs('On Oct. 9 and 4 others were hurt.')).toEqual([['Oct. 9', '2019-10-09']]);
    expect(pairs('On Oct. 3 and 9 others were hurt.')).toEqual([['Oct. 3', '2019-10-03']]);
  });
});

// index.ts sharedYear: two dates or months joined as a range or a choice share the year written after the second.
describe('the first of two dates or months takes the year written after the second', () => {
  it('months joined by and, or, to', () => {
    expect(pairs('The mill hired forty weavers in May and June of 1987.')).toEqual([['May', '1987-05'], ['June of 1987', '1987-06']]);
    expect(pairs('The canal froze in late October or early November 1963.')).toEqual([['late October', '1963-10'], ['early November 1963', '1963-11']]);
    expect(pairs('Rainfall was measured from April to September 2008.')).toEqual([['April', '2008-04'], ['September 2008', '2008-09']]);
  });

  it('the year before when the first month comes later', () => {
    expect(pairs('The hut was closed between November and March 1999.')).toEqual([['November', '1998-11'], ['March 1999', '1999-03']]);
  });

  it('two dates joined by "or"', () => {
    expect(pairs('The ferry sailed on May 3 or May 5, 2001.')).toEqual([['May 3', '2001-05-03'], ['May 5, 2001', '2001-05-05']]);
  });

  it('leaves a month with a year of its own, or one told apart from the second, alone', () => {
    expect(pairs('The bridge opened last June and July 2003 brought floods.')).toEqual([['last June', '2019-06'], ['July 2003', '2003-07']]);
    expect(pairs('The bridge opened in June, and in July of 1987 it closed.')).toEqual([['June', '2019-06'], ['July of 1987', '1987-07']]);
  });
});
