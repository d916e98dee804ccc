// Spatial coherence and facility phrases: an ambiguous town goes to the reading near the article's
// other places; a building or airport is placed in its town, not in a far town named by one of its words.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { BUNDLED_KNOWLEDGE_DIR, Knowledge, bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { placesComponent, resolveToponym } from '../../../src/stages/places/index.ts';
import { isDateline } from '../../../src/stages/places/recognize.ts';

function run(text: string, knowledge = bundledKnowledge()): Doc {
  const doc = createDoc({ date: '2022-05-02', text });
  Object.assign(doc.layers, tokenize(text));
  doc.layers.entities = [];
  doc.layers.mentions = [];
  placesComponent(knowledge).process(doc);
  return doc;
}
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

/** The bundled knowledge plus a folder whose places.yaml adds two North London districts. */
function withLondonDistricts(): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), 'places-coherence-'));
  writeFileSync(
    join(dir, 'places.yaml'),
    [
      'places:',
      '  - { name: Edmonton, kind: city, country: GBR, lat: 51.625, lon: -0.06, population: 80000 }',
      '  - { name: Tottenham, kind: city, country: GBR, lat: 51.6, lon: -0.07, population: 110000 }',
    ].join('\n'),
  );
  return new Knowledge([BUNDLED_KNOWLEDGE_DIR, dir]);
}

describe('places: spatial coherence', () => {
  it('takes the Edmonton near the article\'s other places', () => {
    const k = withLondonDistricts();
    const text = 'Residents of Tottenham and Enfield joined a march to Edmonton on Saturday.';
    const doc = run(text, k);
    const p = doc.layers.places!.find((x) => x.text === 'Edmonton');
    expect(p?.country).toBe('GBR');
    expect(resolveToponym(doc, span(text, 'Edmonton'), k)?.country).toBe('GBR');
  });

  it('keeps the big Edmonton when nothing near London is named', () => {
    const k = withLondonDistricts();
    const text = 'Hockey fans in Calgary and Edmonton celebrated late into the night.';
    expect(run(text, k).layers.places!.find((x) => x.text === 'Edmonton')?.country).toBe('CAN');
  });

  it('does not let small-town evidence outweigh a famous namesake the article backs', () => {
    const text = 'The choir from Georgetown, Ky., flew to France and sang in Paris for a week.';
    expect(run(text).layers.places!.find((x) => x.text === 'Paris')?.country).toBe('FRA');
  });
});

describe('places: facility phrases', () => {
  it('places a stadium in the town the article names, not in a town named by one of its words', () => {
    const text = 'Supporters travelled to Lyon for the final at the Stade de Gerland on Sunday.';
    const doc = run(text);
    expect(doc.layers.places!.some((p) => p.text === 'Stade')).toBe(false);
    expect(resolveToponym(doc, span(text, 'Stade de Gerland'))).toMatchObject({ name: 'Lyon', country: 'FRA' });
  });

  it('puts a church in its town rather than a village called Church', () => {
    const text = 'Mourners gathered in Alexandria, where the Greek Orthodox Church held a vigil.';
    const doc = run(text);
    expect(doc.layers.places!.some((p) => p.text === 'Church')).toBe(false);
    expect(resolveToponym(doc, span(text, 'Greek Orthodox Church'))?.country).toBe('EGY');
  });

  it('places an airport in the town that owns it', () => {
    const text = 'Dozens of flights were grounded at Toronto\'s Pearson International Airport after the storm.';
    const p = resolveToponym(run(text), span(text, 'Pearson International Airport'));
    expect(p).toMatchObject({ name: 'Toronto', country: 'CAN' });
  });

  it('reads "London\'s Heathrow" as the London airport, not a far town of that name', () => {
    const text = 'Cabin crew at London\'s Heathrow walked out on Monday.';
    const doc = run(text);
    const p = doc.layers.places!.find((x) => x.text === 'Heathrow');
    expect(p?.country).toBe('GBR');
    expect(resolveToponym(doc, span(text, 'Heathrow'))?.country).toBe('GBR');
  });
});

describe('places: streets and parks the gazetteer does not know', () => {
  it('places a street or park the actors stage read as a place in the town the article names, and nothing else', () => {
    const text = 'Police in Winnipeg closed Quellmore Street after a crash. Children play in Brantwick Park every day. The Quellmore Group said nothing.';
    const doc = createDoc({ date: '2022-05-02', text });
    Object.assign(doc.layers, tokenize(text));
    const ent = (s: string, label: 'LOC' | 'ORG') => ({ ...span(text, s), text: s, label, actor: null });
    doc.layers.entities = [ent('Quellmore Street', 'LOC'), ent('Brantwick Park', 'LOC'), ent('The Quellmore Group', 'ORG')];
    doc.layers.mentions = [];
    placesComponent(bundledKnowledge()).process(doc);
    const ps = doc.layers.places!;
    expect(ps.find((p) => p.text === 'Quellmore Street')).toMatchObject({ name: 'Winnipeg', country: 'CAN' });
    expect(ps.find((p) => p.text === 'Brantwick Park')).toMatchObject({ name: 'Winnipeg', country: 'CAN' });
    expect(ps.some((p) => p.text.includes('Group'))).toBe(false);
    // with no town named, there is nowhere to put them
    const alone = 'Police closed Quellmore Street after a crash.';
    const d2 = createDoc({ date: '2022-05-02', text: alone });
    Object.assign(d2.layers, tokenize(alone));
    d2.layers.entities = [{ start: 14, end: 30, text: 'Quellmore Street', label: 'LOC', actor: null }];
    d2.layers.mentions = [];
    placesComponent(bundledKnowledge()).process(d2);
    expect(d2.layers.places!.some((p) => p.text === 'Quellmore Street')).toBe(false);
  });
});

describe('places: datelines', () => {
  it('reads a name in capitals opening a line before a dash or a region as the place the story is filed from', () => {
    const text = 'Storm closes schools\nAUSTIN, Texas (KXYZ) -- Schools stayed shut on Monday.';
    expect(run(text).layers.places!.find((p) => p.text === 'AUSTIN')).toMatchObject({ name: 'Austin', country: 'USA' });
    expect(isDateline('BEIRUT — The talks', { start: 0, end: 6 })).toBe(true);
    expect(isDateline('WASHINGTON (AP) -- The', { start: 0, end: 10 })).toBe(true);
    // not in capitals, not opening a line, no dash or region after it: no dateline
    expect(isDateline('Austin — The talks', { start: 0, end: 6 })).toBe(false);
    expect(isDateline('He said AUSTIN — no', { start: 8, end: 14 })).toBe(false);
    expect(isDateline('AUSTIN is a name', { start: 0, end: 6 })).toBe(false);
  });
});

describe('places: towns the gazetteer knows only abroad', () => {
  // Heathrow is, for the gazetteer, only a small town in Florida; these articles are about Britain.
  it('places such a town in the article\'s own town when the article is about another, named country', () => {
    const text = 'Britain\'s transport ministry said flights at Heathrow were cancelled after a fire in London. Britain will review the rules.';
    const doc = run(text);
    expect(doc.layers.places!.find((x) => x.text === 'Heathrow')).toMatchObject({ name: 'London', country: 'GBR' });
    expect(resolveToponym(doc, span(text, 'Heathrow'))).toMatchObject({ name: 'London', country: 'GBR' });
  });

  it('keeps the reading abroad when a container or the article names its country, and for well-known cities', () => {
    const contained = 'Britain\'s ministry said a fire in London delayed a flight from Heathrow, Fla., on Monday. Britain will review the rules.';
    expect(resolveToponym(run(contained), span(contained, 'Heathrow'))?.country).toBe('USA');
    const named = 'Britain\'s ministry said a fire in London delayed a flight to Heathrow in the United States. Britain will review the rules.';
    expect(resolveToponym(run(named), span(named, 'Heathrow'))?.country).toBe('USA');
    const famous = 'Britain\'s ministry said a fire in London delayed the train to Paris. Britain will review the rules.';
    expect(resolveToponym(run(famous), span(famous, 'Paris'))?.country).toBe('FRA');
    const thin = 'The ministry said a fire in London delayed flights at Heathrow.'; // Britain never named: no main country
    expect(resolveToponym(run(thin), span(thin, 'Heathrow'))?.country).toBe('USA');
  });
});

describe('places: a town below the gazetteer\'s floor, in a region the text names', () => {
  it('is placed in that region, and so is the same name later on', () => {
    const text = 'The baby was born in Churchill, Man. last winter. Doctors in Churchill called Winnipeg for help.';
    const doc = run(text);
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    expect(resolveToponym(doc, at('Churchill'))).toMatchObject({ name: 'Manitoba', country: 'CAN' });
    expect(resolveToponym(doc, at('Churchill', 40))).toMatchObject({ name: 'Manitoba', country: 'CAN' });
    const turkey = 'A rodeo was held last weekend in Turkey, Texas, near Amarillo.';
    expect(resolveToponym(run(turkey), span(turkey, 'Turkey'))).toMatchObject({ name: 'Texas', country: 'USA' });
  });

  it('does not read a list or a person\'s name after a comma as the region', () => {
    const list = 'Recounts were requested in Wisconsin, Michigan and Pennsylvania.';
    expect(resolveToponym(run(list), span(list, 'Wisconsin'))?.name).toBe('Wisconsin');
    const byline = 'Reporters Ann Lee in Beirut, Vladimir Petrov in Moscow and Omar Ali in Cairo contributed.';
    expect(resolveToponym(run(byline), span(byline, 'Beirut'))?.country).toBe('LBN');
  });
});

