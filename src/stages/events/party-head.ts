// The head word of a party phrase an event names by its text span (EventParty start/end): the head of
// the chunker's noun phrase there, or, for a group head whose of-phrase the party spans ("hundreds of
// workers"), the head of that of-phrase; and whether a party with no actor is headed by a noun of a
// lexicon class (the audience, the public).
import type { EventParty, Token } from '../../doc/types.ts';
import { tokenContaining } from '../../doc/doc.ts';
import type { Analysis } from './chunks.ts';
import type { WordSetName } from './lexicon.ts';

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

/** The forms a noun is looked up under in a lexicon class: its lemma, the word, the word without a plural
 * -s (where the tagger left no lemma: "Residents", "Guests"). */
export function nounForms(t: Token): string[] {
  const w = t.text.toLowerCase();
  return [t.lemma, w, w.replace(/s$/, '')];
}

/** Whether party `p` names no actor and its phrase is headed by a noun (of one of `tags`) of lexicon class `cls`. */
export function unnamedHeadOfClass(a: Analysis, p: EventParty, cls: WordSetName, tags: readonly string[]): boolean {
  if (p.actor) return false;
  const head = partyHead(a, p);
  return !!head && tags.includes(head.pos) && nounForms(head).some((x) => a.lex.has(cls, x));
}
