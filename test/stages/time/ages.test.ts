// A count and unit after an age cue ("aged", "ages", "the age of") give someone's age, not a time of the
// story, as "a 22-year-old" does not; a duration of the story in the same sentence is kept. All
// sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2021-05-12';
const texts = (text: string) => timexes(D, text).map((t) => t.text);

describe('ages are not time expressions', () => {
  it.each([
    ['Pharmacists may now vaccinate patients ages 5 years and up.', '5 years'],
    ['Twin girls, aged 3 and 7 months, were taken to the clinic.', '7 months'],
    ['The study followed pupils aged 11–14 years in nine towns.', '14 years'],
    ['Her son began to walk at the age of ten months.', 'ten months'],
    ['The league is open to players between the ages of 16 and 19 years.', '19 years'],
    ['The rescued cubs, aged 2, 5 and 9 weeks, were fed by hand.', '9 weeks'],
  ])('%s', (text, age) => {
    expect(texts(text)).not.toContain(age);
  });

  it('a duration of the story beside an age is kept', () => {
    expect(texts('The climber, aged nineteen, spent three weeks on the glacier.')).toEqual(['three weeks']);
    expect(texts('Patients aged 60 were monitored for 6 months after the dose.')).toEqual(['6 months']);
  });

  it('an age word that is no cue ("an age of austerity") leaves the duration alone', () => {
    expect(texts('It was an age of austerity, and 5 years of cuts followed.')).toEqual(['5 years']);
  });
});

describe('an age of four digits is no year', () => {
  it('"a 2000 year old custom" holds no time expression', () => {
    expect(texts('The parade keeps alive a 2000 year old custom of the valley.')).toEqual([]);
    expect(texts('Monks still use the 1200-year-old well.')).toEqual([]);
  });

  it('a year before another noun stays a year', () => {
    expect(texts('The 2012 floods left the valley poor.')).toEqual(['2012']);
  });
});
