// US areas named without their state (knowledge/places.yaml): "Long Island" is New York's, not the
// Bahamas' island, and "Wall Street" is the New York street, not the English village of Wall.
// Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const placesOf = (text: string) => pipeline.run(createDoc({ date: '2023-03-02', text })).layers.places ?? [];

describe('places: US areas news names without their state', () => {
  it('reads Long Island as the United States', () => {
    const ps = placesOf('The senator held a town hall on Long Island on Sunday.');
    expect(ps.find((p) => p.text === 'Long Island')).toEqual(expect.objectContaining({ country: 'USA' }));
  });
  it('reads Wall Street whole, in the United States', () => {
    const ps = placesOf('Bankers on Wall Street welcomed the rate cut.');
    expect(ps.find((p) => p.text.startsWith('Wall'))).toEqual(expect.objectContaining({ text: 'Wall Street', country: 'USA' }));
  });
});
