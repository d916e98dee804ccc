// A resignation yields only in public life. "The minister resigned", "the party leader stepped down after
// the defeat", "the general resigned" are concessions (CONCEDE, CAMEO 083); "the chief executive resigned
// from the company", "the reporter resigned from the network", "she resigned herself to renting" are
// careers and idioms of private life: the record codes nothing. Public life is state power (a country, an
// international organisation, government, legislature, courts, forces, police) or organised politics (a
// party, the opposition, an NGO, a union, rebels); a firm, the media, a school, a church, a civilian or a
// person of no known role is not. Only the resignation itself is dropped: a refusal to resign or an
// intent to ("declined to resign", "agreed to step down") is a stance coded on its own terms.
import type { EventParty, Plover } from '../../doc/types.ts';
import type { Lexicon } from './lexicon.ts';
import { holdsStatePower } from './match.ts';

// The sectors of organised public life besides the state.
const ORGANISED_SECTORS = new Set(['OPP', 'PTY', 'NGO', 'IGO', 'LAB', 'REB']);

/** Whether `source` acts in public life: state power or organised politics. */
export const inPublicLife = (p: EventParty) => holdsStatePower(p) || (!!p.sector && ORGANISED_SECTORS.has(p.sector));

/** Whether a CONCEDE record whose trigger has lemma `lemma` (lexicon `resignation`) done by `source` is a
 * resignation from private life. */
export function privateResignation(lex: Lexicon, type: Plover, lemma: string, source: EventParty): boolean {
  return type === 'CONCEDE' && lex.has('resignation', lemma) && !inPublicLife(source);
}
