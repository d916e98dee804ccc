// `target: person` — a sense that acts on people in person: "received the Turkish president", "received a
// delegation from Kyiv" host a visit, while "received the backing of a singer", "receives a state grant",
// "received complaints from residents" or "received a third of the vote" receive a thing. `target:
// agent` lets a thing stand for the people of its of/by phrase or its actor-naming modifier; here the
// phrase's own head must name someone: a name, a personal pronoun or a person, group or role noun.
import type { Analysis, NP } from './chunks.ts';
import { isAgentNoun } from './parties.ts';

/** Whether the head of `np` itself names someone (not a thing, a number, nor a thing through its complement). */
export function headNamesSomeone(a: Analysis, np: NP): boolean {
  const h = a.tokens[np.head];
  return h.pos === 'PROPN' || h.pos === 'PRON' || isAgentNoun(a, h);
}
