// The compiled gazetteer (src/stages/places/compiled.ts): a knowledge set built once is read back from
// its compiled file with the same candidates, in the same order, with the same fields, and the same
// entry objects shared between the name index and the other tables.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../src/knowledge/knowledge.ts';
import { buildGazetteer, type GazEntry } from '../../../src/stages/places/gazetteer.ts';
import { compiledGazetteerFile } from '../../../src/stages/places/compiled.ts';
import { normName } from '../../../src/stages/places/normalize.ts';

describe('places: compiled gazetteer', () => {
  it('reads back what it built, for a user folder too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'places-compiled-'));
    // an invented landmark, an alias, a removed town and an abbreviation only taken after "Town, "
    writeFileSync(join(dir, 'places.yaml'), [
      'places:',
      `  - { name: Fort Quillan Marsh ${process.pid}, aliases: [Quillan Marsh], kind: landmark, country: CAN, lat: 51.2, lon: -98.7 }`,
      '  - { name: Lyon, kind: city, country: FRA, remove: true }',
      '  - { name: Qln., kind: admin1, country: CAN, admin: "03", lat: 50.0, lon: -97.0 }',
    ].join('\n'));
    const dirs = [BUNDLED_KNOWLEDGE_DIR, dir];
    const file = compiledGazetteerFile(dirs);
    expect(existsSync(file)).toBe(false);
    const built = buildGazetteer(dirs);
    expect(existsSync(file)).toBe(true);
    const read = buildGazetteer(dirs);
    expect(read.stats.fromCache).toBe(true);
    expect([read.stats.entries, read.stats.keys]).toEqual([built.stats.entries, built.stats.keys]);
    const keys = ['paris', 'lyon', 'springfield', 'georgia', 'saint petersburg', 'quillan marsh', `fort quillan marsh ${process.pid}`, 'bavaria', 'kent', 'us', 'nowhere at all'];
    const fields = (l: GazEntry[] | undefined) => l?.map((e) => Object.entries(e));
    for (const k of keys) {
      expect(fields(read.byName.get(k)), k).toEqual(fields(built.byName.get(k)));
      expect(read.byName.has(k)).toBe(built.byName.has(k));
    }
    expect(read.byName.get('paris')).toBe(read.byName.get('paris'));
    expect(fields(read.strict.get('qln'))).toEqual(fields(built.strict.get('qln')));
    expect(read.byName.get('france')?.find((e) => e.kind === 'country')).toBe(read.countries.get('FRA'));
    let shared = 0;
    for (const e of [...read.admins.values()].slice(0, 300)) {
      const same = read.byName.get(normName(e.name))?.find((x) => x.name === e.name && x.kind === e.kind && x.country === e.country && x.lat === e.lat);
      if (same) expect(same).toBe(e);
      if (same) shared++;
    }
    expect(shared).toBeGreaterThan(100);
    for (const m of ['demonyms', 'borders', 'iso2to3', 'ccn3to3', 'placeNouns', 'ambiguous', 'personTitles', 'facilityWords', 'institutionWords'] as const) {
      expect(read[m], m).toEqual(built[m]);
    }
    expect([...read.regionAdjectives].map(([k, e]) => [k, e.name])).toEqual([...built.regionAdjectives].map(([k, e]) => [k, e.name]));
  });
});
