// Stances need someone to take a stance towards. A cooperative act stated as the source's intent or
// refused by it adds an asserted AGREE or REJECT with the act's parties (index.ts, withStances): "will
// release the prisoners", "refused to meet the envoy". An act aimed at a thing states no stance towards
// anyone — "will supply the electronics", "has not spent much on ads", "does not defend it", "would
// lift restrictions" (no target at all) — and adds nothing: the act itself is still coded in its mode.
import type { EventParty } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';
import { isAgentNoun } from './parties.ts';

const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/** The token index whose span starts at `start`, or -1. */
function tokenAt(a: Analysis, start: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = a.tokens[mid];
    if (t.end <= start) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Whether a target names someone a stance can be taken towards: a registry actor, or a bare phrase
 * whose head names people or an organisation (an `agent-noun` head, also through a group head's of-phrase,
 * a personal pronoun, a phrase the actors stage gave a sector). A thing, a place with no actor, or no target names no one.
 */
export function stanceTargetNamesSomeone(a: Analysis, target: EventParty): boolean {
  if (target.actor) return true;
  if (target.sector) return true;
  // No target ("will resign"), or a place the text names ("will visit Kharkiv"): the act's own setting.
  if (target.start === undefined) return true;
  if (target.country && target.countryFrom !== 'article') return true;
  const k = tokenAt(a, target.start);
  if (k < 0) return false;
  const np = a.npOf[k] >= 0 ? a.nps[a.npOf[k]] : null;
  let head = a.tokens[np ? np.head : k];
  // "hundreds of workers", "a shipment of arms": a group head's of-phrase, when the party spans it, says who.
  if (np && target.end !== undefined && a.tokens[np.end - 1].end < target.end && a.lex.has('pass-through-noun', head.lemma)) {
    const last = tokenAt(a, target.end - 1);
    if (last >= 0 && a.npOf[last] >= 0) head = a.tokens[a.nps[a.npOf[last]].head];
  }
  if (head.pos === 'PRON') return PEOPLE_PRONOUNS.has(head.text.toLowerCase());
  return isAgentNoun(a, head);
}
