// A person's name read as a place: the family name of a person the article names in full (bare later
// uses, and the last word of the full name, demonyms included), and a place name inside a longer place
// entity after a capitalised word that is no place word. Own invented sentences.
import { describe, expect, it } from 'vitest';
import type { Doc, Entity } from '../../../src/doc/types.ts';
import { personSurnames } from '../../../src/stages/places/surname.ts';
import { placesWith } from './pipeline.ts';

/** The places stage over `text` with the given tagger spans (label, text; each at its n-th occurrence, 0 = first). */
const run = (text: string, spans: [Entity['label'], string, number?][]): Doc =>
  placesWith(text, spans.map(([label, s, n = 0]) => {
    let at = text.indexOf(s);
    for (let i = 0; i < n; i++) at = text.indexOf(s, at + 1);
    return { start: at, end: at + s.length, text: s, label, actor: null };
  }));
const named = (doc: Doc, s: string) => doc.layers.places!.filter((p) => p.text === s).map((p) => p.country);

describe('places: person names read as places', () => {
  it("reads a bare family name after the person's full name as the person, even tagged a place", () => {
    const text = 'Dana Lisbon joined the crew in 2004. Lisbon said the owners kept her passport for years.';
    expect(named(run(text, [['PERSON', 'Dana Lisbon'], ['GPE', 'Lisbon', 1]]), 'Lisbon')).toEqual([]);
  });
  it('keeps the place after a locative word or before a container', () => {
    const text = 'Dana Lisbon joined the crew in 2004. She later flew home to Lisbon, and wrote about Lisbon, Portugal.';
    expect(named(run(text, [['PERSON', 'Dana Lisbon'], ['GPE', 'Lisbon', 1]]), 'Lisbon')).toEqual(['PRT', 'PRT']);
  });
  it('keeps a place named before the person whose family name it is', () => {
    const text = 'Lisbon hosted the talks on Monday. The mediator Dana Lisbon chaired them.';
    expect(named(run(text, [['GPE', 'Lisbon'], ['PERSON', 'Dana Lisbon']]), 'Lisbon')).toEqual(['PRT']);
  });
  it('reads no nationality in the last word of a full name, and keeps the adjective elsewhere', () => {
    const text = 'The critic Ivo Cuban praised the film, which follows Cuban exiles in Miami.';
    const doc = run(text, [['PERSON', 'Ivo Cuban']]);
    expect(doc.layers.places!.filter((p) => p.text === 'Cuban').map((p) => p.start)).toEqual([text.lastIndexOf('Cuban')]);
  });
  it('does not let a longer place entity vouch for an inner word after a capitalised non-place word', () => {
    const text = 'The commentator Omar Lamont Reyes spoke, and Mr. Reyes flew to North Florida on Friday.';
    const doc = run(text, [['LOC', 'Omar Lamont Reyes'], ['LOC', 'North Florida']]);
    expect(named(doc, 'Lamont')).toEqual([]);
    expect(doc.layers.places!.some((p) => p.text.endsWith('Florida') && p.country === 'USA')).toBe(true);
  });
});

describe('personSurnames', () => {
  const text = 'Ivo Cuban met the Russian envoy. Cuban left; the Paris office and the person Ana stayed.';
  const s = personSurnames(text, [
    { start: 0, end: 9 },
    { start: text.indexOf('the Russian envoy'), end: text.indexOf('the Russian envoy') + 17 },
    { start: text.indexOf('Ana'), end: text.indexOf('Ana') + 3 },
  ]);
  const at = (w: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
  it('takes the last word of a name of two or more capitalised words', () => {
    expect(s.ends(at('Cuban'))).toBe(true);
    expect(s.covers(at('Cuban', 5))).toBe(true);
    expect(s.ends(at('Cuban', 5))).toBe(false);
  });
  it('takes no word from a description or a single name', () => {
    expect(s.covers(at('envoy'))).toBe(false);
    expect(s.covers(at('Ana'))).toBe(false);
    expect(s.covers(at('Paris'))).toBe(false);
  });
});
