// Metonymy read from the tree: a place name acts as its government ("Moscow said", "Washington and
// Brussels condemned the vote") as the subject of a verb of speech or policy, and as a party a political
// verb or a noun of relations names ("accused Beijing of …", "talks between Colombo and the rebels",
// "rules introduced by Ottawa"); elsewhere ("flights to Moscow", "Moscow is cold in March", "a visit to
// Beijing") it stays a place and makes no actor.
import { Tree } from '../../doc/tree.ts';

/** Word classes of the lexicon the rule reads (knowledge/actors/lexicon.yaml): verbs a government is the
 * subject of, speaking, deciding, acting on other states (`government-verb`: "Moscow said", "Colombo held
 * talks"), verbs whose object is a party acted on ("accused Beijing", `party-verb`) and nouns of relations
 * whose "between"/"with" phrase names the parties ("talks with Ankara", `relation-noun`). */
export interface PartyWords {
  governmentVerb: ReadonlySet<string>;
  partyVerb: ReadonlySet<string>;
  relationNoun: ReadonlySet<string>;
}

const lemmaIn = (tree: Tree, p: number, words: ReadonlySet<string>) =>
  words.has(tree.lemma(p).toLowerCase()) || words.has(tree.tokens[p].text.toLowerCase());

/** Whether tokens [a, b) act as a government in `tree`: the subject of a speech or policy verb, the object
 * of a verb acting on a party, the by-phrase of such a passive verb, or a party a noun of relations
 * names with "between" or "with" (each also as a conjunct: "talks between Colombo and Oslo"). */
export function actsAsGovernment(tree: Tree, a: number, b: number, words: PartyWords): boolean {
  const h = tree.spanHead(a, b);
  const p = tree.predicateOfSubject(h);
  if (p >= 0) {
    if (tree.deprels[h] === 'nsubj:pass') return false;
    return lemmaIn(tree, p, words.governmentVerb);
  }
  let x = h;
  while (tree.deprels[x] === 'conj' && tree.heads[x] >= 0) x = tree.heads[x];
  const g = tree.heads[x];
  if (g < 0) return false;
  const rel = tree.deprels[x];
  if (rel === 'obj' || rel === 'iobj') return lemmaIn(tree, g, words.partyVerb);
  if (tree.isByAgent(x) && (rel === 'obl:agent' || tree.isPassive(g))) {
    return lemmaIn(tree, g, words.governmentVerb) || lemmaIn(tree, g, words.partyVerb);
  }
  if (tree.baseRel(x) === 'nmod') {
    const prep = tree.caseOf(x);
    return (prep === 'between' || prep === 'with') && lemmaIn(tree, g, words.relationNoun);
  }
  return false;
}
