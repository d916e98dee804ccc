// "9/11" and a day-first "11 September" naming the 2001 attacks (issue 18). Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2019-10-17';
const pairs = (text: string, date = D) => timexes(date, text).map((t) => [t.text, t.type, t.value]);

describe('"9/11" with no year', () => {
  it('names the 2001 attacks, bare, after a word of time or before a noun of theirs', () => {
    expect(pairs('After 9/11, the courier moved his family abroad.')).toEqual([['9/11', 'DATE', '2001-09-11']]);
    expect(pairs('She drove an ambulance during 9/11 and wrote about it later.')).toEqual([['9/11', 'DATE', '2001-09-11']]);
    expect(pairs('Investigators said he had met two 9/11 plotters in a hotel.')).toEqual([['9/11', 'DATE', '2001-09-11']]);
    expect(pairs('The 9/11 attacks changed how the port screens cargo.')).toEqual([['9/11', 'DATE', '2001-09-11']]);
  });

  it('is no timex where it stands for the attacks as a thing, not a time', () => {
    expect(pairs('The leader told followers to expect another 9/11 soon.')).toEqual([]);
    expect(pairs('In the interview they admitted 9/11 and named the targets.')).toEqual([]);
  });

  it('labels a body without moving the story\'s day', () => {
    const t = timexes(D, 'On March 3, 2004, the chief spoke at a 9/11 Commission hearing. The same week, his deputy resigned.');
    expect(t.map((x) => [x.text, x.value])).toEqual([['March 3, 2004', '2004-03-03'], ['9/11', '2001-09-11'], ['The same week', '2004-W10']]);
    // the attacks themselves do move it
    const u = timexes(D, 'After the 9/11 attacks, the chief resigned. The next day, his deputy left.');
    expect(u.map((x) => [x.text, x.value])).toEqual([['9/11', '2001-09-11'], ['The next day', '2001-09-12']]);
  });

  it('is the anniversary, this year\'s day, before a noun of remembrance', () => {
    expect(pairs('The mayor left a 9/11 memorial ceremony early.')).toEqual([['9/11', 'DATE', '2019-09-11']]);
  });

  it('is the nearest 11 September in a document older than the attacks', () => {
    expect(pairs('After 9/11, the fees rise again.', '1999-10-20')).toEqual([['9/11', 'DATE', '1999-09-11']]);
  });

  it('is no date inside a longer date, a fraction run or a larger number', () => {
    expect(pairs('The form was signed on 9/11/2004.')).toEqual([['9/11/2004', 'DATE', '2004-09-11']]);
    expect(pairs('The keeper saved 19/11 shots, a score of 9/110.')).toEqual([]);
    expect(pairs('Rates were 3.9/11.2 in the table.')).toEqual([]);
  });
});

describe('a day-first "11 September" naming the 2001 attacks', () => {
  it('reads as "Sept. 11" does: the attacks before their noun or after a word of time', () => {
    expect(pairs('A panel looked into the 11 September attacks.')).toEqual([['the 11 September', 'DATE', '2001-09-11']]);
    expect(pairs('Flights were grounded almost immediately after 11 September.')).toEqual([['11 September', 'DATE', '2001-09-11']]);
    expect(pairs('The vote is on 11 September.')).toEqual([['11 September', 'DATE', '2019-09-11']]);
  });
});
