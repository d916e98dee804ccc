// A word beside a name that says what kind of place it is: "upstate", "the state of", a lower-case
// "state" after it make a state named like its town the state; "the city of", "cities like" make a name
// that is both a town and its region the town. Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const placesOf = (text: string) => pipeline.run(createDoc({ date: '2023-03-02', text })).layers.places ?? [];
const namesOf = (text: string, written: string) => placesOf(text).filter((p) => p.text === written).map((p) => p.name.trim());

describe('places: kind words beside a name', () => {
  it('reads "upstate", "the state of" and a lower-case "state" after the name as the state', () => {
    expect(namesOf('The couple bought a farm in upstate New York. Later they moved to New York.', 'New York'))
      .toEqual(['New York State', 'New York City']);
    expect(namesOf('Schools got less money per pupil in New York state than in Albany.', 'New York')).toEqual(['New York State']);
    expect(namesOf('Voters in the state of Washington approved it; the vote in Washington came later.', 'Washington'))
      .toEqual(['Washington State', 'Washington, D.C.']);
  });
  it('keeps the town where the capitalised "State" opens a longer name or no kind word stands', () => {
    expect(namesOf('She flew from New York to Chicago on Monday.', 'New York')).toEqual(['New York City']);
    expect(namesOf('The band played in Washington, D.C. and left.', 'Washington')).toEqual(['Washington, D.C.']);
  });
  it('reads "cities like" and "the city of" before a name as the town, not its region', () => {
    const text = 'The governor toured Albany, Buffalo and Rochester. The show airs in cities like New York and Boston.';
    expect(namesOf(text, 'New York')).toEqual(['New York City']);
    const bd = placesOf('Boats carry the cargo from Cox\'s Bazar and Teknaf into the harbour city of Chittagong. From Chittagong it goes north.')
      .filter((p) => p.text === 'Chittagong');
    expect(bd).toHaveLength(2);
    for (const p of bd) expect(p).toEqual(expect.objectContaining({ country: 'BGD', geonameid: expect.any(Number) }));
  });
});
