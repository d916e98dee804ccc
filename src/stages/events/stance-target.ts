// Stances need someone to take a stance towards. A cooperative act stated as the source's intent or
// refused by it adds an asserted AGREE or REJECT with the act's parties (index.ts, withStances): "will
// release the prisoners", "refused to meet the envoy". An act aimed at a thing states no stance towards
// anyone — "will supply the electronics", "has not spent much on ads", "does not defend it" — and adds
// nothing: the act itself is still coded in its mode.
import type { EventParty } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';
import { isAgentNoun } from './parties.ts';
import { partyHead } from './party-head.ts';

const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/**
 * Whether a target names someone a stance can be taken towards: a registry actor, or a bare phrase
 * whose head names people or an organisation (an `agent-noun` head, also through a group head's of-phrase,
 * a personal pronoun, a phrase the actors stage gave a sector); also no target at all ("will resign") and
 * a place the text names ("will visit Kharkiv"), the act's own setting. A thing names no one.
 */
export function stanceTargetNamesSomeone(a: Analysis, target: EventParty): boolean {
  if (target.actor) return true;
  if (target.sector) return true;
  if (target.start === undefined) return true;
  if (target.country && target.countryFrom !== 'article') return true;
  const head = partyHead(a, target);
  if (!head) return false;
  if (head.pos === 'PRON') return PEOPLE_PRONOUNS.has(head.text.toLowerCase());
  return isAgentNoun(a, head);
}
