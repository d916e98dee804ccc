// Bare weekdays, months and seasons take their direction from the governing verb's tense and aspect
// (governor.ts): past and pluperfect clauses look back, future and scheduled present look ahead, and an
// expression with no verb to read falls back to the nearer date. All sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, valueOf } from './helpers.ts';

// Thursday 17 October 2019.
const D = '2019-10-17';

describe('past-tense clauses take the most recent occurrence', () => {
  it.each([
    ['Customs officers seized the cargo on Tuesday.', 'Tuesday', '2019-10-15'],
    ['The ferry operator got a court order Monday to halt the strike.', 'Monday', '2019-10-14'],
    ['Exports slumped in March, the agency said.', 'March', '2019-03'],
    ['Voters backed the new charter in June.', 'June', '2019-06'],
    ['The ruling party lost its majority in November.', 'November', '2018-11'],
    ['The central bank cut rates in August and is expected to act again in December.', 'August', '2019-08'],
    ['The dam was finished in the spring.', 'spring', '2019-SP'],
    ['The shipment was being unloaded Wednesday.', 'Wednesday', '2019-10-16'],
  ])('%s', (text, phrase, value) => {
    expect(valueOf(D, text, phrase)).toBe(value);
  });

  it('a verb-like word inside a hyphenated compound governs nothing', () => {
    expect(valueOf(D, 'The regulator issued a cease-and-desist order on Tuesday.', 'Tuesday')).toBe('2019-10-15');
    expect(valueOf(D, 'The council adopted a stay-at-home rule Monday.', 'Monday')).toBe('2019-10-14');
  });

  it('an attributive participle ("a designated day") is not a past-tense verb', () => {
    expect(valueOf(D, 'Campaign calendar: a designated day of action on Nov. 4.', 'Nov. 4')).toBe('2019-11-04');
    expect(valueOf(D, 'Agenda: the postponed summit on November 2.', 'November 2')).toBe('2019-11-02');
  });

  it('the verb on the same side of a comma wins over a nearer one across it', () => {
    expect(valueOf(D, 'As the envoy put it in a letter to the council in July, the region is changing fast.', 'July')).toBe('2019-07');
    expect(valueOf(D, 'The governor signed the bill in August, and the law is now in force.', 'August')).toBe('2019-08');
  });

  it('a month named in a noun phrase followed by its own infinitive stays in the past', () => {
    expect(valueOf(D, "The island's vote in May to leave the federation has unsettled investors.", 'May')).toBe('2019-05');
  });
});

describe('pluperfect background reads the past', () => {
  it.each([
    ['Inspectors had visited the plant on Monday.', 'Monday', '2019-10-14'],
    ['The general had resigned in September.', 'September', '2019-09'],
    ["The minister's deputy had already quit in December.", 'December', '2018-12'],
  ])('%s', (text, phrase, value) => {
    expect(valueOf(D, text, phrase)).toBe(value);
  });
});

describe('future and scheduled present look ahead', () => {
  it.each([
    ['The court will rule in March.', 'March', '2020-03'],
    ['A referendum is expected in December.', 'December', '2019-12'],
    ['The treaty is being signed on Monday.', 'Monday', '2019-10-21'],
    ['Dock workers are striking on Tuesday.', 'Tuesday', '2019-10-22'],
    ['The new line opens in January.', 'January', '2020-01'],
    ['He could face trial in February.', 'February', '2020-02'],
    ['The plant will reopen in the spring.', 'spring', '2020-SP'],
    ['The cabinet is due to meet on Saturday.', 'Saturday', '2019-10-19'],
  ])('%s', (text, phrase, value) => {
    expect(valueOf(D, text, phrase)).toBe(value);
  });
});

describe('a plan told in the past ("was scheduled for", "were due to", "was to") takes the nearer date', () => {
  it.each([
    // the plan's date already passed: "scheduled" alone would look ahead to next year
    ['The hearing was scheduled for Sept. 30, but the judge fell ill.', 'Sept. 30', '2019-09-30'],
    ['The ferry was due to sail on Wednesday.', 'Wednesday', '2019-10-16'],
    ['The two sides were set to sign the deal in August.', 'August', '2019-08'],
    ['The minister was to open the bridge on Tuesday.', 'Tuesday', '2019-10-15'],
    ['The vote had been scheduled for Oct. 2.', 'Oct. 2', '2019-10-02'],
    // still ahead: the nearer date is the coming one
    ['The summit was scheduled for Nov. 2 until the host pulled out.', 'Nov. 2', '2019-11-02'],
    ['The ferry was due to sail on Friday.', 'Friday', '2019-10-18'],
    // a passive or perfect plan ("were to be freed", "was to have opened") is the same plan
    ['The hostages were to be freed on Friday.', 'Friday', '2019-10-18'],
    ['The new wing was to have opened on Monday.', 'Monday', '2019-10-14'],
  ])('%s', (text, phrase, value) => {
    expect(parsedValueOf(D, text, phrase)).toBe(value);
    expect(valueOf(D, text, phrase)).toBe(value);
  });

  it('but a plan told in the present still looks ahead', () => {
    expect(parsedValueOf(D, 'The hearing is scheduled for Sept. 30.', 'Sept. 30')).toBe('2020-09-30');
    expect(parsedValueOf(D, 'The ferry is due to sail on Wednesday.', 'Wednesday')).toBe('2019-10-23');
    // "is to be held": a plan in the passive, ahead like "is to resume"
    expect(parsedValueOf(D, 'The second round is to be held on May 20.', 'May 20')).toBe('2020-05-20');
    expect(valueOf(D, 'The second round is to be held on May 20.', 'May 20')).toBe('2020-05-20');
  });
});

describe('present-tense reporting verbs look back', () => {
  it('"says … on Monday" of an event already reported', () => {
    expect(valueOf(D, 'The ministry says the convoy crossed the border on Monday.', 'Monday')).toBe('2019-10-14');
  });
});

describe('with no verb to read, the nearer date', () => {
  it('a weekday in a verbless heading', () => {
    expect(valueOf(D, 'Polling day: Saturday.', 'Saturday')).toBe('2019-10-19');
    expect(valueOf(D, 'Polling day: Monday.', 'Monday')).toBe('2019-10-14');
  });
});

describe('infinitives and ranges', () => {
  it('an infinitive after a past implicative verb happened then', () => {
    expect(valueOf(D, 'The flood forced villagers to leave on Tuesday.', 'Tuesday')).toBe('2019-10-15');
    expect(valueOf(D, 'Rescuers used boats to reach the island on Monday.', 'Monday')).toBe('2019-10-14');
    expect(valueOf(D, 'The envoys planned to meet on Saturday.', 'Saturday')).toBe('2019-10-19');
  });

  it('a range of yearless dates runs forward', () => {
    // A verbless heading: tense unknown, so each date alone would take the nearer year.
    expect(valueOf('2019-09-29', 'Arrests between January 1 and September 26: 412.', 'January 1')).toBe('2019-01-01');
    expect(valueOf('2020-01-10', 'The fair ran from December 28 to January 3.', 'December 28')).toBe('2019-12-28');
  });
});
