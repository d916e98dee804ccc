// Compound expressions read as one TIMEX3: a clock time with its day word, a count of consecutive
// units, the second year of a short year range, "late Friday", "the weekend", "the 1800s". Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2019-10-17';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('clock time + today/tomorrow/yesterday', () => {
  it.each([
    ['The tender closes at 5 p.m. tomorrow.', '5 p.m. tomorrow', '2019-10-18T17:00'],
    ['The ferry left at 7:15 a.m. yesterday.', '7:15 a.m. yesterday', '2019-10-16T07:15'],
    ['The minister speaks at noon today.', 'noon today', '2019-10-17T12:00'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'TIME', value]]);
  });
});

describe('consecutive units are one duration', () => {
  it.each([
    ['Exports grew for three consecutive months.', 'three consecutive months', 'P3M'],
    ['The index fell for two straight weeks.', 'two straight weeks', 'P2W'],
    ['Rain fell on five successive days.', 'five successive days', 'P5D'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });
});

describe('short year ranges', () => {
  it('reads the second year in the first one\'s century', () => {
    expect(pairs('The famine of 1845-49 emptied the valley.')).toEqual([['1845', 'DATE', '1845'], ['49', 'DATE', '1849']]);
    expect(pairs('The club won the 2009-10 title.')).toEqual([['2009', 'DATE', '2009'], ['10', 'DATE', '2010']]);
  });

  it('leaves a second number that is not a later year alone', () => {
    expect(pairs('The 1990-85 figure is a typo.').map((p) => p[0])).toEqual(['1990']);
  });
});

describe('edges, weekends and centuries', () => {
  it('keeps early/late in a weekday\'s extent', () => {
    expect(pairs('The jury returned late Monday.')).toEqual([['late Monday', 'DATE', '2019-10-14']]);
    expect(pairs('Firefighters arrived early Tuesday morning.')).toEqual([['early Tuesday morning', 'TIME', '2019-10-15TMO']]);
  });

  it('reads "the weekend" as the last one in the past and the next one ahead', () => {
    expect(pairs('Two climbers went missing over the weekend.')).toEqual([['the weekend', 'DATE', '2019-W41-WE']]);
    expect(pairs('The border will reopen after the weekend.')).toEqual([['the weekend', 'DATE', '2019-W42-WE']]);
    expect(pairs('She writes for the Weekend supplement.')).toEqual([]);
  });

  it('reads "the 1800s" as a century', () => {
    expect(pairs('The mill was built in the 1800s.')).toEqual([['1800s', 'DATE', '18']]);
    expect(pairs('The mill was rebuilt in the 1990s.')).toEqual([['1990s', 'DATE', '199']]);
  });

  it('reads a decade written with an apostrophe before the s', () => {
    expect(pairs("The mill was rebuilt in the 1990's.")).toEqual([["1990's", 'DATE', '199']]);
    expect(pairs('Rents doubled during the 70’s and the late 80’s.')).toEqual([['70’s', 'DATE', '197'], ['late 80’s', 'DATE', '198']]);
    expect(pairs("She was in her 40's and the water in the upper 80's.")).toEqual([]);
  });
});

describe('movable feasts', () => {
  it('computes Easter Sunday', async () => {
    const { easter } = await import('../../../src/stages/time/calendar.ts');
    expect([2000, 2019, 2024, 2025].map((y) => easter(y))).toEqual([
      { y: 2000, m: 4, d: 23 },
      { y: 2019, m: 4, d: 21 },
      { y: 2024, m: 3, d: 31 },
      { y: 2025, m: 4, d: 20 },
    ]);
  });

  it('dates Easter, Good Friday and Thanksgiving by tense and year', () => {
    expect(pairs('The bishop will lead prayers at Easter.')).toEqual([['Easter', 'DATE', '2020-04-12']]);
    expect(pairs('Pilgrims walked to the shrine on Good Friday.')).toEqual([['Good Friday', 'DATE', '2019-04-19']]);
    expect(pairs('Turkey prices fell before Thanksgiving 2018.')).toEqual([['Thanksgiving 2018', 'DATE', '2018-11-22']]);
  });

  it('dates holidays on the n-th weekday of a month by tense and year', () => {
    // D is Thursday 2019-10-17.
    expect(pairs('The shop closed on Labor Day.')).toEqual([['Labor Day', 'DATE', '2019-09-02']]);
    expect(pairs('The parade will march on Memorial Day.')).toEqual([['Memorial Day', 'DATE', '2020-05-25']]);
    expect(pairs('Turnout will be high on Election Day.')).toEqual([['Election Day', 'DATE', '2019-11-05']]);
    expect(pairs('Polls closed late on Election Day 2016.')).toEqual([['Election Day 2016', 'DATE', '2016-11-08']]);
  });
});

describe('"this past"', () => {
  it('belongs to the extent of a week, weekend or weekday', () => {
    // D is Thursday 2019-10-17.
    expect(pairs('The club met this past weekend.')).toEqual([['this past weekend', 'DATE', '2019-W41-WE']]);
    expect(pairs('This past week the ferry ran late.')).toEqual([['This past week', 'DATE', '2019-W41']]);
    expect(pairs('The club met this past Monday.')).toEqual([['this past Monday', 'DATE', '2019-10-14']]);
  });
});

describe('narrative offsets from a month or a year', () => {
  it('"a month later" and "a year later" count from the last month or year told', () => {
    expect(pairs('The envoy came in March 2012 and the minister followed a month later.')).toEqual([
      ['March 2012', 'DATE', '2012-03'],
      ['a month later', 'DATE', '2012-04'],
    ]);
    expect(pairs('The mill closed in 2004. A year later, it reopened.')).toEqual([
      ['2004', 'DATE', '2004'],
      ['A year later', 'DATE', '2005'],
    ]);
  });

  it('a day told after the month takes over again', () => {
    expect(pairs('The envoy came in March 2012. On May 3, 2012, talks began and a month later they failed.').pop()).toEqual(['a month later', 'DATE', '2012-06']);
  });
});

describe('fractions are not quarters of a year', () => {
  it('"a quarter of the voters" is no time expression; "two quarters" still is', () => {
    expect(pairs('Nearly a quarter of the delegates walked out.')).toEqual([]);
    expect(pairs('Three quarters of the budget goes to defence.')).toEqual([]);
    expect(pairs('Exports fell for two quarters.')).toEqual([['two quarters', 'DURATION', 'P6M']]);
  });
});

describe('"Now" ending a name', () => {
  it('is no PRESENT_REF mid-sentence after a capitalised word, but is at a sentence start', () => {
    expect(pairs('She produced the talk show Maria Lopez Now for a decade.').map((p) => p[0])).toEqual(['a decade']);
    expect(pairs('The exports slowed. Now the mines are idle.')).toEqual([['Now', 'DATE', 'PRESENT_REF']]);
  });
});

describe('a holiday or frequency word inside a name', () => {
  it('is no time expression when a capitalised word that is no time word follows it', () => {
    expect(pairs('The anchor of the Evening Weekly Review read the news.')).toEqual([]);
    expect(pairs('She quoted a column in the Daily Ledger about the strike.')).toEqual([]);
    expect(pairs('The yacht reached Christmas Island after a week.').map((p) => p[0])).toEqual(['a week']);
    expect(pairs('The shop on Easter Road closed in March.').map((p) => p[0])).toEqual(['March']);
  });

  it('stays a time expression before a lower-case word, a time word or punctuation', () => {
    expect(pairs('Shoppers will crowd the mall before Christmas.')).toEqual([['Christmas', 'DATE', '2019-12-25']]);
    expect(pairs('The ferries stopped on Easter Monday.')).toEqual([['Easter Monday', 'DATE', '2019-04-22']]);
    expect(pairs('The bulletin is published Weekly, the editor said.')).toEqual([['Weekly', 'SET', 'P1W']]);
  });
});

describe('"Sept. 11" naming the 2001 attacks', () => {
  it('is 2001-09-11 before attacks/hijackers, this year\'s date otherwise', () => {
    expect(pairs('Airport checks grew stricter after the Sept. 11 attacks.')).toEqual([['Sept. 11', 'DATE', '2001-09-11']]);
    expect(pairs('Two of the September 11 hijackers had lived in the town.')).toEqual([['September 11', 'DATE', '2001-09-11']]);
    expect(pairs('The council met on Sept. 11 to vote.')).toEqual([['Sept. 11', 'DATE', '2019-09-11']]);
  });

  it('is 2001-09-11 before panel, conspiracy and conspirator too; a memorial stays this year\'s', () => {
    expect(pairs('The Sept. 11 panel heard the pilots first.')).toEqual([['Sept. 11', 'DATE', '2001-09-11']]);
    expect(pairs('The blog kept repeating September 11 conspiracy claims.')).toEqual([['September 11', 'DATE', '2001-09-11']]);
    expect(pairs('A September 11 conspirator was moved to another prison.')).toEqual([['September 11', 'DATE', '2001-09-11']]);
    expect(pairs('The mayor spoke at the Sept. 11 memorial ceremony.')).toEqual([['Sept. 11', 'DATE', '2019-09-11']]);
  });

  it('is 2001-09-11 right after a word of time (lexicon event-day-cue) in a later document, this year\'s after "on" or "by"', () => {
    expect(pairs('Since September 11, the port has searched every truck.')).toEqual([['September 11', 'DATE', '2001-09-11']]);
    expect(pairs('Despite Sept. 11, the club still books flights abroad.')).toEqual([['Sept. 11', 'DATE', '2001-09-11']]);
    expect(pairs('The lab was testing spores prior to September 11.')).toEqual([['September 11', 'DATE', '2001-09-11']]);
    expect(pairs('Fees must be paid by Sept. 11.')).toEqual([['Sept. 11', 'DATE', '2019-09-11']]);
    expect(pairs('The council met on Sept. 11, after Sept. 10 had been cancelled.')[0]).toEqual(['Sept. 11', 'DATE', '2019-09-11']);
    // a document before the attacks: the nearest 11 September, as for any date
    expect(timexes('1999-10-20', 'Since September 11, the port has searched every truck.').map((t) => t.value)).toEqual(['1999-09-11']);
  });
});

describe('"tomorrow" in general', () => {
  it('is FUTURE_REF after an article or "of", the next day otherwise', () => {
    expect(pairs('Farmers still hope for a better tomorrow.')).toEqual([['tomorrow', 'DATE', 'FUTURE_REF']]);
    expect(pairs('The schools train the engineers of tomorrow.')).toEqual([['tomorrow', 'DATE', 'FUTURE_REF']]);
    expect(pairs('The ferry sails tomorrow.')).toEqual([['tomorrow', 'DATE', '2019-10-18']]);
  });
});

describe('"over the years": an unspecified stretch', () => {
  it.each([
    ['Over the years, the cooperative has bought out its rivals.', 'the years', 'PXY'],
    ['The mill changed owners several times over the decades.', 'the decades', 'PXDE'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });

  it('other "the years" are not', () => {
    expect(pairs('She wrote about the years of the blockade.')).toEqual([]);
    expect(pairs('He recalled the days when trams ran here.')).toEqual([]);
  });
});

describe('the stretch after or before a time, as "the coming weeks" is', () => {
  it.each([
    ['In the years since, he has changed his mind.', 'the years', 'PXY'],
    ['Turnout rose in the weeks since the holiday rally.', 'the weeks', 'PXW'],
    ['Both parties will be busy in the days ahead.', 'the days ahead', 'PXD'],
    ['In the months leading up to the vote, prices climbed.', 'the months', 'PXM'],
    ['The harbour was rebuilt in the decades that followed.', 'the decades', 'PXDE'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });
});

describe('a bare plural unit as a stretch of time of its own', () => {
  it.each([
    ['The walkout came after days of strikes at the port.', 'days', 'PXD'],
    ['The villages endured weeks of flooding.', 'weeks', 'PXW'],
    ['Despite months of haggling, the budget is late.', 'months', 'PXM'],
    ['The lake has not frozen over in years.', 'years', 'PXY'],
    ['It was the driest summer in decades, farmers said.', 'decades', 'PXDE'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });

  it('not when a determiner or adjective makes it part of a named period, nor as a unit of measure', () => {
    expect(pairs('In the closing weeks of the race, both camps spent heavily.')).toEqual([]);
    expect(pairs('Its early years of growth were chaotic.')).toEqual([]);
    expect(pairs('The chart gives the age in months for each calf.')).toEqual([]);
  });
});

describe('"one day" as an unspecified time ahead', () => {
  it.each([
    ['If one day the valley floods, the town will move.', 'one day'],
    ['"That one day, we will not be able to help them," she said.', 'one day'],
    ['The union hopes one day workers will own the plant.', 'one day'],
    ['I always said that if there ever came a day when I could not serve, I would leave.', 'a day'],
  ])('%s', (text, phrase) => {
    expect(pairs(text)).toEqual([[phrase, 'DATE', 'FUTURE_REF']]);
  });

  it.each([
    ['The young rider wants to race in the national league one day.'],
    ['Supporters think the reform could change the whole region one day.'],
    ['It would be good to visit the old mill with you one day to see how it works.'],
    ['The town has one bakery and hopefully one day every street will have one.'],
    ['She says she’ll run the family farm one day.'],
  ])('a modal or a wish earlier in the clause: %s', (text) => {
    expect(pairs(text)).toEqual([['one day', 'DATE', 'FUTURE_REF']]);
  });

  it('a day\'s length stays a duration', () => {
    expect(pairs('The strike lasted one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
    expect(pairs('The repair will take one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
    expect(pairs('The crew would have only one day to test the engine.')).toEqual([['one day', 'DURATION', 'P1D']]);
    expect(pairs('Visitors can stay one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
    expect(pairs('Staff want one day a week for training.')).toEqual([['one day a week', 'SET', 'P1W']]);
    expect(pairs('One day of talks ended in failure.')).toEqual([['One day', 'DURATION', 'P1D']]);
    expect(pairs('The plant shut for one day, and workers went home.')).toEqual([['one day', 'DURATION', 'P1D']]);
  });
});

describe('compound adjectives of two units', () => {
  it('"a day-to-day basis" holds no time expression', () => {
    expect(pairs('Residents do not notice it on a day-to-day basis.')).toEqual([]);
  });
});

describe('a hyphened count and unit before a noun leave the article to the noun', () => {
  it.each([
    ['The 60-second advert aired twice.', '60-second', 'PT60S'],
    ['Students finish the three-year course in June.', 'three-year', 'P3Y'],
    ['A two-week strike closed the port.', 'two-week', 'P2W'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text).find((p) => p[1] === 'DURATION')).toEqual([phrase, 'DURATION', value]);
  });

  it('keeps the article of a plain duration', () => {
    expect(pairs('The two years since were calm.')).toEqual([['The two years', 'DURATION', 'P2Y']]);
  });
});

describe('a unit alone before "-long" is a duration', () => {
  it.each([
    ['Talks resumed after the day-long summit.', 'day-long', 'P1D'],
    ['She ended her decade-long silence.', 'decade-long', 'P10Y'],
    ['The months-long blockade was lifted.', 'months-long', 'PXM'],
    ['A weeks-long search found nothing.', 'weeks-long', 'PXW'],
    // decades and centuries count in years, as "a decade" does
    ['The decades-long border quarrel is over.', 'decades-long', 'PXY'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DURATION', value]]);
  });

  it('with a count, the count decides', () => {
    expect(pairs('The 12-hour-long standoff ended peacefully.')).toEqual([['12-hour-long', 'DURATION', 'PT12H']]);
  });
});

describe('a month or date with its year named relative to the document\'s', () => {
  it.each([
    ['The firm was founded on April 3rd of last year.', 'April 3rd of last year', '2018-04-03'],
    ['Fares rose in February last year.', 'February last year', '2018-02'],
    ['The line reopened on May 20 this year.', 'May 20 this year', '2019-05-20'],
    ['The census starts in March of next year.', 'March of next year', '2020-03'],
    ['Elections are due in early June next year.', 'early June next year', '2020-06'],
    ['Two crews clashed on 14 March last year.', '14 March last year', '2018-03-14'],
    ['The depot opens on the 2nd of December this year.', 'the 2nd of December this year', '2019-12-02'],
  ])('%s', (text, phrase, value) => {
    expect(pairs(text)).toEqual([[phrase, 'DATE', value]]);
  });

  it('leaves a possessive year to the noun after it', () => {
    expect(pairs("In May this year's budget passed.").map((p) => p[0])).toEqual(['May', 'this year']);
  });
});

describe('a capitalised time word after a capitalised word in running text is part of a name', () => {
  it.each([
    'The anchor left Morning Star Today, the cable show, in May.',
    'She told Harbour Weekly in an interview that the pier would close.',
    'The clip aired on Capital Tonight with a long panel.',
  ])('%s', (text) => {
    expect(pairs(text).filter(([p]) => /^(Today|Weekly|Tonight)$/.test(p))).toEqual([]);
  });

  it('not after a sentence end, nor in a title-cased headline', () => {
    expect(pairs('The mayor spoke to Reuters. Today the bridge reopens.')).toContainEqual(['Today', 'DATE', '2019-10-17']);
    expect(pairs('Ferry Crews Strike Today')).toContainEqual(['Today', 'DATE', '2019-10-17']);
  });
});

describe('"the future of" something is its prospects, not a time', () => {
  it('no FUTURE_REF before "of"', () => {
    expect(pairs('Growers worry about the future of the orchard.')).toEqual([]);
    expect(pairs('The debate over the future of rail freight goes on.')).toEqual([]);
  });

  it('"the future" as a time stays', () => {
    expect(pairs('The port may expand in the future.')).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
  });
});

describe('"as early as" / "as late as" before a bare March or May', () => {
  it('is a month', () => {
    expect(pairs('The first trial run could happen as early as March, the builder said.')).toEqual([['March', 'DATE', '2020-03']]);
    expect(pairs('The vote may slip as late as May.')).toEqual([['May', 'DATE', '2020-05']]);
  });

  it('"as" alone before the name is no month', () => {
    expect(pairs('As May said, the talks go on.')).toEqual([]);
    expect(pairs('The offer is as generous as May wanted.')).toEqual([]);
  });
});

describe('"one day" after a capitalised name that looks like a modal', () => {
  it('"Will" as a name makes no time ahead', () => {
    expect(pairs('Will Harper met the mayor one day.')).toEqual([['one day', 'DURATION', 'P1D']]);
  });
});
