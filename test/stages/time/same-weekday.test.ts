// One article, one Monday: bare mentions of a weekday read on weak evidence (a present tense, a
// possessive, no tense) take the day the mentions read from a past or future verb agree on; mentions
// read on strong evidence keep their own day. All sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { parsedTimePipeline } from './helpers.ts';
import { evidenceOf, sameWeekday, type WeekdayMention } from '../../../src/stages/time/same-weekday.ts';
import type { Timex } from '../../../src/doc/types.ts';

const values = (date: string, text: string): string[] => (parsedTimePipeline.run(createDoc({ date, text })).layers.timexes ?? []).map((t) => t.value);

describe('the mentions of one weekday in an article name one day', () => {
  it('a present tense that would look ahead takes the day the past verbs read', () => {
    // Thursday 17 October 2019: Tuesday 15th is past, Tuesday 22nd ahead.
    const text = 'Rescuers pulled two anglers from the flooded river on Tuesday night. Both men were treated in hospital on Tuesday. Despite the applause at the town hall Tuesday night, the mayor faces a hard winter.';
    expect(values('2019-10-17', text)).toEqual(['2019-10-15TNI', '2019-10-15', '2019-10-15TNI']);
    // Alone, the present tense looks ahead.
    expect(values('2019-10-17', 'Despite the applause at the town hall Tuesday night, the mayor faces a hard winter.')).toEqual(['2019-10-22TNI']);
  });

  it('a possessive weekday taken as past by default follows a scheduled present', () => {
    // Friday 18 October 2019: Monday 14th is past, Monday 21st ahead.
    const text = 'The two candidates meet for their only televised debate Monday in Leeds. Both camps have praised the moderator of Monday\'s debate.';
    expect(values('2019-10-18', text)).toEqual(['2019-10-21', '2019-10-21']);
  });

  it('mentions read from a past and a future verb keep their own days', () => {
    // Wednesday 16 October 2019.
    const text = 'Police arrested the driver on Monday. He will appear before a magistrate on Monday.';
    expect(values('2019-10-16', text)).toEqual(['2019-10-14', '2019-10-21']);
  });
});

describe('sameWeekday', () => {
  const tx = (value: string): Timex => ({ start: 0, end: 6, text: 'Monday', type: 'DATE', value, precision: 'day' });
  const m = (value: string, evidence: 0 | 1 | 2): WeekdayMention => ({ timex: tx(value), wd: 1, evidence });

  it('leaves a weekday alone when its strongest mentions are split evenly', () => {
    const list = [m('2019-10-14', 2), m('2019-10-21', 2), m('2019-10-21', 1)];
    sameWeekday(list);
    expect(list.map((x) => x.timex.value)).toEqual(['2019-10-14', '2019-10-21', '2019-10-21']);
  });

  it('gives the weaker mentions the majority day of the strongest, keeping the time of day', () => {
    const list = [m('2019-10-14', 2), m('2019-10-14T20:00', 2), m('2019-10-21TNI', 1), m('2019-10-21', 0)];
    sameWeekday(list);
    expect(list.map((x) => x.timex.value)).toEqual(['2019-10-14', '2019-10-14T20:00', '2019-10-14TNI', '2019-10-14']);
  });

  it('reads the evidence of a tense', () => {
    expect([evidenceOf('past', false), evidenceOf('future', false), evidenceOf('present', false), evidenceOf('none', false), evidenceOf('past', true)]).toEqual([2, 2, 1, 0, 0]);
  });
});
