// Landmarks and regions news names on their own (knowledge/places.yaml), a landmark that stands for the
// body seated there, and source names that English news uses for something else ("Congress", "Island").
// Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { resolveToponym } from '../../../src/stages/places/index.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const run = (text: string) => pipeline.run(createDoc({ date: '2023-03-02', text }));
const placesOf = (text: string) => run(text).layers.places ?? [];
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('places: landmarks and regions the town list lacks', () => {
  it('reads a region, a river and a landmark abroad in their own country', () => {
    const text = 'The exporter sells mostly to Scandinavia. Tourists crowded the Forbidden City, and a ferry sailed down the Danube.';
    const ps = placesOf(text);
    expect(ps.find((p) => p.text === 'Scandinavia')).toEqual(expect.objectContaining({ name: 'Scandinavia', country: '' }));
    expect(ps.find((p) => p.text === 'Forbidden City')).toEqual(expect.objectContaining({ country: 'CHN' }));
    expect(ps.find((p) => p.text === 'Danube')).toEqual(expect.objectContaining({ name: 'Danube' }));
    expect(ps.some((p) => p.text === 'City')).toBe(false);
  });
  it('places a city-state airport in the city-state, not in a town named nearby', () => {
    const ps = placesOf('The jet touched down at Changi International Airport after a flight from Sydney.');
    expect(ps.find((p) => p.text === 'Changi International Airport')).toEqual(expect.objectContaining({ country: 'SGP' }));
  });
  it('resolves a given White House span to Washington, not the Tennessee town of that name', () => {
    const text = 'Reporters waited outside the White House in the rain on Tuesday.';
    const p = resolveToponym(run(text), span(text, 'White House'));
    expect(p).toEqual(expect.objectContaining({ name: 'White House', country: 'USA' }));
    expect(p!.lat).toBeCloseTo(38.9, 1);
  });
  it('makes no place of a landmark named as the body seated there', () => {
    const ps = placesOf('The White House said on Monday that the talks would resume.');
    expect(ps.some((p) => p.text.includes('White House'))).toBe(false);
    const ks = placesOf('In Moscow, the Kremlin denied the report on Friday.');
    expect(ks.some((p) => p.text.includes('Kremlin'))).toBe(false);
    expect(ks.find((p) => p.text === 'Moscow')).toEqual(expect.objectContaining({ country: 'RUS' }));
  });
});

describe('places: source names that are no places in English news', () => {
  it('does not read the legislature as the Arizona town of Congress', () => {
    const ps = placesOf('Senators in Congress voted on the budget in Washington.');
    expect(ps.some((p) => p.text === 'Congress')).toBe(false);
  });
  it('does not read the last word of an island\'s name as Iceland', () => {
    const ps = placesOf('Voters on Hong Kong Island queued for hours.');
    expect(ps.some((p) => p.country === 'ISL')).toBe(false);
  });
});
