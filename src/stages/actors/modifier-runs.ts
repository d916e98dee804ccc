// Capitalised runs that qualify a noun as adjectives, read from the tree: "West African leaders",
// "Southeast Asian nations", "East Asian countries". A run that the rules guessed to be an organisation
// for want of any cue (no organisation word, no gazetteer, registry or given-name reading) and whose
// words all modify the following noun as adjectives (amod) names nobody: it is dropped.
import type { Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Cand } from './recognize.ts';

/** The guess the recogniser gives a multi-word capitalised run with no cue. */
const NO_CUE = 0.4;

export function dropModifierRuns(tree: Tree | null, tokens: Token[], cands: Cand[]): Cand[] {
  if (!tree) return cands;
  return cands.filter((c) => {
    if (c.type !== 'unknown' || c.guess !== 'ORG' || (c.confidence ?? 1) > NO_CUE || c.alias || c.parent || c.b - c.a < 2) return true;
    const head = tree.head(c.b - 1);
    if (head !== c.b || tree.upos[head] !== 'NOUN' || /^\p{Lu}/u.test(tokens[head].text)) return true;
    for (let k = c.a; k < c.b; k++) if (tree.rel(k) !== 'amod' || tree.head(k) !== head) return true;
    return false;
  });
}
