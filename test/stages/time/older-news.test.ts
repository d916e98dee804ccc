// Business and wire news written in 1989 and 1998, the years of TimeBank-style text: relative years, halves,
// quarters, seasons, past-tense weekdays and "ago" resolve against a document date of the last century as
// they do against a recent one. Guards for the held-out TimeBank-style evaluation (docs/time.md, twenty-fourth
// session); the team's sentences.
import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.ts';

const THU_1989 = '1989-11-02';
const TUE_1998 = '1998-10-13';

describe('a document date of 1989 (business news)', () => {
  it('reads edges of relative years and fiscal years', () => {
    expect(valueOf(THU_1989, 'The refiner hopes to break even late next year.', 'late next year')).toBe('1990');
    expect(valueOf(THU_1989, 'Mortgage rates climbed late last year and early this year.', 'late last year')).toBe('1988');
    expect(valueOf(THU_1989, 'Mortgage rates climbed late last year and early this year.', 'early this year')).toBe('1989');
    expect(valueOf(THU_1989, 'The carrier lost money in fiscal 1989 for the first time.', 'fiscal 1989')).toBe('FY1989');
  });

  it('reads halves, quarters and stretches of months', () => {
    expect(valueOf(THU_1989, 'The buyout should close in the first half of 1990.', 'the first half of 1990')).toBe('1990-H1');
    expect(valueOf(THU_1989, 'Brokers expect a weak current quarter for the chain.', 'current quarter')).toBe('1989-Q4');
    expect(valueOf(THU_1989, 'Over the past 12 months the fund gained 9%.', 'the past 12 months')).toBe('P12M');
  });

  it('reads the day before, a week ago and last fall in the past', () => {
    expect(valueOf(THU_1989, 'The toy maker said yesterday that orders had slowed.', 'yesterday')).toBe('1989-11-01');
    expect(valueOf(THU_1989, 'The lender trimmed its base rate a week ago.', 'a week ago')).toBe('1989-W43');
    expect(valueOf(THU_1989, 'Last fall, the county raised its sales tax.', 'Last fall')).toBe('1988-FA');
  });
});

describe('a document date of 1998 (wire news)', () => {
  it('sends weekdays and bare dates the way the tense points', () => {
    expect(valueOf(TUE_1998, 'The envoys will meet again next Tuesday in Geneva.', 'next Tuesday')).toBe('1998-10-20');
    expect(valueOf(TUE_1998, 'The ferry service stopped Thursday afternoon after the gale.', 'Thursday afternoon')).toBe('1998-10-08TAF');
    expect(valueOf(TUE_1998, 'The hearing opens Jan. 12 in the county court.', 'Jan. 12')).toBe('1999-01-12');
    expect(valueOf(TUE_1998, 'The monitors left the border post three days ago.', 'three days ago')).toBe('1998-10-10');
  });

  it('gives a decade edge the document\'s decade', () => {
    expect(valueOf(TUE_1998, 'By the end of the decade the line will carry freight only.', 'the end of the decade')).toBe('199');
  });
});
