// TR-News (Gritta et al.): news articles with toponyms resolved to GeoNames. Scores the places stage
// (a) on the gold spans — accuracy@161 km and country accuracy of resolveToponym — and (b) end to end
// through the pipeline — recognition P/R/F1 (overlap) and accuracy@161 km on the matched toponyms, for
// the whole set and for each fixed half of the articles (halves.ts; "A.e2e_f1", "B.e2e_f1" …).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Place } from '../doc/types.ts';
import { bundledKnowledge } from '../knowledge/knowledge.ts';
import { resolveToponym } from '../stages/places/analyze.ts';
import { gazetteer } from '../stages/places/gazetteer.ts';
import { haversineKm } from '../stages/places/geometry.ts';
import { normName } from '../stages/places/normalize.ts';
import { isoDay } from '../ingest/html.ts';
import { halves, type Half } from './halves.ts';
import type { EvalResult, EvalSet } from './types.ts';

export const TR_NEWS_FILE = join('geo', 'TR-News.xml');

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  /** Absent for the few toponyms without a GeoNames tag (streets, buildings). */
  geonameid?: number;
  lat?: number;
  lon?: number;
  /** Gold country name as written in the file (GeoNames English name). */
  countryName?: string;
}

export interface TrArticle {
  id: string;
  date: string;
  text: string;
  toponyms: GoldToponym[];
}

const tag = (s: string, name: string): string | undefined => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(s)?.[1];

/**
 * Parse TR-News.xml. Some gold offsets drift by a few characters from the text; each toponym is
 * re-anchored on the occurrence of its phrase nearest to the given offset.
 */
export function parseTrNews(xml: string): TrArticle[] {
  const out: TrArticle[] = [];
  for (const m of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const body = m[2];
    const text = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(body)?.[1] ?? tag(body, 'text') ?? '';
    // The download time as written ("2016-12-19", or written out with a clock time and zone, "9:05 AM ET, Mon March 6, 2023").
    const date = isoDay(tag(body, 'dltime')) ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const tp = t[1];
      const phrase = decode(tag(tp, 'phrase') ?? '');
      let start = Number(tag(tp, 'start'));
      if (text.slice(start, start + phrase.length) !== phrase) start = nearest(text, phrase, start);
      if (start < 0) continue;
      const g: GoldToponym = { start, end: start + phrase.length, phrase };
      const gz = /<gaztag geonameid="(\d+)">([\s\S]*?)<\/gaztag>/.exec(tp);
      if (gz) {
        g.geonameid = Number(gz[1]);
        const lat = Number(tag(gz[2], 'lat'));
        const lon = Number(tag(gz[2], 'lon'));
        if (Number.isFinite(lat) && Number.isFinite(lon)) { g.lat = lat; g.lon = lon; }
        const c = tag(gz[2], 'country');
        if (c) g.countryName = decode(c.trim());
      }
      toponyms.push(g);
    }
    out.push({ id: m[1], date, text, toponyms });
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function nearest(text: string, phrase: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

const KM = 161;

/** End-to-end counts of one half: predicted places (matched), gold toponyms (matched), matched with coordinates (within 161 km). */
interface E2e {
  pred: number;
  predMatched: number;
  gold: number;
  goldMatched: number;
  n: number;
  within: number;
  /** Gold spans with coordinates, and those resolved within 161 km (the gold-span figure). */
  spans: number;
  spansWithin: number;
  /** Gold spans with a known gold country, and those resolved in that country (the gold-span country figure). */
  countries: number;
  countriesOk: number;
}
const e2eCounts = (): E2e => ({ pred: 0, predMatched: 0, gold: 0, goldMatched: 0, n: 0, within: 0, spans: 0, spansWithin: 0, countries: 0, countriesOk: 0 });

/** "A.e2e_precision", "A.e2e_recall", "A.e2e_f1", "A.e2e_acc161_matched", "A.gold_span_acc161", "A.gold_span_country_acc" of one half. */
function halfFigures(half: Half, c: E2e): Record<string, number> {
  const p = c.pred ? c.predMatched / c.pred : 0;
  const r = c.gold ? c.goldMatched / c.gold : 0;
  return {
    [`${half}.e2e_precision`]: pct(p * 1000, 1000),
    [`${half}.e2e_recall`]: pct(r * 1000, 1000),
    [`${half}.e2e_f1`]: pct((p + r ? (2 * p * r) / (p + r) : 0) * 1000, 1000),
    [`${half}.e2e_acc161_matched`]: pct(c.within, c.n),
    [`${half}.gold_span_acc161`]: pct(c.spansWithin, c.spans),
    [`${half}.gold_span_country_acc`]: pct(c.countriesOk, c.countries),
  };
}
const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);

export const trNewsSet: EvalSet = {
  name: 'tr-news',
  missing: (ctx) => (existsSync(join(ctx.dataDir, TR_NEWS_FILE)) ? null : `${join(ctx.dataDir, TR_NEWS_FILE)} not found`),
  run(ctx) {
    const articles = parseTrNews(readFileSync(join(ctx.dataDir, TR_NEWS_FILE), 'utf8'));
    const gaz = gazetteer(bundledKnowledge());
    const countryIso = (name: string) => gaz.byName.get(normName(name))?.find((e) => e.kind === 'country')?.country;
    const notes: string[] = [];
    let n = 0, within = 0, resolved = 0, nCountry = 0, countryOk = 0;
    const errors: number[] = [];
    let pred = 0, predMatched = 0, gold = 0, goldMatched = 0, goldNoAdj = 0, goldNoAdjMatched = 0, e2eN = 0, e2eWithin = 0;
    const half = halves(articles.map((a) => a.id));
    const byHalf: Record<Half, E2e> = { A: e2eCounts(), B: e2eCounts() };
    for (const a of articles) {
      const h = byHalf[half.get(a.id)!];
      const doc: Doc = ctx.pipeline.run(createDoc({ date: a.date || '2017-01-01', text: a.text }));
      // (a) gold spans
      for (const g of a.toponyms) {
        if (g.lat === undefined || g.lon === undefined) continue;
        n++;
        h.spans++;
        const p = resolveToponym(doc, g);
        if (p) resolved++;
        const d = p ? haversineKm(p.lat, p.lon, g.lat, g.lon) : Infinity;
        errors.push(d);
        if (d <= KM) { within++; h.spansWithin++; }
        else if (half.get(a.id) === 'A' && notes.length < 12) notes.push(`${a.id} "${g.phrase}" → ${p ? `${p.name} (${p.country}) ${Math.round(d)} km off` : 'unresolved'}`);
        const gc = g.countryName ? countryIso(g.countryName) : undefined;
        if (gc) {
          nCountry++;
          h.countries++;
          if (p?.country === gc) { countryOk++; h.countriesOk++; }
        }
      }
      // (b) end to end
      const places: Place[] = doc.layers.places ?? [];
      pred += places.length;
      h.pred += places.length;
      const used = new Set<number>();
      for (const p of places) if (a.toponyms.some((g) => p.start < g.end && g.start < p.end)) { predMatched++; h.predMatched++; }
      for (const g of a.toponyms) {
        gold++;
        h.gold++;
        const adj = gaz.demonyms.has(normName(g.phrase));
        if (!adj) goldNoAdj++;
        const i = places.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
        if (i < 0) continue;
        used.add(i);
        goldMatched++;
        h.goldMatched++;
        if (!adj) goldNoAdjMatched++;
        if (g.lat !== undefined && g.lon !== undefined) {
          e2eN++;
          h.n++;
          if (haversineKm(places[i].lat, places[i].lon, g.lat, g.lon) <= KM) { e2eWithin++; h.within++; }
        }
      }
    }
    errors.sort((x, y) => x - y);
    const P = pred ? predMatched / pred : 0;
    const R = gold ? goldMatched / gold : 0;
    const R2 = goldNoAdj ? goldNoAdjMatched / goldNoAdj : 0;
    const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
    const results: EvalResult[] = [
      {
        set: 'tr-news',
        component: 'places',
        metrics: {
          gold_span_acc161: pct(within, n),
          gold_span_country_acc: pct(countryOk, nCountry),
          gold_span_resolved: pct(resolved, n),
          gold_span_median_km: Math.round(errors[Math.floor(errors.length / 2)] ?? 0),
          gold_span_n: n,
          e2e_precision: pct(P * 1000, 1000),
          e2e_recall: pct(R * 1000, 1000),
          e2e_f1: pct(f1(P, R) * 1000, 1000),
          e2e_recall_no_adjectives: pct(R2 * 1000, 1000),
          e2e_f1_no_adjectives: pct(f1(P, R2) * 1000, 1000),
          e2e_acc161_matched: pct(e2eWithin, e2eN),
          ...halfFigures('A', byHalf.A),
          ...halfFigures('B', byHalf.B),
        },
        notes: ['anchor: Mordecai3 87.3 acc@161 with gold spans', 'gold-span errors listed below are from half A only (half B is held out)', ...notes],
      },
    ];
    return results;
  },
};
