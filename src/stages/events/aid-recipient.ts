// The recipient of a gift. An AID verb's object is the thing given ("provided guardrails", "donated a
// crate of pumps"); where a template bound that thing as the target, the tree is asked for whom it was
// given: a to/for phrase or indirect object of the verb that names people or an organisation ("pays
// pensions only to those who retired early"), else the object of a purpose clause on the verb or on the
// thing given whose verb is one of the lexicon's `aid-purpose` verbs ("donated pumps to assist Kenya",
// "gave credit to help small farmers").
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';
import { nodesNPs } from './tree-args.ts';

const RECIPIENT_CASES = new Set(['to', 'for']);

/**
 * The recipient phrases for AID verb i whose bound target phrases `bound` are all things (`namesNoParty`:
 * naming no party), or null when the target is no thing or the tree names no recipient. `partyLike`
 * tells whether a phrase names people or an organisation.
 */
export function aidRecipient(
  a: Analysis,
  tree: Tree,
  i: number,
  bound: NP[] | undefined,
  namesNoParty: (np: NP) => boolean,
  partyLike: (np: NP) => boolean,
): NP[] | null {
  if (!bound?.length || !bound.every(namesNoParty)) return null;
  const people = (n: number): NP[] | null => {
    const nps = nodesNPs(a, tree, [n]);
    return nps && nps.every(partyLike) ? nps : null;
  };
  // "gave her a grant", "provided buses for the tourists": an indirect object or a to/for phrase of the
  // verb, or one the parser hung on the thing given ("pays pensions only to retirees").
  const o = tree.object(i);
  const onThing = o >= 0 ? tree.children(o).filter((c) => tree.baseRel(c) === 'nmod') : [];
  for (const c of [...tree.children(i), ...onThing]) {
    const rel = tree.baseRel(c);
    const given = ((rel === 'obl' || rel === 'nmod') && RECIPIENT_CASES.has(tree.caseOf(c))) || rel === 'iobj';
    const r = given ? people(c) : null;
    if (r) return r;
  }
  // "donated pumps to assist Kenya": a purpose clause on the verb, or on the thing given.
  const clauses = [...tree.children(i, 'advcl'), ...(o >= 0 ? tree.children(o, 'acl') : [])];
  for (const c of clauses) {
    if (!a.lex.has('aid-purpose', tree.lemma(c))) continue;
    if (!tree.children(c).some((k) => tree.baseRel(k) === 'mark' && a.tokens[k].text.toLowerCase() === 'to')) continue;
    const obj = tree.object(c);
    const r = obj >= 0 ? people(obj) : null;
    if (r) return r;
  }
  return null;
}

/**
 * Whether AID verb i, a verb of giving (the lexicon's `transfer-verb` set, not "evacuate" or "protect"
 * whose object is the people helped), gives a thing that cannot be aid: its object in the tree is a common noun naming no
 * party (`namesNoParty`) whose head the lexicon's `aid-thing` set does not list — "provided guardrails",
 * "will supply chips", "gave no explanation for the delay", "sent instructions" — while
 * "humanitarian assistance", "a shipment of pumps", "250 ventilators" or an amount ("$1.7 billion") can be.
 */
export function givesNoAid(a: Analysis, tree: Tree, i: number, namesNoParty: (np: NP) => boolean): boolean {
  if (!a.lex.has('transfer-verb', a.tokens[i].lemma)) return false;
  const o = tree.object(i);
  if (o < 0 || o >= a.tokens.length || a.tokens[o].pos !== 'NOUN') return false;
  const nps = nodesNPs(a, tree, [o]);
  if (!nps?.length) return false;
  return nps.every((np) => {
    const h = a.tokens[np.head];
    if (h.pos === 'NUM' || h.pos === 'SYM' || a.lex.has('aid-thing', h.lemma) || a.lex.has('aid-thing', h.text.toLowerCase())) return false;
    return namesNoParty(np);
  });
}
