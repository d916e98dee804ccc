// The speech time of quoted words. An expression that points from the moment of speaking ("today", "last
// night", "this week", "on Monday") means that moment inside a quotation: in "'Talks resume today,' the
// mayor said on Saturday", printed on Sunday, "today" is the Saturday. The quotes stage dates each statement
// by its attribution, and the quotes of one attributed occasion share that date (quotes/dates.ts); the time
// stage runs before it and anchors everything on the article's day. This component runs after the quotes:
// when a quotation's words hold a time expression and the statement is dated to a day other than the
// article's, the document's expressions are resolved again with that day as the anchor inside the quotation
// (its parts, not the frame between them; reported speech keeps the article's anchor: a reporter's paraphrase
// is mostly written from the day of writing, and no untuned text shows otherwise). Events, read after, take the re-anchored values.
import type { Doc, Quote, Span } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { parseYmd, type Ymd } from './calendar.ts';
import { findTimexes, timeReaders, type SpeechDay } from './index.ts';

export interface SpokenSpan extends Span {
  /** The day the words were spoken. */
  day: Ymd;
}

/** Whether a quote reproduces the speaker's words (a direct or partial quotation, not a scare quote). */
function quotesWords(q: Quote): boolean {
  return (q.kind === 'direct' || q.kind === 'partial') && !q.scare && q.speaker !== null;
}

/** The quoted words of `doc` spoken on a day other than the document's, with that day. */
export function spokenElsewhen(doc: Doc): SpokenSpan[] {
  const out: SpokenSpan[] = [];
  for (const q of doc.layers.quotes ?? []) {
    if (!quotesWords(q) || !q.date || q.date === doc.date) continue;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(q.date) ? parseYmd(q.date) : null;
    if (!day) continue;
    for (const p of q.parts ?? [q]) out.push({ start: p.start, end: p.end, day });
  }
  return out;
}

/** The speech day of `span` among `spoken`: the day of the quoted words holding it, else null. */
export function speechDayIn(spoken: SpokenSpan[]): SpeechDay {
  return (span) => spoken.find((s) => s.start <= span.start && span.end <= s.end)?.day ?? null;
}

export const speechTimeComponent: ComponentFactory = (knowledge) => {
  const { lex, recognizer } = timeReaders(knowledge);
  return {
    name: 'speech-time',
    requires: ['timexes', 'quotes'],
    assigns: ['timexes'],
    process(doc: Doc) {
      const spoken = spokenElsewhen(doc);
      const speechDay = speechDayIn(spoken);
      if (!(doc.layers.timexes ?? []).some((x) => speechDay(x) !== null)) return;
      doc.layers.timexes = findTimexes(doc, recognizer, lex, speechDay);
    },
  };
};
