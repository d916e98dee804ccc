// The year-end holidays named as one period ("this holiday season", "last festive season") are one
// expression valued as the month they centre on (recognize.ts 'holiday-season', knowledge/time
// lexicon kind holiday-season). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, timexOf, valueOf } from './helpers.ts';

// Wednesday 14 December 2016.
const D = '2016-12-14';

describe('a holiday season', () => {
  it('is one DATE with the month it centres on', () => {
    const t = timexOf(D, 'The bakery expects long queues this holiday season.', 'this holiday season');
    expect([t.type, t.value]).toEqual(['DATE', '2016-12']);
    expect(timexes(D, 'The bakery expects long queues this holiday season.')).toHaveLength(1);
  });

  it('counts back and ahead from the document', () => {
    expect(valueOf(D, 'Toy sales were weak last holiday season.', 'last holiday season')).toBe('2015-12');
    expect(valueOf(D, 'The mall plans a skating rink for next festive season.', 'next festive season')).toBe('2017-12');
  });

  it('reads "this" by tense early in a new year', () => {
    expect(valueOf('2017-01-06', 'Shoppers spent less online this Christmas season than the year before.', 'this Christmas season')).toBe('2016-12');
  });

  it('leaves a season with no determiner of time alone', () => {
    expect(timexes(D, 'The holiday season is busy for couriers.').map((t) => t.text)).not.toContain('The holiday season');
  });
});
