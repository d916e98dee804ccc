// "year end", "the year's end", "year-end": the end of the year written noun first, read as "the end of
// the year" is (recognize.ts 'year-end'); before a noun it names the year under way (index.ts), and "a
// year-end" is no year's length. The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes, valueOf } from './helpers.ts';

// Monday 15 December 2025.
const D = '2025-12-15';
// Wednesday 4 June 2025.
const J = '2025-06-04';

describe('the end of the year, noun first', () => {
  it('reads "year end" and "the year\'s end" ahead as the current year', () => {
    expect(valueOf(J, 'The council hopes to finish the bridge by year end.', 'year end')).toBe('2025');
    expect(valueOf(J, "By the year's end the orchard will have doubled its yield.", "the year's end")).toBe('2025');
  });

  it('reads a past clause as the year gone, as the period-edge rule does', () => {
    expect(valueOf(J, 'The old ferry was retired at the year end.', 'the year end')).toBe('2024');
  });

  it('reads a year-end before a noun as the year under way, whatever the tense', () => {
    expect(valueOf(D, 'Over coffee the minister defended her budget in a year-end radio chat.', 'year-end')).toBe('2025');
  });

  it('makes no year-long duration of "a year-end"', () => {
    const all = timexes(D, 'Over coffee the minister defended her budget in a year-end radio chat.');
    expect(all.map((t) => [t.text, t.type])).toEqual([['year-end', 'DATE']]);
  });

  it('leaves "a year ended" and "the year ends" alone', () => {
    expect(timexes(J, 'A year ended quietly for the harbour town.').map((t) => t.text)).toEqual(['A year']);
    expect(timexes(J, 'The school year ends in July.').map((t) => t.text)).toEqual(['July']);
  });
});
