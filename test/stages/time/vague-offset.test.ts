// A vague count before "earlier" or "later" ("a few weeks earlier", "some months later") is a date on one
// side of the story's time (recognize.ts 'narrative-offset', normalize.ts 'narr' vague), no longer a
// duration that leaves the adverb out. The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexOf } from './helpers.ts';

// Wednesday 12 June 2024.
const D = '2024-06-12';

const read = (text: string, phrase: string) => {
  const t = timexOf(D, text, phrase);
  return [t.type, t.value];
};

describe('a vague count with earlier or later', () => {
  it('is a past date before "earlier"', () => {
    expect(read('A few weeks earlier, the council had closed the pool.', 'A few weeks earlier')).toEqual(['DATE', 'PAST_REF']);
  });

  it('is a past date after a past date the story has reached', () => {
    expect(read('The mill shut on May 4, 2019. Several years later it became a museum.', 'Several years later')).toEqual(['DATE', 'PAST_REF']);
  });

  it('is a future date from the present', () => {
    expect(read('The bakery opens soon and its café will follow a few weeks later.', 'a few weeks later')).toEqual(['DATE', 'FUTURE_REF']);
  });

  it('keeps a real count a date of its own', () => {
    expect(read('Two weeks earlier, the council had closed the pool.', 'Two weeks earlier')).toEqual(['DATE', '2024-W22']);
  });
});
