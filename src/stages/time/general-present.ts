// "Today" as the present in general, not the document's day: TIMEX3 gives "today" the value PRESENT_REF
// when it means "nowadays" (TIDES/TimeML convention; the deictic day "will vote today", "said today"
// keeps the document's date). Read on the dependency tree, two ways:
// - a cue: a bare "today" in a present-tense clause where a word of continuation or comparison (the
//   lexicon's general-present-cue list: "even today", "is still used today", "faster than can be done
//   today") attaches to "today" or to a word on the way up to the predicate it hangs from;
// - a state: a bare "today" adjunct (not the subject, not "today's") of a predicate that tells how things
//   stand rather than an act that can be scheduled for the day — a copular predicate with a nominal or
//   adjectival head ("the danger is as great today"), a passive ("are deployed today"), or the present
//   perfect against an earlier year in the sentence ("held half the market in 2009 and has fallen to a
//   third today"; without one "have set up a picket line today" is the day's news) — with a subject of its own, not progressive, no modal, no
//   reporting or planning verb. An active simple present ("the council meets today") stays the day: news
//   uses it for schedules. Known limit: a locative state of the day ("is in court today") is a PP head and
//   is left to the day; an adjectival state of the day ("schools are closed today") reads as the present.
// Without a parse nothing changes.
import type { Doc, Span, Token } from '../../doc/types.ts';
import { Tree } from '../../doc/tree.ts';
import { isModal, type TimeLexicon } from './lexicon.ts';
import { bareParticiple, governorOf } from './governor.ts';

/** Relations by which a cue word hangs from the path ("even today", "than rates in effect today"). */
const CUE_RELATIONS = new Set(['advmod', 'case', 'mark', 'fixed']);
/** Relations by which "today" is an adjunct of its clause. */
const ADJUNCT = new Set(['obl', 'advmod']);
/** Heads of a copular predicate that name a state (not a place or time: "is in court", "is on Monday"). */
const STATE_HEAD = new Set(['ADJ', 'NOUN', 'PRON', 'NUM', 'VERB']);

/** Whether the one-word expression `span` ("today") names the present in general. */
export function presentInGeneral(doc: Doc, span: Span, lex: TimeLexicon, tokens: Token[], earlier = false): boolean {
  const tree = Tree.of(doc);
  if (!tree) return false;
  const h = tree.tokens.findIndex((t) => t.start === span.start && t.end === span.end);
  if (h < 0) return false;
  return byCue(tree, h, lex) ? governorOf(doc, span, lex, tokens, tree).tense === 'present' : byState(doc, span, tree, h, lex, tokens, earlier);
}

function byCue(tree: Tree, h: number, lex: TimeLexicon): boolean {
  const cues = lex.maps['general-present-cue'];
  const top = tree.predicateAbove(h);
  let found = false;
  // The path from "today" up to its predicate (or to the root when there is none).
  for (let x = h, guard = 0; x >= 0 && guard < tree.size && !found; x = x === top ? -1 : tree.head(x), guard++) {
    found = tree.children(x).some((c) => CUE_RELATIONS.has(tree.baseRel(c)) && cues.has(tree.tokens[c].text.toLowerCase()));
  }
  return found;
}

function byState(doc: Doc, span: Span, tree: Tree, h: number, lex: TimeLexicon, tokens: Token[], earlier: boolean): boolean {
  if (!ADJUNCT.has(tree.baseRel(h)) || tree.children(h).length > (tree.children(h).some((c) => tree.rel(c) === 'punct') ? 1 : 0)) return false;
  let p = tree.predicateAbove(h);
  // "the climb facing companies today": a bare participle tells no tense; the clause it hangs from does.
  while (p >= 0 && bareParticiple(tree, p)) {
    const up = tree.predicateAbove(p);
    p = up === p ? (tree.head(p) >= 0 ? tree.predicateAbove(tree.head(p)) : -1) : up;
  }
  if (p < 0) return false;
  const subject = tree.subject(p);
  if (subject < 0 || subject === h) return false;
  const group = tree.verbGroup(p);
  if (group.some((k) => isModal(lex, tree.tokens[k].text) || (k !== p && /ing$/i.test(tree.tokens[k].text)))) return false;
  if (tree.upos[p] === 'VERB' && /ing$/i.test(tree.tokens[p].text)) return false;
  const lemma = tree.lemma(p).toLowerCase();
  if (lex.maps['reporting-verb'].has(lemma) || lex.maps['prospective-verb'].has(lemma)) return false;
  const copular = tree.isCopular(p);
  if (copular && (!STATE_HEAD.has(tree.upos[p]) || tree.children(p).some((c) => tree.rel(c) === 'case'))) return false;
  const tense = governorOf(doc, span, lex, tokens, tree).tense;
  // "has dropped to half today" is a change up to the present only against an earlier time in the
  // sentence ("in 2009"); without one the perfect tells the day's news ("have set up a picket line today").
  if (tense === 'present-perfect') return earlier;
  return tense === 'present' && (copular || tree.isPassive(p));
}
