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
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
      for (let m = re.exec(text); m && out === undefined; m = re.exec(text)) {
        const word = m[0];
        if (word !== name && word !== name.toUpperCase()) continue;
        const c = containerSpanAfter(text, m.index + word.length, gaz);
        if (!c || normName(text.slice(m.index, m.index + word.length)) === normName(c.entry.name)) continue;
        // the gazetteer must know a town or region of that name inside the container
        if (entries.some((e) => e.kind !== 'country' && fitsContainer(e, c.entry))) out = c.entry.country;
      }
    }
    memo.set(key, out);
    return out;
  };
}
