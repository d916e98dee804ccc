// Facility phrases — "St. Mary's Hospital", "Stade de France", "Heathrow Airport", "Toronto's Pearson
// International Airport": a building, airport or park is inside a town, not the far-away town that one
// of its words happens to name. Finds such phrases and the town the article places them in.
import type { Place, Span } from '../../doc/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normName } from './normalize.ts';
import { words } from './recognize.ts';

/** True when the phrase holds a facility word, or one follows it ("Heathrow airport", "Pearson International Airport"). */
export function isFacilityPhrase(text: string, span: Span, gaz: Gazetteer): boolean {
  const own = normName(text.slice(span.start, span.end)).split(' ');
  // The facility word heads the phrase: last ("Coptic Orthodox Church"), or first before "of"/"de"
  // ("Stade de France", "University of Kent") — not "Hall County".
  if (own.length > 1 && (gaz.facilityWords.has(own[own.length - 1]) || (gaz.facilityWords.has(own[0]) && OF.has(own[1])))) return true;
  return facilityAfter(text, span.end, gaz);
}

const OF = new Set(['of', 'de', 'du', 'des', 'della', 'del', 'di', 'da', 'do', 'la', 'le']);

/** A facility word right after `end`, possibly after "'s" and up to two capitalised words ("… International Airport"). */
export function facilityAfter(text: string, end: number, gaz: Gazetteer): boolean {
  let pos = end + (/^['’]s\b/.test(text.slice(end, end + 3)) ? 2 : 0);
  const ws = words(text.slice(pos, pos + 48));
  const base = pos;
  for (let i = 0; i < Math.min(3, ws.length); i++) {
    const w = ws[i];
    if (text.slice(pos, base + w.start) !== ' ') return false;
    if (gaz.facilityWords.has(normName(w.text))) return true;
    if (!w.cap) return false;
    pos = base + w.end;
  }
  return false;
}

/** The place right before `span` in the possessive ("London's Heathrow"), if any. */
export function possessiveBefore(text: string, span: Span, places: Place[]): Place | null {
  return places.find((p) => p.end <= span.start && /^['’]s (?:the )?$/i.test(text.slice(p.end, span.start))) ?? null;
}

/** True when a place is a country (countries carry no point of their own worth hosting a building). */
function isCountry(p: Place, gaz: Gazetteer): boolean {
  const c = gaz.countries.get(p.country);
  return !!c && c.name === p.name && c.lat === p.lat && c.lon === p.lon;
}

/**
 * The town holding a facility at `span`: the possessive before it ("Toronto's Pearson …"), a place
 * right after "in" ("University Hospital in Columbia"), else the nearest place the article named before
 * it, else the first after it. Countries and continents are not hosts; places `backed` accepts (readings
 * the rest of the article supports) are preferred.
 */
export function hostPlace(text: string, span: Span, places: Place[], gaz: Gazetteer, backed: (p: Place) => boolean = () => true): Place | null {
  const towns = places.filter((p) => p.name !== '' && (p.end <= span.start || p.start >= span.end) && !isCountry(p, gaz) && p.country !== '');
  const good = towns.filter(backed);
  return pickHost(text, span, good.length ? good : towns);
}

function pickHost(text: string, span: Span, towns: Place[]): Place | null {
  const poss = possessiveBefore(text, span, towns);
  if (poss) return poss;
  const after = towns.find((p) => p.start >= span.end && /^,? (?:in|at|near) (?:the )?$/.test(text.slice(span.end, p.start)));
  if (after) return after;
  return towns.filter((p) => p.end <= span.start).pop() ?? towns.find((p) => p.start >= span.end) ?? null;
}

/**
 * A saint's name a building is dedicated to — "St. Paul's Hospital", "the church of St. Luke and
 * St. Paul" — names no town, whatever town or parish the gazetteer has of that name: the building
 * stands in the town the article places it in. `key` is the name's normalised form ("saint paul").
 */
export function isDedication(text: string, span: Span, key: string, gaz: Gazetteer): boolean {
  if (!/^sainte? [a-z]+$/.test(key)) return false;
  if (/^['’]s\b/.test(text.slice(span.end, span.end + 3)) && facilityAfter(text, span.end, gaz)) return true;
  const before = /(\p{L}+) of (?:the )?(?:(?:St|Ste|Saint|Sainte)\.? \p{Lu}\p{L}* and )?$/u.exec(text.slice(Math.max(0, span.start - 60), span.start));
  return before !== null && gaz.facilityWords.has(normName(before[1]));
}
