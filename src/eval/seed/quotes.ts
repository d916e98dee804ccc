// Seed scorer for the quotes stage: gold quotes found (text overlap ≥ 80% of the shorter), speaker
// accuracy, outlets, indirect quotes with their speakers, and scare quotes wrongly attributed.
import type { Doc, Quote } from '../../doc/types.ts';
import type { EvalResult } from '../types.ts';
import type { SeedGold } from './gold.ts';

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;

export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\b(the|a|an|mr|mrs|ms|dr)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Character overlap of two strings located in the same text, as a share of the shorter one. */
export function textOverlap(doc: Doc, q: Quote, goldText: string): number {
  let best = 0;
  for (let from = doc.text.indexOf(goldText); from >= 0; from = doc.text.indexOf(goldText, from + 1)) {
    const ov = Math.min(q.end, from + goldText.length) - Math.max(q.start, from);
    if (ov > 0) best = Math.max(best, ov / Math.min(q.end - q.start, goldText.length));
  }
  return best;
}

/** Does our speaker denote the gold speaker (by resolved actor name, or by a gold mention's text)? */
export function speakerMatches(doc: Doc, gold: SeedGold, q: Quote, goldSpeaker: string): boolean {
  if (!q.speaker) return false;
  const target = norm(goldSpeaker);
  const entry = gold.actors.find((a) => norm(a.canonical) === target);
  const names = [goldSpeaker, ...(entry?.mentions ?? [])].filter((m) => !PRONOUN.test(m)).map(norm);
  const said = norm(q.speaker.text);
  const textMatches = !PRONOUN.test(q.speaker.text) && names.some((n) => n === said || (n.length > 3 && said.endsWith(n)));
  if (q.speaker.actor) {
    const actor = (doc.layers.actors ?? []).find((a) => a.id === q.speaker!.actor);
    const name = norm(actor?.name ?? q.speaker.actor);
    if (name === target || (name && target.includes(name)) || (name && name.includes(target))) return true;
    if (names.includes(name)) return true;
    // a group actor (e.g. a country's military) denotes the gold actor when country and sector agree
    if (actor && actor.kind !== 'person' && entry && actor.country === entry.country) {
      const sectors = [entry.sector, ...(entry.accept_sector ?? [])];
      if (actor.sector && sectors.includes(actor.sector)) return true;
    }
    // resolved to some other actor: only the gold's own mention text can still vouch for it
    return textMatches && !(actor && actor.kind === 'person');
  }
  return textMatches;
}

export function scoreSeedQuotes(doc: Doc, gold: SeedGold): EvalResult {
  const quotes = doc.layers.quotes ?? [];
  const notes: string[] = [];
  let found = 0;
  let speakers = 0;
  const outletsWanted = new Set(gold.quotes.map((g) => g.outlet).filter((o): o is string => !!o));
  const outletsFound = new Set<string>();
  for (const g of gold.quotes) {
    const cands = quotes.filter((q) => q.kind !== 'indirect' && textOverlap(doc, q, g.text) >= 0.8);
    if (!cands.length) {
      notes.push(`missed quote: ${g.text.slice(0, 40)}…`);
      continue;
    }
    found++;
    const q = cands.find((c) => speakerMatches(doc, gold, c, g.speaker)) ?? cands[0];
    if (speakerMatches(doc, gold, q, g.speaker)) speakers++;
    else notes.push(`speaker of "${g.text.slice(0, 30)}…": got ${q.speaker?.text ?? 'none'} (${q.speaker?.actor ?? 'no actor'}), want ${g.speaker}`);
    if (g.outlet && q.outlet && norm(q.outlet).includes(norm(g.outlet))) outletsFound.add(g.outlet);
  }
  let indirect = 0;
  for (const g of gold.indirect_quotes) {
    const start = doc.text.indexOf(g.content_starts);
    const hit = quotes.find(
      (q) => q.kind === 'indirect' && start >= 0 && q.start <= start + 3 && q.end > start + g.content_starts.length / 2 && speakerMatches(doc, gold, q, g.speaker),
    );
    if (hit) indirect++;
    else notes.push(`missed indirect quote (${g.speaker} ${g.cue}): ${g.content_starts.slice(0, 40)}…`);
  }
  const scareAttributed = quotes.filter((q) => q.scare && q.speaker !== null).length;
  for (const o of outletsWanted) if (!outletsFound.has(o)) notes.push(`missed outlet: ${o}`);
  return {
    set: 'seed',
    component: 'quotes',
    metrics: {
      quotes_found: found,
      quotes_gold: gold.quotes.length,
      quote_recall: found / Math.max(1, gold.quotes.length),
      speaker_correct: speakers,
      speaker_accuracy: speakers / Math.max(1, found),
      outlets_found: outletsFound.size,
      outlets_gold: outletsWanted.size,
      indirect_found: indirect,
      indirect_gold: gold.indirect_quotes.length,
      scare_attributed: scareAttributed,
    },
    notes: notes.slice(0, 12),
  };
}
