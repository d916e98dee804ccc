// Argument structure of a trigger from the dependency tree, as the chunker's noun phrases (so actor
// resolution keeps reading the same phrases): the subject with control, coordination and relative
// clauses resolved, the by-agent of a passive (never an instrument "with X"), the object, obliques by
// preposition, coordination distributed. Each query returns null when the tree has nothing to say, so
// the caller keeps its word-order fallback.
import type { Tree } from '../../doc/tree.ts';
import { isTimeNP, quantityAt, type Analysis, type NP } from './chunks.ts';

/** The chunk phrase holding tree node n, or one built from n's core phrase when the chunker has none. */
export function nodeNP(a: Analysis, tree: Tree, n: number): NP {
  const k = a.npOf[n];
  if (k >= 0) return a.nps[k];
  const [lo, hi] = tree.coreRange(n);
  return { start: lo, end: hi + 1, head: n };
}

/** Phrases of the nodes and their conjuncts, each once, in text order (conjuncts `keep` refuses left out). */
export function nodesNPs(a: Analysis, tree: Tree, nodes: number[], keep: (n: number) => boolean = () => true): NP[] | null {
  const seen = new Set<string>();
  const out: NP[] = [];
  for (const n of nodes.flatMap((x) => tree.conjuncts(x).filter((c) => c === x || keep(c))).sort((x, y) => x - y)) {
    if (!isNominal(tree, n)) continue;
    const np = nodeNP(a, tree, n);
    const key = `${np.start}:${np.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(np);
  }
  return out.length ? out : null;
}

/** A node that can name a party: a noun, name, pronoun, number or adjective used as a noun. */
function isNominal(tree: Tree, n: number): boolean {
  return ['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'X', 'DET'].includes(tree.upos[n]);
}

/** The doers of predicate p: its by-agent when passive (or that of a passive coordinated with it: "was
 * shot and killed by an officer"), else its subject (control, coordination, relative clause resolved). */
export function treeAgents(a: Analysis, tree: Tree, p: number): NP[] | null {
  const n = tree.sharedAgent(p);
  return n >= 0 ? agentNPs(a, tree, n) : null;
}

/** The phrases of by-agent n and its conjuncts, less a conjunct with a by-phrase of its own: "residents
 * wounded by a bomb and two officers shot by the gunman" coordinates two reduced passives, which the
 * parser may read as one agent list ("a bomb and … officers shot"); the officers are acted on. */
export function agentNPs(a: Analysis, tree: Tree, n: number): NP[] | null {
  return nodesNPs(a, tree, [n], (c) => tree.byAgent(c) < 0);
}

/** Who is to do the "to" clause p of a verb of making, asking or letting someone act (lexicon
 * `object-control`: "threats prompted NATO to order", "asked the parliament to approve"; `addressee-control`
 * with the preposition of the one asked: "called on Spain to negotiate"): the verb's object, else that
 * oblique, wherever the parser hung the clause; for a passive verb its subject, never the by-agent ("was
 * ordered by Congress to work with X": the one ordered works). See Tree.addresseeController; null when p is
 * no such clause. */
export function objectController(a: Analysis, tree: Tree, p: number): number | null {
  const n = tree.addresseeController(p, (lemma, prep) => (prep === null ? a.lex.has('object-control', lemma) : a.lex.has('addressee-control', `${lemma} ${prep}`)));
  return n >= 0 ? n : null;
}

/** The grammatical subjects of p, coordination distributed (for a passive: the ones acted upon). A time
 * phrase the parser read as a subject ("A judge Thursday approved …") is none, nor the object of a
 * preposition ("Troops loyal to the president blockaded …": the president is no subject). */
export function treeSubjects(a: Analysis, tree: Tree, p: number): NP[] | null {
  const c = objectController(a, tree, p) ?? tree.controlledSubject(p);
  // ("France, meeting Iran in Geneva, urged …" with France hung inside the participle: Tree.subjectInAdjunct)
  const n = c >= 0 ? c : tree.subjectInAdjunct(p);
  // (Only a subject the parser attached to p itself: the noun a participle modifies may follow a preposition.)
  const own = n >= 0 && tree.head(n) === p;
  const nps = n >= 0 ? nodesNPs(a, tree, [n])?.filter((np) => !isTimeNP(a, np) && !(own && afterPreposition(a, tree, np))) : null;
  return nps?.length ? nps : null;
}

/** A phrase right after a preposition that opens no clause ("to the president", not "after Iran fired"),
 * not one the parser marks as opening the clause, and neither a quantity ("around 7,000 refugees") nor a date glued to the subject ("On 21 June Mexican
 * authorities"). */
function afterPreposition(a: Analysis, tree: Tree, np: NP): boolean {
  const t = a.tokens[np.start - 1];
  // "with partners backing the deal": the parser's own clause marker opens a clause (an infinitive's
  // "to" has no subject after it).
  if (tree.rel(np.start - 1) === 'mark' && tree.upos[np.start - 1] !== 'PART') return false;
  const first = a.tokens[np.start];
  if (quantityAt(a, np.start) || a.timed[np.start] === 1) return false;
  return !!t && t.sentence === first.sentence && t.pos === 'ADP' && !a.lex.has('complementizer', t.text.toLowerCase());
}

/** The direct objects of an active p. */
export function treeObjects(a: Analysis, tree: Tree, p: number): NP[] | null {
  const n = tree.object(p);
  return n >= 0 ? nodesNPs(a, tree, [n]) : null;
}

/** Oblique arguments (or noun modifiers) of p marked by one of `preps`: "sanctions on Y", "talks with Y". */
export function treeObliques(a: Analysis, tree: Tree, p: number, preps: string[]): NP[] | null {
  const nodes = preps.flatMap((prep) => tree.obliques(p, prep));
  return nodes.length ? nodesNPs(a, tree, nodes) : null;
}
