// What the article is about, geographically: country salience (names, demonyms, actor mentions),
// the first-level regions it names, and the scoring that turns a toponym's candidates into one place.
import type { GazEntry, Gazetteer } from './gazetteer.ts';
import { normName } from './normalize.ts';
import { postalState, words } from './recognize.ts';
import { haversineKm } from './geometry.ts';

export interface DocContext {
  /** ISO3 → salience weight. */
  countries: Map<string, number>;
  maxWeight: number;
  /** `${ISO3}.${admin}` of first-level regions named in the text. */
  admins: Set<string>;
  /**
   * Countries the article names in its own words (a country or region name, a demonym, an actor), not
   * only through a town reading that may be a namesake's.
   */
  named: Set<string>;
  /** Every country reference (name or demonym) in text order. */
  countryMentions: { start: number; end: number; country: string }[];
  /** Evidence each name gave (normalised name → ISO3 → weight), so a name is not its own evidence. */
  byKey: Map<string, Map<string, number>>;
  /** Which names gave each admin region in `admins` (a name is not evidence for itself). */
  adminBy: Map<string, Set<string>>;
  /** Points of clearly resolved towns and regions (key → point): nearby candidates are preferred. */
  anchors: { key: string; lat: number; lon: number }[];
  /**
   * The plausible readings of every other name in the article (spatial coherence): a candidate near
   * readings of several other names is preferred ("Enfield" near "Tottenham" and "Walthamstow").
   */
  readings: { key: string; entries: GazEntry[] }[];
}

export function emptyContext(): DocContext {
  return { countries: new Map(), maxWeight: 0, admins: new Set(), named: new Set(), adminBy: new Map(), countryMentions: [], byKey: new Map(), anchors: [], readings: [] };
}

export function addCountry(ctx: DocContext, iso3: string, weight: number, span?: { start: number; end: number }, key?: string, byTown = false): void {
  if (!iso3) return;
  if (!byTown) ctx.named.add(iso3);
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
  return containerSpanAfter(text, end, gaz)?.entry ?? null;
}

/** containerAfter with where the container's words end in the text. */
export function containerSpanAfter(text: string, end: number, gaz: Gazetteer): { entry: GazEntry; end: number } | null {
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
    const dot = text[from + last.end] === '.';
    // "Man." is a town in Côte d'Ivoire by name and Manitoba as an abbreviation: look at both (the
    // abbreviation's end includes its dot)
    const byName = gaz.byName.get(key)?.find((e) => e.kind === 'admin1' || e.kind === 'country');
    if (byName) return { entry: byName, end: from + last.end };
    const abbreviated = dot ? gaz.strict.get(key)?.find((e) => e.kind === 'admin1' || e.kind === 'country') : undefined;
    if (abbreviated) return { entry: abbreviated, end: from + last.end + 1 };
    // "Alexandria, VA": a US state's postal code in capitals
    const postal = n === 1 ? postalState(gaz, piece) : undefined;
    if (postal) return { entry: postal, end: from + last.end };
  }
  return null;
}

/**
 * The container after a name with those readings (`containerAfter`), unless it is a list of countries:
 * a country's name before another country's ("together with Canada, Mexico …") is no town of that name
 * inside it, unless a first-level region of the name lies there ("Georgia, U.S.").
 */
export function containerOf(entries: GazEntry[], text: string, end: number, gaz: Gazetteer): GazEntry | null {
  const c = containerAfter(text, end, gaz);
  if (!c || c.kind !== 'country' || !entries.some((e) => e.kind === 'country' && e.country !== c.country)) return c;
  return entries.some((e) => e.kind === 'admin1' && e.country === c.country) ? c : null;
}

export function fitsContainer(e: GazEntry, c: GazEntry): boolean {
  if (e === c || e.country !== c.country) return false;
  return c.kind === 'country' || (c.admin !== undefined && e.admin === c.admin);
}

/** Distance within which another name's reading supports a candidate, fading linearly to 0. */
const NEAR_KM = 150;
/** Most readings of one name kept as coherence evidence, and how far below its best prior they may be. */
const MAX_READINGS = 12;
const READING_SPAN = 2.5;

/**
 * The readings of a name that may count as evidence for the others: its best candidates by prior and
 * those in countries the article names — not the long tail of hamlets.
 */
export function plausibleReadings(entries: GazEntry[], ctx: DocContext): GazEntry[] {
  const top = entries[0]?.prior ?? 0;
  const rank = (e: GazEntry) => e.prior + (ctx.countries.has(e.country) ? 1 : 0) + (e.admin !== undefined && ctx.admins.has(`${e.country}.${e.admin}`) ? 2 : 0);
  return entries
    .filter((e) => e.kind !== 'country' && e.kind !== 'continent' && e.kind !== 'water' && (e.prior >= top - READING_SPAN || ctx.countries.has(e.country)))
    .map((e) => ({ e, r: rank(e) }))
    .sort((a, b) => b.r - a.r)
    .slice(0, MAX_READINGS)
    .map((x) => x.e);
}

/** How strongly one reading `r` of another name supports candidate `e` (0..1): containment or nearness. */
function support(e: GazEntry, r: GazEntry): number {
  if (r === e) return 0;
  if ((r.kind === 'admin1') !== (e.kind === 'admin1')) {
    // A town supports the first-level region it lies in, and the region the towns in it; a region
    // whose admin1 code is unknown (England's boroughs) counts by distance like a town.
    const [region, other] = r.kind === 'admin1' ? [r, e] : [e, r];
    if (region.admin !== undefined) return other.country === region.country && other.admin === region.admin ? 1 : 0;
  }
  if (Math.abs(r.lat - e.lat) > 1.5) return 0;
  const d = haversineKm(r.lat, r.lon, e.lat, e.lon);
  return d >= NEAR_KM ? 0 : 1 - d / NEAR_KM;
}

/**
 * Sum over the article's other names of the best support one of their readings gives `e`; two names
 * whose best reading is the same place ("Mo." and "Missouri") count once.
 */
export function coherence(e: GazEntry, ctx: DocContext, key?: string): number {
  let s = 0;
  const used = new Set<GazEntry>();
  for (const { key: k, entries } of ctx.readings) {
    if (k === key || (key && (key.includes(k) || k.includes(key)))) continue;
    let best = 0;
    let by: GazEntry | null = null;
    for (const r of entries) {
      const v = support(e, r);
      if (v > best) { best = v; by = r; }
    }
    if (by && !used.has(by)) { used.add(by); s += best; }
  }
  return s;
}

/** A town or subdivision reading backed by the article: its country is named (not only by this name) or it is coherent. */
export function inContext(e: GazEntry, ctx: DocContext, key?: string): boolean {
  return countryNamedBesides(ctx, e.country, key) || coherence(e, ctx, key) > 0;
}

/** True when the article names `country` other than through the name `key` itself. */
export function countryNamedBesides(ctx: DocContext, country: string, key?: string): boolean {
  const own = key ? ctx.byKey.get(key)?.get(country) ?? 0 : 0;
  return country !== '' && (ctx.countries.get(country) ?? 0) - own > 0.01;
}

/** Towns and the generated subdivisions (not curated regions, countries or seas). */
export function isMinor(e: GazEntry): boolean {
  return e.kind === 'city' || e.featureCode === 'ADM1' || e.featureCode === 'ADM2';
}

/** Weight of one unit of coherence, and the most local evidence can add. */
const COHERENCE_WEIGHT = 1.2;
const LOCAL_CAP = 3.5;

/**
 * Score of one candidate: its prior (log10 population, or a per-kind prior), plus the article's
 * evidence: its country is among those the article names (weighted by salience); local evidence —
 * near the readings of the article's other names, or inside a region it names (coherence above);
 * a container after the name ("Paris, Texas") decides; a neighbour of the main country helps a little.
 */
export function scoreEntry(e: GazEntry, ctx: DocContext, gaz: Gazetteer, container: GazEntry | null, top: string | null, key?: string): number {
  let s = e.prior;
  const own = key ? ctx.byKey.get(key)?.get(e.country) ?? 0 : 0;
  const w = e.country ? (ctx.countries.get(e.country) ?? 0) - own : 0;
  if (w > 0.01) s += 1 + w / (ctx.maxWeight || 1);
  if (e.kind !== 'country' && e.kind !== 'continent' && e.kind !== 'water') s += Math.min(LOCAL_CAP, COHERENCE_WEIGHT * coherence(e, ctx, key));
  if (container && fitsContainer(e, container)) s += 10;
  if (!w && top && e.country && gaz.borders.get(top)?.has(e.country)) s += 0.3;
  return s;
}

/**
 * The region itself when a name is placed in a first-level region where the gazetteer has no place of
 * that name ("Churchill, Man.," or "Turkey, Texas,": towns below its population floor): the text says
 * where it is. Only for a region closed by punctuation: not "Gaza, Israel said", not "in Beirut, Vladimir
 * Isachenkov in Moscow".
 */
export function unlistedIn(text: string, end: number, entries: GazEntry[], gaz: Gazetteer): GazEntry | null {
  const c = containerSpanAfter(text, end, gaz);
  // a region named before another is a list ("Wisconsin, Michigan and Pennsylvania"), not a place in it
  if (!c || c.entry.kind !== 'admin1' || entries.some((e) => e.kind === 'admin1' || fitsContainer(e, c.entry))) return null;
  const next = text.slice(c.end, c.end + 3);
  const abbreviation = text[c.end - 1] === '.'; // "Churchill, Man. her parents": an abbreviation is a container
  return c.end >= text.length || /^(?:[,;:)!?]|\.(?:\s|$))/.test(next) || (abbreviation && /^[ \t]+\p{Ll}/u.test(next)) ? c.entry : null;
}

/** The article's most salient country with its weight (the first one reached on a tie), or null. */
export function mainCountry(ctx: DocContext): { country: string; weight: number } | null {
  let top: { country: string; weight: number } | null = null;
  for (const [country, weight] of ctx.countries) if (weight > (top?.weight ?? 0)) top = { country, weight };
  return top;
}

export function pickEntry(entries: GazEntry[], ctx: DocContext, gaz: Gazetteer, container: GazEntry | null, key?: string): GazEntry {
  const top = mainCountry(ctx)?.country ?? null;
  let best = entries[0];
  let bestScore = -Infinity;
  for (const e of entries) {
    const s = scoreEntry(e, ctx, gaz, container, top, key);
    if (s > bestScore) { bestScore = s; best = e; }
  }
  return capitalKept(entries, best, ctx, container, key) ?? surroundedNamesake(entries, best, ctx, gaz, top, key) ?? best;
}

/** Least coherence (context.ts `coherence`) with which the article's other places surround a capital's namesake. */
const SURROUND = 0.5;

/**
 * A country's capital gives way to a namesake the article's other places surround ("London" in a story
 * of Woodstock and St. Thomas is London, Ontario): the capital's country is not named in the article's
 * own words besides this name, and the other names' readings support the namesake by at least SURROUND
 * more than the capital (the mirror of capitalKept). The best-scored such namesake is taken.
 */
function surroundedNamesake(entries: GazEntry[], best: GazEntry, ctx: DocContext, gaz: Gazetteer, top: string | null, key?: string): GazEntry | null {
  if (best.featureCode !== 'PPLC' || countryNamedBesides(ctx, best.country, key)) return null;
  // another capital's name ("Paris" beside "London") surrounds no namesake: its namesakes cluster too
  const others = { ...ctx, readings: ctx.readings.filter((r) => gaz.byName.get(r.key)?.[0]?.featureCode !== 'PPLC') };
  const floor = coherence(best, others, key) + SURROUND;
  let pick: GazEntry | null = null;
  let pickScore = -Infinity;
  for (const e of entries) {
    if (e === best || e.kind !== 'city' || e.country === best.country || coherence(e, others, key) < floor) continue;
    const s = scoreEntry(e, ctx, gaz, null, top, key);
    if (s > pickScore) { pickScore = s; pick = e; }
  }
  return pick;
}

/**
 * A country's capital is what its name means ("London" in "North London") unless the article names the
 * namesake's country or region in its own words, places it with a container, or names places near it:
 * the salience other towns' readings lend a country (a regional capital that may itself be a namesake)
 * does not move it abroad.
 */
function capitalKept(entries: GazEntry[], best: GazEntry, ctx: DocContext, container: GazEntry | null, key?: string): GazEntry | null {
  const cap = entries[0];
  if (best === cap || cap.featureCode !== 'PPLC' || best.country === cap.country || ctx.named.has(best.country)) return null;
  if ((container && fitsContainer(best, container)) || coherence(best, ctx, key) > 0) return null;
  return cap;
}
