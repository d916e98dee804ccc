// "The senator said the government must restore order and provide shelter to the victims", "the minister
// demanded that the rebels lay down their arms and free the hostages": a bare verb coordinated with a verb
// that carries a modal or future auxiliary, or is itself a bare subjunctive, has no subject or auxiliary
// of its own: it shares the first verb's. Word order took the nearest subject before the speech verb (the
// senator providing shelter, the minister freeing hostages) and the clause's own mode (reported) instead
// of the first verb's (hypothetical). The bare form keeps a finite verb coordinated with the speech verb
// itself ("said the talks must go on and urged Iran to …") out: that one has its own tense.
import type { Tree } from '../../doc/tree.ts';
import type { Token } from '../../doc/types.ts';

const OWN = new Set(['aux', 'aux:pass', 'mark', 'cop']);

/** A bare base form: the lemma as written (not "be"). */
const bare = (t: Token) => t.text.toLowerCase() === t.lemma && t.lemma !== 'be';

/**
 * The first conjunct whose subject and auxiliary verb `i` shares — `i` a bare verb coordinated with it,
 * with no subject, auxiliary or marker of its own; the first conjunct a verb with a subject of its own
 * and an auxiliary, or a bare form after its subject (a subjunctive) — else -1.
 */
export function auxConjunctHead(tree: Tree, tokens: Token[], i: number): number {
  if (tree.rel(i) !== 'conj' || tree.upos[i] !== 'VERB' || tree.hasOwnSubject(i) || !bare(tokens[i])) return -1;
  if (tree.children(i).some((c) => OWN.has(tree.rel(c)))) return -1;
  let first = tree.head(i);
  while (first >= 0 && tree.rel(first) === 'conj') first = tree.head(first);
  if (first < 0 || tree.upos[first] !== 'VERB' || !tree.hasOwnSubject(first)) return -1;
  const aux = tree.children(first).some((c) => tree.rel(c) === 'aux');
  return aux || bare(tokens[first]) ? first : -1;
}
