// Country shapes from world-atlas (TopoJSON, 1:50m) decoded without a library: point-in-country tests,
// the shared border of two countries (the arcs both reference) and a point just inside one of them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

type Pt = [number, number]; // [lon, lat]

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { countries: { geometries: { id?: string; type: string; arcs: unknown; properties?: { name?: string } }[] } };
}

interface CountryShape {
  /** Polygons, each a list of rings (outer first, then holes). */
  polygons: Pt[][][];
  arcs: Set<number>;
  bbox: [number, number, number, number];
}

type Geometry = Topology['objects']['countries']['geometries'][number];

/**
 * The countries' shapes, decoded on first use: a document asks for the border of two countries, so
 * decoding every arc and ring of the file at load (about 0.1 CPU-s at each start that met a relative
 * place) is left until a country is asked for. The same numbers as decoding all at once.
 */
export class Atlas {
  private readonly decoded: (Pt[] | undefined)[];
  private readonly built = new Map<string, CountryShape>();

  constructor(
    private readonly topo: Topology,
    /** The geometry of each ISO3 country, in the file's order (a later one for the same code wins). */
    private readonly geometries: Map<string, Geometry>,
  ) {
    this.decoded = new Array<Pt[] | undefined>(topo.arcs.length);
  }

  /** Arc `i` in [lon, lat] points. */
  arc(i: number): Pt[] {
    let a = this.decoded[i];
    if (!a) {
      const [sx, sy] = this.topo.transform.scale;
      const [tx, ty] = this.topo.transform.translate;
      let x = 0;
      let y = 0;
      a = this.topo.arcs[i].map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as Pt;
      });
      this.decoded[i] = a;
    }
    return a;
  }

  /** The ISO3 codes of the countries drawn, in the file's order. */
  countries(): IterableIterator<string> {
    return this.geometries.keys();
  }

  /** The shape of country `iso`, or undefined when the atlas has none. */
  shape(iso: string): CountryShape | undefined {
    const done = this.built.get(iso);
    if (done) return done;
    const g = this.geometries.get(iso);
    if (!g) return undefined;
    const used = new Set<number>();
    const ring = (idx: number[]): Pt[] => {
      const out: Pt[] = [];
      for (const i of idx) {
        const a = i < 0 ? this.arc(~i).slice().reverse() : this.arc(i);
        used.add(i < 0 ? ~i : i);
        for (let k = out.length ? 1 : 0; k < a.length; k++) out.push(a[k]);
      }
      return out;
    };
    const polys: number[][][] = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
    const polygons = polys.map((p) => p.map((r) => ring(r)));
    const bbox: [number, number, number, number] = [180, 90, -180, -90];
    for (const p of polygons) for (const r of p) for (const [x, y] of r) {
      if (x < bbox[0]) bbox[0] = x;
      if (y < bbox[1]) bbox[1] = y;
      if (x > bbox[2]) bbox[2] = x;
      if (y > bbox[3]) bbox[3] = y;
    }
    const shape = { polygons, arcs: used, bbox };
    this.built.set(iso, shape);
    return shape;
  }
}

/** Reads world-atlas countries-50m, its countries keyed by ISO3 (ccn3 → ISO3 via `ccn3to3`); shapes are decoded when asked for. */
export function loadAtlas(ccn3to3: Map<string, string>): Atlas {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const geometries = new Map<string, Geometry>();
  for (const g of topo.objects.countries.geometries) {
    const iso = g.id ? ccn3to3.get(g.id.padStart(3, '0')) : undefined;
    if (iso) geometries.set(iso, g);
  }
  return new Atlas(topo, geometries);
}

/** Even-odd ray casting over every ring of the country's polygons. */
export function pointInCountry(atlas: Atlas, iso3: string, lat: number, lon: number): boolean {
  const s = atlas.shape(iso3);
  if (!s) return false;
  const [x0, y0, x1, y1] = s.bbox;
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  let inside = false;
  for (const poly of s.polygons) for (const r of poly) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The country containing the point, if any (checked against `candidates` first). */
export function countryAt(atlas: Atlas, lat: number, lon: number, candidates: string[] = []): string | null {
  for (const c of candidates) if (pointInCountry(atlas, c, lat, lon)) return c;
  for (const c of atlas.countries()) if (pointInCountry(atlas, c, lat, lon)) return c;
  return null;
}

/** Polylines of the border shared by `a` and `b` (empty when they do not touch at 1:50m). */
export function sharedBorder(atlas: Atlas, a: string, b: string): Pt[][] {
  const sa = atlas.shape(a);
  const sb = atlas.shape(b);
  if (!sa || !sb) return [];
  const out: Pt[][] = [];
  for (const i of sa.arcs) if (sb.arcs.has(i)) out.push(atlas.arc(i));
  return out;
}

const R = 6371;
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance in km from a point to a set of polylines (local equirectangular projection per segment). */
export function distanceToLinesKm(lines: Pt[][], lat: number, lon: number): number {
  let best = Infinity;
  const kx = Math.cos((lat * Math.PI) / 180) * 111.32;
  const ky = 110.57;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const ax = (line[i][0] - lon) * kx, ay = (line[i][1] - lat) * ky;
      const bx = (line[i + 1][0] - lon) * kx, by = (line[i + 1][1] - lat) * ky;
      const dx = bx - ax, dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) best = d;
    }
    if (line.length === 1) best = Math.min(best, Math.hypot(line[0][0] - lon, line[0][1] - lat) * 111);
  }
  return best;
}

export interface BorderPoint {
  lat: number;
  lon: number;
  /** Where on the border line the point was taken from before stepping inside `inside`. */
  onBorder: { lat: number; lon: number };
  distanceKm: number;
}

/**
 * A point inside country `inside`, a few km from its border with `other`. The border point is the
 * shared-border vertex nearest to `anchor` when one is given (a place already resolved in the text),
 * else the middle of the longest shared stretch; the point then steps along the local normal into
 * `inside` (5–30 km) until it falls in `inside` and not in `other`.
 */
export function pointNearBorder(
  atlas: Atlas,
  inside: string,
  other: string,
  anchor?: { lat: number; lon: number },
): BorderPoint | null {
  const lines = sharedBorder(atlas, inside, other);
  if (!lines.length) return null;
  let line = lines[0];
  let idx = 0;
  if (anchor) {
    let best = Infinity;
    for (const l of lines) for (let i = 0; i < l.length; i++) {
      const d = haversineKm(anchor.lat, anchor.lon, l[i][1], l[i][0]);
      if (d < best) { best = d; line = l; idx = i; }
    }
  } else {
    const lengthOf = (l: Pt[]) => { let s = 0; for (let i = 1; i < l.length; i++) s += haversineKm(l[i - 1][1], l[i - 1][0], l[i][1], l[i][0]); return s; };
    let longest = -1;
    for (const l of lines) { const len = lengthOf(l); if (len > longest) { longest = len; line = l; } }
    let acc = 0;
    idx = Math.floor(line.length / 2);
    for (let i = 1; i < line.length; i++) {
      acc += haversineKm(line[i - 1][1], line[i - 1][0], line[i][1], line[i][0]);
      if (acc >= longest / 2) { idx = i; break; }
    }
  }
  const p = line[idx];
  const prev = line[Math.max(0, idx - 1)];
  const next = line[Math.min(line.length - 1, idx + 1)];
  const kx = Math.cos((p[1] * Math.PI) / 180) * 111.32;
  const ky = 110.57;
  let tx = (next[0] - prev[0]) * kx, ty = (next[1] - prev[1]) * ky;
  const tl = Math.hypot(tx, ty) || 1;
  tx /= tl; ty /= tl;
  for (const d of [8, 12, 5, 18, 25, 30]) {
    for (const sign of [1, -1]) {
      const nx = -ty * sign, ny = tx * sign; // unit normal in km space
      const lon = p[0] + (nx * d) / kx;
      const lat = p[1] + (ny * d) / ky;
      if (pointInCountry(atlas, inside, lat, lon) && !pointInCountry(atlas, other, lat, lon)) {
        return { lat: round5(lat), lon: round5(lon), onBorder: { lat: p[1], lon: p[0] }, distanceKm: distanceToLinesKm(lines, lat, lon) };
      }
    }
  }
  return null;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
