// Scores the actors stage on the seed gold: gold actors found with the right country and sector
// (accept_sector counts), and gold mention strings resolved to the right actor through the mentions
// layer (the same lookup the quotes and events stages use).
import type { Actor, Doc, Span } from '../../doc/types.ts';
import type { EvalResult } from '../types.ts';
import type { SeedGold } from './gold.ts';
import { actorForSpan } from '../../stages/actors/lookup.ts';

type GoldActor = SeedGold['actors'][number];

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every whole-word occurrence of `needle` in `text` (case-sensitive, as the gold writes it). */
export function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if ((before && word.test(before)) || (after && word.test(after))) continue;
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

function sectorOk(actor: Actor, gold: GoldActor): boolean {
  if (!gold.sector) return true;
  return actor.sector === gold.sector || (gold.accept_sector ?? []).includes(actor.sector ?? '');
}

/** Whether our actor is the gold actor: same person by name for people, else same country and sector. */
export function sameActor(actor: Actor, gold: GoldActor): boolean {
  if (actor.country !== gold.country) return false;
  if (gold.role) return actor.kind === 'person' && norm(actor.name) === norm(gold.canonical);
  return sectorOk(actor, gold) && actor.kind !== 'person';
}

export function scoreSeedActors(doc: Doc, gold: SeedGold): EvalResult {
  const notes: string[] = [];
  let found = 0;
  let sectorRight = 0;
  let mentionsRight = 0;
  let mentionsTotal = 0;
  for (const g of gold.actors) {
    let countryHit = false;
    let sectorHit = false;
    for (const m of g.mentions) {
      mentionsTotal++;
      let resolved = false;
      const got: string[] = [];
      for (const span of occurrences(doc.text, m)) {
        const hit = actorForSpan(doc, span);
        if (!hit) continue;
        got.push(hit.actor.id);
        if (hit.actor.country === g.country) {
          countryHit = true;
          if (sectorOk(hit.actor, g)) sectorHit = true;
        }
        if (sameActor(hit.actor, g)) resolved = true;
      }
      if (resolved) mentionsRight++;
      else notes.push(`${g.canonical}: "${m}" resolved to ${got.length ? [...new Set(got)].join(', ') : 'nothing'}`);
    }
    if (countryHit) found++;
    else notes.push(`${g.canonical}: no mention with country ${g.country}`);
    if (sectorHit) sectorRight++;
    else if (countryHit) notes.push(`${g.canonical}: sector not ${g.sector}`);
  }
  const n = gold.actors.length || 1;
  const pct = (x: number, d: number) => Math.round((1000 * x) / (d || 1)) / 10;
  return {
    set: 'seed',
    component: 'actors',
    metrics: {
      actors_country: pct(found, n),
      actors_sector: pct(sectorRight, n),
      mentions_resolved: pct(mentionsRight, mentionsTotal),
      gold_actors: gold.actors.length,
      gold_mentions: mentionsTotal,
    },
    notes,
  };
}
