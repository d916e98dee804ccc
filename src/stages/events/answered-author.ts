// The author a noun event names in its own phrase when a verb answers it (issue 15, 2026-12-07): "Mexico
// accepted Washington's request", "the office denied the rights group's claims", "denied the accusations
// by the opposition". The one answering is the subject; the one who asked, offered or accused is the noun's
// genitive possessor (a name, not a possessive pronoun: "weathered its worst sanctions" names no doer) or,
// for a denied claim, its by/from phrase. match.ts reads the first for a noun event under a `receive-verb`
// (the request itself, its author the doer) and the second for a denial's `target: accuser` (before any
// earlier accuser is looked for in the document).
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';
import { possessorOf, resolveNP, type PartyIndex, type Resolved } from './parties.ts';
import { nodeNP } from './tree-args.ts';

const GENITIVE = new Set(["'s", '’s', "'", '’']);

/** The actor named by the genitive possessor of the noun at i in phrase np ("Washington's request"), or null
 * (a possessive pronoun, a premodifier such as "a German request", or a possessor naming no actor). */
export function genitiveAuthor(a: Analysis, idx: PartyIndex, np: NP, i: number): Resolved | null {
  if (!a.tokens.slice(np.start, i).some((t) => GENITIVE.has(t.text))) return null;
  const poss = possessorOf(a, idx, np, i);
  if (!poss.resolved || poss.pronoun || poss.resolved.mention?.via === 'pronoun' || !poss.resolved.party.actor) return null;
  return poss.resolved;
}

/** The author a denial's object names ("denied Amnesty's claims", "rejected the accusations by the
 * opposition", "dismissed allegations from rights groups"): the object's genitive possessor, else its
 * by or from phrase, when it names an actor; null otherwise. */
export function deniedClaimAuthor(a: Analysis, idx: PartyIndex, tree: Tree, verb: number): Resolved | null {
  const o = tree.child(verb, 'obj');
  if (o < 0) return null;
  const np = nodeNP(a, tree, o);
  const own = genitiveAuthor(a, idx, np, o);
  if (own) return own;
  const by = [...tree.obliques(o, 'by'), ...tree.obliques(o, 'from')];
  if (!by.length) return null;
  const r = resolveNP(a, idx, nodeNP(a, tree, by[0]));
  return r?.party.actor ? r : null;
}
