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
//   3. else, where the document (an article, three sentences at least) names no country at all, the one
//      country at least two of its towns and regions lie in, ahead of any other (a local crime report
//      naming "Redding, northern California" or three Iowa counties) — not for armies, armed groups and
//      people who serve abroad either;
//   4. else null (the phrase stays unresolved).
// `nearestOnly`: 1 alone (a definite phrase of people who serve abroad, "the diplomats", refers back).
// Countries in `others` (those the phrase's own sentence names as other parties: "the administration
// … call out Russia") are passed over in 1.
import { ARTICLE_SENTENCES } from '../../doc/doc.ts';
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
  if (!top) return fightsAbroad || (st.doc.layers.sentences?.length ?? 0) < ARTICLE_SENTENCES ? null : townsCountry(st);
  return fightsAbroad ? top : townsOverrule(st, top);
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
  const towns = townCounts(st, top);
  if (!towns || towns.has(top)) return top;
  let best: string | null = null;
  for (const [c, n] of towns) if (n >= MIN_TOWNS && (!best || n > towns.get(best)!)) best = c;
  return best && st.ix.countryName.has(best) ? best : top;
}

/** The country at least MIN_TOWNS of the document's towns and regions lie in, strictly more than lie in
 * any other; null when there is none (a tie: "Edmonton" read as Canada beside "Clacton, Essex"). */
function townsCountry(st: DocActors): string | null {
  const towns = townCounts(st, null)!;
  const ranked = [...towns.entries()].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || ranked[0][1] < MIN_TOWNS || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return st.ix.countryName.has(ranked[0][0]) ? ranked[0][0] : null;
}

/** How many of the document's town and region names (no actor of their own) lie in each country, in the
 * article's sense of the name; null as soon as one's best-known namesake lies in `top`. */
function townCounts(st: DocActors, top: string | null): Map<string, number> | null {
  const towns = new Map<string, number>();
  for (const e of st.entities) {
    if ((e.label !== 'GPE' && e.label !== 'LOC') || e.actor) continue;
    const name = st.doc.text.slice(e.start, e.end);
    if (top && st.gazetteerCountry?.(name) === top) return null;
    const c = st.placeCountry?.(name);
    if (c) towns.set(c, (towns.get(c) ?? 0) + 1);
  }
  return towns;
}
