// The compact city cache: short forms of river/sea-suffixed names, and a write/read round trip that
// rejects a stale file.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readCityCache, shortForm, sourceFingerprint, writeCityCache, type CityRows } from '../../../src/stages/places/city-cache.ts';

describe('places: city cache', () => {
  it('derives the everyday short form of suffixed town names', () => {
    expect(shortForm('Frankfurt am Main')).toBe('Frankfurt');
    expect(shortForm('Stoke-on-Trent')).toBe('Stoke');
    expect(shortForm('Newcastle upon Tyne')).toBe('Newcastle');
    expect(shortForm('Rio de Janeiro')).toBeNull();
    expect(shortForm('Aix-en-Provence')).toBeNull();
  });

  it('reads back what it wrote while the source is unchanged, and nothing from a stale file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-cache-'));
    const rows: CityRows = {
      format: 2, source: sourceFingerprint(), names: ['Testville'], keys: [''], extra: [''], country: ['PL'],
      lat: [52.1], lon: [21.2], population: [5000], geonameid: [1], admin: ['78'], featureCode: ['PPL'],
    };
    const file = join(dir, 'cities.bin');
    expect(writeCityCache(rows, file)).toBe(true);
    const back = readCityCache(file)!;
    expect({ ...back, lat: [...back.lat], lon: [...back.lon], population: [...back.population], geonameid: [...back.geonameid] }).toEqual({ ...rows, format: 3 });
    expect(writeCityCache({ ...rows, source: 'other' }, file)).toBe(true);
    expect(readCityCache(file)).toBeNull();
    writeFileSync(file, '{not a column file');
    expect(readCityCache(file)).toBeNull();
  });
});
