// Advice to the public is no interaction between political actors: "the agency urges people not
// to eat the product", "the city urged residents to stay indoors", "the airline told customers to
// rebook". A request or warning (REQUEST, THREATEN) whose target names no actor and is headed by a
// `public-noun` (lexicon: people, residents, customers, motorists…) codes nothing. Requests to named
// groups of the political scene (voters, supporters, citizens, a country's people as an actor) are not
// in that set and stay coded; but a warning (a `warning-verb` trigger coded THREATEN) to voters or to
// the warner's followers ("warned voters that a rival's win would …", "warn his supporters about the
// dangers of staying home") is campaigning, not a threat: no one threatens their own audience.
import type { EventParty, Plover } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';
import { unnamedHeadOfClass } from './party-head.ts';

const ADVICE_TYPES = new Set<Plover>(['REQUEST', 'THREATEN']);

/** Whether a record of type `type` aimed at `target` is advice to the general public. */
export function isPublicAdvice(a: Analysis, type: Plover, target: EventParty): boolean {
  return ADVICE_TYPES.has(type) && unnamedHeadOfClass(a, target, 'public-noun', ['NOUN', 'PROPN']);
}

/** Whether a THREATEN record of trigger lemma `lemma` is a warning to voters or followers (an unnamed
 * target headed by a `follower-noun`), not a threat. */
export function isCampaignWarning(a: Analysis, type: Plover, lemma: string, target: EventParty): boolean {
  return type === 'THREATEN' && a.lex.has('warning-verb', lemma) && unnamedHeadOfClass(a, target, 'follower-noun', ['NOUN']);
}
