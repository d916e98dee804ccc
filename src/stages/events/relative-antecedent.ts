// "The EU praised Kenya, which has criticized Uganda", "Kenya, which has criticized Uganda, sent
// troops": the parser may hang a comma-bracketed relative clause on the main verb (advcl:relcl)
// instead of on its noun, so the tree gives the clause's verb only the pronoun "which"/"who" as its
// subject, and a pronoun names no one. The chunker reads the antecedent before the pronoun; when the
// tree's subject is that bare relative pronoun, the chunker's antecedent is the subject.
import type { Analysis, NP } from './chunks.ts';

/** The tree's subject `fromTree`, or null when it is a lone relative pronoun the chunker resolved (`viaRelative`). */
export function unlessRelativePronoun(a: Analysis, fromTree: NP[] | null, viaRelative: boolean): NP[] | null {
  if (!fromTree || !viaRelative || fromTree.length !== 1) return fromTree;
  const np = fromTree[0];
  const t = a.tokens[np.start];
  return np.end - np.start === 1 && t.pos === 'PRON' && a.lex.has('relative', t.text.toLowerCase()) ? null : fromTree;
}
