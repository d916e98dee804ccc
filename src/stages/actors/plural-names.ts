// A capitalised plural of one word that a determiner, a number or a lower-case adjective opens ("the
// Clintons", "the Europeans", "radical Islamists", "two Americans"): a family, a people or a movement
// written as a name, never one person. Read on the dependency tree, so "the Sanders campaign" (the
// article belongs to "campaign") and "Mr. Ellis" keep their person.
import type { Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';

/** Words that open a plural noun phrase as its determiner. */
const PLURAL_OPENERS = new Set(['the', 'many', 'some', 'most', 'few', 'several', 'other', 'all', 'both', 'these', 'those']);

/** Whether token `k`, one capitalised word with a plural -s (not -ss), heads a phrase that a plural
 * determiner, a number or a lower-case adjective before it opens. */
export function pluralGroupName(tokens: readonly Token[], tree: Tree | null | undefined, k: number): boolean {
  if (!tree || !/^\p{Lu}\p{Ll}+[^s\P{Ll}]s$/u.test(tokens[k].text)) return false;
  return tree.children(k).some((c) => {
    if (c > k) return false;
    const w = tokens[c].text;
    const rel = tree.baseRel(c);
    if (rel === 'det') return PLURAL_OPENERS.has(w.toLowerCase());
    if (rel === 'nummod') return true;
    return rel === 'amod' && /^\p{Ll}+$/u.test(w);
  });
}
