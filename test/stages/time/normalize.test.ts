import { describe, expect, it } from 'vitest';
import { timexOf, timexes, valueOf } from './helpers.ts';

describe('month and day without a year', () => {
  it('chooses the year nearest the article in the tense direction', () => {
    expect(valueOf('2021-01-02', 'The ceasefire was signed on December 30 in Doha.', 'December 30')).toBe('2020-12-30');
    expect(valueOf('2020-12-30', 'On January 3, the talks will resume in Geneva.', 'January 3')).toBe('2021-01-03');
    expect(valueOf('2021-06-10', 'Parliament approved the budget on June 2.', 'June 2')).toBe('2021-06-02');
    expect(valueOf('2021-06-10', 'The vote is scheduled for 21 June.', '21 June')).toBe('2021-06-21');
  });

  it('keeps explicit years and reads several date formats', () => {
    expect(valueOf('2021-11-14', 'The treaty was signed on March 5, 2019, in Minsk.', 'March 5, 2019')).toBe('2019-03-05');
    expect(valueOf('2021-11-14', 'Elections were held on 12 May 2019.', '12 May 2019')).toBe('2019-05-12');
    expect(valueOf('2021-11-14', 'The report is dated 2021-10-03.', '2021-10-03')).toBe('2021-10-03');
    expect(valueOf('2021-11-14', 'The mission began in Sept. 2020.', 'Sept. 2020')).toBe('2020-09');
  });
});

describe('bare months', () => {
  it('points to the past unless the verb is future', () => {
    expect(valueOf('2021-11-14', 'The army withdrew in March.', 'March')).toBe('2021-03');
    expect(valueOf('2021-02-14', 'The army withdrew in December.', 'December')).toBe('2020-12');
    expect(valueOf('2021-11-14', 'Elections will be held in March.', 'March')).toBe('2022-03');
    expect(valueOf('2021-03-14', 'Prices fell last June.', 'last June')).toBe('2020-06');
  });

  it('does not take the modal "may" or "march" the verb for months', () => {
    const t = timexes('2021-11-14', 'The opposition may march on the capital, and veterans may join them.');
    expect(t).toEqual([]);
  });
});

describe('relative periods', () => {
  const d = '2021-11-14'; // Sunday, ISO week 45
  it('this/last/next week, month, year', () => {
    expect(valueOf(d, 'Talks collapsed this week.', 'this week')).toBe('2021-W45');
    expect(valueOf(d, 'Talks collapsed last week.', 'last week')).toBe('2021-W44');
    expect(valueOf(d, 'Talks resume next week.', 'next week')).toBe('2021-W46');
    expect(valueOf(d, 'Inflation rose this month.', 'this month')).toBe('2021-11');
    expect(valueOf(d, 'Inflation rose last month.', 'last month')).toBe('2021-10');
    expect(valueOf(d, 'Inflation will ease next month.', 'next month')).toBe('2021-12');
    expect(valueOf(d, 'Growth slowed last year.', 'last year')).toBe('2020');
    expect(valueOf(d, 'Growth will recover next year.', 'next year')).toBe('2022');
    expect(valueOf(d, 'Earlier this month, the central bank raised rates.', 'Earlier this month')).toBe('2021-11');
    expect(valueOf(d, 'The drought worsened last summer.', 'last summer')).toBe('2021-SU');
    expect(valueOf(d, 'Crowds gathered last weekend.', 'last weekend')).toBe('2021-W44-WE');
    expect(valueOf(d, 'Harvests failed this season.', 'this season')).toBe('2021-FA');
    expect(valueOf(d, 'Harvests failed last season.', 'last season')).toBe('2021-SU');
    expect(valueOf(d, 'Fighting will resume next spring.', 'next spring')).toBe('2022-SP');
  });

  it('deictic days and "ago"', () => {
    expect(valueOf(d, 'The rebels attacked two days ago.', 'two days ago')).toBe('2021-11-12');
    expect(valueOf(d, 'The mine closed three years ago.', 'three years ago')).toBe('2018');
    expect(valueOf(d, 'The port reopened a month ago.', 'a month ago')).toBe('2021-10');
    expect(valueOf(d, 'The deal was first proposed a decade ago.', 'a decade ago')).toBe('2011');
    // an approximation before the count belongs to the expression, which goes on to "ago"
    expect(valueOf(d, 'The bridge was built nearly a decade ago.', 'nearly a decade ago')).toBe('2011');
    expect(valueOf(d, 'The firm listed its shares almost two years ago.', 'almost two years ago')).toBe('2019');
    expect(valueOf(d, 'The minister resigned yesterday.', 'yesterday')).toBe('2021-11-13');
    expect(valueOf(d, 'The summit opens tomorrow.', 'tomorrow')).toBe('2021-11-15');
    expect(timexOf(d, 'Sirens sounded last night.', 'last night')).toMatchObject({ type: 'TIME', value: '2021-11-13TNI' });
  });

  it('quarters, fiscal years and halves', () => {
    const q = '2021-11-14';
    expect(valueOf(q, 'Output shrank in the third quarter.', 'the third quarter')).toBe('2021-Q3');
    expect(valueOf('2021-02-10', 'Exports grew in the fourth quarter.', 'the fourth quarter')).toBe('2020-Q4');
    expect(valueOf(q, 'Sales will rise in the first quarter of 2022.', 'the first quarter of 2022')).toBe('2022-Q1');
    expect(valueOf(q, 'Revenue rose in Q2 2021.', 'Q2 2021')).toBe('2021-Q2');
    expect(valueOf(q, 'The deficit narrowed in fiscal 2020.', 'fiscal 2020')).toBe('FY2020');
    expect(valueOf(q, 'The ministry reported a loss in the fiscal third quarter.', 'the fiscal third quarter')).toBe('FY2021-Q3');
    expect(valueOf(q, 'Growth slowed in the first half of 2021.', 'the first half of 2021')).toBe('2021-H1');
  });

  it('business years: a year named before "fiscal year", the bare fiscal year, quarters of it', () => {
    const q = '2021-11-14';
    expect(valueOf(q, 'The agency will spend more in the 2022 fiscal year.', 'the 2022 fiscal year')).toBe('FY2022');
    expect(valueOf(q, 'The brewer booked a loss for its 2020 financial year.', '2020 financial year')).toBe('FY2020');
    expect(valueOf(q, 'Margins widened during the financial year.', 'the financial year')).toBe('FY2021');
    expect(valueOf(q, 'Margins widened at the start of the financial year.', 'the start of the financial year')).toBe('FY2021');
    expect(valueOf(q, 'Bookings rose in the second quarter of the financial year.', 'the second quarter of the financial year')).toBe('FY2021-Q2');
    expect(valueOf(q, 'Bookings fell in the first quarter of fiscal 2020.', 'the first quarter of fiscal 2020')).toBe('FY2020-Q1');
    expect(valueOf(q, 'Stocks ran low in the final quarter of the fiscal year.', 'the final quarter of the fiscal year')).toBe('FY2021-Q4');
    // a year after "fiscal year" stays one expression, as before
    expect(valueOf(q, 'The council approved the budget for fiscal year 2023.', 'fiscal year 2023')).toBe('FY2023');
    // a calendar quarter of a named year is no business quarter
    expect(valueOf(q, 'Bookings fell in the first quarter of 2020.', 'the first quarter of 2020')).toBe('2020-Q1');
  });

  it('years, decades and centuries', () => {
    expect(valueOf(d, 'He lost the 2020 election in a landslide.', '2020')).toBe('2020');
    // TE3 extents leave "the" out of centuries (and decades, for consistency).
    expect(valueOf(d, 'The country was at war in the 1990s.', '1990s')).toBe('199');
    expect(valueOf(d, "Exports boomed in the '80s.", "'80s")).toBe('198');
    expect(valueOf(d, 'It was the bloodiest conflict of the 20th century.', '20th century')).toBe('19');
    expect(timexes(d, 'He spent his 20s in exile.')).toEqual([]);
    expect(timexes(d, 'Police said 2020 people had been detained.').map((t) => t.text)).toEqual(['2020']);
    expect(timexes(d, 'About 1500 soldiers crossed the border.')).toEqual([]);
  });

  it('reference words', () => {
    expect(valueOf(d, 'The situation is now calm.', 'now')).toBe('PRESENT_REF');
    expect(timexes(d, 'The now-defunct party won 12 seats.')).toEqual([]);
    expect(valueOf(d, 'Relations have recently improved.', 'recently')).toBe('PAST_REF');
    expect(valueOf(d, 'Sanctions may be lifted in the future.', 'the future')).toBe('FUTURE_REF');
  });
});

describe('durations and sets', () => {
  const d = '2021-11-14';
  it('durations with numbers, words and hyphens', () => {
    const got = timexes(d, 'The siege lasted 18 months, after a three-week truce and almost seven years of war. Talks ran for 90 minutes.');
    expect(got.map((t) => [t.text, t.type, t.value])).toEqual([
      ['18 months', 'DURATION', 'P18M'],
      ['three-week', 'DURATION', 'P3W'],
      ['almost seven years', 'DURATION', 'P7Y'],
      ['90 minutes', 'DURATION', 'PT90M'],
    ]);
    expect(valueOf(d, 'Prices doubled over the past two years.', 'the past two years')).toBe('P2Y');
    expect(valueOf(d, 'Rates will stay high over the next few months.', 'the next few months')).toBe('PXM');
    expect(valueOf(d, 'Tensions have grown in recent weeks.', 'recent weeks')).toBe('PXW');
    expect(valueOf(d, 'The curfew lasts 12 hours.', '12 hours')).toBe('PT12H');
  });

  it('sets', () => {
    expect(timexOf(d, 'Inspectors visit the plant every week.', 'every week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(timexOf(d, 'The envoy calls every Monday.', 'every Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(timexOf(d, 'The fund pays $5 million a year to farmers.', 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(timexOf(d, 'The report is published annually.', 'annually')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(timexes(d, 'The daily newspaper printed the letter.')).toEqual([]);
  });
});

describe('narrative anchoring and clock times', () => {
  it('"the day before" and "a week later" hang on the last full date', () => {
    const text = 'The first strike hit Mariupol on March 2, 2021. The day before, officials had evacuated the port. A week later, the city was encircled. The next day, aid convoys arrived.';
    const got = timexes('2021-11-14', text).map((t) => [t.text, t.value]);
    expect(got).toEqual([
      ['March 2, 2021', '2021-03-02'],
      ['The day before', '2021-03-01'],
      ['A week later', '2021-W10'],
      ['The next day', '2021-03-10'],
    ]);
  });

  it('"earlier in the day", "later in the week" take the day or week of the story\'s time', () => {
    const text = 'The envoy landed in Kyiv on Tuesday. Earlier in the day, the ministers had spoken by phone. Later in the week, the talks moved to Lviv.';
    const got = timexes('2021-11-14', text).map((t) => [t.text, t.value]);
    expect(got).toEqual([
      ['Tuesday', '2021-11-09'],
      ['Earlier in the day', '2021-11-09'],
      ['Later in the week', '2021-W45'],
    ]);
  });

  it('clock times take the day of their sentence', () => {
    expect(timexOf('2021-11-14', 'The polls closed at 8 p.m. on Saturday.', '8 p.m. on Saturday')).toMatchObject({ type: 'TIME', value: '2021-11-13T20:00' });
    expect(valueOf('2021-11-14', 'Kick-off was moved to 15:00 GMT.', '15:00 GMT')).toBe('2021-11-14T15:00Z');
  });
});

describe('hours and minutes before or after a day', () => {
  it('move the day by whole days only', () => {
    expect(valueOf('2021-03-10', 'A notice posted 24 hours ago warned of delays.', '24 hours ago')).toBe('2021-03-09');
    expect(valueOf('2021-03-10', 'A notice posted six hours ago warned of delays.', 'six hours ago')).toBe('2021-03-10');
    expect(valueOf('2021-03-10', 'The pumps failed on Monday. Some 30 hours later, the valley flooded.', '30 hours later')).toBe('2021-03-09');
    expect(valueOf('2021-03-10', 'The pumps failed on Monday. About 72 hours later, the water fell.', '72 hours later')).toBe('2021-03-11');
  });
});
