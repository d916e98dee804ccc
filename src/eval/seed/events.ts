// Scoring the events layer against the seed gold: recall over required events, precision over the
// counted (asserted/reported) events, must_not violations and dates of the dated required events.
import type { Doc, Event } from '../../doc/types.ts';
import type { EvalResult } from '../types.ts';
import type { SeedEvent, SeedGold } from './gold.ts';

const COUNTED = new Set(['asserted', 'reported']);

/** An extracted event matches a gold one: type in [type]+accept, source and target countries equal. */
export function matchesSeedEvent(e: Event, g: SeedEvent): boolean {
  const types = [g.type, ...(g.accept ?? [])];
  return types.includes(e.type) && e.source.country === g.source && e.target.country === g.target;
}

export function scoreSeedEvents(doc: Doc, gold: SeedGold): EvalResult {
  const events = (doc.layers.events ?? []).filter((e) => COUNTED.has(e.mode));
  const { required, acceptable, must_not } = gold.events;
  const notes: string[] = [];
  let found = 0;
  let dated = 0;
  let datesRight = 0;
  for (const g of required) {
    const hits = events.filter((e) => matchesSeedEvent(e, g));
    if (hits.length) found++;
    else notes.push(`missed ${g.id ?? ''} ${g.type} ${g.source}>${g.target}`);
    if (g.date) {
      dated++;
      if (hits.some((e) => e.date === g.date)) datesRight++;
      else if (hits.length) notes.push(`date ${g.id ?? ''}: got ${hits.map((e) => e.date).join('/')} want ${g.date}`);
    }
  }
  let correct = 0;
  for (const e of events) {
    if ([...required, ...acceptable].some((g) => matchesSeedEvent(e, g))) correct++;
    else notes.push(`extra ${e.type} ${e.source.country}>${e.target.country} "${e.trigger.text}"`);
  }
  const violations = events.filter((e) => must_not.some((g) => matchesSeedEvent(e, g)));
  for (const v of violations) notes.push(`must_not violated: ${v.type} ${v.source.country}>${v.target.country} "${v.trigger.text}"`);
  return {
    set: 'seed',
    component: 'events',
    metrics: {
      recall: required.length ? found / required.length : 1,
      precision: events.length ? correct / events.length : 1,
      mustNotViolations: violations.length,
      datesRight: dated ? datesRight / dated : 1,
      extracted: events.length,
    },
    notes,
  };
}
