// Homonymous towns read from the article's own evidence: a national capital is not moved abroad by the
// country another town's reading lends, and a town written as a locality of the article's area (a postal
// address, "Upper …") stays in that area even when its gazetteer reading is a regional capital abroad.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.ts';
import { placesOnly, placesWith } from './pipeline.ts';

const run = placesOnly;
/** The places stage with every capitalised place name tagged GPE, as a tagger would (small towns need it to be kept). */
const full = (text: string, names: string[]): Doc =>
  placesWith(text, names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, label: 'GPE' as const, actor: null })));
const countries = (doc: Doc, name: string) => doc.layers.places!.filter((p) => p.text === name).map((p) => p.country);

describe('places: namesakes', () => {
  it('keeps a capital when only another town reading speaks for a namesake abroad', () => {
    const doc = run('Two cars collided in North London on Monday night, near a bakery in Upper Edmonton.');
    expect(countries(doc, 'London')).toEqual(['GBR']);
    expect(countries(doc, 'Edmonton')).toEqual(['GBR']);
  });

  it('still takes the namesake when the article names its country', () => {
    const doc = run('Hundreds marched in London, the Ontario city, as Canada weighed new rules on rent.');
    expect(countries(doc, 'London')).toEqual(['CAN']);
  });

  it('takes a capital\'s namesake that the article\'s other towns surround, its country unnamed', () => {
    const doc = full('A truck crash closed the highway between Woodstock and Ingersoll on Tuesday. The driver was taken to hospital in London, where he remains in stable condition, police said.', ['Woodstock', 'Ingersoll', 'London']);
    expect(countries(doc, 'London')).toEqual(['CAN']);
  });

  it('keeps the capital when its own surroundings are as near', () => {
    expect(countries(full('Officials in London and Oxford said the Woodstock fair would go ahead.', ['London', 'Oxford', 'Woodstock']), 'London')).toEqual(['GBR']);
    expect(countries(full('She studied in London before moving back to Manchester, where she works as a nurse.', ['London', 'Manchester']), 'London')).toEqual(['GBR']);
  });

  it('reads a town in a postal address as a place of the article\'s own area, in every mention', () => {
    const doc = run('An Edmonton teenager was fined after the crash. She lives in Wren Close, Edmonton, and studies in Colchester, Essex.');
    expect(countries(doc, 'Edmonton')).toEqual(['GBR', 'GBR']);
  });

  it('leaves the regional capital alone without such a cue', () => {
    const doc = run('An Edmonton teenager was fined after the crash and now studies in Colchester, Essex.');
    expect(countries(doc, 'Edmonton')).toEqual(['CAN']);
  });

  it('leaves a town in an address alone when its own country is named', () => {
    const doc = run('She lives in Birch Road, Edmonton, in Canada, and studies in Colchester, Essex.');
    expect(countries(doc, 'Edmonton')).toEqual(['CAN']);
  });

  it('reads a country before another country as a list, not a town inside it', () => {
    const doc = run('Ministers said that, together with Canada, Mexico would press the case at every trade tribunal.');
    expect(countries(doc, 'Canada')).toEqual(['CAN']);
  });

  it('still places a first-level region of the name inside the country after it', () => {
    const doc = run('The delegation flew home to Georgia, USA, after the talks.');
    expect(countries(doc, 'Georgia')).toEqual(['USA']);
  });
});
