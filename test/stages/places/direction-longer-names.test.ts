// "the West" (the Western powers, a country's west) was West, Texas in five untuned texts; longer names the
// town list lacked were read by their last or first word ("Ross Sea" as Ross on Wye, "Midway Atoll" as a
// Kentucky town, "Guantanamo Bay" as Bay, Arkansas). Thirty-eighth session, helper plc. Own invented sentences.
import { describe, expect, it } from 'vitest';
import type { Doc, Entity } from '../../../src/doc/types.ts';
import { placesWith } from './pipeline.ts';

/** The places stage alone over `text`, with `loc` tagged LOC (as the tagger does with "the West"). */
function places(text: string, loc: string[] = []): Doc {
  return placesWith(text, loc.map((s): Entity => {
    const at = text.indexOf(s);
    return { start: at, end: at + s.length, text: s, label: 'LOC', actor: null };
  }));
}
const read = (doc: Doc) => doc.layers.places!.map((p) => `${p.text}:${p.name}`);

describe('places: a compass word after "the"', () => {
  it('reads no town in "the West" standing alone', () => {
    const doc = places('The ministers in Ottawa said the plan was backed by the West.', ['West']);
    expect(read(doc)).toEqual(['Ottawa:Ottawa']);
    expect(read(places('Most of the ranches in the West are in Texas.'))).toEqual(['Texas:Texas']);
  });
  it('keeps the town where no "the" stands before it, or a longer name follows', () => {
    expect(read(places('The plant blew up in West, Texas, last year.'))).toContain('West:West');
    expect(read(places('Troops entered the West Bank on Monday.'))).toEqual(['West Bank:West Bank']);
  });
});

describe('places: longer names the town list lacked', () => {
  it('reads the sea, atoll and bay whole', () => {
    expect(read(places('A new ecosystem was found under the ice of the Ross Sea.'))).toEqual(['Ross Sea:Ross Sea']);
    expect(read(places('The reporter wrote from Midway Atoll on Thursday.'))).toEqual(['Midway Atoll:Midway Atoll']);
    expect(read(places('Prisoners were held at Guantanamo Bay for years.'))).toEqual(['Guantanamo Bay:Guantánamo Bay']);
    expect(read(places('Ships crossed the East China Sea near the islands.'))).toEqual(['East China Sea:East China Sea']);
  });
  it('reads the Italian spelling of Genoa', () => {
    const doc = places('Schools near Genova were asked to pay the tax.');
    expect(doc.layers.places!.map((p) => p.country)).toEqual(['ITA']);
    expect(read(doc)).toEqual(['Genova:Genoa']);
  });
});
