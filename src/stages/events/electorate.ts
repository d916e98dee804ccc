// Backing by the electorate is opinion, not an act: "Americans' support for the candidates" in a poll,
// "the candidate enjoyed support from black voters", "millions of voters back the senator". A SUPPORT
// record whose source is a country's civilians at large (an unnamed group of sector CVL) headed by an
// `electorate-noun` (lexicon: voters, the electorate, respondents …) or by a people's name ("Americans",
// "Germans": a proper noun the actors stage read as the nation's civilians) codes nothing. A named
// group, a union, a party or a person who endorses stays coded.
import type { EventParty, Plover, Token } from '../../doc/types.ts';
import { tokenContaining } from '../../doc/doc.ts';
import type { Analysis } from './chunks.ts';
import { nounForms, partyHead } from './party-head.ts';

const CIVILIANS = /^group:[A-Z]{3}:CVL$/;

/** Whether a record of type `type` done by `source` is the electorate's backing. */
export function electorateBacking(a: Analysis, type: Plover, source: EventParty): boolean {
  if (type !== 'SUPPORT' || !source.actor || !CIVILIANS.test(source.actor)) return false;
  const head = sourceHead(a, source);
  if (!head) return false;
  return head.pos === 'PROPN' || nounForms(head).some((w) => a.lex.has('electorate-noun', w));
}

/** The head of the source's phrase, or its last word where the chunker's phrase runs past the source
 * (a possessor: "Americans' support" is one phrase headed by the noun). */
function sourceHead(a: Analysis, source: EventParty): Token | null {
  const head = partyHead(a, source);
  if (!head || source.end === undefined || head.end <= source.end) return head;
  const k = tokenContaining(a.tokens, source.end - 1);
  return k >= 0 ? a.tokens[k] : null;
}
