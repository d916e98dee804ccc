// Frames that make an act unreal though its own clause looks factual: a supposition ("Say Y demanded
// that …", "Suppose X attacked Y"), read on the dependency tree; the words are the lexicon set
// supposition-verb.
import type { Analysis, VerbGroup } from './chunks.ts';

/** "Say Iran demanded that …", "Suppose the rebels took the town": a clause with its own subject under
 * a sentence-opening imperative of supposing (lexicon `supposition-verb`, no subject of its own) is
 * supposed, not told. The parser hangs the clause on the imperative (ccomp) or the imperative on the
 * clause's verb ("Say" read as its auxiliary). */
export function supposed(a: Analysis, g: VerbGroup): boolean {
  const tree = a.tree;
  if (!tree || g.verb >= tree.size || !tree.hasOwnSubject(g.verb)) return false;
  const first = a.sentStart[a.tokens[g.verb].sentence];
  const opens = (s: number) => { for (let k = first; k < s; k++) if (tree.upos[k] !== 'PUNCT') return false; return true; };
  const isSupposing = (s: number) => opens(s) && tree.upos[s] === 'VERB' && a.lex.has('supposition-verb', a.tokens[s].lemma.toLowerCase()) && !tree.hasOwnSubject(s);
  const h = tree.head(g.verb);
  if (h >= 0 && tree.rel(g.verb) === 'ccomp' && isSupposing(h)) return true;
  return tree.children(g.verb).some((c) => c < g.verb && isSupposing(c));
}
