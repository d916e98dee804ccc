// A given span (gold spans in evaluation) the running text already placed takes the running text's
// record, also when that record has no GeoNames id: a state read by its office ("New York Gov."), a
// nationality word before a place noun ("Israeli soil"), a US state's postal code after its town. Before,
// such a span was resolved again from its words alone and could land on a town the article names
// elsewhere, in another country (thirty-seventh session, helper plc). Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { resolveToponym } from '../../../src/stages/places/analyze.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const given = (text: string, name: string, nth = 0) => {
  const doc = pipeline.run(createDoc({ date: '2023-03-02', text }));
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  const own = (doc.layers.places ?? []).find((p) => p.start === start && p.end === start + name.length);
  return { own, got: resolveToponym(doc, { start, end: start + name.length }) };
};

describe('places: a given span the running text placed', () => {
  it('keeps the state the running text read from its office', () => {
    const { own, got } = given('The mayor of Albany met New York Gov. Jane Doe on Friday.', 'New York');
    expect(own?.name).toBe('New York State');
    expect(got?.name).toBe('New York State');
  });
  it('keeps the country of a nationality word before a place noun', () => {
    const { own, got } = given('After talks in Berlin and Paris, rockets fell on Israeli soil again.', 'Israeli soil');
    expect(own?.country).toBe('ISR');
    expect(got?.country).toBe('ISR');
  });
  it('keeps the state of a postal code after its town', () => {
    const { own, got } = given('Write to the club at 12 Elm Street, Boulder, CO before May.', 'CO');
    expect(own?.name).toBe('Colorado');
    expect(got?.name).toBe('Colorado');
  });
});
