// Given spans the gazetteer does not know (districts, villages, a small town's dateline): resolveToponym
// places them in the town the article puts them in, or names nearest, else in the article's country.
import { describe, expect, it } from 'vitest';
import { resolveToponym } from '../../../src/stages/places/index.ts';
import { placesOnly as run } from './pipeline.ts';
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('places: names the gazetteer lacks', () => {
  it('places a district in the town that owns it', () => {
    const text = 'A fire broke out overnight in Cairo\'s Zahrawiya neighbourhood, firefighters said.';
    expect(resolveToponym(run(text), span(text, 'Zahrawiya'))).toMatchObject({ name: 'Cairo', country: 'EGY', text: 'Zahrawiya' });
  });

  it('places a village in the town named right after "in"', () => {
    const text = 'Shells fell on the hamlet of Qurmalla in Aleppo on Tuesday.';
    expect(resolveToponym(run(text), span(text, 'Qurmalla'))).toMatchObject({ name: 'Aleppo', country: 'SYR' });
  });

  it('takes the nearest town the article names when nothing else places the name', () => {
    const text = 'KESSLEBURG — A man from Hartford was charged on Monday with stealing two trucks.';
    expect(resolveToponym(run(text), span(text, 'KESSLEBURG'))?.country).toBe('USA');
  });

  it('falls back to the country the article names when it names no town', () => {
    const text = 'Police in Jordan said a house burned down in Umm Tarfa, a farming village.';
    expect(resolveToponym(run(text), span(text, 'Umm Tarfa'))?.country).toBe('JOR');
  });

  it('leaves a name unresolved when the article names no place at all', () => {
    const text = 'The choir sang in Umm Tarfa on Sunday.';
    expect(resolveToponym(run(text), span(text, 'Umm Tarfa'))).toBeNull();
  });
});
