// The places analysis of one document: recognise toponyms (own gazetteer matching + GPE/LOC entities),
// filter person names and common words, build the article's geographic context, resolve each name to
// one gazetteer entry, add demonym places ("Polish woodland") and relative border descriptions.
import type { Doc, Place, Span, Token } from '../../doc/types.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { inTimex, tokenIndexAt } from '../../doc/doc.ts';
import { bundledKnowledge } from '../../knowledge/knowledge.ts';
import { type GazEntry, type Gazetteer, gazetteer } from './gazetteer.ts';
import { loadAtlas, type Atlas } from './geometry.ts';
import { normName } from './normalize.ts';
import { type NameHit, type Word, asWritten, demonymAsWritten, findNames, isCurrencyPrefix, isDateline, isJoinedArticle, words } from './recognize.ts';
import { stateReading, townReading } from './state-office.ts';
import { type DocContext, addCountry, containerOf, countryNamedBesides, emptyContext, fitsContainer, inContext, isMinor, isUnambiguous, mainCountry, pickEntry, plausibleReadings, unlistedIn } from './context.ts';
import { facilityAfter, hostPlace, isDedication, isFacilityPhrase, possessiveBefore } from './facility.ts';
import { findRelativePlaces } from './relative.ts';
import { personSurnames } from './surname.ts';
import { actorIndex } from '../actors/registry.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'into', 'toward', 'towards', 'across', 'around', 'via', 'through', 'throughout', 'between', 'visited', 'visit', 'visiting', 'nearby', 'of']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'inner', 'outer', 'downtown', 'metro', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'suburban', 'coastal']);
const BIG_TOWN = 100_000;

export interface PlaceAnalysis {
  places: Place[];
  /** Names resolved like the others that are no place mention ("Drexel" of "Drexel University"): a given span may still ask for them. */
  unsaid: Place[];
  ctx: DocContext;
  /** Resolved entry per normalised name (one sense per discourse). */
  senses: Map<string, GazEntry>;
}

export function atlasOf(knowledge: Knowledge, gaz: Gazetteer): Atlas {
  return knowledge.get('places:atlas', () => loadAtlas(gaz.ccn3to3));
}

const cache = new WeakMap<Doc, PlaceAnalysis>();

export function analyzePlaces(doc: Doc, knowledge: Knowledge): PlaceAnalysis {
  const cached = cache.get(doc);
  if (cached) return cached;
  const gaz = gazetteer(knowledge);
  const text = doc.text;
  const ws = words(text);
  const tokens = doc.layers.tokens ?? [];
  const { names, demonyms } = findNames(text, ws, gaz, tokens);
  const posAt = tokenAt(tokens);
  // the words the text writes in lower case, gathered when first asked about
  let lowerWords: Set<string> | null = null;
  const writtenLower = (word: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const w of ws) if (!w.cap) lowerWords.add(w.text);
    }
    return lowerWords.has(word);
  };

  const entities = doc.layers.entities ?? [];
  // (spans only: read for their overlap with a name)
  const persons: Span[] = entities.filter((e) => e.label === 'PERSON');
  const geoEnts = entities.filter((e) => e.label === 'GPE' || e.label === 'LOC');
  // "Justice" in "International Court of Justice", "States" in "Organization of American States": a word
  // inside a longer organisation name, after its first word, is part of that name when it reads only as
  // a small town, or when a nationality adjective qualifies it. Bigger places keep their reading ("CBC
  // Toronto", "Environment Canada" are the place's bodies, and geoparsing corpora tag them).
  const orgs = entities.filter((e) => e.label === 'ORG');
  const smallTownsOnly = (entries: GazEntry[]) => entries.every((e) => isMinor(e) && e.population < BIG_TOWN);
  const smallTownOnly = (hit: NameHit) => smallTownsOnly(hit.entries);
  const insideName = (hit: NameHit) => {
    if (!orgs.some((o) => o.start < hit.start && hit.end <= o.end)) return false;
    if (smallTownOnly(hit)) return true;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, hit.start - 30), hit.start))?.[1];
    return before !== undefined && gaz.demonyms.has(normName(before));
  };
  // "Drexel University", "Wells Fargo", "Supreme Court": a name that reads only as a small town and
  // opens a longer organisation's name is the name's own word (a founder, an adjective) unless the
  // article names that town outside organisations' names ("in Glasgow", then "the Glasgow Police").
  const inOrg = (hit: NameHit) => orgs.some((o) => o.start <= hit.start && hit.end <= o.end);
  const namedFree = new Set(names.filter((h) => !inOrg(h)).map((h) => h.key));
  // (a county's name opens its bodies' names, "Barren County Coroner"; a saint's, its church's: facility.ts)
  const opensName = (hit: NameHit) =>
    hit.entries.every((e) => e.kind === 'city' && e.population < BIG_TOWN) && !namedFree.has(hit.key) && !isDedication(text, hit, hit.key, gaz)
    && orgs.some((o) => o.start === hit.start && hit.end < o.end) && !geoEnts.some((e) => overlaps(e, hit));
  // "the White House said", "a White House spokesman", "the Kremlin denied": a landmark whose whole
  // name an organisation's name or a title covers stands for the body seated there, not for the place.
  const bodies = entities.filter((e) => e.label === 'ORG' || e.label === 'ROLE');
  const bodyName = (hit: NameHit) => hit.entries.some((e) => e.kind === 'landmark') && bodies.some((o) => o.start <= hit.start && hit.end <= o.end);
  for (const m of doc.layers.mentions ?? []) if (m.actor.startsWith('person:')) persons.push(m);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const surnames = personSurnames(text, persons);
  const givenNames = actorIndex(knowledge).lexicon.givenName;
  // "King Edward Street", "Queen Mary Hospital": one word before a listed given name that a facility word
  // closes is the title of the person the street or building is named for, not a small town of that name
  const titleOfNamesake = (hit: NameHit) => {
    const next = ws[hit.w1 + 1];
    return hit.w0 === hit.w1 && smallTownOnly(hit) && !!next && next.cap && text.slice(hit.end, next.start) === ' '
      && givenNames.has(next.text.toLowerCase()) && facilityAfter(text, next.end, gaz);
  };
  const givenNameAlone = (hit: NameHit) =>
    hit.w0 === hit.w1 && givenNames.has(ws[hit.w0].text.toLowerCase()) && smallTownOnly(hit);
  // "in March 2003", "the end of March", "Spring of 1999", "Nov. 3": a name inside a time expression of
  // the time stage is its month, season or holiday word, not a small town of that name. The time layer is
  // read where it exists (the default pipeline runs time before places); bigger places keep their reading.
  const timeWord = (span: Span, entries: GazEntry[]) => smallTownsOnly(entries) && inTimex(doc, span.start, span.end);
  // "backed by the West", "operations in the West": a compass word after "the" that no capitalised word
  // follows is the region of that direction (the Western powers, a country's west), not a small town of
  // that name (West, Texas); "the West Bank", "the West Coast" are longer names.
  const theDirection = (span: Span, entries: GazEntry[]) =>
    DIRECTIONS.has(normName(text.slice(span.start, span.end))) && smallTownsOnly(entries)
    && /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start)) && !/^[\s/-]*\p{Lu}/u.test(text.slice(span.end, span.end + 3));

  const ctx = emptyContext();
  for (const m of doc.layers.mentions ?? []) {
    if (m.actor.startsWith('country:')) addCountry(ctx, m.actor.slice(8), 0.5);
  }
  for (const d of demonyms) addCountry(ctx, d.country, 0.5, d);

  // 1. Filter own matches: person names, common words, small towns without context. A small town's
  // name opening an organisation's name is resolved with the others but yields no record (`unsaid`).
  const unsaid = new Set<string>();
  const kept: { hit: NameHit; container: GazEntry | null }[] = [];
  const personal: Span[] = [];
  const pending: { hit: NameHit; container: GazEntry | null; smallTown: boolean; needsContext: boolean; locative: boolean }[] = [];
  for (const hit of names) {
    // "Church" in "Coptic Church", "Stade" in "Stade de France": a facility word is no town.
    if (hit.w0 === hit.w1 && gaz.facilityWords.has(hit.key) && hit.entries.every(isMinor)) continue;
    if (insideName(hit) || bodyName(hit) || timeWord(hit, hit.entries) || theDirection(hit, hit.entries) || titleOfNamesake(hit)) continue;
    if (opensName(hit)) unsaid.add(`${hit.start}:${hit.end}`);
    const confirmed = geoEnts.some((e) => overlaps(e, hit) && !innerWord(text, ws, hit, e, gaz)) || isDateline(text, hit);
    if (!confirmed && persons.some((p) => overlaps(p, hit))) continue;
    const container = containerOf(hit.entries, text, hit.end, gaz);
    // "Dana Lisbon … Lisbon said": a person's family name, even where the tagger read a place (surname.ts)
    if (!container && !isDateline(text, hit) && surnames.covers(hit) && !locativeBefore(text, ws, hit.w0)) {
      personal.push(hit);
      continue;
    }
    // "--Paul, Atlanta", "David, Kent", "home of Douglas Aircraft": a listed given name standing alone
    // that reads only as a small town is the person's (or a name's) word, even where the tagger read a place
    if (!container && givenNameAlone(hit) && !isDateline(text, hit) && !locativeBefore(text, ws, hit.w0)) {
      personal.push(hit);
      continue;
    }
    if (confirmed || hit.strict) {
      kept.push({ hit, container });
      continue;
    }
    if (looksLikePersonOrOrg(text, ws, hit, gaz, posAt)) continue;
    const top = hit.entries[0];
    const single = hit.w0 === hit.w1;
    const w = ws[hit.w0];
    const tok = posAt.get(w.start);
    // Towns and the subdivisions of region-cache.ts ("Most", "Angus") need the same care.
    const onlyTowns = hit.entries.every(isMinor);
    const needsContext = single && onlyTowns && (gaz.ambiguous.has(hit.key) || (tok !== undefined && tok.pos !== 'PROPN') || writtenLower(w.text.toLowerCase()));
    const smallTown = onlyTowns && top.population < BIG_TOWN;
    const hasContainer = container !== null && hit.entries.some((e) => fitsContainer(e, container));
    if (hasContainer || (!needsContext && !smallTown)) kept.push({ hit, container });
    else pending.push({ hit, container, smallTown, needsContext, locative: locativeBefore(text, ws, hit.w0) });
  }

  // 2. Context from the clear readings, then admit the pending small towns the context supports.
  const addEvidence = (hit: NameHit) => {
    if (!isUnambiguous(hit.entries)) return;
    const e = hit.entries[0];
    if (e.kind === 'country') addCountry(ctx, e.country, 1, hit, hit.key);
    else if (e.kind === 'admin1') {
      addCountry(ctx, e.country, 0.5, undefined, hit.key);
      if (e.admin) {
        const ak = `${e.country}.${e.admin}`;
        ctx.admins.add(ak);
        const by = ctx.adminBy.get(ak) ?? new Set<string>();
        by.add(hit.key);
        ctx.adminBy.set(ak, by);
      }
    } else if (e.population >= BIG_TOWN || e.kind !== 'city') addCountry(ctx, e.country, 0.5, undefined, hit.key, e.kind === 'city');
  };
  for (const k of kept) addEvidence(k.hit);
  // "London's Heathrow": a name owned by a place already taken is taken too (and placed there below).
  const possessed = (hit: NameHit) => /['’]s $/.test(text.slice(Math.max(0, hit.start - 3), hit.start)) && kept.some((k) => /^['’]s $/.test(text.slice(k.hit.end, hit.start)));
  for (const p of pending) {
    if (possessed(p.hit)) { kept.push(p); continue; }
    const known = p.hit.entries.some((e) => ctx.countries.has(e.country) && (!p.smallTown || p.locative || (e.admin !== undefined && ctx.admins.has(`${e.country}.${e.admin}`))));
    const ok = p.needsContext ? p.locative && known : p.locative || known;
    if (ok) kept.push(p);
  }

  // 3. GPE/LOC entities the matcher missed.
  for (const e of geoEnts) {
    if (kept.some((k) => overlaps(k.hit, e)) || personal.some((h) => overlaps(h, e)) || isCurrencyPrefix(text, e)) continue;
    const key = normName(e.text);
    if (isJoinedArticle(gaz, tokens, { start: e.start, end: e.end, key })) continue;
    const entries = asWritten(gaz, text, e, key, gaz.byName.get(key));
    if (entries && (timeWord(e, entries) || theDirection(e, entries))) continue;
    if (entries) kept.push({ hit: { start: e.start, end: e.end, key, entries, w0: -1, w1: -1 }, container: containerOf(entries, text, e.end, gaz) });
  }
  kept.sort((a, b) => a.hit.start - b.hit.start);

  // 4. Resolve: one sense per name per article unless a container says otherwise. A first pass
  // finds the towns and regions that are clear (or fixed by a container); they anchor the second,
  // together with the plausible readings of every name (spatial coherence, context.ts).
  const seen = new Set<string>();
  for (const { hit, container } of kept) {
    const e = hit.entries[0];
    if (e.kind === 'country' || e.kind === 'continent' || e.kind === 'water' || seen.has(hit.key)) continue;
    seen.add(hit.key);
    const fit = container ? hit.entries.filter((x) => fitsContainer(x, container)) : [];
    ctx.readings.push({ key: hit.key, entries: fit.length ? fit : plausibleReadings(hit.entries, ctx) });
  }
  for (const { hit, container } of kept) {
    const e = hit.entries[0];
    if (e.kind === 'country' || e.kind === 'continent' || e.kind === 'water') continue;
    const pick = container ? pickEntry(hit.entries, ctx, gaz, container, hit.key) : isUnambiguous(hit.entries) ? e : null;
    if (pick && pick.kind !== 'region') ctx.anchors.push({ key: hit.key, lat: pick.lat, lon: pick.lon });
  }
  const senses = new Map<string, GazEntry>();
  const places: Place[] = [];
  // a name placed by a container ("Churchill, Man.") keeps that sense where it recurs without one
  const contained = kept.map(({ hit, container }) => (container ? unlistedIn(text, hit.end, hit.entries, gaz) ?? pickEntry(hit.entries, ctx, gaz, container, hit.key) : null));
  contained.forEach((e, i) => {
    if (e && !senses.has(kept[i].hit.key)) senses.set(kept[i].hit.key, e);
  });
  // "the city of Chittagong … to Chittagong": a name the text calls a town, not its region, is
  // that town at its other mentions too
  kept.forEach(({ hit }, i) => {
    if (contained[i] || senses.has(hit.key)) return;
    const town = townReading(text, hit, () => pickEntry(hit.entries, ctx, gaz, null, hit.key), gaz);
    if (town) senses.set(hit.key, town);
  });
  const picked: GazEntry[] = [];
  kept.forEach(({ hit }, i) => {
    let e = contained[i];
    if (!e) {
      e = senses.get(hit.key) ?? pickEntry(hit.entries, ctx, gaz, null, hit.key);
      senses.set(hit.key, e);
      // "New York Gov.", "Senate races in New York": this mention is the state, whatever the others are
      e = stateReading(text, hit, e, gaz) ?? e;
    }
    places.push(toPlace(text, hit, e));
    picked.push(e);
  });
  // A name used for a facility ("Heathrow Airport") or owned by a place ("London's Heathrow") whose
  // reading the article does not back is in the town the article names, not a far namesake.
  // Likewise a town whose only readings lie in a country the article never names, in an article about
  // one other country, is a local place the gazetteer lacks ("Edmonton" in a north London story).
  // A town the article writes as a locality of its own — in a postal address ("Mill Close, Edmonton")
  // or as a district ("Upper Edmonton") — is one too when it is a regional capital abroad; the name's
  // other mentions follow (one sense per discourse).
  const local = new Set(kept.filter(({ hit }) => localityCue(text, hit, gaz)).map(({ hit }) => hit.key));
  // a saint a building is dedicated to ("St. Paul's Hospital", then "St. Paul's" alone) is in its town
  // even when a small namesake of the article's own country exists; a large town of a country the
  // article names keeps its reading ("St. Petersburg's Hermitage Museum")
  const saints = new Set(kept.filter(({ hit }) => isDedication(text, hit, hit.key, gaz)).map(({ hit }) => hit.key));
  const saintHosts = new Map<string, Place>();
  kept.forEach(({ hit, container }, i) => {
    const e = picked[i];
    const dedicated = !container && saints.has(hit.key) && (e.population < BIG_TOWN || !countryNamedBesides(ctx, e.country, hit.key));
    if (!isMinor(e) || (!dedicated && inContext(e, ctx, hit.key))) return;
    const named = dedicated || facilityAfter(text, hit.end, gaz) || possessiveBefore(text, hit, places);
    const stray = !named && !container ? strayCountry(e, ctx, hit.key) ?? (local.has(hit.key) ? localeCountry(e, ctx, hit.key, places, gaz) : null) : null;
    if (!named && !stray) return;
    const namesake = stray ? hit.entries.find((x) => x.country === stray) : undefined;
    if (namesake) { places[i] = toPlace(text, hit, namesake); return; }
    const others = places.filter((p, j) => j !== i && (!stray || p.country === stray));
    const host = (dedicated ? saintHosts.get(hit.key) : undefined) ?? hostPlace(text, hit, others, gaz, (p) => backedPlace(p, ctx));
    if (host) places[i] = Object.assign({}, host, { start: hit.start, end: hit.end, text: places[i].text });
    if (host && dedicated && !saintHosts.has(hit.key)) saintHosts.set(hit.key, host);
  });

  // A street, park or building the actors stage read as a place and the gazetteer does not know
  // ("Kellam Street", "Ashby Park", "Norvale International Airport") is in the town the article names.
  const found = places.length;
  for (const e of geoEnts) {
    if (places.some((p) => overlaps(p, e))) continue;
    const own = normName(e.text).split(' ');
    if (own.length < 2 || !gaz.facilityWords.has(own[own.length - 1]) || gaz.byName.has(normName(e.text))) continue;
    const host = hostPlace(text, e, places.slice(0, found), gaz, (p) => backedPlace(p, ctx));
    if (host) places.push(Object.assign({}, host, { start: e.start, end: e.end, text: e.text }));
  }

  // 5. Demonym places ("Polish woodland", "Syrian territory") and relative border descriptions.
  for (const d of demonyms) {
    const next = ws[d.w1 + 1];
    if (!next || text.slice(ws[d.w1].end, next.start) !== ' ') continue;
    const two = ws[d.w1 + 2];
    const noun2 = two && text.slice(next.end, two.start) === ' ' ? `${next.text} ${two.text}` : '';
    const noun = noun2 && gaz.placeNouns.has(noun2) ? noun2 : gaz.placeNouns.has(next.text) ? next.text : '';
    const c = gaz.countries.get(d.country);
    if (!noun || !c) continue;
    const end = noun === noun2 ? two.end : next.end;
    places.push({ start: d.start, end, text: text.slice(d.start, end), name: c.name, country: c.country, lat: c.lat, lon: c.lon });
  }
  const relative = findRelativePlaces({ text, gaz, ctx, atlas: () => atlasOf(knowledge, gaz), anchors: places.filter((p) => p.geonameid !== undefined || p.name !== '') });
  const out = places.filter((p) => !relative.some((r) => p.start === r.start && p.end < r.end));
  out.push(...relative);
  // 6. The other nationality adjectives ("Turkish troops", "a Syrian refugee"): the country, flagged
  // adjectival (it locates nothing; locatedPlaces in doc.ts). Not inside a longer organisation name
  // ("British Airways", "the American Psychological Association": no toponym inside an organisation's
  // name) nor inside a place already found ("Polish woodland", "the Polish border").
  for (const d of demonyms) {
    const w0 = /^the$/i.test(ws[d.w0].text) && d.w1 > d.w0 ? d.w0 + 1 : d.w0;
    const span = { start: ws[w0].start, end: d.end };
    const c = gaz.countries.get(d.country);
    if (!c || out.some((p) => overlaps(p, span)) || surnames.ends(span)) continue;
    if (orgs.some((o) => o.start <= span.start && span.end <= o.end && o.end - o.start > span.end - span.start)) continue;
    out.push(Object.assign({}, span, { text: text.slice(span.start, span.end), name: c.name, country: c.country, lat: c.lat, lon: c.lon, adjectival: true as const }));
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const said = (p: Place) => !unsaid.has(`${p.start}:${p.end}`);
  const result = { places: out.filter(said), unsaid: out.filter((p) => !said(p)), ctx, senses };
  cache.set(doc, result);
  return result;
}

/** The token starting at an offset, if any. */
interface TokenAt {
  get(start: number): Token | undefined;
}

/** The token of `tokens` (in text order) starting at an offset. */
function tokenAt(tokens: Token[]): TokenAt {
  return {
    get(start) {
      const t = tokens[tokenIndexAt(tokens, start)];
      return t?.start === start ? t : undefined;
    },
  };
}

const ADMIN_SUFFIX = new Set(['county', 'parish', 'district', 'province', 'region', 'borough', 'township', 'prefecture', 'governorate', 'oblast']);

/** The first-level region the article's places fall in most often. */
function focusRegion(a: PlaceAnalysis, gaz: Gazetteer): GazEntry | null {
  const count = new Map<string, number>();
  for (const p of a.places) {
    const e = a.senses.get(normName(p.text));
    if (!e || !e.admin) continue;
    const k = `${e.country}.${e.admin}`;
    count.set(k, (count.get(k) ?? 0) + (e.kind === 'admin1' ? 2 : 1));
  }
  let best: string | null = null;
  for (const [k, n] of count) if (!best || n > count.get(best)!) best = k;
  return best ? gaz.admins.get(best) ?? null : null;
}

/** Least salience (context.ts weights: a country name counts 1) of the country an article is about. */
const MAIN_COUNTRY_WEIGHT = 2;
/** Towns at least this large are not taken for unlisted local namesakes. */
const STRAY_MAX_POPULATION = 100_000;

/**
 * The country the article is clearly about when a town reading `e` lies elsewhere, in a country the
 * article does not name at all: then `e` is more likely a namesake of a local place the gazetteer lacks.
 */
export function strayCountry(e: GazEntry, ctx: DocContext, key?: string): string | null {
  // a well-known city (a capital, a regional capital, a large town) is meant even abroad
  if (e.kind !== 'city' || e.population >= STRAY_MAX_POPULATION || /^PPL(?:C|A)$/.test(e.featureCode ?? '')) return null;
  if (countryNamedBesides(ctx, e.country, key)) return null;
  const top = mainCountry(ctx);
  // the article names that country itself (a name or demonym), not only through towns that may be misread
  if (!top || top.country === e.country || top.weight < MAIN_COUNTRY_WEIGHT) return null;
  return ctx.countryMentions.some((m) => m.country === top.country) ? top.country : null;
}

/**
 * The country of the article's other towns and regions (most of them; on a tie the more salient
 * country) when a town's reading `e` lies in a country nothing else in the article speaks of (not named
 * besides this name, no place near it); a national capital stays.
 */
export function localeCountry(e: GazEntry, ctx: DocContext, key: string, places: Place[], gaz: Gazetteer): string | null {
  if (e.kind !== 'city' || e.featureCode === 'PPLC' || countryNamedBesides(ctx, e.country, key)) return null;
  const count = new Map<string, number>();
  for (const p of places) {
    if (p.country === '' || p.country === e.country || normName(p.text) === key || gaz.countries.get(p.country)?.name === p.name) continue;
    count.set(p.country, (count.get(p.country) ?? 0) + 1);
  }
  let best: string | null = null;
  const rank = (c: string) => (count.get(c) ?? 0) + (ctx.countries.get(c) ?? 0) / 1000;
  for (const c of count.keys()) if (!best || rank(c) > rank(best)) best = c;
  return best;
}

/** "Mill Close, Edmonton", "Upper Edmonton": the name is written as a locality of the article's own area. */
export function localityCue(text: string, hit: { start: number }, gaz: Gazetteer): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const street = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*\s+(\p{Lu}\p{L}*),[ \t]*$/u.exec(before);
  if (street && gaz.addressWords.has(normName(street[1]))) return true;
  const prefix = /(?:^|[^\p{L}])(\p{Lu}\p{L}*) $/u.exec(before);
  return prefix !== null && gaz.localityPrefixes.has(normName(prefix[1]));
}

/** A resolved place whose country the article names apart from this very name. */
function backedPlace(p: Place, ctx: DocContext): boolean {
  return countryNamedBesides(ctx, p.country, normName(p.text));
}

function toPlace(text: string, hit: NameHit, e: GazEntry): Place {
  const p: Place = { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), name: e.name, country: e.country, lat: e.lat, lon: e.lon };
  if (e.geonameid !== undefined) p.geonameid = e.geonameid;
  return p;
}

function locativeBefore(text: string, ws: Word[], w0: number): boolean {
  let i = w0 - 1;
  if (i >= 0 && ws[i].text === 'the') i--;
  return i >= 0 && LOCATIVE.has(ws[i].text.toLowerCase()) && /^\s+$/.test(text.slice(ws[i].end, ws[i + 1].start));
}

/** "Mr Jordan", "Jordan Peterson", "Michael Jordan": a capitalised neighbour that is not a place. */
function looksLikePersonOrOrg(text: string, ws: Word[], hit: NameHit, gaz: Gazetteer, posAt: TokenAt): boolean {
  const prev = ws[hit.w0 - 1];
  const next = ws[hit.w1 + 1];
  const prevJoined = prev && /^ ?$/.test(text.slice(prev.end, ws[hit.w0].start).replace(/\.$/, '').replace(/^\. ?$/, ' ')) && /^[ .]+$|^$/.test(text.slice(prev.end, ws[hit.w0].start) || ' ');
  if (prev && prevJoined && gaz.personTitles.has(normName(prev.text))) return true;
  const placeish = (w: Word) => placeishWord(w, gaz);
  // "Laurel County Detention Center": after a division word the capitalised words name its institution.
  const division = ADMIN_SUFFIX.has(normName(ws[hit.w1].text));
  if (next?.cap && !division && text.slice(ws[hit.w1].end, next.start) === ' ' && !placeish(next)) {
    const t = posAt.get(next.start);
    if (!t || t.pos === 'PROPN') return true;
  }
  if (prev?.cap && text.slice(prev.end, ws[hit.w0].start) === ' ' && !placeish(prev) && !sentenceInitial(text, prev.start)) {
    const t = posAt.get(prev.start);
    if (!t || t.pos === 'PROPN') return true;
  }
  return false;
}

/** A word that may stand inside a place's name: an institution word, a demonym, a direction, a known region or big town. */
function placeishWord(w: Word, gaz: Gazetteer): boolean {
  const k = normName(w.text);
  if (gaz.institutionWords.has(k) || gaz.demonyms.has(k) || DIRECTIONS.has(k)) return true;
  const e = gaz.byName.first(k);
  return !!e && (e.kind !== 'city' || e.population >= BIG_TOWN);
}

/**
 * "Marc Lamont Hill", "the Chiang Kai Shek Memorial": a name inside a longer place entity, after a
 * capitalised word of that entity that is no place word, is an inner word of another name (a person's,
 * often), so the entity does not vouch for it ("North Florida", "Greater Toronto Area" still do).
 */
function innerWord(text: string, ws: Word[], hit: NameHit, e: Span, gaz: Gazetteer): boolean {
  const prev = ws[hit.w0 - 1];
  if (!prev || !(e.start < hit.start && hit.end < e.end) || prev.start < e.start) return false;
  return prev.cap && text.slice(prev.end, hit.start) === ' ' && !placeishWord(prev, gaz);
}

function sentenceInitial(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“‘'(\[]/.test(text[i])) i--;
  return i < 0 || /[.!?:;\n—–-]/.test(text[i]);
}

/**
 * Resolve a given toponym span (gold spans in evaluation): the name, a demonym ("Turkish") or the
 * longest known sub-phrase, disambiguated with the article's context.
 */
export function resolveToponym(doc: Doc, span: Span, knowledge: Knowledge = bundledKnowledge()): Place | null {
  const gaz = gazetteer(knowledge);
  const a = analyzePlaces(doc, knowledge);
  // The running text's own record of exactly this span, also one with no GeoNames id: a state read by its
  // office ("New York Gov."), a postal code's state, a nationality word before a place noun ("Israeli
  // soil"), a border point. Resolved again from its words alone, such a span fell to a town named elsewhere.
  const own = [...a.places, ...a.unsaid].find((p) => p.start === span.start && p.end === span.end);
  const text = doc.text.slice(span.start, span.end);
  const mk = (e: GazEntry): Place => {
    const p: Place = { start: span.start, end: span.end, text, name: e.name, country: e.country, lat: e.lat, lon: e.lon };
    if (e.geonameid !== undefined) p.geonameid = e.geonameid;
    return p;
  };
  if (own) return own;
  const key = normName(text);
  // "St. Mark's Coptic Cathedral": the article's reading of the saint's name, placed in its town
  const saint = a.places.find((p) => p.start === span.start && p.end < span.end && isDedication(doc.text, p, normName(p.text), gaz));
  if (saint) return Object.assign({}, saint, { end: span.end, text });
  // A facility ("St. Mary's Hospital", "Heathrow Airport") or a possessed name ("London's Heathrow"):
  // a reading the article does not back gives way to the town the article places it in.
  const others = a.places.filter((p) => p.end <= span.start || p.start >= span.end);
  const facility = isFacilityPhrase(doc.text, span, gaz) || possessiveBefore(doc.text, span, others) !== null;
  // the host town among `places`, as the place of this span
  const hosted = (places: Place[]) => {
    const h = hostPlace(doc.text, span, places, gaz, (p) => backedPlace(p, a.ctx));
    return h ? Object.assign({}, h, { start: span.start, end: span.end, text }) : null;
  };
  const host = () => hosted(others);
  const stray = (e: GazEntry, k: string) => {
    const top = container ? null : strayCountry(e, a.ctx, k);
    return top ? hosted(others.filter((p) => p.country === top)) : null;
  };
  const settle = (e: GazEntry, k: string): Place =>
    (isMinor(e) && !inContext(e, a.ctx, k) ? (facility ? host() : stray(e, k)) : null) ?? mk(e);
  const generic = (k: string) => gaz.facilityWords.has(k) || gaz.ambiguous.has(k);
  // the readings a part of the text may take as written there (recognize.ts: "US$", "Act")
  const lookup = (s: Span, k: string) => asWritten(gaz, doc.text, s, k, gaz.byName.get(k) ?? gaz.strict.get(k));
  const entries = lookup(span, key);
  const container = containerOf(entries ?? [], doc.text, span.end, gaz);
  const demonym = gaz.demonyms.get(key) ?? gaz.demonyms.get(key.replace(/s$/, ''));
  const dem = demonym && demonymAsWritten(gaz, doc.text, span, key) ? demonym : undefined;
  // "European", "Asian": the adjective of a continent or region.
  const regionAdj = gaz.regionAdjectives.get(key) ?? gaz.regionAdjectives.get(key.replace(/s$/, ''));
  if (regionAdj && !entries) return mk(regionAdj);
  // "Canadian" is the adjective of Canada before it is a town in Texas.
  if (dem && gaz.countries.has(dem) && (!entries || entries[0].kind === 'city')) return mk(gaz.countries.get(dem)!);
  if (entries) return container ? mk(unlistedIn(doc.text, span.end, entries, gaz) ?? pickEntry(entries, a.ctx, gaz, container, key)) : settle(a.senses.get(key) ?? pickEntry(entries, a.ctx, gaz, null, key), key);
  // "X County" / "X District" unknown to the gazetteer: a town X in the article's region, else the
  // region (first-level division) the article names most.
  const parts = subPhrases(doc.text, span);
  const last = parts[0]?.[0];
  if (last && last.end < span.end && ADMIN_SUFFIX.has(normName(doc.text.slice(last.end, span.end)))) {
    const focus = focusRegion(a, gaz);
    const local = lookup(last, last.key)?.find((e) => focus && e.country === focus.country && e.admin === focus.admin);
    if (local) return mk(local);
    if (focus) return mk(focus);
  }
  // A sub-phrase the article already resolved ("Kuznica border crossing" → "Kuznica"); never a
  // generic word of the phrase ("Church", "Central").
  for (const sub of parts.flat()) {
    const e = a.senses.get(sub.key);
    if (e && e.kind !== 'country' && e.kind !== 'continent' && !generic(sub.key) && asWritten(gaz, doc.text, sub, sub.key, [e])) return settle(e, sub.key);
  }
  // A building, park or street ("St. Mary's Hospital", "Stade de France"): in its host town.
  if (parts.length > 0 && facility) {
    const h = host();
    if (h) return h;
  }
  // Longest known sub-phrase.
  for (const sub of parts.flat()) {
    const found = generic(sub.key) ? undefined : lookup(sub, sub.key);
    if (found) return settle(a.senses.get(sub.key) ?? pickEntry(found, a.ctx, gaz, container, sub.key), sub.key);
  }
  // A name the gazetteer lacks ("Cairo's Zahrawiya neighbourhood", a village "in" a province, a small
  // town's dateline): the town the article places it in or names nearest, else the country the article
  // is about.
  const about = articleCountry(a.ctx, gaz);
  return host() ?? (about ? mk(about) : null);
}

/** A run of words inside a given span, with its lookup key. */
interface SubPhrase extends Span {
  key: string;
}

/**
 * The shorter word runs of a given span (a leading "the" aside), longest first and left to right within
 * one length: "Kuznica border crossing" → [["Kuznica border", "border crossing"], ["Kuznica", …]].
 */
function subPhrases(text: string, span: Span): SubPhrase[][] {
  const ws = words(text.slice(span.start, span.end));
  if (ws.length > 1 && ws[0].text.toLowerCase() === 'the') ws.shift();
  const out: SubPhrase[][] = [];
  for (let n = ws.length - 1; n >= 1; n--) {
    const row: SubPhrase[] = [];
    for (let i = 0; i + n <= ws.length; i++) {
      const start = span.start + ws[i].start;
      const end = span.start + ws[i + n - 1].end;
      row.push({ start, end, key: normName(text.slice(start, end)) });
    }
    out.push(row);
  }
  return out;
}

/** The country the article is about, when it names it in its own words (not only through towns). */
function articleCountry(ctx: DocContext, gaz: Gazetteer): GazEntry | null {
  const top = mainCountry(ctx);
  return (top && ctx.named.has(top.country) ? gaz.countries.get(top.country) : undefined) ?? null;
}
