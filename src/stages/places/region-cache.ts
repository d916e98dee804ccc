// Subdivisions for the gazetteer: the states, provinces, governorates and counties of
// @countrystatecity/countries (ODbL-1.0, attribution in README), their level from the ISO 3166-2
// parents of iso-3166, and the US counties of us-atlas (centre of each outline). Each unit gets an
// estimated population (the towns whose nearest unit centre it is) and the GeoNames admin1 code most
// of those towns carry, so "Hunan" ranks like a big place and towns inside it gain from its mention.
// Built once from the packages and cached beside the city rows (see city-cache.ts).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir, writeJsonCache, type CityRows } from './city-cache.ts';
import { normName } from './normalize.ts';

const require = createRequire(import.meta.url);
const FORMAT = 6;
const CSC_COUNTRIES = '@countrystatecity/countries/data/countries.json';

/** Column-oriented subdivision rows; keys[i] holds the row's normalised names, "|"-separated. */
export interface RegionRows {
  format: number;
  source: string;
  names: string[];
  keys: string[];
  /** ISO 3166-1 alpha-2. */
  country: string[];
  lat: number[];
  lon: number[];
  /** 1: a first-level division; 2: a division inside one (French departments, US counties). */
  level: number[];
  /** Sum of the populations of the towns nearest to this unit's centre (0 when none). */
  population: number[];
  /** GeoNames admin1 code of the towns in the unit ("" when they disagree). */
  admin: string[];
}

interface CscState {
  name: string;
  country_code: string;
  iso3166_2?: string | null;
  type?: string | null;
  latitude?: string | null;
  longitude?: string | null;
}

interface Topo {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: { id: string; type: string; arcs: unknown; properties?: { name?: string } }[] }>;
}

/** Types that are not places one reads about as such. */
const SKIP_TYPES = new Set(['military postal region', 'outlying area']);
/** Words a unit's name may end in; the name is also known without them ("Fars Province" → "Fars"). */
const SUFFIX = /\s+(?:(?:zhuang|hui|uyghur|uygur|tibet) autonomous region|autonomous region|special administrative region|autonomous (?:okrug|republic|province|community)|province|provincia|state|region|governorate|oblast|prefecture|municipality|district|county|department|voivodeship|krai|kray|territory|sar)$/i;
/** Types whose name is also used with the type word after it ("Limpopo Province", "Karak Governorate"). */
const TYPE_WORD = new Set(['province', 'state', 'region', 'governorate', 'oblast', 'prefecture', 'district', 'county', 'department', 'voivodship', 'parish', 'canton', 'emirate']);
/** Unit names made only of these words are too generic to be names ("North West", "Central", "Eastern"). */
const GENERIC = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center', 'middle',
  'upper', 'lower', 'capital', 'coast', 'coastal', 'islands', 'island', 'lake', 'lakes', 'river', 'valley', 'mountain',
  'mountains', 'plains', 'far', 'highlands', 'lowlands', 'interior', 'border', 'city', 'north west', 'north east', 'south west',
  'south east', 'northwest', 'northeast', 'southwest', 'southeast', 'greater', 'new', 'great', 'federal', 'the', 'of', 'and',
  'district', 'region', 'province', 'state', 'territory', 'special', 'national', 'saint', 'sea', 'gulf', 'bay', 'oriental',
  'occidental', 'sur', 'norte', 'este', 'oeste', 'centro', 'nord', 'sud', 'est', 'ouest', 'litoral', 'costa', 'del', 'de',
]);
/** US counties' own words: "Hall County", "Orleans Parish", "Kenai Peninsula Borough". */
const COUNTY_WORD: Record<string, string[]> = { '22': ['parish'], '02': ['borough', 'census area'] };

export function fingerprint(): string {
  const parts = [CSC_COUNTRIES, 'us-atlas/counties-10m.json'].map((p) => {
    const s = statSync(require.resolve(p));
    return `${s.size}:${Math.round(s.mtimeMs)}`;
  });
  return `${FORMAT}:${parts.join(':')}`;
}

/**
 * The cache file of the rows built from `source` (the packages' fingerprint and the city rows'): named
 * by its hash, so checkouts with different city data or formats sharing one node_modules never
 * overwrite each other's file (they rebuilt it in turn at every start).
 */
export function regionCacheFile(source: string): string {
  return join(cacheDir(), `regions-${createHash('sha256').update(`${FORMAT}|${source}`).digest('hex').slice(0, 16)}.json`);
}

/** The lookup keys of a unit's name: the name, without its type word, and with it. */
export function regionKeys(name: string, type: string): string[] {
  const out = new Set<string>();
  const base = name.split(/,\s*/)[0].replace(/\s*\(.*\)$/, '').trim();
  const short = base.replace(SUFFIX, '').trim();
  for (const n of [name, base, short]) out.add(normName(n));
  const t = type.toLowerCase();
  if (TYPE_WORD.has(t)) out.add(normName(`${short} ${t}`));
  return [...out].filter((k) => k.length >= 3 && !k.split(' ').every((w) => GENERIC.has(w)));
}

/** Decode a TopoJSON arc index list into the centre of its bounding box. */
function topoCentre(topo: Topo, arcsOf: unknown): [number, number] | null {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (a: unknown): void => {
    if (typeof a === 'number') {
      const arc = topo.arcs[a < 0 ? ~a : a];
      let x = 0, y = 0;
      for (const [dx, dy] of arc) {
        x += dx; y += dy;
        const lon = x * sx + tx;
        const lat = y * sy + ty;
        if (lon < minX) minX = lon;
        if (lon > maxX) maxX = lon;
        if (lat < minY) minY = lat;
        if (lat > maxY) maxY = lat;
      }
    } else if (Array.isArray(a)) for (const b of a) visit(b);
  };
  visit(arcsOf);
  return Number.isFinite(minX) ? [(minY + maxY) / 2, (minX + maxX) / 2] : null;
}

/**
 * ISO 3166-2 subdivisions with their parents (iso-3166, an ES module loaded only when the rows are
 * built; a Node without require(esm) gets none, and every unit counts as first-level).
 */
function isoSubdivisions(): { code: string; parent: string }[] {
  try {
    return (require('iso-3166') as { iso31662: { code: string; parent: string }[] }).iso31662;
  } catch {
    return [];
  }
}

interface Unit { name: string; keys: string[]; country: string; lat: number; lon: number; level: number; state?: string }

function countryUnits(): Unit[] {
  const parent = new Map<string, string>();
  for (const s of isoSubdivisions()) parent.set(s.code, s.parent);
  const dataDir = dirname(require.resolve(CSC_COUNTRIES));
  const units: Unit[] = [];
  for (const dir of readdirSync(dataDir)) {
    const file = join(dataDir, dir, 'states.json');
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8')) as CscState[]) {
      const type = (s.type ?? '').toLowerCase();
      const lat = Number(s.latitude);
      const lon = Number(s.longitude);
      if (SKIP_TYPES.has(type) || !s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const p = s.iso3166_2 ? parent.get(s.iso3166_2) : undefined;
      const level = p && p.includes('-') ? 2 : 1;
      const keys = regionKeys(s.name, type);
      if (keys.length) units.push({ name: s.name, keys, country: s.country_code, lat, lon, level });
    }
  }
  return units;
}

/** US counties (and parishes, boroughs) from us-atlas, keyed "<name> county" / "<name> co". */
function usCounties(): Unit[] {
  const topo = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Topo;
  const units: Unit[] = [];
  for (const g of topo.objects.counties.geometries) {
    const name = g.properties?.name;
    const c = name ? topoCentre(topo, g.arcs) : null;
    if (!name || !c) continue;
    const st = g.id.slice(0, 2);
    const words = COUNTY_WORD[st] ?? ['county'];
    const keys = new Set<string>();
    for (const w of words) keys.add(normName(`${name} ${w}`));
    if (words[0] === 'county') keys.add(normName(`${name} co`));
    units.push({ name: `${name} ${words[0][0].toUpperCase()}${words[0].slice(1)}`, keys: [...keys], country: 'US', lat: c[0], lon: c[1], level: 2, state: st });
  }
  return units;
}

/** US state FIPS code → the name of the state (us-atlas). */
function usStateNames(): Map<string, string> {
  const topo = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')) as Topo;
  return new Map(topo.objects.states.geometries.map((g) => [g.id, g.properties?.name ?? '']));
}

/**
 * Build the rows: each town is given to the nearest unit centre of its country (per level; US counties
 * only within their state), which yields each unit's population and admin1 code.
 */
export function buildRegionRows(cities: CityRows): RegionRows {
  const units = countryUnits();
  const counties = usCounties();
  const stateNames = usStateNames();
  const all = [...units, ...counties];
  const pop = new Float64Array(all.length);
  const adminOf: string[] = all.map(() => '');
  const groups = new Map<string, number[]>();
  all.forEach((u, i) => {
    const g = `${u.country}:${u.level}`;
    const list = groups.get(g);
    if (list) list.push(i); else groups.set(g, [i]);
  });
  const townsOf = new Map<string, number[]>();
  for (let i = 0; i < cities.names.length; i++) {
    const list = townsOf.get(cities.country[i]);
    if (list) list.push(i); else townsOf.set(cities.country[i], [i]);
  }
  const nearest = (unitIdx: number[], t: number): number => {
    const lat = cities.lat[t], lon = cities.lon[t];
    const k = Math.cos((lat * Math.PI) / 180);
    let best = -1, bd = Infinity;
    for (const u of unitIdx) {
      const dy = all[u].lat - lat;
      let dx = Math.abs(all[u].lon - lon);
      if (dx > 180) dx = 360 - dx;
      const d = dy * dy + dx * dx * k * k;
      if (d < bd) { bd = d; best = u; }
    }
    return best;
  };
  // Pass 1: each unit's admin1 code is the one most towns nearest to its centre carry. Pass 2: a town
  // whose admin1 code belongs to exactly one unit of the level goes to it, the others to the nearest.
  const assign = (unitIdx: number[], towns: number[]) => {
    if (!unitIdx.length) return;
    const votes = new Map<number, Map<string, number>>();
    for (const t of towns) {
      const u = nearest(unitIdx, t);
      const v = votes.get(u) ?? new Map<string, number>();
      v.set(cities.admin[t], (v.get(cities.admin[t]) ?? 0) + 1);
      votes.set(u, v);
    }
    const owner = new Map<string, number>();
    const codes = new Map<number, string>();
    const claims = new Map<string, number>();
    for (const u of unitIdx) {
      const code = majority(votes.get(u) ?? new Map());
      codes.set(u, code);
      if (!code) continue;
      claims.set(code, (claims.get(code) ?? 0) + 1);
      const o = owner.get(code);
      if (o === undefined || (votes.get(u)?.get(code) ?? 0) > (votes.get(o)?.get(code) ?? 0)) owner.set(code, u);
    }
    // A first-level unit is that GeoNames admin1 when it has the most towns of the code among the
    // few units claiming it; a code many units claim (England's boroughs and counties all vote "ENG")
    // is none of theirs. A second-level unit keeps its parent's code.
    const owns = new Map<string, number>();
    for (const [u, code] of codes) {
      const mine = owner.get(code) === u && (claims.get(code) ?? 0) <= 3;
      adminOf[u] = all[u].level === 2 || mine ? code : '';
      if (mine && all[u].level === 1) owns.set(code, u);
    }
    for (const t of towns) {
      const u = owns.get(cities.admin[t]) ?? nearest(unitIdx, t);
      pop[u] += cities.population[t];
    }
  };
  for (const [g, idx] of groups) {
    const [cc] = g.split(':');
    if (cc === 'US' && g.endsWith(':2')) continue; // counties: by state below
    assign(idx, townsOf.get(cc) ?? []);
  }
  // US counties within their state, whose GeoNames code is the one its state unit got.
  const stateCode = new Map<string, string>();
  for (const [fips, name] of stateNames) {
    const u = all.findIndex((x) => x.country === 'US' && x.level === 1 && x.name === name);
    if (u >= 0 && adminOf[u]) stateCode.set(fips, adminOf[u]);
  }
  const byState = new Map<string, number[]>();
  all.forEach((u, i) => {
    if (u.state) { const l = byState.get(u.state); if (l) l.push(i); else byState.set(u.state, [i]); }
  });
  for (const [fips, idx] of byState) {
    const code = stateCode.get(fips);
    if (!code) continue;
    assign(idx, (townsOf.get('US') ?? []).filter((t) => cities.admin[t] === code));
    for (const i of idx) adminOf[i] = code;
  }
  const rows: RegionRows = { format: FORMAT, source: `${fingerprint()}|${cities.source}`, names: [], keys: [], country: [], lat: [], lon: [], level: [], population: [], admin: [] };
  all.forEach((u, i) => {
    // A unit no town is nearest to is too small to be known by name (Isle of Man's sheadings).
    if (!u.state && pop[i] === 0) return;
    rows.names.push(u.name);
    rows.keys.push(u.keys.join('|'));
    rows.country.push(u.country);
    rows.lat.push(Math.round(u.lat * 1e4) / 1e4);
    rows.lon.push(Math.round(u.lon * 1e4) / 1e4);
    rows.level.push(u.level);
    rows.population.push(Math.round(pop[i]));
    rows.admin.push(adminOf[i]);
  });
  return rows;
}

/** The key holding more than half the votes, else "". */
function majority(votes: Map<string, number>): string {
  let total = 0, best = '', bw = 0;
  for (const [k, w] of votes) { total += w; if (w > bw) { bw = w; best = k; } }
  return bw > total / 2 ? best : '';
}

export function writeRegionCache(rows: RegionRows, file = regionCacheFile(rows.source)): boolean {
  return writeJsonCache(rows, file);
}

export function readRegionCache(citySource: string, file = regionCacheFile(`${fingerprint()}|${citySource}`)): RegionRows | null {
  if (!existsSync(file)) return null;
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as RegionRows;
    return rows.format === FORMAT && rows.source === `${fingerprint()}|${citySource}` ? rows : null;
  } catch {
    return null;
  }
}

/** The region rows: from the cache when fresh, else built from the packages and cached. */
export function regionRows(cities: CityRows): RegionRows {
  const cached = readRegionCache(cities.source);
  if (cached) return cached;
  const rows = buildRegionRows(cities);
  writeRegionCache(rows);
  return rows;
}
