// Reduced passives: "two reporters arrested by police were freed", "the plan, criticised by Germany, …",
// "Three journalists detained by police in Cairo" (a headline). A past participle with a by-agent (the
// tree's `obl:agent`) and no auxiliary, object or infinitive marker of its own is a passive, whether the
// tree hangs it on the noun it modifies (`acl`) or, reading the phrase as a clause, gives it that noun
// as subject. Participles coordinated with it share the by-agent ("beaten and detained by police").
// (A participle the tree makes an adjectival modifier, `amod`, still names no act: "detained protesters".)
import type { Tree } from '../../doc/tree.ts';

const OWN_CLAUSE = new Set(['mark', 'aux', 'aux:pass', 'nsubj:pass', 'obj', 'iobj', 'expl', 'cop']);

/** A participle with no clause material of its own (see above). */
function bareParticiple(tree: Tree, x: number): boolean {
  if (tree.upos[x] !== 'VERB' || /ing$/i.test(tree.tokens[x].text)) return false;
  return !tree.children(x).some((c) => OWN_CLAUSE.has(tree.rel(c)));
}

const agentOf = (tree: Tree, x: number): number => tree.child(x, 'obl:agent');

/** For a reduced passive p, the node of its by-agent (its own, else a coordinated participle's); -1 otherwise. */
export function reducedPassiveAgent(tree: Tree, p: number): number {
  const conj = tree.conjuncts(p);
  const first = conj[0];
  if (!bareParticiple(tree, first) || !bareParticiple(tree, p)) return -1;
  // it modifies a noun, or the parser gave it that noun as subject
  if (tree.rel(first) !== 'acl' && tree.child(first, 'nsubj') < 0) return -1;
  const own = agentOf(tree, p);
  if (own >= 0) return own;
  for (const c of conj) {
    if (c === p || !bareParticiple(tree, c)) continue;
    const b = agentOf(tree, c);
    if (b >= 0) return b;
  }
  return -1;
}
