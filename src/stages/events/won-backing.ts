// Backing won or held by the subject of the verb that takes the noun: "the senator won the backing of
// the governor", "has the support of the party", "enjoyed support from the union" (lexicon `win-verb`;
// support from voters or a people at large is opinion and codes nothing, electorate.ts).
// The one backed is the subject, the backer the noun's of/from phrase. The verb is read from the tree
// (the noun is its object), else from word order (the verb group right before the noun's phrase).
import type { Tree } from '../../doc/tree.ts';
import { npsFrom, type Analysis, type NP, type VerbGroup } from './chunks.ts';
import { nodesNPs } from './tree-args.ts';

export interface WinFrame {
  /** The verb whose object the noun is. */
  verb: number;
  /** Its verb group (word order), when the chunker made one. */
  group: VerbGroup | undefined;
}

/** The verb whose object SUPPORT noun event i (in phrase np) is, when it is a `win-verb`; else null. */
export function winFrame(a: Analysis, tree: Tree | null, type: string, i: number, np: NP, sentStart: number): WinFrame | null {
  if (type !== 'SUPPORT') return null;
  if (tree) {
    const n = tree.compoundHead(i);
    const h = tree.head(n);
    if (h >= 0 && tree.rel(n) === 'obj') return a.lex.has('win-verb', a.tokens[h].lemma) && !tree.isPassive(h) ? { verb: h, group: a.groupAt.get(h) } : null;
  }
  let k = np.start - 1;
  while (k >= sentStart && (a.tokens[k].pos === 'ADV' || a.tokens[k].pos === 'PART')) k--;
  const g = k >= sentStart ? a.groupAt.get(k) : undefined;
  return g && a.lex.has('win-verb', a.tokens[g.verb].lemma) ? { verb: g.verb, group: g } : null;
}

/**
 * The backer's phrase of noun event i ("the backing of the governor", "support from voters"): the noun's
 * of/from modifier in the tree, else the phrase after "of"/"from" right after the noun's phrase; null
 * when there is none.
 */
export function backerPhrase(a: Analysis, tree: Tree | null, i: number, np: NP, end: number): NP[] | null {
  const preps = ['of', 'from'];
  if (tree) {
    const n = tree.compoundHead(i);
    for (const c of tree.obliques(n)) {
      if (c > n && preps.includes(tree.caseOf(c))) {
        const nps = nodesNPs(a, tree, [c])?.filter((x, k) => k === 0 || !startsClause(a, tree, x.end));
        if (nps?.length) return nps;
      }
    }
  }
  const k = np.end;
  const w = k < end ? a.tokens[k].text.toLowerCase() : '';
  if (preps.includes(w) && a.tokens[k].pos === 'ADP') {
    const nps = npsFrom(a, k + 1, end);
    if (nps.length) return nps;
  }
  return null;
}

/** "the support of the party and Clinton recovers": a verb of a clause of its own right after a conjunct
 * (not a participle modifying it) makes the conjunct that clause's subject, however the parser hung it. */
function startsClause(a: Analysis, tree: Tree, k: number): boolean {
  while (k < a.tokens.length && (a.tokens[k].pos === 'AUX' || a.tokens[k].pos === 'ADV')) k++;
  return k < a.tokens.length && tree.upos[k] === 'VERB' && !/^(acl|amod)/.test(tree.rel(k));
}
