// "The senator said the government must restore order and provide shelter to the victims", "the minister
// demanded that the rebels lay down their arms and free the hostages": a bare verb coordinated with a verb
// that carries a modal or future auxiliary, or is itself a bare subjunctive, has no subject or auxiliary
// of its own: it shares the first verb's. Word order took the nearest subject before the speech verb (the
// senator providing shelter, the minister freeing hostages) and the clause's own mode (reported) instead
// of the first verb's (hypothetical). The bare form keeps a finite verb coordinated with the speech verb
// itself ("said the talks must go on and urged Iran to …") out: that one has its own tense.
import type { Tree } from '../../doc/tree.ts';
import type { Token } from '../../doc/types.ts';
import type { Analysis } from './chunks.ts';

const OWN = new Set(['aux', 'aux:pass', 'mark', 'cop']);

/** A bare base form: the lemma as written (not "be"). */
const bare = (t: Token) => t.text.toLowerCase() === t.lemma && t.lemma !== 'be';

/**
 * The first conjunct whose subject and auxiliary verb `i` shares — `i` a bare verb coordinated with it,
 * with no subject, auxiliary or marker of its own; the first conjunct a verb with a subject of its own
 * and an auxiliary, or a bare form after its subject (a subjunctive) — else -1.
 */
export function auxConjunctHead(tree: Tree, tokens: Token[], i: number): number {
  if (!bare(tokens[i]) || tree.children(i).some((c) => OWN.has(tree.rel(c)))) return -1;
  const first = tree.firstConjunctWithSubject(i);
  if (first < 0) return -1;
  const aux = tree.children(first).some((c) => tree.rel(c) === 'aux');
  return aux || bare(tokens[first]) ? first : -1;
}

/**
 * "Lena said the rebels attacked the town and killed five": the first conjunct whose subject the verb `i`
 * shares, where that conjunct is the clause a speech verb reports (`speech-verb`), "and" or "or"
 * coordinates them, `i` has no auxiliary or marker of its own, and both have the same form; else -1. Word
 * order, skipping the reported clause, took the speaker for the doer. Left to word order: a participle
 * clause after a comma, which the parser may hang as a conjunct ("said the talks failed, accusing Y": the
 * speaker's); "but" ("claimed Y had funded Z, but gave no evidence": more often the speaker's); a past
 * verb after a bare one under a modal ("said the talks must go on and urged Y": coordinated with the
 * speech verb); an irregular past like "hit" or "beat", which reads as bare; any verb that is not a
 * speech verb's clause ("the premier turned down Western calls for talks and dismissed …", where the
 * parser may make "calls" a verb whose subject is "Western").
 */
export function reportedConjunctHead(tree: Tree, a: Analysis, i: number): number {
  const cc = tree.children(i, 'cc').map((c) => a.tokens[c].lemma);
  if (!cc.some((l) => l === 'and' || l === 'or') || tree.children(i).some((c) => OWN.has(tree.rel(c)))) return -1;
  const first = tree.firstConjunctWithSubject(i);
  if (first < 0 || tree.rel(first) !== 'ccomp' || !a.lex.has('speech-verb', tree.lemma(tree.head(first)))) return -1;
  return bare(a.tokens[first]) === bare(a.tokens[i]) ? first : -1;
}

/**
 * "The senator praised Lena Varga, who visited Paris and criticized Russia": the relative clause whose
 * subject — the relative pronoun, read as the noun the clause modifies — the verb `i` shares: `i` a verb
 * coordinated by "and" or "or" with no subject and no comma of its own before it, its first conjunct a
 * clause whose own subject is a relative pronoun, the clause hung on its noun (acl:relcl) or, after a
 * comma, misread as a complement or a clause of the main verb (the parser often hangs ", who visited …"
 * on the main verb); else -1. Word order took the main clause's subject (the senator criticizing Russia)
 * or none. A conjunct after a comma is left to word order: the parser may hang a main-clause verb there
 * ("praised Kenya, which has reformed its courts, and warned Uganda").
 */
export function relativeConjunctHead(tree: Tree, a: Analysis, i: number): number {
  if (tree.rel(i) !== 'conj' || tree.upos[i] !== 'VERB') return -1;
  const cc = tree.children(i, 'cc').map((c) => a.tokens[c].lemma);
  if (!cc.some((l) => l === 'and' || l === 'or') || tree.children(i).some((c) => tree.isSubject(c))) return -1;
  if (tree.children(i).some((c) => c < i && tree.rel(c) === 'punct' && a.tokens[c].text === ',')) return -1;
  let first = tree.head(i);
  while (first >= 0 && tree.rel(first) === 'conj') first = tree.head(first);
  if (first < 0) return -1;
  const own = tree.children(first).find((c) => tree.isSubject(c));
  if (own === undefined || !a.lex.has('relative', a.tokens[own].text.toLowerCase())) return -1;
  if (tree.rel(first) === 'acl:relcl') return first;
  const wh = ['who', 'which'].includes(a.tokens[own].text.toLowerCase());
  return wh && own > 0 && a.tokens[own - 1].text === ',' && MISREAD.has(tree.rel(first)) ? first : -1;
}

/** Relations the parser gives a comma-opened relative clause it hangs on the main verb. */
const MISREAD = new Set(['ccomp', 'advcl', 'advcl:relcl', 'parataxis']);
