// Relative place descriptions resolved to a point: "Polish woodland near the country's border with
// Belarus", "near the border with Y", "the Belarus-Poland border", "the border between X and Y".
// The point is taken on the X–Y shared border (world-atlas 1:50m) and stepped a few km into X.
import type { Place } from '../../doc/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { type Atlas, distanceToLinesKm, pointNearBorder, sharedBorder } from './geometry.ts';
import { type DocContext, salientCountries } from './context.ts';
import { normName } from './normalize.ts';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:\.\p{Lu}\.?)*`;
const NAME = String.raw`${WORD}(?: ${WORD}){0,2}`;
const REL = String.raw`(?:near|along|on|at|close to|by|next to|alongside|off|across|to|towards?|from|inside|within)`;
const DET = String.raw`(?:the|its|their|(?:the|that) country['’]s)`;
const SIDE = String.raw`(?:(?:[a-z]+-)?[a-z]+ern\s+)?`;
const BORDER = String.raw`(?:border|frontier)`;

/** X noun REL DET border with Y — "Polish woodland near the country's border with Belarus". */
const P_NOUN = new RegExp(String.raw`(?<x>${NAME})(?:['’]s)?\s+(?<noun>[a-z]+(?: [a-z]+)?)\s+${REL}\s+(?<det>${DET})\s+${SIDE}${BORDER}\s+with\s+(?<y>${NAME})`, 'gu');
/** REL DET border with Y — "near the border with Belarus", "along its frontier with Syria". */
const P_WITH = new RegExp(String.raw`${REL}\s+(?<det>${DET})\s+${SIDE}${BORDER}\s+with\s+(?<y>${NAME})`, 'gu');
/** the A-B border — "the Belarus-Poland border", "the Polish-Belarusian frontier". */
const P_PAIR = new RegExp(String.raw`\bthe\s+(?<a>${NAME})\s*[-–/]\s*(?<b>${NAME})\s+${BORDER}`, 'gu');
/** the border between/of A and B. */
const P_BETWEEN = new RegExp(String.raw`\bthe\s+${BORDER}\s+(?:between|of)\s+(?<a>${NAME})\s+and\s+(?<b>${NAME})`, 'gu');
/** the A border (with B) — "the Polish border", "the Turkish border with Syria". */
const P_ONE = new RegExp(String.raw`\bthe\s+(?<a>${NAME})\s+${SIDE}${BORDER}(?:\s+with\s+(?<y>${NAME}))?`, 'gu');

export interface RelativeInput {
  text: string;
  gaz: Gazetteer;
  ctx: DocContext;
  atlas: () => Atlas;
  /** Places already resolved in the text: towns near the border anchor the border point. */
  anchors: Place[];
}

/** The country a name or demonym denotes ("Poland", "Polish", "Belarusian"), or null. */
export function countryOf(gaz: Gazetteer, s: string): string | null {
  const key = normName(s.replace(/['’]s$/, ''));
  const d = gaz.demonyms.get(key);
  if (d) return d;
  const e = gaz.byName.first(key);
  return e && e.kind === 'country' ? e.country : null;
}

export function findRelativePlaces(inp: RelativeInput): Place[] {
  const { text, gaz, ctx } = inp;
  if (!/\b(?:border|frontier)/.test(text)) return [];
  const out: Place[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);

  const emit = (start: number, end: number, x: string, y: string) => {
    if (!free(start, end) || x === y) return;
    const p = borderPlace(inp, x, y);
    if (!p) return;
    taken.push([start, end]);
    out.push({ start, end, text: text.slice(start, end), ...p });
  };

  // (the two patterns with "border with" and the one with "border between/of" are run only on a text that
  // holds those words: each starts a search at every capitalised word or relation word of the text)
  const withY = /(?:border|frontier)\s+with\s/.test(text);
  if (withY) for (const m of text.matchAll(P_NOUN)) {
    const g = m.groups!;
    const x = countryOf(gaz, g.x);
    const y = countryOf(gaz, g.y);
    const noun = g.noun.split(' ').pop()!;
    if (!x || !y || !gaz.placeNouns.has(noun)) continue;
    emit(m.index, m.index + m[0].length, x, y);
  }
  if (withY) for (const m of text.matchAll(P_WITH)) {
    const g = m.groups!;
    const y = countryOf(gaz, g.y);
    if (!y) continue;
    const start = m.index + m[0].indexOf(g.det);
    const x = g.det === 'the' ? neighbourInFocus(gaz, ctx, y) : recentCountry(ctx, start, y) ?? neighbourInFocus(gaz, ctx, y);
    if (x) emit(start, m.index + m[0].length, x, y);
  }
  const between = /(?:border|frontier)\s+(?:between|of)\s/.test(text);
  for (const re of between ? [P_PAIR, P_BETWEEN] : [P_PAIR]) {
    for (const m of text.matchAll(re)) {
      const a = countryOf(gaz, m.groups!.a);
      const b = countryOf(gaz, m.groups!.b);
      if (!a || !b) continue;
      const [x, y] = (ctx.countries.get(b) ?? 0) > (ctx.countries.get(a) ?? 0) ? [b, a] : [a, b];
      emit(m.index, m.index + m[0].length, x, y);
    }
  }
  for (const m of text.matchAll(P_ONE)) {
    const g = m.groups!;
    const x = countryOf(gaz, g.a);
    if (!x) continue;
    const y = g.y ? countryOf(gaz, g.y) : neighbourInFocus(gaz, ctx, x);
    if (y) emit(m.index, m.index + m[0].length, x, y);
  }
  return out;
}

/** The most salient country of the article that borders `y`. */
function neighbourInFocus(gaz: Gazetteer, ctx: DocContext, y: string): string | null {
  const n = gaz.borders.get(y);
  return salientCountries(ctx).find((c) => c !== y && n?.has(c)) ?? null;
}

/** The last country named before `pos` ("the country's" refers back to it), other than `not`. */
function recentCountry(ctx: DocContext, pos: number, not: string): string | null {
  let best: { start: number; country: string } | null = null;
  for (const m of ctx.countryMentions) if (m.end <= pos && m.country !== not && (!best || m.start > best.start)) best = m;
  return best?.country ?? null;
}

function borderPlace(inp: RelativeInput, x: string, y: string): Omit<Place, 'start' | 'end' | 'text'> | null {
  const atlas = inp.atlas();
  const lines = sharedBorder(atlas, x, y);
  if (!lines.length) return null;
  let anchor: Place | undefined;
  let best = 100; // km: only towns this close to the border anchor it
  for (const p of inp.anchors) {
    if (p.country !== x && p.country !== y) continue;
    const d = distanceToLinesKm(lines, p.lat, p.lon);
    if (d < best) { best = d; anchor = p; }
  }
  const pt = pointNearBorder(atlas, x, y, anchor);
  if (!pt) return null;
  const xn = inp.gaz.countries.get(x)?.name ?? x;
  const yn = inp.gaz.countries.get(y)?.name ?? y;
  return { name: `${xn}, near the border with ${yn}`, country: x, lat: pt.lat, lon: pt.lon };
}
