// Features of a predicate for the trained event-type classifier (type-model.ts), all read from the
// syntax layer (doc/tree.ts): the predicate's lemma, part of speech and relation, its direct object, its
// controlled complements ("threatened to withdraw") and their objects, each oblique's preposition and
// head ("talks with Iran"), auxiliaries, clausal complements, negation, passive voice and the word it
// hangs from. Hashed to Int32 keys for the syntax stage's perceptron.
import type { Tree } from '../../doc/tree.ts';
import { strHash } from '../syntax/hash.ts';

/** A token the classifier may code: a verb (the head of a clause or a controlled complement). */
export function isTypePredicate(tree: Tree, p: number): boolean {
  return tree.upos[p] === 'VERB';
}

const lemmaOf = (tree: Tree, i: number) => (i >= 0 ? tree.lemma(i).toLowerCase() : '-');

/** The readable features of predicate p (bias first). */
export function predicateFeatureNames(tree: Tree, p: number): string[] {
  const l = lemmaOf(tree, p);
  const obj = lemmaOf(tree, tree.object(p));
  const f = ['bias', `l=${l}`, `u=${tree.upos[p]}`, `r=${tree.baseRel(p)}`, `o=${obj}`, `lo=${l}|${obj}`];
  for (const x of tree.children(p, 'xcomp')) {
    const xl = lemmaOf(tree, x);
    f.push(`x=${xl}`, `lx=${l}|${xl}`, `xo=${lemmaOf(tree, tree.object(x))}`);
  }
  for (const c of tree.children(p)) {
    const r = tree.baseRel(c);
    if (r === 'obl' || r === 'nmod') f.push(`ob=${tree.caseOf(c)}|${lemmaOf(tree, c)}`, `oc=${l}|${tree.caseOf(c)}`);
    else if (r === 'aux') f.push(`aux=${lemmaOf(tree, c)}`);
    else if (r === 'ccomp') f.push(`cc=${lemmaOf(tree, c)}`);
  }
  if (tree.isNegated(p)) f.push('neg');
  if (tree.isPassive(p)) f.push('pass');
  const h = tree.head(p);
  if (h >= 0) f.push(`h=${lemmaOf(tree, h)}`, `hr=${tree.rel(p)}|${lemmaOf(tree, h)}`);
  return f;
}

/** The hashed keys of predicate p's features. */
export function predicateFeatures(tree: Tree, p: number): Int32Array {
  const names = predicateFeatureNames(tree, p);
  const out = new Int32Array(names.length);
  for (let k = 0; k < names.length; k++) out[k] = strHash(names[k]) | 0 || 1;
  return out;
}
