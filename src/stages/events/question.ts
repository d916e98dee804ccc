// A question is no appeal: "the moderator asked the candidate about her emails", "asks him about his tax
// returns", "asked the minister whether the talks would resume", "asked the envoy, 'will they resume?'". A REQUEST whose trigger is a
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
  // "asked the envoy, 'will the talks resume?'": the words asked are a question quoted right after.
  if (quotedQuestionAfter(a, i)) return true;
  const o = tree.object(i);
  if (tree.obliques(i, 'about').length || (o >= 0 && tree.obliques(o, 'about').length)) return true;
  return tree.children(i, 'ccomp').some((c) => {
    const first = tree.subtreeRange(c)[0];
    return WH.has(a.tokens[first].text.toLowerCase()) || tree.markedBy(c, (m) => WH.has(m));
  });
}

const OPEN_QUOTE = new Set(['"', '“', "'", '‘']);
const CLOSE_QUOTE = new Set(['"', '”', "'", '’']);

/**
 * Whether a direct quotation that is a question follows trigger i in its sentence, after at most its
 * object and a comma or colon ("asked him, “…?”"): the quote's last word before its closing mark is "?".
 */
function quotedQuestionAfter(a: Analysis, i: number): boolean {
  const t = a.tokens;
  // (past the object, a few words with no verb: "asked the minister, …")
  let k = i + 1;
  while (k < i + 6 && t[k] && t[k].sentence === t[i].sentence && !/^[,:]$/.test(t[k].text) && !OPEN_QUOTE.has(t[k].text) && t[k].pos !== 'VERB') k++;
  if (t[k] && (t[k].text === ',' || t[k].text === ':')) k++;
  if (!t[k] || t[k].sentence !== t[i].sentence || !OPEN_QUOTE.has(t[k].text)) return false;
  for (let j = k + 1; j < t.length && j < k + 80; j++) {
    if (CLOSE_QUOTE.has(t[j].text)) return t[j - 1]?.text === '?';
  }
  return false;
}
