// The date a statement was made: the governing date of its cue when a resolver is given, else a
// day-precise timex in the attribution sentence nearest the cue ("said on Thursday"), else the doc date.
import type { Doc, Span } from '../../doc/types.ts';

export type DateLookup = (doc: Doc, span: Span) => string | null;

export function statementDate(doc: Doc, cue: Span, sentence: Span, lookup?: DateLookup): string {
  const governed = lookup?.(doc, cue);
  if (governed) return governed;
  const timexes = (doc.layers.timexes ?? []).filter(
    (x) => x.start >= sentence.start && x.end <= sentence.end && (x.type === 'DATE' || x.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(x.value),
  );
  timexes.sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start));
  return timexes[0]?.value.slice(0, 10) ?? doc.date;
}
