// The quotes stage: direct, partial and scare quotes found by their quotation marks, indirect speech
// found by cue verbs, each attributed to a speaker (resolved to an actor), cue, outlet, addressee, date.
import type { Doc, Quote, Span } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { quoteLexicon, type QuoteLexicon } from './lexicon.ts';
import { findQuoted, paragraphs } from './marks.ts';
import { buildView, type View } from './units.ts';
import { attributeQuotes } from './attribution.ts';
import { findIndirect } from './indirect.ts';
import { findMedia } from './outlets.ts';
import { masked, type Frame } from './frames.ts';
import { resolveSpeaker, speakerKey, type ActorLookup } from './speaker.ts';
import { shareOccasionDates, statementDate, type DateLookup, type StatementDate } from './dates.ts';
import { governingDate, modifiesNoun } from '../time/govern.ts';
import { actorForSpan } from '../actors/lookup.ts';

export interface QuoteOptions {
  /** Resolver from a speaker span to an actor id (the actors stage's actorForSpan). */
  actorLookup?: ActorLookup;
  /** Governing date of a span (the time stage's governingDate). */
  dateLookup?: DateLookup;
}

interface Draft {
  quote: Omit<Quote, 'outlet' | 'addressee'> & { outlet: string | null; addressee: string | null };
  /** Outlet named in the quote's own frame (before scope carrying). */
  named: boolean;
  /** The statement date and whether the attribution named it. */
  stated: StatementDate;
}

export function extractQuotes(doc: Doc, lex: QuoteLexicon, opts: QuoteOptions = {}): Quote[] {
  const text = doc.text;
  const paras = paragraphs(text);
  const all = findQuoted(text);
  const top = all.filter((q) => q.depth === 0);
  const view = buildView(doc, top, paras);
  // Dates inside quoted words are never the date a statement was made.
  const quoted: Span[] = top.map((q) => ({ start: q.open, end: q.close >= 0 ? q.close + 1 : q.end }));
  const attributed = attributeQuotes(view, lex);
  const drafts: Draft[] = [];
  const byQuote = new Map<number, Draft>();

  for (const a of attributed) {
    const q = top[a.quote];
    if (q.close < 0) {
      doc.messages.push({
        severity: 'warning',
        source: 'quotes',
        text: 'unmatched quotation mark: quote capped at the end of its paragraph',
        span: { start: q.open, end: q.end },
      });
    }
    const inherited = a.inheritsFrom !== null ? byQuote.get(a.inheritsFrom) : undefined;
    const frame = a.scare ? null : a.frame;
    const d = draft(view, lex, { start: q.start, end: q.end }, a.kind, frame, opts, quoted);
    if (a.scare) d.quote.scare = true;
    if (inherited && frame === a.frame) {
      d.quote.outlet = inherited.quote.outlet;
      d.quote.addressee = inherited.quote.addressee;
    }
    drafts.push(d);
    byQuote.set(a.quote, d);
  }

  const direct = new Set(attributed.filter((a) => a.kind === 'direct').map((a) => a.quote));
  for (const r of findIndirect(view, lex, direct)) {
    const span = { start: view.tokens[r.a].start, end: view.tokens[r.b].end };
    drafts.push(draft(view, lex, span, 'indirect', r.frame, opts, quoted));
  }

  drafts.sort((x, y) => x.quote.start - y.quote.start || x.quote.end - y.quote.end);
  carryOutlets(drafts);
  const dated = drafts.filter((d) => !d.quote.scare).map((d) => ({ d, key: speakerKey(d.quote.speaker), outlet: d.quote.outlet, date: d.stated }));
  shareOccasionDates(dated);
  for (const x of dated) x.d.quote.date = x.date.date;
  return drafts.map((d) => d.quote as Quote);
}

function draft(v: View, lex: QuoteLexicon, span: Span, kind: Quote['kind'], frame: Frame | null, opts: QuoteOptions, quoted: Span[]): Draft {
  const doc = v.doc;
  const t = v.tokens;
  const quote: Draft['quote'] = {
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    kind,
    speaker: null,
    cue: null,
    outlet: null,
    addressee: null,
    date: doc.date,
  };
  let named = false;
  let stated: StatementDate = { date: doc.date, explicit: false };
  if (frame) {
    if (frame.speaker) {
      const sp = { start: t[frame.speaker.a].start, end: t[frame.speaker.b].end };
      quote.speaker = resolveSpeaker(doc, sp, opts.actorLookup);
    }
    if (frame.cue) quote.cue = doc.text.slice(t[frame.cue.a].start, t[frame.cue.b].end);
    const unit = v.units[frame.unit];
    const media = findMedia(doc.text, t, unit.a, unit.b, lex, (i) => masked(v, i));
    const anchor = frame.cue?.a ?? frame.speaker?.a ?? unit.a;
    const near = (xs: typeof media) => [...xs].sort((x, y) => Math.abs(x.at - anchor) - Math.abs(y.at - anchor))[0];
    const outlet = near(media.filter((m) => m.outlet));
    const addressee = near(media.filter((m) => m.addressee));
    if (outlet) {
      quote.outlet = outlet.outlet;
      named = true;
    }
    if (addressee) quote.addressee = addressee.addressee;
    const cueSpan = frame.cue ? { start: t[frame.cue.a].start, end: t[frame.cue.b].end } : span;
    stated = statementDate(doc, cueSpan, { start: t[unit.a].start, end: t[unit.b].end }, [span, ...quoted], opts.dateLookup);
    quote.date = stated.date;
  }
  return { quote, named, stated };
}

/**
 * An outlet named for a speaker carries to that speaker's other quotes in the same passage (a run of
 * consecutive quotes by the same speaker), forward until another medium is named and back to the run's
 * earlier quotes that name none.
 */
function carryOutlets(drafts: Draft[]): void {
  let i = 0;
  while (i < drafts.length) {
    const key = speakerKey(drafts[i].quote.speaker);
    let j = i + 1;
    if (key) {
      while (j < drafts.length) {
        const q = drafts[j].quote;
        if (q.scare) {
          j++;
          continue;
        }
        if (speakerKey(q.speaker) !== key) break;
        j++;
      }
      const run = drafts.slice(i, j).filter((d) => !d.quote.scare);
      let current = run.find((d) => d.named)?.quote.outlet ?? null;
      for (const d of run) {
        if (d.named) current = d.quote.outlet;
        else if (!d.quote.outlet) d.quote.outlet = current;
      }
    }
    i = j;
  }
}

const nominalCache = new WeakMap<object, Span[]>();

/** The document's time expressions that modify a noun (computed once per timex layer). */
function nominalTimexes(doc: Doc): Span[] {
  const timexes = doc.layers.timexes ?? [];
  let out = nominalCache.get(timexes);
  if (!out) {
    const tokens = doc.layers.tokens ?? [];
    out = timexes.filter((x) => modifiesNoun(tokens, x));
    nominalCache.set(timexes, out);
  }
  return out;
}

export const quotesComponent: ComponentFactory = (knowledge) => {
  const lex = quoteLexicon(knowledge);
  const opts: QuoteOptions = {
    actorLookup: (doc, span) => actorForSpan(doc, span)?.actor.id ?? null,
    dateLookup: (doc, span, exclude) => {
      // A date that modifies a noun ("his 2020 re-election") is not when a statement was made.
      const nominal = nominalTimexes(doc);
      const g = governingDate(doc, span, knowledge, [...exclude, ...nominal]);
      return { date: g.date, explicit: g.timex !== null };
    },
  };
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'entities', 'actors', 'mentions', 'timexes'],
    assigns: ['quotes'],
    process(doc) {
      doc.layers.quotes = extractQuotes(doc, lex, opts);
    },
  };
};
