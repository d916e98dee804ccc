// Subdivisions in the gazetteer (region-cache.ts): first-level divisions found by name and by
// "<name> Province", US counties with their state, names of a division derived from its type, and a
// same-named town staying the default reading.
import { describe, expect, it } from 'vitest';
import { placesOnly } from './pipeline.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { resolveToponym } from '../../../src/stages/places/index.ts';
import { gazetteer, regionPrior, type GazEntry } from '../../../src/stages/places/gazetteer.ts';
import { regionKeys } from '../../../src/stages/places/region-cache.ts';
import { haversineKm } from '../../../src/stages/places/geometry.ts';

const run = placesOnly;
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('places: first-level divisions and counties', () => {
  it('derives the names a division is known by from its name and type', () => {
    expect(regionKeys('Fars', 'province')).toEqual(['fars', 'fars province']);
    expect(regionKeys('Karak Governorate', 'governorate')).toEqual(['karak governorate', 'karak']);
    expect(regionKeys('Asturias, Principality of', 'autonomous community')).toEqual(['asturias principality of', 'asturias']);
    // A name made only of generic words is no name.
    expect(regionKeys('North West', 'province')).toEqual([]);
  });

  it('finds provinces and states that no town is named after', () => {
    const text = 'Heavy rain flooded villages in Hunan and Guizhou, while farmers in Fars Province and Limpopo waited for rain.';
    const doc = run(text);
    const hunan = resolveToponym(doc, span(text, 'Hunan'));
    expect(hunan).toMatchObject({ country: 'CHN', name: 'Hunan' });
    expect(hunan!.lat).toBeCloseTo(27.7, 0);
    expect(resolveToponym(doc, span(text, 'Guizhou'))?.country).toBe('CHN');
    expect(resolveToponym(doc, span(text, 'Fars Province'))?.country).toBe('IRN');
    expect(resolveToponym(doc, span(text, 'Limpopo'))?.country).toBe('ZAF');
    // Found in the text too, not only on given spans.
    const found = doc.layers.places!.map((p) => p.text);
    expect(found).toEqual(expect.arrayContaining(['Hunan', 'Guizhou', 'Fars Province', 'Limpopo']));
  });

  it('finds a hyphenated German state and keeps towns inside it preferred', () => {
    const gaz = gazetteer(bundledKnowledge());
    const rp = gaz.byName.get('rhineland palatinate')?.[0];
    expect(rp).toMatchObject({ kind: 'admin1', country: 'DEU', featureCode: 'ADM1' });
    expect(rp!.admin).toBeTruthy();
    expect(gaz.admins.get(`DEU.${rp!.admin}`)).toBe(rp);
  });

  it('picks the county of the state the article names', () => {
    const text = 'Deputies in Dallas County said the fair near Des Moines, Iowa, was cancelled.';
    const p = resolveToponym(run(text), span(text, 'Dallas County'));
    expect(p?.country).toBe('USA');
    expect(p!.lat).toBeCloseTo(41.7, 0); // the Iowa county, not the one around Dallas, Texas
    expect(p!.lon).toBeCloseTo(-94, 0);
  });

  it('keeps a same-named town or seat as the default reading of a division', () => {
    const town = { prior: 5.2 } as GazEntry;
    expect(regionPrior(1, 2_000_000, town)).toBeLessThan(5.2);
    expect(regionPrior(1, 2_000_000, undefined)).toBeCloseTo(6.3, 1);
    expect(regionPrior(1, 50_000_000, undefined)).toBeLessThan(7.5); // below a country
    expect(regionPrior(2, 2_000_000, undefined)).toBeLessThan(regionPrior(1, 2_000_000, undefined));
    const gaz = gazetteer(bundledKnowledge());
    expect(gaz.byName.get('hamburg')?.[0]).toMatchObject({ kind: 'city', country: 'DEU' });
  });
  it("gives Canada's provinces GeoNames' representative points, as the news geocoding corpora do", () => {
    // The provinces of places.yaml carry the GeoNames point of each (geonameid 5883102 for Alberta);
    // Alberta's had drifted 250 km east of it, so every "Alberta" fell outside 161 km of the corpora's.
    const gaz = gazetteer(bundledKnowledge());
    const points: [string, number, number][] = [['alberta', 52.28333, -117.469], ['saskatchewan', 54.0001, -106.00099], ['ontario', 49.25014, -84.49983]];
    for (const [name, lat, lon] of points) {
      const e = gaz.byName.get(name)!.find((x) => x.kind === 'admin1')!;
      expect(haversineKm(e.lat, e.lon, lat, lon)).toBeLessThan(5);
    }
  });
});
