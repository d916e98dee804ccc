// The date of a quote whose occasion the narrative dates in the sentence just before it, when its own
// attribution names no time: "The minister wrote to the council on Friday. 'We will not pay,' she wrote."
// or "The agency issued a statement on Monday. 'No one was hurt,' the statement said." The sentence
// before must be about the same speaker (its main verb's subject is the quote's speaker: the same
// pronoun or the same actor) or the quote's speaker must be the occasion noun itself ("the statement",
// "it"); and its main verb must be a speech cue or take an attribution noun or medium ("sent a letter",
// "in an interview with a radio station") as object or oblique. The date is that verb's governing date
// (statementDate over that sentence, outside every quote's words), kept only when it could stand for an
// occasion (givesOccasion). Read on the dependency tree; never more than one sentence back (a sentence
// of marks alone, a stray closing quotation mark, is passed over).
import type { Doc, Quote, Span, Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import { tokenIndexAt } from '../../doc/doc.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { givesOccasion, statementDate, type DateLookup, type StatementDate } from './dates.ts';

export interface PriorDated {
  quote: Pick<Quote, 'speaker' | 'scare' | 'start'>;
  stated: StatementDate;
  /** Token index of the quote's cue, -1 when none. */
  cueAt: number;
}

interface Occasion {
  /** The main verb of the sentence before. */
  verb: number;
  /** Base forms of the attribution nouns and media words it takes ("letter", "statement", "radio"). */
  nouns: Set<string>;
  /** The sentence's tokens outside quotation marks. */
  free: Token[];
}

const PRONOUN = /^(?:he|she|it|they|we|i)$/i;
const ARGUMENT = new Set(['obj', 'obl', 'nsubj']);

/** The main verb of sentence `s` outside quotation marks when it names a speech occasion, else null. */
function occasionOf(tree: Tree, lex: QuoteLexicon, s: Span, inQuote: (k: number) => boolean): Occasion | null {
  const t = tree.tokens;
  const a = tokenIndexAt(t, s.start);
  const b = Math.min(tokenIndexAt(t, s.end - 1), t.length - 1);
  let verb = -1;
  for (let k = a; k <= b && verb < 0; k++) if (tree.rel(k) === 'root' && !inQuote(k)) verb = k;
  if (verb < 0) return null;
  const nouns = new Set<string>();
  for (const c of tree.children(verb, ARGUMENT)) {
    const w = t[c].text.toLowerCase();
    const base = lex.nounCues.get(w) ?? (lex.media.has(w) ? w : null);
    if (base) nouns.add(base);
  }
  const cue = lex.cuesByFirst.has(t[verb].text.toLowerCase());
  const free = t.slice(a, b + 1).filter((_, i) => !inQuote(a + i));
  return cue || nouns.size ? { verb, nouns, free } : null;
}

/** Whether the quote's speaker is the occasion's subject (the same pronoun or actor) or its noun ("the statement", "it"). */
function sameSpeaker(doc: Doc, tree: Tree, lex: QuoteLexicon, speaker: NonNullable<Quote['speaker']>, o: Occasion): boolean {
  const said = speaker.text.trim().toLowerCase();
  const head = said.split(/\s+/).pop() ?? '';
  if (said === 'it' ? o.nouns.size > 0 : o.nouns.has(lex.nounCues.get(head) ?? '')) return true;
  const subject = tree.child(o.verb, 'nsubj');
  // the same pronoun, or the same head noun ("the council … the council wrote")
  if (subject >= 0 && tree.tokens[subject].text.toLowerCase() === (PRONOUN.test(said) ? said : head)) return true;
  if (!speaker.actor) return false;
  // the subject's mention; a verb the parser left without a subject (a name hung on the fronted
  // phrase's date) takes any mention of the speaker in the sentence outside quotation marks
  const within = subject >= 0 ? [tree.tokens[subject]] : o.free;
  return (doc.layers.mentions ?? []).some((m) => m.actor === speaker.actor && within.some((tok) => m.start <= tok.start && tok.end <= m.end));
}

/**
 * Quotes whose attribution names no date take the date of the occasion the sentence before dates, when
 * that sentence is about the same speaker (see the header). `exclude` holds the words of every quote in
 * the text (quotation marks and reported contents): a date inside them is never the occasion's.
 */
export function datePriorOccasions(doc: Doc, tree: Tree, lex: QuoteLexicon, drafts: PriorDated[], exclude: Span[], inQuote: (k: number) => boolean, lookup?: DateLookup): void {
  const sentences = doc.layers.sentences ?? [];
  const t = tree.tokens;
  for (const d of drafts) {
    const sp = d.quote.speaker;
    if (d.quote.scare || !sp || d.cueAt < 0 || d.stated.explicit) continue;
    const si = t[d.cueAt].sentence;
    if (si < 1 || d.quote.start < sentences[si].start) continue;
    // a stray mark the splitter left as a sentence of its own stands for nothing
    let p = si - 1;
    while (p > 0 && !/\p{L}/u.test(doc.text.slice(sentences[p].start, sentences[p].end))) p--;
    const prev = sentences[p];
    const o = occasionOf(tree, lex, prev, inQuote);
    if (!o || !sameSpeaker(doc, tree, lex, sp, o)) continue;
    const verb = { start: t[o.verb].start, end: t[o.verb].end };
    const dated = statementDate(doc, verb, prev, exclude, lookup);
    if (!givesOccasion(dated) || !/^\d{4}-\d{2}-\d{2}$/.test(dated.date)) continue;
    d.stated = { date: dated.date, explicit: true, clause: false, precision: dated.precision, basis: 'prior-sentence' };
  }
}
