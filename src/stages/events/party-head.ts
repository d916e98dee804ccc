// The head word of a party phrase an event names by its text span (EventParty start/end): the head of
// the chunker's noun phrase there, or, for a group head whose of-phrase the party spans ("hundreds of
// workers"), the head of that of-phrase.
import type { EventParty, Token } from '../../doc/types.ts';
import { tokenContaining } from '../../doc/doc.ts';
import type { Analysis } from './chunks.ts';

/** The head token of a party's phrase, or null when the party has no span in the text. */
export function partyHead(a: Analysis, p: EventParty): Token | null {
  if (p.start === undefined) return null;
  const k = tokenContaining(a.tokens, p.start);
  if (k < 0) return null;
  const np = a.npOf[k] >= 0 ? a.nps[a.npOf[k]] : null;
  let head = a.tokens[np ? np.head : k];
  if (np && p.end !== undefined && a.tokens[np.end - 1].end < p.end && a.lex.has('pass-through-noun', head.lemma)) {
    const last = tokenContaining(a.tokens, p.end - 1);
    if (last >= 0 && a.npOf[last] >= 0) head = a.tokens[a.nps[a.npOf[last]].head];
  }
  return head;
}
