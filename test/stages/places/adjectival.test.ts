// Nationality adjectives as places flagged `adjectival` ("Turkish" in "Turkish troops"): the places layer
// holds them (geoparsing counts them), the store keeps them (a document reads back as written), and every
// reader that asks where things are leaves them out.
// Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc, locatedPlaces } from '../../../src/doc/doc.ts';
import type { Doc, Place } from '../../../src/doc/types.ts';
import { homeCountry } from '../../../src/stages/events/home-country.ts';
import { docRows } from '../../../src/store/rows.ts';
import { markText } from '../../../src/cli/annotate.ts';
import { placesOnly, placesPipeline } from './pipeline.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/store/store.ts';
import type { KyselyStore } from '../../../src/store/kysely-store.ts';
import { placeTotals } from '../../../src/store/aggregates.ts';

const pipeline = placesPipeline();
const run = (text: string): Doc => pipeline.run(createDoc({ date: '2023-03-02', text }));
const placesOf = (text: string) => run(text).layers.places ?? [];
const byText = (ps: Place[], s: string) => ps.filter((p) => p.text === s);

describe('places: nationality adjectives', () => {
  it("reads a sovereign country's adjective as that country, not a dependency sharing it", () => {
    // world-countries gives "Indian" to India and the British Indian Ocean Territory, "Norwegian" to
    // Norway and Svalbard: the dependency never takes the word
    const text = 'Indian engineers and Norwegian sailors met in the harbour.';
    const ps = placesOf(text);
    expect(byText(ps, 'Indian').map((p) => p.country)).toEqual(['IND']);
    expect(byText(ps, 'Norwegian').map((p) => p.country)).toEqual(['NOR']);
  });
  it('reads no nationality inside a region adjective ("North American")', () => {
    // the places stage alone: no organisation name of the tagger's to hide the adjective
    const text = 'Her talk on North American Free Trade Agreement rules pleased American voters.';
    expect(byText(placesOnly(text).layers.places ?? [], 'American').map((p) => p.start)).toEqual([text.lastIndexOf('American')]);
  });
  it('reads a nationality adjective as its country, flagged adjectival; names stay unflagged', () => {
    const ps = placesOf('Turkish troops crossed into Syria on Tuesday, and a Kenyan aid worker was hurt.');
    expect(byText(ps, 'Turkish')).toEqual([expect.objectContaining({ country: 'TUR', adjectival: true })]);
    expect(byText(ps, 'Kenyan')).toEqual([expect.objectContaining({ country: 'KEN', adjectival: true })]);
    expect(byText(ps, 'Syria')[0]?.adjectival).toBeUndefined();
    for (const p of ps) expect(p.text).toBe(run('Turkish troops crossed into Syria on Tuesday, and a Kenyan aid worker was hurt.').text.slice(p.start, p.end));
  });

  it('leaves the article out of the span', () => {
    const ps = placesOf('The Egyptian foreign minister flew to Amman on Monday.');
    expect(byText(ps, 'Egyptian')).toHaveLength(1);
    expect(ps.some((p) => /^The /.test(p.text))).toBe(false);
  });

  it('reads no nationality place inside an organisation name', () => {
    const ps = placesOf('Delegates to the Organization of American States met in Quito. Passengers of British Airways waited in Madrid.');
    expect(ps.map((p) => p.text)).not.toContain('American');
    expect(ps.map((p) => p.text)).not.toContain('British');
    expect(ps.map((p) => p.text)).toEqual(expect.arrayContaining(['Quito', 'Madrid']));
  });

  it('keeps a demonym with a place noun a located place ("Polish woodland")', () => {
    const ps = placesOf('The migrants were found in Polish woodland near the border.');
    const polish = ps.find((p) => p.text.startsWith('Polish'));
    expect(polish?.country).toBe('POL');
    expect(polish?.adjectival).toBeUndefined();
  });
});

describe('readers of the places layer leave nationality adjectives out', () => {
  const TEXT = 'Gunmen attacked a checkpoint near Mombasa. French and German diplomats condemned the attack. Police said the gunmen fled.';
  const doc = (): Doc => {
    const d = run(TEXT);
    expect(d.layers.places!.filter((p) => p.adjectival).map((p) => p.text)).toEqual(['French', 'German']);
    return d;
  };

  it('locatedPlaces drops them', () => {
    expect(locatedPlaces(doc().layers.places).map((p) => p.text)).toEqual(['Mombasa']);
  });

  it('the home country of unnamed parties ignores them', () => {
    const d = doc();
    d.layers.mentions = []; // the places alone (country mentions count as well)
    const h = homeCountry(d);
    expect(h.main).toBe('KEN');
    expect(h.of(1)).toBe('KEN');
  });

  it('show marks located places only; the store keeps every place row with its flag', () => {
    const d = doc();
    expect(docRows(d).places.map((p) => [p.text, p.adjectival])).toEqual([['Mombasa', 0], ['French', 1], ['German', 1]]);
    const shown = markText(d, false);
    expect(shown).not.toContain('PLACE:FRA');
    expect(shown).toContain('PLACE:KEN');
  });

  it('a stored document reads back with its adjectival places; place totals and the map leave them out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-adjectival-'));
    const store = (await openStore(join(dir, 's.db'))) as KyselyStore;
    try {
      const d = doc();
      await store.saveDocs([d]);
      const back = await store.getDoc(d.id);
      expect(back?.layers.places).toEqual(d.layers.places);
      const totals = await placeTotals(store.db, {});
      expect(totals.map((t) => t.name)).toEqual(['Mombasa']);
      expect((await store.summary()).places).toBe(1);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
