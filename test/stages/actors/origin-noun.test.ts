// A word of where a person is from (lexicon class origin-noun) tells the person's own country and no role:
// "Ghana immigrant X", "X, a native of Peru" (person-cues.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe('a word of origin beside a name', () => {
  it('reads a country named before the word, glued to the name ("Ghana immigrant X")', () => {
    const doc = runParsed('The song recalls the death of Ghana immigrant Kofi Mensah, who was shot by city officers in 1999.', '2016-09-28');
    expect(mentionActor(doc, 'Kofi Mensah')).toMatchObject({ country: 'GHA', sector: 'REF' });
  });

  it('reads a country of two words and a citizen\'s word ("New Zealand national X")', () => {
    const doc = runParsed('The court heard that New Zealand national Rory Tane Whitcombe was detained at the airport.', '2016-09-28');
    expect(mentionActor(doc, 'Rory Tane Whitcombe')).toMatchObject({ country: 'NZL', sector: 'CVL' });
  });

  it('reads an apposition "a native of" a country as the person\'s country, a civilian\'s', () => {
    const doc = runParsed('Miguel Tarrazo, a native of Peru, was arrested by city police on Monday night.', '2016-09-28');
    expect(mentionActor(doc, 'Miguel Tarrazo')).toMatchObject({ country: 'PER', sector: 'CVL' });
  });

  it('reads a region after "a native of" as its country', () => {
    const doc = runParsed('Toronto police said they had arrested Sam Holbeck, a native of Alberta, after a robbery.', '2016-09-28');
    expect(mentionActor(doc, 'Sam Holbeck')?.country).toBe('CAN');
  });

  it('reads no origin from a word that tells none ("Iraq veteran X")', () => {
    const doc = runParsed('Iraq veteran Paul Rendell criticized the senator.', '2016-09-28');
    expect(mentionActor(doc, 'Paul Rendell')?.country ?? null).toBeNull();
  });
});
