import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const found = (text: string) => timexes('2021-11-16', text).map((t) => [t.text, t.type, t.value]);

describe('a day counted from the start of an occasion', () => {
  it('is a date the text does not give (XXXX-XX-XX)', () => {
    expect(found('On the second day of the inquiry, the mayor gave evidence.')).toEqual([['the second day', 'DATE', 'XXXX-XX-XX']]);
    expect(found('The rowers reached the harbour on the 41st day.')).toEqual([['the 41st day', 'DATE', 'XXXX-XX-XX']]);
    expect(found('Go on the sixth or seventh day of the fair, when it is quiet.')).toEqual([['the sixth or seventh day', 'DATE', 'XXXX-XX-XX']]);
  });

  it('leaves a day of a named month or year, and compounds, to other readings', () => {
    expect(found('The first day of June was cold.')).toEqual([['June', 'DATE', '2021-06']]);
    expect(found('They opened the first day-care centre in the town.')).toEqual([]);
  });
});
