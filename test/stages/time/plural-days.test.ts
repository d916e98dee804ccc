// A weekday, a weekday's part, the weekend or a part of the day in the plural names a habit, as "every Monday" does (TIDES /
// TimeML SET; recognize.ts 'set-plural-day'). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2024-04-10';
const found = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('weekdays and weekends in the plural', () => {
  it('reads a plural weekday as the set of those days', () => {
    expect(found('The bakery sells rye bread on Tuesdays.')).toEqual([['Tuesdays', 'SET', 'XXXX-WXX-2']]);
    expect(found('Choir practice is held on Wednesday evenings in the hall.')).toEqual([['Wednesday evenings', 'SET', 'XXXX-WXX-3TEV']]);
  });

  it('reads "weekends" as the set of weekends', () => {
    expect(found('The ferry runs hourly on weekends.').filter((t) => t[0] === 'weekends')).toEqual([['weekends', 'SET', 'XXXX-WXX-WE']]);
    expect(found('During the weekends the lake is crowded.')).toEqual([['the weekends', 'SET', 'XXXX-WXX-WE']]);
  });

  it('reads "in the evenings", "during the mornings" as the set of those parts of the day', () => {
    expect(found('The streets fill up in the evenings, when the heat breaks.')).toEqual([['the evenings', 'SET', 'XXXX-XX-XXTEV']]);
    expect(found('I usually swim during the mornings.')).toEqual([['the mornings', 'SET', 'XXXX-XX-XXTMO']]);
  });

  it('leaves the parts of a day named by what follows them alone', () => {
    expect(found('In the nights that followed, the wind dropped.')).toEqual([]);
    expect(found('He spent the evenings of the fair at the stall.')).toEqual([]);
  });

  it('leaves a single weekday night a date', () => {
    expect(found('The mayor will speak on Friday night.')).toEqual([['Friday night', 'TIME', '2024-04-12TNI']]);
  });

  it('leaves names, counted weekends and weekends as a mass alone', () => {
    expect(found('We met for lunch at TGI Fridays near the station.')).toEqual([]);
    expect(found('It rained for four weekends in a row.').map((t) => t[1])).not.toContain('SET');
    expect(found('She gave up two summers of weekends to the project.').map((t) => t[0])).not.toContain('weekends');
  });
});
