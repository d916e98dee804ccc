// The head word of a party phrase an event names by its text span (EventParty start/end): the head of
// the chunker's noun phrase there, or, for a group head whose of-phrase the party spans ("hundreds of
// workers"), the head of that of-phrase.
import type { EventParty, Token } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';

/** The token index whose span contains character offset `pos`, or -1. */
export function tokenAt(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = a.tokens[mid];
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The head token of a party's phrase, or null when the party has no span in the text. */
export function partyHead(a: Analysis, p: EventParty): Token | null {
  if (p.start === undefined) return null;
  const k = tokenAt(a, p.start);
  if (k < 0) return null;
  const np = a.npOf[k] >= 0 ? a.nps[a.npOf[k]] : null;
  let head = a.tokens[np ? np.head : k];
  if (np && p.end !== undefined && a.tokens[np.end - 1].end < p.end && a.lex.has('pass-through-noun', head.lemma)) {
    const last = tokenAt(a, p.end - 1);
    if (last >= 0 && a.npOf[last] >= 0) head = a.tokens[a.nps[a.npOf[last]].head];
  }
  return head;
}
