// A possessive pronoun in a phrase that names a part of an earlier noun ("Russia's invasion of Ukraine,
// including its annexation of Crimea", "the bloc's measures, such as its ban on imports"): the pronoun is
// that noun's possessor, not the nearest name before it (here the of-phrase's Poland). The earlier noun
// is the one right before the lead word (lexicon `inclusion-word`), climbed through the of/on/against
// phrases the tree hangs on it to the noun that has the possessor.
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';
import { possessorOf, type PartyIndex, type Resolved } from './parties.ts';
import { nodeNP } from './tree-args.ts';

/** The named possessor the pronoun of phrase np stands for, or null when np follows no inclusion word. */
export function inclusionPossessor(a: Analysis, tree: Tree, idx: PartyIndex, np: NP, sentStart: number): Resolved | null {
  const { tokens } = a;
  const low = (k: number) => tokens[k].text.toLowerCase();
  let k = np.start - 1;
  if (k < sentStart || !a.lex.has('inclusion-word', low(k))) return null;
  if (low(k) === 'as') {
    if (k - 1 < sentStart || low(k - 1) !== 'such') return null;
    k--;
  }
  k--;
  if (k >= sentStart && tokens[k].text === ',') k--;
  if (k < sentStart || !['NOUN', 'PROPN'].includes(tree.upos[k])) return null;
  for (let n = k, steps = 0; n >= 0 && steps < 4; n = tree.head(n), steps++) {
    if (tree.upos[n] === 'NOUN' && tree.possessor(n) >= 0) {
      const poss = possessorOf(a, idx, nodeNP(a, tree, n), n);
      return poss.resolved && !poss.pronoun ? poss.resolved : null;
    }
    // up only through the phrase's own words and its nominal modifiers ("invasion of Ukraine")
    if (!['nmod', 'compound', 'flat', 'conj'].includes(tree.baseRel(n)) || tree.head(n) < 0) return null;
  }
  return null;
}
