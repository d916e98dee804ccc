import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Entity, Place } from '../../../src/doc/types.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR, bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { placesComponent, resolveToponym } from '../../../src/stages/places/index.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';
import { atlasOf } from '../../../src/stages/places/analyze.ts';
import { distanceToLinesKm, pointInCountry, sharedBorder } from '../../../src/stages/places/geometry.ts';

function run(text: string, entities: Omit<Entity, 'text' | 'actor'>[] = [], knowledge = bundledKnowledge()): Doc {
  const doc = createDoc({ date: '2021-11-14', text });
  Object.assign(doc.layers, tokenize(text));
  doc.layers.entities = entities.map((e) => ({ ...e, text: text.slice(e.start, e.end), actor: null }));
  doc.layers.mentions = [];
  placesComponent(knowledge).process(doc);
  return doc;
}
const places = (text: string) => run(text).layers.places!;
const find = (ps: Place[], text: string) => ps.find((p) => p.text === text);
const span = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

function nearBorder(p: Place, inside: string, other: string): { inside: boolean; km: number } {
  const k = bundledKnowledge();
  const atlas = atlasOf(k, gazetteer(k));
  return { inside: pointInCountry(atlas, inside, p.lat, p.lon), km: distanceToLinesKm(sharedBorder(atlas, inside, other), p.lat, p.lon) };
}

describe('places: recognition and resolution', () => {
  it('resolves countries to their centroid and capitals to the city', () => {
    const ps = places('Turkey summoned the ambassador in Ankara after talks with Kazakhstan stalled.');
    expect(find(ps, 'Turkey')).toMatchObject({ country: 'TUR', lat: 39, lon: 35 });
    expect(find(ps, 'Ankara')).toMatchObject({ country: 'TUR' });
    expect(find(ps, 'Ankara')!.lat).toBeCloseTo(39.9, 0);
    expect(find(ps, 'Kazakhstan')?.country).toBe('KAZ');
    for (const p of ps) expect(p.text).toBe('Turkey summoned the ambassador in Ankara after talks with Kazakhstan stalled.'.slice(p.start, p.end));
  });

  it('picks the town the article is about: Edmonton in Alberta or in Queensland', () => {
    const ca = places('Snow closed roads across Alberta on Monday, and officials in Edmonton urged drivers to stay home.');
    expect(find(ca, 'Edmonton')?.country).toBe('CAN');
    const au = places('Heavy rain flooded streets in Cairns, and residents of Edmonton, south of the city, were told to leave, Queensland police said.');
    expect(find(au, 'Edmonton')?.country).toBe('AUS');
    expect(find(au, 'Edmonton')!.lat).toBeLessThan(0);
  });

  it('uses a containing region or country written after the name', () => {
    const ps = places('A tornado struck Paris, Texas, late on Sunday, while Paris itself stayed calm.');
    const [texasParis, paris2] = ps.filter((p) => p.text === 'Paris');
    expect(texasParis.country).toBe('USA');
    expect(paris2).toBeDefined();
    expect(find(ps, 'Texas')?.country).toBe('USA');
    const kz = places('Guards reopened the crossing at Kuźnica, Poland, after a night of clashes.');
    expect(find(kz, 'Kuźnica')?.country).toBe('POL');
  });

  it('takes dotted region abbreviations only after "Town, "', () => {
    const ps = places('Officials met in Gatineau, Que., on Monday. Que. is not a word here.');
    expect(find(ps, 'Que.')?.name).toBe('Quebec');
    expect(ps.filter((p) => p.text === 'Que.')).toHaveLength(1);
  });

  it('does not take person names, titles or acronyms for places', () => {
    const ps = places('Jordan Peterson told Mr Jordan that the EU would meet Paris Hilton in Vienna.');
    expect(ps.map((p) => p.text)).toEqual(['Vienna']);
  });

  it('lets a PERSON entity win over a gazetteer match', () => {
    const text = 'Georgia Meloni said she would travel to Rome on Friday.';
    const doc = run(text, [{ ...span(text, 'Georgia Meloni'), label: 'PERSON' }]);
    expect(doc.layers.places!.map((p) => p.text)).toEqual(['Rome']);
  });

  it('takes GPE/LOC entities the matcher did not see', () => {
    const text = 'Aid convoys reached the Donbass region after the ceasefire.';
    const doc = run(text, [{ ...span(text, 'Donbass'), label: 'LOC' }]);
    expect(find(doc.layers.places!, 'Donbass')?.country).toBe('UKR');
  });

  it('needs context for town names that are common words', () => {
    expect(places('Reading the report, ministers in Warsaw were alarmed.').map((p) => p.text)).toEqual(['Warsaw']);
    expect(find(places('Flights to Reading, England, were cancelled.'), 'Reading')?.country).toBe('GBR');
    expect(find(places('The storm hit Mobile, Alabama, overnight.'), 'Mobile')?.country).toBe('USA');
  });
});

describe('places: demonyms and border descriptions', () => {
  it('makes "Polish woodland near the country’s border with Belarus" a point in Poland near Belarus', () => {
    const text = 'Searchers found the man in Polish woodland near the country’s border with Belarus on Friday.';
    const p = find(places(text), 'Polish woodland near the country’s border with Belarus')!;
    expect(p.country).toBe('POL');
    const b = nearBorder(p, 'POL', 'BLR');
    expect(b.inside).toBe(true);
    expect(b.km).toBeLessThanOrEqual(50);
    expect(nearBorder(p, 'BLR', 'POL').inside).toBe(false);
  });

  it('makes a demonym with a place noun a place in that country', () => {
    const p = find(places('Drones were seen over Lithuanian territory again.'), 'Lithuanian territory')!;
    expect(p.country).toBe('LTU');
    // without a place noun the adjective names the country but locates nothing (adjectival.test.ts)
    expect(find(places('Lithuanian officials protested.'), 'Lithuanian')?.adjectival).toBe(true);
    expect(find(places('Drones were seen over Lithuanian territory again.'), 'Lithuanian territory')?.adjectival).toBeUndefined();
  });

  it('resolves "near the border with Y" to the article country next to Y', () => {
    const text = 'Turkey said its troops were shelled near the border with Syria overnight.';
    const p = find(places(text), 'the border with Syria')!;
    expect(p.country).toBe('TUR');
    const b = nearBorder(p, 'TUR', 'SYR');
    expect(b.inside).toBe(true);
    expect(b.km).toBeLessThanOrEqual(50);
  });

  it('resolves "the A-B border" and "the border between A and B" to a border point', () => {
    const ps = places('Migrants gathered at the Belarus-Poland border while talks on the border between Ukraine and Russia resumed.');
    const a = find(ps, 'the Belarus-Poland border')!;
    expect(['BLR', 'POL']).toContain(a.country);
    expect(nearBorder(a, a.country, a.country === 'BLR' ? 'POL' : 'BLR').km).toBeLessThanOrEqual(50);
    const b = find(ps, 'the border between Ukraine and Russia')!;
    expect(nearBorder(b, b.country, b.country === 'UKR' ? 'RUS' : 'UKR').km).toBeLessThanOrEqual(50);
  });

  it('anchors the border point on a town named near the border', () => {
    const text = 'Crowds massed at Kuźnica, Poland, and soldiers patrolled the Polish border with Belarus.';
    const p = find(places(text), 'the Polish border with Belarus')!;
    expect(p.country).toBe('POL');
    // Kuźnica is near Grodno: the point must be near it, not at the middle of the border.
    expect(Math.abs(p.lat - 53.5)).toBeLessThan(0.5);
  });
});

describe('places: resolveToponym on given spans', () => {
  it('resolves names, demonyms and sub-phrases with the article context', () => {
    const text = 'Turkish police in Ankara arrested a man from Metcalfe County, Kentucky, officials said.';
    const doc = run(text);
    expect(resolveToponym(doc, span(text, 'Turkish'))?.country).toBe('TUR');
    expect(resolveToponym(doc, span(text, 'Ankara'))?.country).toBe('TUR');
    expect(resolveToponym(doc, span(text, 'Kentucky'))?.country).toBe('USA');
  });
});

describe('places: user knowledge', () => {
  it('adds, overrides and removes gazetteer names from a user folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-'));
    writeFileSync(
      join(dir, 'places.yaml'),
      [
        'places:',
        '  - { name: Camp Vilnius Ridge, kind: landmark, country: LTU, lat: 54.9, lon: 25.4 }',
        '  - { name: Vienna, kind: city, country: AUT, remove: true }',
        'demonyms:',
        '  - { word: Lietuvan, country: LTU }',
      ].join('\n'),
    );
    const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR, dir]);
    const doc = run('Troops left Camp Vilnius Ridge for Vienna and Lietuvan territory.', [], k);
    const ps = doc.layers.places!;
    expect(find(ps, 'Camp Vilnius Ridge')).toMatchObject({ country: 'LTU', lat: 54.9 });
    expect(find(ps, 'Vienna')).toBeUndefined();
    expect(find(ps, 'Lietuvan territory')?.country).toBe('LTU');
  });

  it('reports a bad user entry with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-'));
    writeFileSync(join(dir, 'places.yaml'), 'places:\n  - { name: Nowhere, kind: city, country: XX }\n');
    const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR, dir]);
    expect(() => gazetteer(k)).toThrow(/places\.yaml:2: field "country"/);
  });

  it('loads the gazetteer once per knowledge and indexes by name', () => {
    const g = gazetteer(bundledKnowledge());
    expect(gazetteer(bundledKnowledge())).toBe(g);
    expect(g.byName.get('kuznica')?.[0].country).toBe('POL');
    expect(g.stats.entries).toBeGreaterThan(130_000);
  });
});
