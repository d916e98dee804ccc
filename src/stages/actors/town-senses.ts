// The article's own reading of a town's name, for the countries the actors stage takes from places: a
// name the text follows anywhere with ", <its region or country>" ("London, Ky.", "Glasgow, Kentucky",
// "Paris, Texas", a dateline "LONDON, Ky. —") is that region's town throughout the article, wherever
// the gazetteer's best-known reading (or a capital of the same name) lies. The places stage resolves
// such names the same way (`containerSpanAfter`); the actors stage runs before it, so it asks here.
import type { Gazetteer } from '../places/gazetteer.ts';
import { containerSpanAfter, fitsContainer } from '../places/context.ts';
import { normName } from '../places/normalize.ts';

/**
 * The country a name has in this text by a container written after it somewhere (`undefined` when no
 * container follows it anywhere; the first container that the gazetteer confirms wins).
 */
export type TownSense = (name: string) => string | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `at` (`before`: the one ending there) is a letter or digit; false off the text. */
function letterOrDigitAt(text: string, at: number, before: boolean): boolean {
  const k = before ? at - 1 : at;
  if (k < 0 || k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // (a surrogate pair read whole, as the expression reads code points)
  const from = before && c >= 0xdc00 && c <= 0xdfff && k > 0 ? k - 1 : k;
  const cp = text.codePointAt(from)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) && from + (cp > 0xffff ? 2 : 1) > k;
}

/**
 * Whether two occurrences of an ASCII name, each with no letter or digit on either side, can never
 * overlap: true for a name of letters alone, and for words of letters joined by single spaces when no
 * proper end of the name (in lower case) is also its beginning ("New York"; not "Bora Bora Bora").
 */
function cannotOverlap(name: string): boolean {
  if (/^[A-Za-z]+$/.test(name)) return true;
  if (!/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(name)) return false;
  const lower = name.toLowerCase();
  for (let k = 1; k < lower.length; k++) if (lower.startsWith(lower.slice(k))) return false;
  return true;
}

/**
 * Offsets of `name` written as it is or in capitals, with no letter or digit on either side, in text
 * order, each handed to `visit` until it answers true. A name of ASCII letters (or of such words joined
 * by spaces) that cannot overlap another occurrence of itself is found with indexOf: these are the
 * matches a case-blind search keeps, as none can hide another. Any other name by that search, a Unicode
 * expression compiled for it (over a whole text a thousand times slower than indexOf).
 */
export function nameOccurrences(text: string, name: string, visit: (at: number) => boolean = () => false): number[] {
  const upper = name.toUpperCase();
  const out: number[] = [];
  if (!cannotOverlap(name)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] !== name && m[0] !== upper) continue;
      out.push(m.index);
      if (visit(m.index)) break;
    }
    return out;
  }
  const free = (at: number) => at >= 0 && !letterOrDigitAt(text, at, true) && !letterOrDigitAt(text, at + name.length, false);
  // the occurrences as written and in capitals, merged in text order
  const two = upper !== name;
  let a = text.indexOf(name);
  let b = two ? text.indexOf(upper) : -1;
  while (a >= 0 || b >= 0) {
    const at = b < 0 || (a >= 0 && a < b) ? a : b;
    if (at === a) a = text.indexOf(name, a + 1);
    else b = text.indexOf(upper, b + 1);
    if (!free(at)) continue;
    out.push(at);
    if (visit(at)) break;
  }
  return out;
}

export function townSenses(text: string, gaz: Gazetteer): TownSense {
  const memo = new Map<string, string | undefined>();
  return (name: string) => {
    const key = normName(name);
    if (memo.has(key)) return memo.get(key);
    let out: string | undefined;
    const entries = gaz.byName.get(key);
    // a container opens with a comma right after the name (containerSpanAfter): a name never written so
    // needs no search of the text
    if (entries?.length && /^\p{Lu}/u.test(name) && (text.includes(`${name},`) || text.includes(`${name.toUpperCase()},`))) {
      // every occurrence, in its own spelling or in capitals (a dateline)
      nameOccurrences(text, name, (at) => {
        const c = containerSpanAfter(text, at + name.length, gaz);
        if (!c || normName(text.slice(at, at + name.length)) === normName(c.entry.name)) return false;
        // the gazetteer must know a town or region of that name inside the container
        if (entries.some((e) => e.kind !== 'country' && fitsContainer(e, c.entry))) out = c.entry.country;
        return out !== undefined;
      });
    }
    memo.set(key, out);
    return out;
  };
}
