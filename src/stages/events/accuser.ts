// Who made the charge a denial answers ("Belarus denies the allegations", "the group has rejected those
// claims"): the last coded accusation of the denier, else the speaker of the last earlier statement
// about the denier (a quote whose content names it), read from the quotes layer.
import type { Event, EventParty, Quote, Token } from '../../doc/types.ts';
import { inQuoteContent } from '../../doc/doc.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Lexicon } from './lexicon.ts';
import { mentionsIn, partyOf, partyOfActor, type PartyIndex } from './parties.ts';

/** Relations under which a claim noun's phrase names its author before it ("the British claims"). */
const AUTHOR_MODIFIER = new Set(['compound', 'amod']);
/** Prepositions of a claim noun's phrase naming its author ("the accusations by the opposition", "claims from Kyiv"). */
const AUTHOR_PREPOSITION = new Set(['by', 'from']);

/**
 * "Qatar denied Amnesty's claims", "Kyiv rejected the accusations from Moscow": the author the denied
 * claim's own phrase names — the possessor of the verb's object (lexicon `claim-noun`), an actor-naming
 * modifier before it, or its by/from phrase — read from the tree; null when the phrase names none (then
 * the earlier accuser is looked for) or names only the denier itself ("denied its own earlier claims").
 */
export function toldAccuser(tree: Tree | null, tokens: readonly Token[], lex: Lexicon, idx: PartyIndex, verb: number, denier: EventParty): EventParty | null {
  if (!tree || verb < 0) return null;
  const claim = tree.object(verb);
  if (claim < 0 || !lex.has('claim-noun', tokens[claim].lemma)) return null;
  const owners: number[] = [];
  const poss = tree.possessor(claim);
  if (poss >= 0) owners.push(poss);
  for (const c of tree.children(claim)) {
    if (c < claim && AUTHOR_MODIFIER.has(tree.baseRel(c))) owners.push(c);
    else if (c > claim && tree.baseRel(c) === 'nmod' && AUTHOR_PREPOSITION.has(tree.caseOf(c))) owners.push(c);
  }
  // The by/from phrase right after the claim's phrase, hung on the verb by the parser ("rejected the
  // accusations from Moscow").
  const after = tree.subtreeRange(claim)[1] + 1;
  for (const c of tree.children(verb)) {
    if (tree.baseRel(c) === 'obl' && tree.subtreeRange(c)[0] === after && AUTHOR_PREPOSITION.has(tree.caseOf(c))) owners.push(c);
  }
  for (const o of owners) {
    const [lo, hi] = tree.subtreeRange(o);
    const m = mentionsIn(idx, tokens[lo].start, tokens[hi].end).find((x) => x.start >= tokens[lo].start && x.end <= tokens[hi].end);
    if (!m) continue;
    const party = partyOf(idx, m);
    if ((party.actor && party.actor === denier.actor) || (!party.actor && !party.country)) continue;
    return party;
  }
  return null;
}

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

