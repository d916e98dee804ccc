// Who made the charge a denial answers ("Belarus denies the allegations", "the group has rejected those
// claims"): the last coded accusation of the denier, else the speaker of the last earlier statement
// about the denier (a quote whose content names it), read from the quotes layer.
import type { Event, EventParty, Quote } from '../../doc/types.ts';
import { inQuoteContent } from '../../doc/doc.ts';
import { partyOfActor, type PartyIndex } from './parties.ts';

/** The party who last accused `denier` before `at`: a coded ACCUSE event first, then a statement about it. */
export function accuserOf(coded: readonly Event[], quotes: readonly Quote[], idx: PartyIndex, denier: EventParty, at: number): EventParty | null {
  return lastAccusation(coded, denier, at) ?? lastClaimant(quotes, idx, denier, at);
}

function lastAccusation(coded: readonly Event[], denier: EventParty, at: number): EventParty | null {
  for (let k = coded.length - 1; k >= 0; k--) {
    const e = coded[k];
    if (e.type !== 'ACCUSE' || e.trigger.start >= at) continue;
    const hit = (e.target.actor && e.target.actor === denier.actor) || (e.target.country && e.target.country === denier.country);
    if (hit) return { actor: e.source.actor, country: e.source.country, sector: e.source.sector };
  }
  return null;
}

/**
 * "Erdogan said the cleric's network was behind the coup. … Gulen has rejected those claims": the
 * speaker of the latest statement made before the denial whose content names the denier (an actor
 * mention of it inside the content), when that speaker is an actor other than the denier.
 */
function lastClaimant(quotes: readonly Quote[], idx: PartyIndex, denier: EventParty, at: number): EventParty | null {
  if (!denier.actor) return null;
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.end > at || q.scare || q.intent || !q.speaker?.actor || q.speaker.actor === denier.actor) continue;
    const names = idx.mentions.some((m) => m.actor === denier.actor && m.start >= q.start && m.end <= q.end && inQuoteContent(q, m.start));
    if (names && (!best || q.end > best.end)) best = q;
  }
  return best ? partyOfActor(idx, best.speaker!.actor) : null;
}

