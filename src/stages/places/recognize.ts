// Toponym candidates from the text itself: capitalised word runs (and dotted abbreviations like
// "U.S.") looked up n-gram by n-gram in the gazetteer, longest first; demonyms noted separately; datelines
// ("BEIRUT —") told apart from acronyms.
import type { Token } from '../../doc/types.ts';
import { hyphenJoined, tokenIndexAt } from '../../doc/doc.ts';
import type { GazEntry, Gazetteer } from './gazetteer.ts';
import { normName } from './normalize.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  cap: boolean;
}

export interface NameHit {
  start: number;
  end: number;
  key: string;
  entries: GazEntry[];
  /** Index of the first and last word of the match. */
  w0: number;
  w1: number;
  /** Matched through an abbreviation taken only after "Town, " ("Ky."). */
  strict?: boolean;
}

export interface DemonymHit {
  start: number;
  end: number;
  country: string;
  /** Normalised text. */
  key: string;
  w0: number;
  w1: number;
}

/** Character classes of the word scanner: a letter (\p{L}), a mark or digit (\p{M}, \p{N}), anything else. */
const LETTER = 1, MARK_OR_DIGIT = 2, OTHER = 3;
/** The class of each BMP code point, filled on first sight (0: not yet known). */
const CLASS = new Uint8Array(0x10000);
const classOf = (cp: number): number => {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? LETTER : cp >= 48 && cp <= 57 ? MARK_OR_DIGIT : OTHER;
  if (cp < 0x10000 && CLASS[cp]) return CLASS[cp];
  const ch = String.fromCodePoint(cp);
  const c = /\p{L}/u.test(ch) ? LETTER : /[\p{M}\p{N}]/u.test(ch) ? MARK_OR_DIGIT : OTHER;
  if (cp < 0x10000) CLASS[cp] = c;
  return c;
};
/** The code point at i (a lone surrogate is its own code unit). */
const codePointAt = (text: string, i: number): number => text.codePointAt(i)!;
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/**
 * Words with offsets: letter/digit runs, dotted abbreviations ("U.S.") kept whole; the matches of
 * /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu, scanned by character code (most text is ASCII).
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const c = classOf(cp);
    if (c === OTHER) {
      i += width(cp);
      continue;
    }
    let end = -1;
    if (c === LETTER) {
      // two letter-and-full-stop pairs at least ("U.S.", "U.N.")
      let j = i;
      let pairs = 0;
      while (j < n) {
        const q = codePointAt(text, j);
        if (classOf(q) !== LETTER) break;
        const w = width(q);
        if (text.charCodeAt(j + w) !== 46) break;
        j += w + 1;
        pairs++;
      }
      if (pairs >= 2) end = j;
    }
    if (end < 0) {
      end = i;
      while (end < n) {
        const q = codePointAt(text, end);
        if (classOf(q) === OTHER) break;
        end += width(q);
      }
    }
    const word = text.slice(i, end);
    const cap = cp < 128 ? cp >= 65 && cp <= 90 : /^\p{Lu}/u.test(word);
    out.push({ start: i, end, text: word, cap });
    i = end;
  }
  return out;
}

/** Lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'di', 'upon', 'on', 'al', 'el', 'sur', 'am', 'an', 'y', 'en', 'au', 'aux', 'in', 'under']);
const ABBREV_BEFORE_DOT = /^(St|Ste|Ft|Mt)$/;
const MAX_WORDS = 6;

function joinable(text: string, a: Word, b: Word): boolean {
  const sep = text.slice(a.end, b.start);
  if (sep === ' ' || sep === '-' || sep === "'" || sep === '’' || sep === '–') return true;
  return (sep === '. ' || sep === '.') && ABBREV_BEFORE_DOT.test(a.text);
}

/** Longest gazetteer (and demonym) matches starting at capitalised words (`tokens`: the document's, for
 * isJoinedArticle). */
export function findNames(text: string, ws: Word[], gaz: Gazetteer, tokens: readonly Token[]): { names: NameHit[]; demonyms: DemonymHit[] } {
  const names: NameHit[] = [];
  const demonyms: DemonymHit[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w.cap) continue;
    let j = i;
    let lastHit: NameHit | null = null;
    let lastDem: DemonymHit | null = null;
    let regionEnd = -1;
    const state = postalState(gaz, w.text);
    if (state && afterTownComma(text, ws, i)) {
      // "Gulf Breeze, FL", "Boulder, CO" — a US state's postal code right after one of its towns.
      const prev = names[names.length - 1];
      if (prev && prev.w1 === i - 1 && prev.entries.some((e) => e.kind === 'city' && e.country === 'USA' && e.admin === w.text)) {
        names.push({ start: w.start, end: w.end, key: normName(w.text), entries: [state], w0: i, w1: i, strict: true });
        continue;
      }
    }
    if (text[w.end] === '.' && gaz.strict.has(normName(w.text)) && afterTownComma(text, ws, i)) {
      // "Gatineau, Que." — a dotted region abbreviation right after "Town, ".
      const key = normName(w.text);
      names.push({ start: w.start, end: w.end + 1, key, entries: gaz.strict.get(key)!, w0: i, w1: i, strict: true });
      continue;
    }
    for (let n = 1; n <= MAX_WORDS && j < ws.length; n++, j++) {
      if (n > 1 && !joinable(text, ws[j - 1], ws[j])) break;
      const wj = ws[j];
      if (!wj.cap && !CONNECTORS.has(wj.text)) break;
      if (!wj.cap) continue;
      const key = normName(text.slice(w.start, wj.end));
      const entries = asWritten(gaz, text, { start: w.start, end: wj.end }, key, gaz.byName.get(key));
      if (entries) lastHit = { start: w.start, end: wj.end, key, entries, w0: i, w1: j };
      const dem = gaz.demonyms.get(key);
      if (dem) lastDem = { start: w.start, end: wj.end, country: dem, w0: i, w1: j, key };
      if (gaz.regionAdjectives.has(key)) regionEnd = j;
    }
    // "North American", "Latin American": a region's adjective is no nationality word inside it.
    if (regionEnd > (lastHit?.w1 ?? -1) && regionEnd > (lastDem?.w1 ?? -1)) {
      i = regionEnd;
      continue;
    }
    // A demonym spanning more words than the name wins ("South Korean" over "South").
    // An acronym in capitals ("EU", "NATO") is not a town that happens to share the letters.
    if (lastHit && lastHit.w0 === lastHit.w1 && /^[\p{Lu}.]{2,6}$/u.test(w.text) && lastHit.entries.every((e) => e.kind === 'city') && !isDateline(text, lastHit)) lastHit = null;
    // "Al-Zaman", "Al-Sahhaf": an Arabic article joined to a name it does not make a place with is no place.
    if (lastHit && lastHit.w0 === lastHit.w1 && isJoinedArticle(gaz, tokens, lastHit)) lastHit = null;
    if (lastHit && /^the$/i.test(w.text) && lastHit.w1 > i && !/^the\b/i.test(lastHit.entries[0].name)) {
      lastHit.start = ws[i + 1].start; // "the U.S." → "U.S."; "The Hague" keeps its article
      lastHit.w0 = i + 1;
    }
    // "US$ 40", "NZ $ 26": a country's letters before a currency sign name the currency, not a place.
    if (lastHit && isCurrencyPrefix(text, lastHit)) {
      i = lastHit.w1;
      continue;
    }
    if (lastDem && !demonymAsWritten(gaz, text, lastDem, lastDem.key)) lastDem = null;
    if (lastDem && (!lastHit || lastDem.w1 > lastHit.w1 || (lastDem.w1 === lastHit.w1 && isAdjectival(lastHit)))) {
      demonyms.push(lastDem);
      i = lastDem.w1;
    } else if (lastHit) {
      names.push(lastHit);
      i = lastHit.w1;
    }
  }
  return { names, demonyms };
}

/** An Arabic article ("Al", "Ash") glued by a hyphen (doc.ts hyphenJoined) to a word that starts with a
 * letter: "Al-Zaman", "Al-Sahhaf"; the span ends where one of `tokens` does. */
export function isJoinedArticle(gaz: Gazetteer, tokens: readonly Token[], span: { start: number; end: number; key: string }): boolean {
  if (!gaz.articlePrefixes.has(span.key)) return false;
  const k = tokenIndexAt(tokens, span.end - 1);
  return tokens[k]?.end === span.end && hyphenJoined(tokens, k) && /^\p{L}/u.test(tokens[k + 2].text);
}

/** A currency sign right after a name, or after one space. */
const CURRENCY_AFTER = /^ ?[$€£¥]/;

/** Whether UTF-16 code `c` is one of the currency signs $ € £ ¥. */
const isSign = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/** "US$ 40", "NZ $ 26", a tagger's span "US$": a country's letters before a currency sign name the currency. */
export function isCurrencyPrefix(text: string, span: { start: number; end: number }): boolean {
  // Every reading below needs a sign as the span's last character, right after it or after one space:
  // most names have none, and are answered without a string made.
  const after = text.charCodeAt(span.end);
  if (!isSign(text.charCodeAt(span.end - 1)) && !isSign(after) && !(after === 32 && isSign(text.charCodeAt(span.end + 1)))) return false;
  const written = text.slice(span.start, span.end).replace(/^the\s+/i, '');
  const sign = /[$€£¥]$/.test(written);
  return /^[\p{Lu}.]{1,4}$/u.test(sign ? written.slice(0, -1).trimEnd() : written) && (sign || CURRENCY_AFTER.test(text.slice(span.end, span.end + 2)));
}

/**
 * The gazetteer entries `entries` of `key` that the name written at `span` of `text` may take: a
 * reading known only in capitals ("ACT", "US") only when written so, and before a currency sign ("US$
 * 40", "NZ $ 26") only a country, the currency's. The one decision of the running text (findNames, the
 * tagger's spans), which then records no place for a currency (isCurrencyPrefix), and of a given span
 * (resolveToponym and its sub-phrases), which is a place by the span's own word.
 */
export function asWritten(gaz: Gazetteer, text: string, span: { start: number; end: number }, key: string, entries: GazEntry[] | undefined): GazEntry[] | undefined {
  const cased = casedEntries(gaz, key, text.slice(span.start, span.end), entries);
  if (!cased || !isCurrencyPrefix(text, span)) return cased;
  const countries = cased.filter((e) => e.kind === 'country');
  return countries.length ? countries : undefined;
}

/** Whether a nationality word written at `span` names its country: as for asWritten, not when its key is
 * an abbreviation known only in capitals written otherwise ("Us"). */
export function demonymAsWritten(gaz: Gazetteer, text: string, span: { start: number; end: number }, key: string): boolean {
  return !notInCapitals(gaz, key, text.slice(span.start, span.end));
}

/**
 * The gazetteer entries of `key` as `written` in the text: an abbreviation known only in capitals
 * ("ACT", "US") names its place only when written so, not as the word "Act" or "Us"; undefined when
 * none is left.
 */
function casedEntries(gaz: Gazetteer, key: string, written: string, entries: GazEntry[] | undefined): GazEntry[] | undefined {
  if (!entries || !notInCapitals(gaz, key, written)) return entries;
  const caps = gaz.capitalsOnly.get(key)!;
  const left = entries.filter((e) => !caps.includes(e));
  return left.length ? left : undefined;
}

/** Whether `written` (after a leading "the") is not in capitals though some reading of `key` is known only
 * in capitals: "Act" for "ACT", "Us" for "US"; a nationality word of such a key is then none either. */
function notInCapitals(gaz: Gazetteer, key: string, written: string): boolean {
  if (!gaz.capitalsOnly.has(key)) return false;
  const bare = written.replace(/^the\s+/i, '');
  return bare !== bare.toUpperCase();
}

/**
 * A dateline: a name in capitals opening a line ("BEIRUT —", "WASHINGTON (AP) --", "SPRINGVALE, Ky.
 * (WXYZ) --", "AUSTIN, Texas"), followed by a dash or by a comma and a capitalised region: the place
 * the story is filed from, whatever else its letters could name.
 */
export function isDateline(text: string, hit: { start: number; end: number }): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, hit.start - 40), hit.start))) return false;
  const name = text.slice(hit.start, hit.end);
  if (!/\p{Lu}{3}/u.test(name) || name !== name.toUpperCase()) return false;
  return /^(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?[ \t]*(?:\([\p{L} ]+\)[ \t]*)?(?:—|–|--|,[ \t]+\p{Lu})/u.test(text.slice(hit.end, hit.end + 60))
    || /^,[ \t]+\p{Lu}[\p{Ll}.]+\b/u.test(text.slice(hit.end, hit.end + 30));
}

/** The US state whose postal code is `word` ("FL", "VA"), written in capitals without dots; else undefined. */
export function postalState(gaz: Gazetteer, word: string): GazEntry | undefined {
  return /^[A-Z]{2}$/.test(word) ? gaz.admins.get(`USA.${word}`) : undefined;
}

function afterTownComma(text: string, ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  return !!prev?.cap && /^,\s$/.test(text.slice(prev.end, ws[i].start));
}

/** A name whose text is also a demonym ("US" for United States is both: keep the name). */
function isAdjectival(hit: NameHit): boolean {
  return hit.entries[0].kind !== 'country';
}
