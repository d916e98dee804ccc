// The country an article places its unnamed people in: "gunmen", "demonstrators", "a group of parents"
// name no actor, but a coder gives them the country where the text sets them. For a sentence: the one
// country of the places it names; else the article's own country, when one dominates its places and
// country mentions, or, with none dominating, when the most counted one is named where the article opens
// (its headline or dateline: "Nine people died in Vancouver", "NEWARK, N.J. (AP) -"). Only for articles
// (ARTICLE_SENTENCES at least): a lone sentence tells too little. A country's name is both a place and a
// country mention, so it counts twice where a city or a demonym counts once; a lead or a tie that this
// alone makes ("a native of Mexico" against two "New Milford"s) is settled on the occurrences.
import type { Doc } from '../../doc/types.ts';
import { ARTICLE_SENTENCES, locatedPlaces, overlaps } from '../../doc/doc.ts';
import { actorsById } from '../actors/lookup.ts';

/** Fewer place and country mentions than this tell no article country by themselves. */
const MIN_PLACE_COUNT = 3;

export interface HomeCountry {
  /** The country for a bare person/group party of sentence `s`, or null. */
  of(s: number): string | null;
  /** The article's own country (for a named person or organisation, whatever the sentence's places). */
  main: string | null;
  /** The country where the article's towns and regions lie: at least MIN_TOWNS of its located places that
   * are not a country's own name lie there, strictly more than in any other (foreign-ground.ts). */
  towns: string | null;
}

/** The fewest towns and regions that tell where an article's ground is. */
const MIN_TOWNS = 2;

export function homeCountry(doc: Doc): HomeCountry {
  const sentences = doc.layers.sentences ?? [];
  if (sentences.length < ARTICLE_SENTENCES) return { of: () => null, main: null, towns: null };
  const places = locatedPlaces(doc.layers.places);
  const counts = new Map<string, number>();
  // The occurrences: a country mention on a place of the same country is that place, counted once.
  const occurrences = new Map<string, number>();
  const bump = (c: string | null | undefined, into = counts) => c && into.set(c, (into.get(c) ?? 0) + 1);
  for (const p of places) {
    bump(p.country);
    bump(p.country, occurrences);
  }
  for (const m of doc.layers.mentions ?? []) {
    if (!m.actor.startsWith('country:')) continue;
    const c = m.actor.slice('country:'.length);
    bump(c);
    if (!places.some((p) => p.country === c && overlaps(p, m))) bump(c, occurrences);
  }
  // The counts, most first, and the article's country: clearly ahead of the next one.
  const rank = () => [...counts.entries()].sort((x, y) => y[1] - x[1]);
  const lead = (ranked: [string, number][]): string | null =>
    ranked.length && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  // Equal counts ranked by occurrences ("Mexico" named once ties two "New Milford"s), and no lead for a
  // country not strictly ahead in occurrences ("Iran" named once against "Indiana", a US debate).
  const occ = (c: string) => occurrences.get(c) ?? 0;
  const ranked = rank().sort((x, y) => y[1] - x[1] || occ(y[0]) - occ(x[0]));
  const ahead = (c: string) => [...occurrences].every(([o, n]) => o === c || n < occ(c));
  const leader = lead(ranked);
  let main = (leader && ahead(leader) ? leader : null) ?? opening(sentences, places, ranked, occ);
  // Where places and country names tell none, or too few to tell (one "Australian" in a note on US
  // unions), the persons and organisations the registry places in a state decide: an article on US
  // politics names its candidates and agencies ("Trump", "the FBI") more than its country. International
  // organisations and their officials place no one in a state. They count as occurrences too, and the
  // lead again has to be ahead in them.
  if (!main || [...counts.values()].reduce((x, y) => x + y, 0) < MIN_PLACE_COUNT) {
    const actors = actorsById(doc);
    const igo = new Set((doc.layers.actors ?? []).filter((a) => a.id.startsWith('igo:')).map((a) => a.country));
    for (const m of doc.layers.mentions ?? []) {
      if (!m.actor.startsWith('person:') && !m.actor.startsWith('org:')) continue;
      const c = actors.get(m.actor)?.country;
      if (c && /^[A-Z]{3}$/.test(c) && !igo.has(c)) {
        bump(c);
        bump(c, occurrences);
      }
    }
    const second = lead(rank());
    main = second && ahead(second) ? second : null;
  }
  const perSentence = new Map<number, string | null>();
  // Towns and regions: located places that are not a country by its own name ("Baqubah", "Gaza", not
  // "Iraq" or "the US", whose place is named as the country actor is).
  const towns = new Map<string, number>();
  const countryNames = new Set((doc.layers.actors ?? []).filter((x) => x.kind === 'country').map((x) => `${x.country}\t${x.name}`));
  for (const p of places) if (p.country && !countryNames.has(`${p.country}\t${p.name}`)) towns.set(p.country, (towns.get(p.country) ?? 0) + 1);
  const byTowns = [...towns].sort((x, y) => y[1] - x[1]);
  return {
    main,
    towns: byTowns.length && byTowns[0][1] >= MIN_TOWNS && (byTowns.length === 1 || byTowns[0][1] > byTowns[1][1]) ? byTowns[0][0] : null,
    of(s: number) {
      if (perSentence.has(s)) return perSentence.get(s)!;
      const sent = sentences[s];
      const here = new Set(places.filter((p) => p.country && sent && p.start >= sent.start && p.end <= sent.end).map((p) => p.country));
      // Places of several countries ("attacks in Jordan killed a visitor from Canada"): the article's
      // own country when it is one of them.
      const c = here.size === 1 ? [...here][0] : here.size > 1 ? (main && here.has(main) ? main : null) : main;
      perSentence.set(s, c);
      return c;
    },
  };
}

/** Where no country dominates: the most counted one (`ranked`: the counts, most first), strictly ahead
 * of the next in counts or, counts equal, in occurrences (`occ`), when the article's first sentence that
 * places anything (its headline, its dateline) names it more than any other. A story set in Vancouver that tells of US opioid makers, a Kentucky dateline
 * over a doctor's stay in France. */
function opening(sentences: Doc['layers']['sentences'] & {}, places: ReturnType<typeof locatedPlaces>, ranked: [string, number][], occ: (c: string) => number): string | null {
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1] && occ(ranked[0][0]) === occ(ranked[1][0]))) return null;
  for (const sent of sentences) {
    const here = places.filter((p) => p.country && p.start >= sent.start && p.end <= sent.end);
    if (!here.length) continue;
    // The opening has to name it more than any other country ("Sweden, Belgium, England win" tells none).
    const n = new Map<string, number>();
    for (const p of here) n.set(p.country!, (n.get(p.country!) ?? 0) + 1);
    const top = n.get(ranked[0][0]) ?? 0;
    return top && [...n].every(([c, k]) => c === ranked[0][0] || k < top) ? ranked[0][0] : null;
  }
  return null;
}
