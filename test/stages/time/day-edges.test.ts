// "earlier" or "later" before a weekday or today/yesterday/tomorrow is part of the expression's extent, as
// "early"/"late" and "earlier this week" are (recognize.ts EDGE_LATER); after a count and unit it closes
// the offset instead ("two days later Friday"). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

// Friday 14 March 2025.
const D = '2025-03-14';

describe('earlier/later before a day', () => {
  it('joins a weekday', () => {
    expect(valueOf(D, 'The ministry confirmed earlier Friday that the bridge was closed.', 'earlier Friday')).toBe('2025-03-14');
    expect(valueOf(D, 'The mayor will visit the site later Friday afternoon.', 'later Friday afternoon')).toBe('2025-03-14TAF');
  });

  it('joins today and yesterday', () => {
    expect(valueOf(D, 'A spokesman said later today that the talks had ended.', 'later today')).toBe('2025-03-14');
    expect(valueOf(D, 'The ferry had already left earlier yesterday, the harbour master said.', 'earlier yesterday')).toBe('2025-03-13');
  });

  it('leaves a comparison with "than" out of the extent', () => {
    expect(valueOf(D, 'The ferry left later yesterday than planned.', 'yesterday')).toBe('2025-03-13');
  });

  it('leaves a weekday after a counted offset alone', () => {
    expect(timexes(D, 'The deal was signed on Monday and two days later Wednesday it collapsed.').map((t) => t.text)).toEqual([
      'Monday',
      'two days later',
      'Wednesday',
    ]);
  });
});
