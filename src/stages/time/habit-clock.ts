// A clock time in a habit: "would ordinarily lock up around 9:00", "runs weekdays from 7 a.m.",
// "posted on Fridays after 4pm" name a time of day that recurs, not one on the story's day, and TIMEX3
// writes it without a day (XXXX-XX-XXThh:mm). Read on the dependency tree: the clock time's predicate, or
// a word on the way up to it, has a dependent that is a habit word (the lexicon's habit-cue list:
// "usually", "ordinarily", "weekdays"…) or a word of a set expression of the sentence ("on Fridays",
// "every day", "each morning"), or the predicate is the infinitive of "used to". A bare habitual "would"
// is no cue of its own: news uses it for a plan told in the past ("said it would land at 6 p.m.").
// Without a parse nothing changes.
import type { Doc, Span } from '../../doc/types.ts';
import { tokenSpan } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import type { TimeLexicon } from './lexicon.ts';

/** Whether the clock time at `span` is told as a habit; `sets` are the set expressions of its sentence. */
export function habitualClock(doc: Doc, span: Span, lex: TimeLexicon, sets: readonly Span[]): boolean {
  const tree = Tree.of(doc);
  if (!tree) return false;
  const { a, b } = tokenSpan(tree.tokens, span);
  if (b <= a) return false;
  const h = tree.spanHead(a, b);
  const p = tree.predicateAbove(h);
  if (p < 0) return false;
  const cues = lex.maps['habit-cue'];
  const inSet = (c: number) => sets.some((s) => tree.tokens[c].start >= s.start && tree.tokens[c].end <= s.end);
  const cue = (c: number) => c !== h && (cues.has(tree.tokens[c].text.toLowerCase()) || inSet(c));
  for (let x = h; x >= 0; x = tree.head(x)) {
    if (tree.children(x).some(cue)) return true;
    if (x === p) break;
  }
  const up = tree.head(p);
  return up >= 0 && tree.rel(p) === 'xcomp' && tree.tokens[up].text.toLowerCase() === 'used' && tree.children(p, 'mark').length > 0;
}
