// The compiled gazetteer: the finished name index of a knowledge set (world-countries, the town rows,
// the subdivisions and the places.yaml files), written once to the cache folder as typed-array sections
// and read back without building anything: a name is found by its hash in an open-addressing table over
// the key bytes, and its candidates' entries are made when it is first looked up (a town's record read
// from the file then). Building the index (a Map of 131k names over 135k town rows split into strings)
// cost ~0.4 s of CPU and ~40 MB of fresh memory at every start; reading the compiled one a few MB.
// The file is named by a hash of everything the index is built from — the places.yaml files' bytes, the
// packages' data files (size and mtime), and the source of the modules that build it — so a changed
// input or builder is never read stale.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, pruneCache, writeAtomic } from '../../knowledge/cache.ts';
import { knowledgeFiles } from '../../knowledge/data-file.ts';
import type { CityRows } from './city-cache.ts';
import { sourceFingerprint } from './city-cache.ts';
import type { Gazetteer, GazEntry } from './gazetteer.ts';
import { fingerprint as regionFingerprint } from './region-cache.ts';
import type { NameIndex, NameLookup } from './name-index.ts';

const FORMAT = 4;
const MAGIC = 'ELGZ';
const require = createRequire(import.meta.url);
/** Compiled files kept in the cache folder (one per knowledge set; the oldest are deleted). */
const KEEP = 6;

/** The modules whose code decides the index: a change to any of them rebuilds the compiled file. */
const BUILDERS = ['compiled', 'gazetteer', 'name-index', 'normalize', 'city-cache', 'region-cache'];

/** The compiled file of the knowledge folders `dirs` (its name is the hash of every input). */
export function compiledGazetteerFile(dirs: readonly string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\n`);
  const ext = extname(fileURLToPath(import.meta.url));
  for (const m of BUILDERS) h.update(readFileSync(new URL(`./${m}${ext}`, import.meta.url)));
  const wc = statSync(require.resolve('world-countries'));
  h.update(`\n${sourceFingerprint()}\n${regionFingerprint()}\n${wc.size}:${Math.round(wc.mtimeMs)}\n`);
  for (const file of knowledgeFiles(dirs, 'places.yaml')) h.update(readFileSync(file)).update('\n\0\n');
  return join(cacheDir(), `gazetteer-${h.digest('hex').slice(0, 20)}.bin`);
}

/** FNV-1a of a key's UTF-16 code units. */
function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const slotOf = (h: number, mask: number) => (h ^ (h >>> 15)) & mask;

type Maps = Omit<Gazetteer, 'byName' | 'stats'>;

interface Header {
  format: number;
  /** Field lists of the entries that are not town rows, in each entry's own order. */
  shapes: string[][];
  /** Those entries: a shape number, then the values of its fields (null: undefined). */
  entries: unknown[][];
  /** String table of the town columns admin, featureCode, country. */
  strings: string[];
  keys: number;
  pairs: number;
  cap: number;
  rows: number;
  strict: [string, number[]][];
  demonyms: [string, string][];
  countries: [string, number][];
  borders: [string, string[]][];
  iso2to3: [string, string][];
  ccn3to3: [string, string][];
  admins: [string, number][];
  placeNouns: string[];
  ambiguous: string[];
  personTitles: string[];
  regionAdjectives: [string, number][];
  facilityWords: string[];
  institutionWords: string[];
  addressWords: string[];
  localityPrefixes: string[];
  capitalsOnly: [string, number[]][];
  stateOfficesAfter: string[];
  stateOfficesBefore: string[];
  townWordsBefore?: string[];
  articlePrefixes: string[];
  /** Index section name → [byte offset in the index part, Int32 count]; keyBytes is bytes. */
  sections: Record<string, [number, number]>;
  /** Bytes of the index part (after the header), then of the town records (TOWN bytes each), then names. */
  indexBytes: number;
  namesBytes: number;
}

/** A town record: Int32 lat×1e5, lon×1e5, population, geonameid, name offset; Uint16 name length, admin, featureCode, country. */
const TOWN = 28;

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/**
 * Writes the compiled form of a freshly built gazetteer (`towns` its name index over the town `rows`,
 * `iso2to3` the country codes the town entries were made with) to `file`; false when it cannot be
 * written or the index holds a value the compact form cannot store exactly (the gazetteer then works
 * as built, and the next start builds it again).
 */
export function writeCompiledGazetteer(file: string, g: Maps, index: NameIndex, rows: CityRows, iso2to3: Map<string, string>): boolean {
  // every key's candidates, as the built index returns them (the first get() sorts them)
  const keys = [...index.keys()];
  const lists = keys.map((k) => index.get(k)!);
  const rowOf = index.builtRows();
  const extra = new Map<GazEntry, number>();
  const entries: GazEntry[] = [];
  const idOf = (e: GazEntry): number => {
    const r = rowOf.get(e);
    if (r !== undefined) return r;
    let j = extra.get(e);
    if (j === undefined) {
      j = entries.length;
      entries.push(e);
      extra.set(e, j);
    }
    return -(j + 1);
  };
  const n = rows.names.length;
  const strings = new Map<string, number>();
  const str = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const towns = Buffer.alloc(n * TOWN);
  const exactInt = (v: number) => Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff;
  const nameParts: Buffer[] = [];
  let nameAt = 0;
  for (let i = 0; i < n; i++) {
    const la = Math.round(rows.lat[i] * 1e5), lo = Math.round(rows.lon[i] * 1e5);
    if (la / 1e5 !== rows.lat[i] || lo / 1e5 !== rows.lon[i] || !exactInt(rows.population[i]) || !exactInt(rows.geonameid[i])) return false;
    const name = Buffer.from(rows.names[i], 'utf8');
    const codes = [str(rows.admin[i]), str(rows.featureCode[i]), str(iso2to3.get(rows.country[i]) ?? '')];
    if (name.length > 0xffff || codes.some((c) => c > 0xffff)) return false;
    const at = i * TOWN;
    towns.writeInt32LE(la, at);
    towns.writeInt32LE(lo, at + 4);
    towns.writeInt32LE(rows.population[i], at + 8);
    towns.writeInt32LE(rows.geonameid[i], at + 12);
    towns.writeInt32LE(nameAt, at + 16);
    towns.writeUInt16LE(name.length, at + 20);
    codes.forEach((c, j) => towns.writeUInt16LE(c, at + 22 + 2 * j));
    nameParts.push(name);
    nameAt += name.length;
  }
  const names = Buffer.concat(nameParts);

  const keyBytes = Buffer.from(keys.join(''), 'utf8');
  const keyOff = new Int32Array(keys.length + 1);
  const keyHash = new Int32Array(keys.length);
  let cap = 16;
  while (cap < keys.length * 2) cap *= 2;
  const table = new Int32Array(cap);
  const candOff = new Int32Array(keys.length + 1);
  let pairs = 0;
  for (const l of lists) pairs += l.length;
  const cand = new Int32Array(pairs);
  for (let k = 0, at = 0, c = 0; k < keys.length; k++) {
    keyOff[k + 1] = at += Buffer.byteLength(keys[k], 'utf8');
    const h = hashKey(keys[k]);
    keyHash[k] = h;
    let s = slotOf(h, cap - 1);
    while (table[s] !== 0) s = (s + 1) & (cap - 1);
    table[s] = k + 1;
    for (const e of lists[k]) cand[c++] = idOf(e);
    candOff[k + 1] = c;
  }
  const ids = (l: GazEntry[]) => l.map(idOf);
  const pairsOf = <V, W>(m: Map<string, V>, f: (v: V) => W): [string, W][] => [...m].map(([k, v]) => [k, f(v)]);
  const header: Omit<Header, 'shapes' | 'entries' | 'strings' | 'sections' | 'indexBytes' | 'namesBytes'> = {
    format: FORMAT, keys: keys.length, pairs, cap, rows: n,
    strict: pairsOf(g.strict, ids),
    demonyms: [...g.demonyms],
    countries: pairsOf(g.countries, idOf),
    borders: pairsOf(g.borders, (s) => [...s]),
    iso2to3: [...g.iso2to3],
    ccn3to3: [...g.ccn3to3],
    admins: pairsOf(g.admins, idOf),
    placeNouns: [...g.placeNouns],
    ambiguous: [...g.ambiguous],
    personTitles: [...g.personTitles],
    regionAdjectives: pairsOf(g.regionAdjectives, idOf),
    facilityWords: [...g.facilityWords],
    institutionWords: [...g.institutionWords],
    addressWords: [...g.addressWords],
    localityPrefixes: [...g.localityPrefixes],
    capitalsOnly: pairsOf(g.capitalsOnly, ids),
    stateOfficesAfter: [...g.stateOfficesAfter],
    stateOfficesBefore: [...g.stateOfficesBefore],
    townWordsBefore: [...g.townWordsBefore],
    articlePrefixes: [...g.articlePrefixes],
  };
  // entries after every idOf above, so that all of them are listed
  const shapes = new Map<string, number>();
  const fields: unknown[][] = [];
  for (const e of entries) {
    const shape = Object.keys(e).join(',');
    let id = shapes.get(shape);
    if (id === undefined) shapes.set(shape, (id = shapes.size));
    const values: unknown[] = [id];
    for (const v of Object.values(e)) {
      if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return false;
      values.push(v === undefined ? null : v);
    }
    fields.push(values);
  }
  const arrays: [string, ArrayBufferView][] = [['table', table], ['keyHash', keyHash], ['keyOff', keyOff], ['candOff', candOff], ['cand', cand], ['keyBytes', keyBytes]];
  const sections: Header['sections'] = {};
  const parts: Buffer[] = [];
  let at = 0;
  for (const [name, a] of arrays) {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    sections[name] = [at, a instanceof Int32Array ? a.length : b.length];
    parts.push(b, Buffer.alloc(pad8(b.length)));
    at += b.length + pad8(b.length);
  }
  let json = Buffer.from(JSON.stringify(Object.assign({}, header, { shapes: [...shapes.keys()].map((k) => k.split(',')), entries: fields, strings: [...strings.keys()], sections, indexBytes: at, namesBytes: names.length })), 'utf8');
  json = Buffer.concat([json, Buffer.from(' '.repeat(pad8(8 + json.length)))]);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const ok = writeAtomic(file, [head, json, ...parts, towns, names]);
  if (ok) pruneCache('gazetteer-', KEEP);
  return ok;
}

/** The name index over a compiled file's sections. */
class CompiledNames implements NameLookup {
  private readonly lists = new Map<string, GazEntry[]>();
  private readonly mask: number;

  constructor(
    private readonly s: Record<string, Int32Array>,
    private readonly keyBytes: Buffer,
    private readonly entry: (id: number) => GazEntry,
    readonly size: number,
    private readonly pairCount: number,
  ) {
    this.mask = s.table.length - 1;
  }

  /** The key number of `k`, or -1. */
  private find(k: string): number {
    const { table, keyHash, keyOff } = this.s;
    const h = hashKey(k);
    for (let i = slotOf(h, this.mask); ; i = (i + 1) & this.mask) {
      const slot = table[i];
      if (slot === 0) return -1;
      const key = slot - 1;
      if (keyHash[key] === h && this.keyBytes.toString('utf8', keyOff[key], keyOff[key + 1]) === k) return key;
    }
  }

  get(k: string): GazEntry[] | undefined {
    const made = this.lists.get(k);
    if (made) return made;
    const key = this.find(k);
    if (key < 0) return undefined;
    const { cand, candOff } = this.s;
    const list: GazEntry[] = [];
    for (let c = candOff[key]; c < candOff[key + 1]; c++) list.push(this.entry(cand[c]));
    this.lists.set(k, list);
    return list;
  }

  /** Reads only the first candidate's record (a name looked up for its best reading: the actors stage). */
  first(k: string): GazEntry | undefined {
    const made = this.lists.get(k);
    if (made) return made[0];
    const key = this.find(k);
    if (key < 0) return undefined;
    const { cand, candOff } = this.s;
    return candOff[key] < candOff[key + 1] ? this.entry(cand[candOff[key]]) : undefined;
  }

  has(k: string): boolean {
    return this.lists.has(k) || this.find(k) >= 0;
  }

  *keys(): IterableIterator<string> {
    const { keyOff } = this.s;
    for (let key = 0; key < this.size; key++) yield this.keyBytes.toString('utf8', keyOff[key], keyOff[key + 1]);
  }

  pairs(): number {
    return this.pairCount;
  }
}

/** Reads `length` bytes at `position` of `fd` into a new buffer (null when the file is shorter). */
function readAt(fd: number, length: number, position: number, into = Buffer.allocUnsafeSlow(length)): Buffer | null {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, done, length - done, position + done);
    if (n === 0) return null;
    done += n;
  }
  return into;
}

/**
 * The gazetteer of a compiled file (its `stats` left to the caller), or null when the file is absent
 * or damaged. The name index is read whole; a town's record is read from the file (kept open) when a
 * name with that town is first looked up. `priorOf` is the gazetteer's prior of a town entry.
 */
export function readCompiledGazetteer(file: string, priorOf: (e: Omit<GazEntry, 'prior'>) => number): Omit<Gazetteer, 'stats'> & { pairs: number } | null {
  if (!existsSync(file)) return null;
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const head = readAt(fd, 8, 0);
    if (!head || head.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a compiled gazetteer');
    const len = head.readUInt32LE(4);
    const h = JSON.parse(readAt(fd, len, 8)?.toString('utf8') ?? 'null') as Header | null;
    if (!h || h.format !== FORMAT) throw new Error('another format');
    const townsAt = 8 + len + h.indexBytes;
    const namesAt = townsAt + h.rows * TOWN;
    if (fstatSync(fd).size !== namesAt + h.namesBytes) throw new Error('damaged');
    const index = readAt(fd, h.indexBytes, 8 + len)!; // its own ArrayBuffer, at offset 0: aligned
    const s: Record<string, Int32Array> = {};
    for (const [name, [at, count]] of Object.entries(h.sections)) if (name !== 'keyBytes') s[name] = new Int32Array(index.buffer, at, count);
    const keyBytes = index.subarray(h.sections.keyBytes[0], h.sections.keyBytes[0] + h.sections.keyBytes[1]);
    const str = h.strings;
    const others: GazEntry[] = h.entries.map((values) => {
      const e: Record<string, unknown> = {};
      const shape = h.shapes[values[0] as number];
      for (let f = 0; f < shape.length; f++) e[shape[f]] = values[f + 1] ?? undefined;
      return e as unknown as GazEntry;
    });
    const towns = new Map<number, GazEntry>();
    const rec = Buffer.alloc(TOWN);
    const townFd = fd;
    const entry = (id: number): GazEntry => {
      if (id < 0) return others[-id - 1];
      let e = towns.get(id);
      if (!e) {
        if (!readAt(townFd, TOWN, townsAt + id * TOWN, rec)) throw new Error(`${file}: truncated`);
        const name = readAt(townFd, rec.readUInt16LE(20), namesAt + rec.readInt32LE(16));
        if (!name) throw new Error(`${file}: truncated`);
        // the fields in the order the built gazetteer's town entries have them
        const base = {
          name: name.toString('utf8'), kind: 'city' as const, country: str[rec.readUInt16LE(26)],
          lat: rec.readInt32LE(0) / 1e5, lon: rec.readInt32LE(4) / 1e5, population: rec.readInt32LE(8), geonameid: rec.readInt32LE(12),
          admin: str[rec.readUInt16LE(22)], featureCode: str[rec.readUInt16LE(24)],
        };
        e = Object.assign({}, base, { prior: priorOf(base) });
        towns.set(id, e);
      }
      return e;
    };
    const entriesOf = <W>(pairs: [string, W][], f: (w: W) => GazEntry | GazEntry[]) => new Map(pairs.map(([k, w]) => [k, f(w)]));
    const g = {
      byName: new CompiledNames(s, keyBytes, entry, h.keys, h.pairs),
      pairs: h.pairs,
      strict: entriesOf(h.strict, (ids) => ids.map(entry)) as Map<string, GazEntry[]>,
      demonyms: new Map(h.demonyms),
      countries: entriesOf(h.countries, entry) as Map<string, GazEntry>,
      borders: new Map(h.borders.map(([k, v]) => [k, new Set(v)])),
      iso2to3: new Map(h.iso2to3),
      ccn3to3: new Map(h.ccn3to3),
      admins: entriesOf(h.admins, entry) as Map<string, GazEntry>,
      placeNouns: new Set(h.placeNouns),
      ambiguous: new Set(h.ambiguous),
      personTitles: new Set(h.personTitles),
      regionAdjectives: entriesOf(h.regionAdjectives, entry) as Map<string, GazEntry>,
      facilityWords: new Set(h.facilityWords),
      institutionWords: new Set(h.institutionWords),
      addressWords: new Set(h.addressWords),
      localityPrefixes: new Set(h.localityPrefixes),
      capitalsOnly: entriesOf(h.capitalsOnly, (ids) => ids.map(entry)) as Map<string, GazEntry[]>,
      stateOfficesAfter: new Set(h.stateOfficesAfter),
      stateOfficesBefore: new Set(h.stateOfficesBefore),
      townWordsBefore: new Set(h.townWordsBefore ?? []),
      articlePrefixes: new Set(h.articlePrefixes ?? []),
    };
    fd = -1; // stays open: towns are read from it
    return g;
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
