// A year written with two digits ("3/14/97", "in '83", "August of '91") is the year with those digits
// nearest the document's year (normalize.ts nearestCentury); an apostrophe year is read after a word of
// the lexicon kind short-year-cue or in a date, never after a name. A decade without its century ("the
// sixties", "the '20s") is the last such decade begun by the document's year. The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';
import { nearestCentury } from '../../../src/stages/time/normalize.ts';

describe('two-digit years', () => {
  it('puts a slash date of the last century in that century', () => {
    expect(valueOf('1998-04-02', 'The contract was signed on 3/14/97 in the mayor’s office.', '3/14/97')).toBe('1997-03-14');
    expect(valueOf('2016-05-10', 'Minutes of the board meeting held 11/20/98 are attached.', '11/20/98')).toBe('1998-11-20');
  });

  it('keeps a slash date of this century in this century', () => {
    expect(valueOf('2016-05-10', 'The warranty card is dated 2/3/14.', '2/3/14')).toBe('2014-02-03');
    expect(valueOf('1998-04-02', 'The lease runs out on 6/30/01.', '6/30/01')).toBe('2001-06-30');
  });

  it('reads an apostrophe year after a preposition or conjunction', () => {
    expect(valueOf('2012-01-20', "The mill closed in '83 after the long strike.", "'83")).toBe('1983');
    expect(valueOf('2012-01-20', 'She coached the team from ’04 to ’07.', '’04')).toBe('2004');
  });

  it('reads a month or a date with an apostrophe year as one expression', () => {
    expect(valueOf('2012-01-20', "Prices peaked in August of '91 and fell for two years.", "August of '91")).toBe('1991-08');
    expect(valueOf('2012-01-20', "The bridge reopened on May 4, '95 to traffic.", "May 4, '95")).toBe('1995-05-04');
  });

  it('leaves an apostrophe number after a name or a height alone', () => {
    expect(timexes('2012-01-20', "The studio released Photo Deluxe '09 for schools.").map((t) => t.text)).toEqual([]);
    expect(timexes('2012-01-20', "The goalkeeper is 6'02 and quick.").map((t) => t.text)).toEqual([]);
    expect(timexes('2012-01-20', "Fares went up by '12 per cent' in the spring.").map((t) => t.text)).toEqual(['spring']);
  });

  it('takes the earlier century on a tie', () => {
    expect(nearestCentury(2066, 2016)).toBe(1966);
    expect(nearestCentury(2015, 2016)).toBe(2015);
    expect(nearestCentury(2089, 1989)).toBe(1989);
  });
});

describe('decades named without their century', () => {
  it('reads a decade word after "the" as the last such decade begun by the document’s year', () => {
    expect(valueOf('2012-01-20', 'Folk clubs were packed in the sixties.', 'sixties')).toBe('196');
    expect(valueOf('2012-01-20', 'The plant was rebuilt in the mid-eighties.', 'mid-eighties')).toBe('198');
    expect(valueOf('1989-10-25', 'Rents have doubled since the early eighties.', 'early eighties')).toBe('198');
  });

  it('leaves an age in a decade alone', () => {
    expect(timexes('2012-01-20', 'The pilot is in his forties and flies every week.').map((t) => t.text)).toEqual(['every week']);
  });

  it('puts "the \'20s" in the century the document’s year has reached', () => {
    expect(valueOf('2016-05-10', "The hall was built in the '20s for dances.", "'20s")).toBe('192');
    expect(valueOf('2027-05-10', "Rents rose sharply in the '20s.", "'20s")).toBe('202');
  });
});
