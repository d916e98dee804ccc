// Infinitives that tell what happened: a "to" clause is unreal by default ("wants to meet", "urged Y to
// resign"), but under an implicative verb ("managed to shelter", "used the tweet to mock", "took to Twitter
// to accuse", "went on to win", "caused the crowd to attack") it is as factual as the verb it hangs on. The
// governing verb comes from the tree; the verbs are the lexicon's `implicative-governor` set (a verb with
// its particle or the preposition of its oblique: "take to", "go on").
import type { Tree } from '../../doc/tree.ts';
import type { Lexicon } from './lexicon.ts';

/** Whether verb v, read with its particle or an oblique's preposition, is an implicative governor. */
function implicativeVerb(tree: Tree, lex: Lexicon, v: number): boolean {
  const lemma = tree.lemma(v).toLowerCase();
  if (lex.has('implicative-governor', lemma)) return true;
  for (const c of tree.children(v)) {
    const r = tree.rel(c);
    if (r === 'compound:prt' && lex.has('implicative-governor', `${lemma} ${tree.tokens[c].text.toLowerCase()}`)) return true;
    // "took to Twitter to accuse": the medium taken to, not a thing taken ("took steps to").
    if (tree.baseRel(c) === 'obl' && tree.caseOf(c) && lex.has('implicative-governor', `${lemma} ${tree.caseOf(c)}`) && tree.object(v) < 0) return true;
  }
  return false;
}

/** The implicative verb whose factuality the "to" clause at verb p takes, or -1 when the infinitive stays unreal. */
export function factualInfinitiveHost(tree: Tree, lex: Lexicon, p: number): number {
  const h = tree.infinitiveGovernor(p);
  if (h < 0 || tree.upos[h] !== 'VERB' || !implicativeVerb(tree, lex, h) || bareAfterInflected(tree, h)) return -1;
  return h;
}

/** "planned to murder X and then use firearms to attack Y", parsed with "use" coordinated with "planned": a
 * bare form coordinated with an inflected verb shares a "to" or a modal the parse lost, so its mode is unknown. */
function bareAfterInflected(tree: Tree, h: number): boolean {
  if (tree.rel(h) !== 'conj') return false;
  let first = tree.head(h);
  while (first >= 0 && tree.rel(first) === 'conj') first = tree.head(first);
  if (first < 0 || tree.upos[first] !== 'VERB') return false;
  const bare = (i: number) => tree.tokens[i].text.toLowerCase() === tree.lemma(i).toLowerCase();
  return bare(h) && !bare(first);
}
