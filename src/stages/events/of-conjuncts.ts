// "The foreign ministers of Italy and Spain condemned …", "a panel of senators and governors met …":
// a group or role head lends itself to the actor its of/for/from phrase names (parties.ts resolveNP,
// lexicon `pass-through-noun`), and that phrase may coordinate several; each conjunct the tree gives is
// a party of its own (one record per source and per target).
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';
import { resolveNP, type PartyIndex, type Resolved } from './parties.ts';
import { nodeNP } from './tree-args.ts';

const PREPS = new Set(['of', 'for', 'from']);

/** The parties of the conjuncts after the first in np's of-phrase, when `first` (np's own reading) came
 * from that phrase; empty otherwise. */
export function ofConjuncts(a: Analysis, tree: Tree, idx: PartyIndex, np: NP, first: Resolved): Resolved[] {
  const { tokens } = a;
  const p = np.end;
  if (!first.mention || p + 1 >= tokens.length || tokens[p].sentence !== tokens[np.head].sentence) return [];
  if (tokens[p].pos !== 'ADP' || !PREPS.has(tokens[p].text.toLowerCase()) || a.npOf[p + 1] < 0) return [];
  if (!a.lex.has('pass-through-noun', tokens[np.head].lemma)) return [];
  const obj = a.nps[a.npOf[p + 1]];
  // np's reading is the of-phrase's own actor
  if (first.mention.start < tokens[obj.start].start || first.mention.end > tokens[obj.end - 1].end) return [];
  const out: Resolved[] = [];
  for (const c of tree.conjuncts(obj.head)) {
    if (c <= obj.head || !['NOUN', 'PROPN'].includes(tree.upos[c])) continue;
    const r = resolveNP(a, idx, nodeNP(a, tree, c));
    if (r?.mention && r.mention.actor !== first.mention.actor) out.push(r);
  }
  return out;
}
