// An audience or guests are no party to a stance: "welcomed several hundred guests", "called for
// female contestants to wear …", "accuse the audience of …". A stance or dealing whose target names no
// actor and is headed by an `audience-noun` (lexicon: audience, guest, spectator, contestant …) codes
// nothing; force keeps such a target (an attack on spectators is coded), and so does a named person.
// Relatives are not in the set: an official meeting a detainee's wife is a meeting.
import type { EventParty, Plover } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';
import { unnamedHeadOfClass } from './party-head.ts';

const FORCE = new Set<Plover>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'THREATEN', 'PROTEST']);

/** Whether a record of type `type` is aimed at an audience or guests with no actor. */
export function aimedAtAudience(a: Analysis, type: Plover, target: EventParty): boolean {
  return !FORCE.has(type) && unnamedHeadOfClass(a, target, 'audience-noun', ['NOUN']);
}
