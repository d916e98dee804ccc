// Whether an event's two parties are one and the same, so that a record between them is aimed at itself.
// Persons and named bodies have their own actor ids; an unnamed party resolves to a group actor of a
// country and a sector ("the court", "the mayors", "the regional government"), and two different bodies
// of one state share it. Two such group parties are told apart by the heads of their own phrases: "the
// mayors" appealing to "the Quebec government", "the regional government" and "the local
// administrations" are two bodies; "the court" and "the court", or a pronoun standing for the other, are
// one (docs/patterns.md, "two parties of one state").
import type { EventParty, Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import { tokenSpan } from '../../doc/doc.ts';

/** The head token of a party's span in the tree, or -1 when it has no span or no words there. */
function partyHead(tokens: readonly Token[], tree: Tree, p: EventParty): number {
  if (p.start === undefined || p.end === undefined) return -1;
  const { a, b } = tokenSpan(tokens, { start: p.start, end: p.end });
  return b > a ? tree.spanHead(a, b) : -1;
}

/** Two group parties of one country and sector whose phrases are headed by different nouns. */
function distinctBodies(tokens: readonly Token[], tree: Tree, x: EventParty, y: EventParty): boolean {
  if (!x.actor?.startsWith('group:') || !y.actor?.startsWith('group:')) return false;
  if (x.start! < y.end! && y.start! < x.end!) return false;
  const hx = partyHead(tokens, tree, x);
  const hy = partyHead(tokens, tree, y);
  if (hx < 0 || hy < 0) return false;
  const noun = (h: number) => tree.upos[h] === 'NOUN' || tree.upos[h] === 'PROPN';
  return noun(hx) && noun(hy) && tree.lemma(hx).toLowerCase() !== tree.lemma(hy).toLowerCase();
}

export function sameParty(x: EventParty, y: EventParty, tokens?: readonly Token[], tree?: Tree | null): boolean {
  if (x.actor && y.actor) return x.actor === y.actor && !(tree && tokens && distinctBodies(tokens, tree, x, y));
  // Bare parties: the same phrase (or one inside the other) cannot be both source and target.
  if (x.start !== undefined && y.start !== undefined && x.end !== undefined && y.end !== undefined) {
    return (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end);
  }
  return false;
}
