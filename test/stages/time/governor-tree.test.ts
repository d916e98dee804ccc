// The governor of a time expression read on the dependency tree (governor.ts, Tree.predicateAbove and
// Tree.verbGroup): the predicate it attaches to, through the nouns it modifies, past bare participles, not
// across quoted words; infinitives look ahead only under a prospective word. All sentences are the team's.
import { describe, expect, it } from 'vitest';
import { parsedValueOf, valueOf } from './helpers.ts';

// Thursday 17 October 2019.
const D = '2019-10-17';

describe('the tree finds the clause a bare weekday or month belongs to', () => {
  it.each([
    // a bare participle takes the tense of the clause it hangs from
    ['Dedicating the new bridge on Saturday, the mayor said it would cut journeys by half.', 'Saturday', '2019-10-12'],
    ['Flanked by his lawyers Tuesday, the mayor declined to comment.', 'Tuesday', '2019-10-15'],
    ['After spending much of the summer courting rural voters, the party has shifted its focus to the cities.', 'summer', '2019-SU'],
    // a fronted adverbial far from its verb
    ['In a speech in the capital Friday, the senator laid out her plan for the ports.', 'Friday', '2019-10-11'],
    // a relative clause's own verb, not the main clause's
    ['The ferry that sailed from the island to the mainland on Sunday carried 300 people.', 'Sunday', '2019-10-13'],
    // the second conjunct hangs where the first does
    ['He made brief appearances in March and June to promote the book.', 'June', '2019-06'],
    // a verb inside quoted words does not govern the attribution's weekday
    ['"We will keep talking," the spokesman said at a briefing Monday before the vote.', 'Monday', '2019-10-14'],
    // through the noun a month modifies, past an attributive participle
    ['The opposition has protested since a failed December vote.', 'December', '2018-12'],
    // a verb inside a hyphenated compound heads no clause, however the parser attaches it
    ['The regulator sent a cease-and-desist notice Tuesday.', 'Tuesday', '2019-10-15'],
    ['Police arrested a driver after a hit-and-run Sunday.', 'Sunday', '2019-10-13'],
    // a bare subjunctive "be" looks ahead
    ['The railway company asked that a decision be made by Friday.', 'Friday', '2019-10-18'],
  ])('%s', (text, phrase, value) => {
    expect(parsedValueOf(D, text, phrase)).toBe(value);
  });
});

describe('infinitives', () => {
  it('look ahead under a prospective verb, noun or adjective', () => {
    expect(parsedValueOf(D, 'Leaders agreed to draw up a reform plan by March.', 'March')).toBe('2020-03');
    expect(parsedValueOf(D, 'Officials plan to vote on Friday.', 'Friday')).toBe('2019-10-18');
    expect(valueOf(D, 'The cabinet is due to meet on Saturday.', 'Saturday')).toBe('2019-10-19');
  });

  it('take the nearer date under any other word', () => {
    // Monday 14th is three days back, Monday 21st four ahead.
    expect(parsedValueOf(D, "The senator is trying to win over farmers at Monday's fair.", 'Monday')).toBe('2019-10-14');
    expect(parsedValueOf(D, 'The group called for the city to reopen the library on Monday.', 'Monday')).toBe('2019-10-14');
    // Saturday 19th is two days ahead.
    expect(parsedValueOf(D, 'The group called for the city to reopen the library on Saturday.', 'Saturday')).toBe('2019-10-19');
  });

  it('keep no tense from a verb outside them when the tree hangs the date on the infinitive', () => {
    // Saturday 19 October: Monday 21st is two days ahead, Monday 14th five back; "was" is not the
    // infinitive's tense.
    expect(parsedValueOf('2019-10-19', "The senator said his rival's letter to summon the witness to Monday's hearing was only a stunt.", 'Monday')).toBe('2019-10-21');
    expect(parsedValueOf('2019-10-19', "Her note to invite the mayor to Monday night's gala was leaked.", 'Monday night')).toBe('2019-10-21TNI');
  });

  it('a passive implicative after a non-past "be" has not happened', () => {
    expect(parsedValueOf(D, 'The permit should be allowed to lapse on September 30.', 'September 30')).not.toBe('2018-09-30');
  });
});

describe('the word-order fallback without a parse agrees on the plain cases', () => {
  it.each([
    ['The envoy told reporters on Wednesday that the talks would resume.', 'Wednesday', '2019-10-16'],
  ])('%s', (text, phrase, value) => {
    expect(valueOf(D, text, phrase)).toBe(value);
    expect(parsedValueOf(D, text, phrase)).toBe(value);
  });
});

describe('a possessive weekday with no tense to read', () => {
  it('takes the nearer date (Saturday 19 October: Monday 21st is two days ahead)', () => {
    expect(parsedValueOf('2019-10-19', "Monday's runoff in the capital", 'Monday')).toBe('2019-10-21');
    expect(valueOf('2019-10-19', "Monday's runoff in the capital", 'Monday')).toBe('2019-10-21');
    // with a past verb it stays the past one
    expect(parsedValueOf('2019-10-19', "Observers criticised Monday's runoff in the capital.", 'Monday')).toBe('2019-10-14');
  });
});
