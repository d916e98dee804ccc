import { describe, expect, it } from 'vitest';
import { governingDate } from '../../../src/stages/time/govern.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { parsedTimePipeline, runTime } from './helpers.ts';

function spanOf(text: string, word: string, from = 0) {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`"${word}" not in text`);
  return { start, end: start + word.length };
}

describe('governingDate', () => {
  it('takes the timex of the same clause', () => {
    const text = 'Poland closed a border crossing on Tuesday, and Lithuania declared an emergency on Wednesday.';
    const doc = runTime('2021-11-14', text);
    expect(governingDate(doc, spanOf(text, 'closed'))).toMatchObject({ date: '2021-11-09', precision: 'day' });
    const lt = governingDate(doc, spanOf(text, 'declared'));
    expect(lt).toMatchObject({ date: '2021-11-10', precision: 'day' });
    expect(doc.layers.timexes![lt.timex!].text).toBe('Wednesday');
  });

  it('gives the index in the document\'s timexes of a date of a later sentence', () => {
    const text = 'The council met on Monday. Farmers blocked the road on Tuesday, and the mayor resigned on Thursday.';
    const doc = runTime('2021-11-14', text);
    const g = governingDate(doc, spanOf(text, 'resigned'));
    expect(g).toMatchObject({ date: '2021-11-11', precision: 'day' });
    expect(g.timex).toBe(2);
    expect(doc.layers.timexes![g.timex!].text).toBe('Thursday');
    // a date set aside (a noun's, a quotation's) is not taken
    const tue = doc.layers.timexes![1];
    expect(governingDate(doc, spanOf(text, 'blocked'), undefined, [{ start: tue.start - 3, end: tue.end }]).timex).not.toBe(1);
  });

  it('prefers the clause over a nearer timex across a clause boundary', () => {
    const text = 'The minister said on Monday that troops had left the region in March.';
    const doc = runTime('2021-11-14', text);
    expect(governingDate(doc, spanOf(text, 'said'))).toMatchObject({ date: '2021-11-08', precision: 'day' });
    expect(governingDate(doc, spanOf(text, 'left'))).toMatchObject({ date: '2021-03', precision: 'month' });
  });

  it('falls back to the sentence, then to the article date', () => {
    const text = 'Last month, after weeks of talks, the two sides signed a truce. The foreign secretary has called on Moscow to intervene. Rebels seized the airport.';
    const doc = runTime('2021-11-14', text);
    expect(governingDate(doc, spanOf(text, 'signed'))).toMatchObject({ date: '2021-10', precision: 'month' });
    // Present perfect reporting: the article's day.
    expect(governingDate(doc, spanOf(text, 'has called on'))).toEqual({ date: '2021-11-14', precision: 'day', timex: null });
    // Simple past without a date: the article date, precision unknown.
    expect(governingDate(doc, spanOf(text, 'seized'))).toEqual({ date: '2021-11-14', precision: 'unknown', timex: null });
  });

  it('reads present-tense reporting verbs as the article day and ignores durations', () => {
    const text = 'The ministry says the blockade has lasted three weeks.';
    const doc = runTime('2021-11-14', text);
    expect(governingDate(doc, spanOf(text, 'says'))).toEqual({ date: '2021-11-14', precision: 'day', timex: null });
  });

  it('gives a weekend\'s week as the calendar date', () => {
    const text = 'Militias shelled the market over the weekend.';
    const doc = runTime('2021-11-17', text);
    expect(governingDate(doc, spanOf(text, 'shelled'))).toMatchObject({ date: '2021-W45', precision: 'week' });
  });

  it('takes no date from a timex after "since": it names when a state began', () => {
    const text = 'Records show the mayor has been a member of the party since 2009. The union urged the board to reverse every cut made since March. Since 2014 the agency has been running a small office in the port. The board cut the budget in March.';
    const doc = runTime('2021-11-14', text);
    // Present tense or present perfect with no other date: the article's day.
    expect(governingDate(doc, spanOf(text, 'show'))).toEqual({ date: '2021-11-14', precision: 'day', timex: null });
    expect(governingDate(doc, spanOf(text, 'running'))).toMatchObject({ date: '2021-11-14', timex: null });
    // A past statement whose only date is a period's start: undated, not dated to that start.
    expect(governingDate(doc, spanOf(text, 'urged'))).toEqual({ date: '2021-11-14', precision: 'unknown', timex: null });
    // The same month without "since" dates its clause.
    expect(governingDate(doc, spanOf(text, 'cut the budget'))).toMatchObject({ date: '2021-03', precision: 'month' });
  });

  it('gives a season or half of a named year as its year', () => {
    const text = 'In the summer of 2019, the club signed a new coach. The league fined it in the first half of 2020.';
    const doc = runTime('2021-11-14', text);
    expect(governingDate(doc, spanOf(text, 'signed'))).toMatchObject({ date: '2019', precision: 'year' });
    expect(governingDate(doc, spanOf(text, 'fined'))).toMatchObject({ date: '2020', precision: 'year' });
  });

  it('returns a null date when the document date is not a date', () => {
    const text = 'Rebels seized the airport.';
    const doc = runTime('unknown', text);
    expect(governingDate(doc, spanOf(text, 'seized'))).toEqual({ date: null, precision: 'unknown', timex: null });
  });
});

describe('governingDate on the dependency tree', () => {
  const parsed = (date: string, text: string) => parsedTimePipeline.run(createDoc({ date, text }));

  it('keeps a subordinate clause\'s date in that clause', () => {
    const text = 'The governor, who has backed the senator since he quit the race in February, criticised the plan on Wednesday.';
    const doc = parsed('2016-09-22', text);
    expect(governingDate(doc, spanOf(text, 'criticised'))).toMatchObject({ date: '2016-09-21', precision: 'day' });
    expect(governingDate(doc, spanOf(text, 'quit'))).toMatchObject({ date: '2016-02', precision: 'month' });
  });

  it('dates a reported event by its own clause, not the court day', () => {
    const text = 'A builder was arraigned on Tuesday on charges that he assaulted a neighbour six years ago.';
    const doc = parsed('2009-03-25', text);
    expect(governingDate(doc, spanOf(text, 'arraigned'))).toMatchObject({ date: '2009-03-24', precision: 'day' });
    expect(governingDate(doc, spanOf(text, 'assaulted'))).toMatchObject({ date: '2003', precision: 'year' });
  });

  it('gives a pluperfect background clause only a bound, not the reporting day', () => {
    const text = 'A spokesman said in April that the ministry had summoned the ambassador.';
    const doc = parsed('2017-05-17', text);
    expect(governingDate(doc, spanOf(text, 'said'))).toMatchObject({ date: '2017-04', precision: 'month' });
    expect(governingDate(doc, spanOf(text, 'summoned'))).toMatchObject({ precision: 'unknown' });
  });

  it('does not date a clause by a date inside a relative clause of its words', () => {
    const text = 'The mayor praised the builders, who finished the bridge in 2019.';
    const doc = parsed('2021-06-02', text);
    expect(governingDate(doc, spanOf(text, 'praised'))).toEqual({ date: '2021-06-02', precision: 'unknown', timex: null });
    expect(governingDate(doc, spanOf(text, 'finished'))).toMatchObject({ date: '2019', precision: 'year' });
    // A relative clause without a relative word, right after its noun, is one too.
    const zero = 'The council thanked the crew for the first rescue they made in March.';
    expect(governingDate(parsed('2021-06-02', zero), spanOf(zero, 'thanked'))).toMatchObject({ timex: null });
  });

  it("still dates a quote's words by its attribution when the parser hangs the cue as a relative clause", () => {
    const text = '"We were never in the habit of backing leaders who insult our troops," the senator said in May.';
    const doc = parsed('2021-06-02', text);
    // The greedy parser's garden path on such sentences: the cue as a relative clause of the quote's noun.
    const at = (w: string) => doc.layers.tokens!.findIndex((t) => t.text === w);
    const syntax = doc.layers.syntax!;
    const heads = [...syntax.heads];
    const deprels = [...syntax.deprels];
    heads[at('said')] = at('habit');
    deprels[at('said')] = 'acl:relcl';
    doc.layers.syntax = { upos: syntax.upos, heads, deprels };
    expect(governingDate(doc, spanOf(text, 'backing'))).toMatchObject({ date: '2021-05', precision: 'month' });
  });
  it('does not date a verb of saying by a date in what was said', () => {
    const text = 'The chairman said the new terminal would open next spring and that fares could rise in June.';
    const doc = parsed('2021-02-10', text);
    expect(governingDate(doc, spanOf(text, 'said'))).toEqual({ date: '2021-02-10', precision: 'unknown', timex: null });
    const noted = 'The spokeswoman noted that the firm had dropped the plan in 2018.';
    expect(governingDate(parsed('2021-02-10', noted), spanOf(noted, 'noted'))).toMatchObject({ timex: null });
  });

  it('still dates a verb of saying by the occasion told before it or after it', () => {
    const before = 'In a video posted Thursday, the coach said he would stay.';
    expect(governingDate(parsed('2021-02-13', before), spanOf(before, 'said'))).toMatchObject({ date: '2021-02-11', precision: 'day' });
    const aside = 'The governor, touring the flooded valley on Feb. 8, said the dams had held.';
    expect(governingDate(parsed('2021-02-13', aside), spanOf(aside, 'said'))).toMatchObject({ date: '2021-02-08', precision: 'day' });
    const as = 'The organiser said as the runners set off early Sunday morning.';
    expect(governingDate(parsed('2021-02-15', as), spanOf(as, 'said'))).toMatchObject({ date: '2021-02-14', precision: 'day' });
  });
  it("dates a present-tense verb with its own subject by the article's day, not another clause's date", () => {
    const text = 'Lawmakers rejected the plan in March, although analysts say the vote was close.';
    const doc = parsed('2021-06-02', text);
    expect(governingDate(doc, spanOf(text, 'say'))).toEqual({ date: '2021-06-02', precision: 'day', timex: null });
    // a participle, an infinitive or a complement still takes the date of the clause it hangs on
    const part = 'In May, the union sent a letter to its members, urging them to vote.';
    expect(governingDate(parsed('2021-06-02', part), spanOf(part, 'urging'))).toMatchObject({ date: '2021-05', precision: 'month' });
  });

  it("does not date a verb by a year that names a book's or a plan's year", () => {
    const text = 'The mayor remembered her aide discussing Brown\'s 2011 best seller, which covered river towns.';
    expect(governingDate(parsed('2021-03-04', text), spanOf(text, 'discussing'))).toMatchObject({ timex: null });
  });
  it('does not date a verb by years joined as modifiers of one noun', () => {
    const text = 'At the time, the federation was aiming to stage the 2026 or 2030 championships.';
    expect(governingDate(parsed('2016-03-03', text), spanOf(text, 'stage'))).toMatchObject({ timex: null });
  });
});
