// What the article is about, geographically: country salience (names, demonyms, actor mentions),
// the first-level regions it names, and the scoring that turns a toponym's candidates into one place.
import type { GazEntry, Gazetteer } from './gazetteer.ts';
import { normName } from './normalize.ts';
import { words } from './recognize.ts';
import { haversineKm } from './geometry.ts';

export interface DocContext {
  /** ISO3 → salience weight. */
  countries: Map<string, number>;
  maxWeight: number;
  /** `${ISO3}.${admin}` of first-level regions named in the text. */
  admins: Set<string>;
  /** Every country reference (name or demonym) in text order. */
  countryMentions: { start: number; end: number; country: string }[];
  /** Evidence each name gave (normalised name → ISO3 → weight), so a name is not its own evidence. */
  byKey: Map<string, Map<string, number>>;
  /** Which names gave each admin region in `admins` (a name is not evidence for itself). */
  adminBy: Map<string, Set<string>>;
  /** Points of clearly resolved towns and regions (key → point): nearby candidates are preferred. */
  anchors: { key: string; lat: number; lon: number }[];
}

export function emptyContext(): DocContext {
  return { countries: new Map(), maxWeight: 0, admins: new Set(), adminBy: new Map(), countryMentions: [], byKey: new Map(), anchors: [] };
}

export function addCountry(ctx: DocContext, iso3: string, weight: number, span?: { start: number; end: number }, key?: string): void {
  if (!iso3) return;
  if (key) {
    const m = ctx.byKey.get(key) ?? new Map<string, number>();
    m.set(iso3, (m.get(iso3) ?? 0) + weight);
    ctx.byKey.set(key, m);
  }
  const w = (ctx.countries.get(iso3) ?? 0) + weight;
  ctx.countries.set(iso3, w);
  if (w > ctx.maxWeight) ctx.maxWeight = w;
  if (span) ctx.countryMentions.push({ start: span.start, end: span.end, country: iso3 });
}

/** Countries by salience, most salient first. */
export function salientCountries(ctx: DocContext): string[] {
  return [...ctx.countries.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** True when a name's reading is clear enough to count as evidence of what the article is about. */
export function isUnambiguous(entries: GazEntry[]): boolean {
  if (entries.length === 1) return true;
  const [a, b] = entries;
  return b.country === a.country || a.prior - b.prior >= 1.5;
}

/**
 * A containing region or country right after a name: "Paris, Texas", "Kuznica, Poland", "Gatineau, Que.".
 * Returns the admin1/country entry, or null.
 */
export function containerAfter(text: string, end: number, gaz: Gazetteer): GazEntry | null {
  const m = /^,[ \t]*/.exec(text.slice(end, end + 4));
  if (!m) return null;
  const from = end + m[0].length;
  const ws = words(text.slice(from, from + 48));
  if (!ws.length || ws[0].start !== 0 || !ws[0].cap) return null;
  for (let n = Math.min(4, ws.length); n >= 1; n--) {
    const last = ws[n - 1];
    if (!last.cap) continue;
    const piece = text.slice(from, from + last.end);
    if (n > 1 && /[,\n]/.test(piece)) continue;
    const key = normName(piece);
    const list = gaz.byName.get(key) ?? (text[from + last.end] === '.' ? gaz.strict.get(key) : undefined);
    const hit = list?.find((e) => e.kind === 'admin1' || e.kind === 'country');
    if (hit) return hit;
  }
  return null;
}

export function fitsContainer(e: GazEntry, c: GazEntry): boolean {
  if (e === c || e.country !== c.country) return false;
  return c.kind === 'country' || (c.admin !== undefined && e.admin === c.admin);
}

/**
 * Score of one candidate: its prior (log10 population, or a per-kind prior), plus the article's
 * evidence: its country is among those the article names (weighted by salience), its region is named,
 * a container follows it, its country borders the article's main country.
 */
export function scoreEntry(e: GazEntry, ctx: DocContext, gaz: Gazetteer, container: GazEntry | null, top: string | null, key?: string): number {
  let s = e.prior;
  const own = key ? ctx.byKey.get(key)?.get(e.country) ?? 0 : 0;
  const w = e.country ? (ctx.countries.get(e.country) ?? 0) - own : 0;
  if (w > 0.01) s += 1.5 + w / (ctx.maxWeight || 1);
  if (e.kind === 'city' || e.kind === 'crossing' || e.kind === 'landmark') {
    for (const a of ctx.anchors) {
      if (a.key !== key && Math.abs(a.lat - e.lat) < 1.5 && haversineKm(a.lat, a.lon, e.lat, e.lon) < 150) { s += 1.5; break; }
    }
  }
  if (e.kind !== 'admin1' && e.admin && ctx.admins.has(`${e.country}.${e.admin}`)) {
    const by = ctx.adminBy.get(`${e.country}.${e.admin}`);
    if (!key || !by || [...by].some((k) => k !== key)) s += 2;
  }
  if (container && fitsContainer(e, container)) s += 10;
  if (!w && top && e.country && gaz.borders.get(top)?.has(e.country)) s += 0.3;
  return s;
}

export function pickEntry(entries: GazEntry[], ctx: DocContext, gaz: Gazetteer, container: GazEntry | null, key?: string): GazEntry {
  let top: string | null = null;
  let tw = 0;
  for (const [c, w] of ctx.countries) if (w > tw) { tw = w; top = c; }
  let best = entries[0];
  let bestScore = -Infinity;
  for (const e of entries) {
    const s = scoreEntry(e, ctx, gaz, container, top, key);
    if (s > bestScore) { bestScore = s; best = e; }
  }
  return best;
}
