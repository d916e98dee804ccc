// Seed-gold scoring of the time stage: each gold date (text inside its context sentence) must be covered
// by a timex with the gold value.
import type { Doc } from '../../doc/types.ts';
import type { EvalResult } from '../types.ts';
import type { SeedGold } from './gold.ts';

/** Locate `needle` inside the first occurrence of `context` in `text` (whitespace-insensitive); null if absent. */
function locate(text: string, context: string, needle: string): { start: number; end: number } | null {
  const esc = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const ctx = new RegExp(esc(context)).exec(text);
  const base = ctx ? ctx.index : 0;
  const scope = ctx ? ctx[0] : text;
  const m = new RegExp(esc(needle)).exec(scope);
  return m ? { start: base + m.index, end: base + m.index + m[0].length } : null;
}

export function scoreSeedTime(doc: Doc, gold: SeedGold): EvalResult {
  const timexes = doc.layers.timexes ?? [];
  let found = 0;
  let correct = 0;
  const notes: string[] = [];
  for (const g of gold.dates) {
    const span = locate(doc.text, g.context, g.text);
    if (!span) {
      notes.push(`gold date "${g.text}" not located in the text`);
      continue;
    }
    const hits = timexes.filter((t) => t.start < span.end && span.start < t.end);
    if (!hits.length) {
      notes.push(`MISS "${g.text}" (${g.value})`);
      continue;
    }
    found++;
    if (hits.some((t) => t.value === g.value)) correct++;
    else notes.push(`VALUE "${g.text}": ${hits.map((t) => t.value).join(', ')} / gold ${g.value}`);
  }
  const n = gold.dates.length;
  return {
    set: 'seed',
    component: 'time',
    metrics: {
      dates: n,
      found,
      correct,
      recall: n ? Math.round((1000 * found) / n) / 10 : 0,
      value_acc: n ? Math.round((1000 * correct) / n) / 10 : 0,
    },
    notes,
  };
}
