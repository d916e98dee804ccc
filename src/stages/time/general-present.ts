// "Today" as the present in general, not the document's day: TIMEX3 gives "today" the value PRESENT_REF
// when it means "nowadays" (TIDES/TimeML convention). Read on the dependency tree: a bare "today" in a
// present-tense clause where a word of continuation or comparison (the lexicon's general-present-cue
// list: "even today", "is still used today", "faster than can be done today") attaches to "today" or to
// a word on the way up to the predicate it hangs from. Without a parse nothing changes.
import type { Doc, Span, Token } from '../../doc/types.ts';
import { Tree } from '../../doc/tree.ts';
import type { TimeLexicon } from './lexicon.ts';
import { governorOf } from './governor.ts';

/** Relations by which a cue word hangs from the path ("even today", "than rates in effect today"). */
const CUE_RELATIONS = new Set(['advmod', 'case', 'mark', 'fixed']);

/** Whether the one-word expression `span` ("today") names the present in general. */
export function presentInGeneral(doc: Doc, span: Span, lex: TimeLexicon, tokens: Token[]): boolean {
  const tree = Tree.of(doc);
  if (!tree) return false;
  const h = tree.tokens.findIndex((t) => t.start === span.start && t.end === span.end);
  if (h < 0) return false;
  const cues = lex.maps['general-present-cue'];
  const top = tree.predicateAbove(h);
  let found = false;
  // The path from "today" up to its predicate (or to the root when there is none).
  for (let x = h, guard = 0; x >= 0 && guard < tree.size && !found; x = x === top ? -1 : tree.head(x), guard++) {
    found = tree.children(x).some((c) => CUE_RELATIONS.has(tree.baseRel(c)) && cues.has(tree.tokens[c].text.toLowerCase()));
  }
  return found && governorOf(doc, span, lex, tokens, tree).tense === 'present';
}
