// Mechanisms of the weblog and newsgroup news pool (thirty-sixth session): towns whose gazetteer names
// open with an Arabic article ("Al Fallūjah", "Ad Dīwānīyah", "Al Qā’im"), written by English news without
// it, without the ayn, or with "-a" for "-ah"; the article joined to a name by a hyphen ("Al-Zaman", a
// newspaper) is no place; a US state's postal code after one of its towns; a given name standing alone
// that reads only as a small town. Own invented sentences.
import { describe, expect, it } from 'vitest';
import type { Doc, Entity } from '../../../src/doc/types.ts';
import { placesWith } from './pipeline.ts';
import { isJoinedArticle } from '../../../src/stages/places/recognize.ts';
import { normName } from '../../../src/stages/places/normalize.ts';
import type { Gazetteer } from '../../../src/stages/places/gazetteer.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';

const run = (text: string, spans: [Entity['label'], string][] = []): Doc =>
  placesWith(text, spans.map(([label, s]) => {
    const at = text.indexOf(s);
    return { start: at, end: at + s.length, text: s, label, actor: null };
  }));
const named = (doc: Doc, s: string) => doc.layers.places!.filter((p) => p.text === s).map((p) => p.country);

describe('places: Arabic articles', () => {
  it('finds towns written without the article, the ayn or the final h', () => {
    const text = 'Marines moved into Fallujah on Monday, while police in Hilla and Diwaniya reported calm and a patrol near Qaim was hit.';
    const doc = run(text);
    for (const n of ['Fallujah', 'Hilla', 'Diwaniya', 'Qaim']) expect(named(doc, n)).toEqual(['IRQ']);
  });
  it('finds a large town with a three-letter name after the article', () => {
    expect(named(run('Two bombs went off in Kut on Friday.'), 'Kut')).toEqual(['IRQ']);
  });
  it('reads no place in an article joined to a name by a hyphen', () => {
    const text = 'Al-Zaman said that Al-Sahhaf spoke to the crowd.';
    const doc = run(text, [['GPE', 'Al']]);
    expect(doc.layers.places!.filter((p) => p.text === 'Al')).toEqual([]);
  });
  it('reads the glued article from the tokens (doc.ts hyphenJoined), a letter after the hyphen', () => {
    const text = 'Al-Zaman, Al -Kut, Al-3 and Al met.';
    const tokens = tokenize(text).tokens!;
    const gaz = { articlePrefixes: new Set([normName('Al')]) } as Gazetteer;
    const glued = [...text.matchAll(/\bAl\b/g)].map((m) => isJoinedArticle(gaz, tokens, { start: m.index, end: m.index + 2, key: normName('Al') }));
    expect(glued).toEqual([true, false, false, false]);
    expect(isJoinedArticle(gaz, tokens, { start: 0, end: 2, key: normName('Zaman') })).toBe(false);
  });
  it('keeps a hyphenated name the gazetteer has whole', () => {
    expect(named(run('Tribes in Al-Anbar met the governor.'), 'Al-Anbar')).toEqual(['IRQ']);
  });
  it('takes no small town of three letters without its article', () => {
    const text = 'Send the letter to 12 Tor Street in the town.';
    expect(run(text).layers.places!.filter((p) => p.text === 'Tor')).toEqual([]);
  });
});

describe('places: US postal codes after a town', () => {
  it('reads a state postal code after one of its towns as the state', () => {
    const doc = run('-- Ann Reyes, Gulf Breeze, FL 555-0100');
    expect(named(doc, 'FL')).toEqual(['USA']);
  });
  it('reads no state in two capitals after a person or a town of another state', () => {
    const doc = run('Lena Ortmann, MD, wrote the note. Boulder, FL is no address.');
    expect(doc.layers.places!.filter((p) => p.text === 'MD' || p.text === 'FL')).toEqual([]);
  });
});

describe('places: a given name alone', () => {
  it('reads a listed given name that is only a small town as no place, even tagged one', () => {
    const text = 'Readers wrote in after the storm. "We will rebuild," wrote one. --Paul, Atlanta, USA';
    expect(named(run(text, [['LOC', 'Paul']]), 'Paul')).toEqual([]);
  });
  it('keeps the town after a locative word or before its state', () => {
    const text = 'The crew drove to Paul, Idaho, and stayed in Paul for a week.';
    expect(named(run(text), 'Paul')).toEqual(['USA', 'USA']);
  });
});
