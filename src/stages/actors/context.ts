// The document's country context for phrases that name a national body without saying whose
// ("The Ministry of Defence", "police", "the foreign secretary"). Documented heuristic:
//   1. the country of the nearest preceding actor mention of the same sector (or an accepted one),
//      e.g. "British armed forces personnel … The Ministry of Defence said" → GBR;
//   2. else the country with the most actor mentions in the document (countries, their people and
//      groups; ties go to the one mentioned first);
//      but where that country is named by no town or region of the document while another is named by
//      at least two (an article set in Toronto that names "French bulldogs", one on Hong Kong's councils
//      that names the Democratic Party), the country of the towns and regions — not for armies, armed
//      groups and people who serve abroad, who act on others' ground;
//   3. else null (the phrase stays unresolved).
// `nearestOnly`: 1 alone (a definite phrase of people who serve abroad, "the diplomats", refers back).
// Countries in `others` (those the phrase's own sentence names as other parties: "the administration
// … call out Russia") are passed over in 1.
import type { DocActors } from './resolve.ts';
import type { SectorWord } from './registry.ts';

export function contextCountry(st: DocActors, sector: SectorWord | null, pos: number, others?: ReadonlySet<string>, nearestOnly = false): string | null {
  const isCountry = (c: string | null): c is string => !!c && st.ix.countryName.has(c);
  if (sector) {
    const skip = others ?? new Set<string>();
    const ok = new Set([sector.sector, ...sector.accept]);
    let best: { start: number; country: string } | null = null;
    for (const m of st.mentions) {
      if (m.start >= pos) continue;
      const a = st.actors.get(m.actor);
      if (!a || !isCountry(a.country) || skip.has(a.country) || a.kind === 'country' || !a.sector || !ok.has(a.sector)) continue;
      if (!best || m.start > best.start) best = { start: m.start, country: a.country };
    }
    if (best) return best.country;
  }
  if (nearestOnly) return null;
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of st.mentions) {
    const a = st.actors.get(m.actor);
    if (!a || !isCountry(a.country)) continue;
    const c = counts.get(a.country) ?? { n: 0, first: m.start };
    c.n++;
    c.first = Math.min(c.first, m.start);
    counts.set(a.country, c);
  }
  let top: string | null = null;
  let topN = { n: 0, first: Infinity };
  for (const [country, c] of counts) {
    if (c.n > topN.n || (c.n === topN.n && c.first < topN.first)) {
      top = country;
      topN = c;
    }
  }
  // An army or an armed group fights where its own towns are not named ("the army shelled <towns of the
  // country it invaded>"): its country never comes from the towns.
  const fightsAbroad = !!sector && (FIGHTING.has(sector.sector) || sector.abroad);
  return top && (fightsAbroad ? top : townsOverrule(st, top));
}

/** Sectors whose people act on other countries' ground: the towns an article names tell nothing of theirs. */
const FIGHTING = new Set(['MIL', 'REB']);

/** The fewest town or region names of another country that overrule an article country no town names. */
const MIN_TOWNS = 2;

/** `top`, unless no town or region of the document lies in it and at least MIN_TOWNS lie in one other
 * country (the one with most): then that country. A town is read in the article's sense of its name
 * ("Edmonton, south of Cairns"); one whose best-known namesake lies in `top` still keeps `top` ("Paris"
 * in an article datelined in Kentucky). */
function townsOverrule(st: DocActors, top: string): string {
  const towns = new Map<string, number>();
  for (const e of st.entities) {
    if ((e.label !== 'GPE' && e.label !== 'LOC') || e.actor) continue;
    const name = st.doc.text.slice(e.start, e.end);
    if (st.gazetteerCountry?.(name) === top) return top;
    const c = st.placeCountry?.(name);
    if (c) towns.set(c, (towns.get(c) ?? 0) + 1);
  }
  if (towns.has(top)) return top;
  let best: string | null = null;
  for (const [c, n] of towns) if (n >= MIN_TOWNS && (!best || n > towns.get(best)!)) best = c;
  return best && st.ix.countryName.has(best) ? best : top;
}
