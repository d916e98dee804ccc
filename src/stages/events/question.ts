// A question is no appeal: "the moderator asked the candidate about her emails", "asks him about his tax
// returns", "asked the minister whether the talks would resume". A REQUEST whose trigger is a
// `question-verb` (lexicon: ask, quiz …) that asks *about* something, or asks a whether/if or wh-clause,
// and asks for nothing — no "to VB" or "for" — codes nothing. "asked the government to help", "asked
// Russia for gas", "asked that the envoy be recalled" stay appeals.
import type { Plover } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Analysis } from './chunks.ts';

const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'whom']);

/** Whether the REQUEST record of trigger token i is a question asked, not an appeal. */
export function isQuestion(a: Analysis, tree: Tree | null, type: Plover, i: number): boolean {
  if (type !== 'REQUEST' || !tree || !a.lex.has('question-verb', a.tokens[i].lemma)) return false;
  if (tree.child(i, 'xcomp') >= 0 || tree.obliques(i, 'for').length || tree.obliques(i, 'to').length) return false;
  const o = tree.object(i);
  if (tree.obliques(i, 'about').length || (o >= 0 && tree.obliques(o, 'about').length)) return true;
  return tree.children(i, 'ccomp').some((c) => {
    const first = tree.subtreeRange(c)[0];
    return WH.has(a.tokens[first].text.toLowerCase()) || tree.markedBy(c, (m) => WH.has(m));
  });
}
