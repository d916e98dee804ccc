// The quotes stage: direct, partial and scare quotes found by their quotation marks, indirect speech
// found by cue verbs, each attributed to a speaker (resolved to an actor), cue, outlet, addressee, date.
import type { Doc, Quote, Span } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { quoteLexicon, type QuoteLexicon } from './lexicon.ts';
import { findQuoted } from './marks.ts';
import { paragraphs } from '../../doc/layout.ts';
import { buildView, type View } from './units.ts';
import { attributeQuotes } from './attribution.ts';
import { findIndirect } from './indirect.ts';
import { headlineAttributions } from './headline.ts';
import { documentNoun, nounSource, treeAttributions, type TreeAttribution } from './reported.ts';
import { Tree } from '../../doc/tree.ts';
import { lineBreakBetween, tokenIndexAt } from '../../doc/doc.ts';
import { findMedia, outletSpeakers, pressAddressee } from './outlets.ts';
import { attributeSubheads } from './subheads.ts';
import { interviewAnswers } from './interview.ts';
import { masked, speakerOfCue, type Frame } from './frames.ts';
import { isQuoteMark, npAfter, type CueMatch, type TokRange } from './syntax.ts';
import { closeApposition, nominalSpeaker, phraseHead, speakerDescriptions } from './speaker-span.ts';
import { canSpeak, chainPronouns, contentPronouns, familyNameActor, kinSpeaker, proxySpeakers, resolveSpeaker, speakerKey, type ActorLookup } from './speaker.ts';
import { datePriorOccasions } from './prior-occasion.ts';
import { datingExclusions, documentDate, shareOccasionDates, statementDate, type DateLookup, type StatementDate } from './dates.ts';
import { governingDate, modifiesNoun } from '../time/govern.ts';
import { bareParticiple, governorOf } from '../time/governor.ts';
import { loadTimeLexicon } from '../time/lexicon.ts';
import type { Tense } from '../time/tense.ts';
import { actorForSpan, personIds } from '../actors/lookup.ts';
import { actorIndex } from '../actors/registry.ts';
import { gazetteer } from '../places/gazetteer.ts';
import { personNouns, type WordClass } from '../actors/word-class.ts';

export interface QuoteOptions {
  /** Resolver from a speaker span to an actor id (the actors stage's actorForSpan). */
  actorLookup?: ActorLookup;
  /** Resolver tried last, when no mention or entity gives the speaker an actor (familyNameActor; a short form
   * of an organisation's name is a mention already: actors/org-short-forms.ts). */
  familyLookup?: ActorLookup;
  /** Governing date of a span (the time stage's governingDate). */
  dateLookup?: DateLookup;
  /**
   * The tense a cue is told in ("said" past, "says" present, "has said" present perfect): the time stage's
   * tense of its verb group, a bare participle's ("…, saying") that of the verb it hangs on.
   */
  toldIn?: (doc: Doc, cue: Span) => Tense;
  /** Nouns of kinship (the actors lexicon's kin-noun class): "Ian's wife" is not Ian (kinSpeaker). */
  kin?: ReadonlySet<string>;
  /** Lemmas of nouns naming a person by role ("adviser", "strategist", "doctor"; the actors lexicon's
   * personNouns): "Obama's adviser" is not Obama (kinSpeaker). */
  personNoun?: WordClass;
  /** Romanised Arabic articles that open names, lower-case (the gazetteer's article_prefixes): "Ash-" of an
   * outlet named as speaker joins its span (outletSpeakers). */
  articles?: ReadonlySet<string>;
}

interface Draft {
  quote: Omit<Quote, 'outlet' | 'addressee'> & { outlet: string | null; addressee: string | null };
  /** Outlet named in the quote's own frame (before scope carrying). */
  named: boolean;
  /** The statement date and whether the attribution named it. */
  stated: StatementDate;
  /** Token index of the frame's cue, -1 when none. */
  cueAt: number;
  /** Where the statement date is read (dateDrafts): the frame's cue, its unit and the quote's own span; null without a frame. */
  dating: { cue: Span; unit: Span; own: Span } | null;
}

/** Relations of a cue's own complement after it (a clause, an infinitive, a particle): such a cue frames no fronted content (contentPronouns). */
const OWN_COMPLEMENT = new Set(['ccomp', 'xcomp', 'compound:prt']);

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
    const d = draft(view, lex, { start: q.start, end: q.end }, a.kind, frame, opts);
    if (a.scare) d.quote.scare = true;
    if (inherited && frame === a.frame) {
      d.quote.outlet = inherited.quote.outlet;
      d.quote.addressee = inherited.quote.addressee;
    }
    drafts.push(d);
    byQuote.set(a.quote, d);
  }

  const direct = new Set(attributed.filter((a) => a.kind === 'direct').map((a) => a.quote));
  const tree = Tree.of(doc);
  const persons = personIds(doc);
  if (tree) {
    // a naming cue's bare object that names someone is called on the telephone or summoned ("called the police")
    const found = treeAttributions(tree, lex, (i) => masked(view, i)).filter((r) => r.called === undefined || !namesActor(doc, tree, r.called));
    speakersFromTree(view, tree, found, drafts, opts);
    const trailing = trailingCues(view, drafts);
    const reported = reportedOnTree(view, tree, lex, found.filter((r) => !trailing.has(r.cue.a)), direct, opts);
    for (const r of reported) quotedInside(doc, r, drafts, persons);
    for (const r of reported) {
      const quote = restatedQuote(text, r, drafts);
      if (!quote) drafts.push(r);
      // the tree's reading of the cue's subject names the speaker the frame reader left without an actor
      else if (!quote.quote.speaker?.actor && r.quote.speaker?.actor) quote.quote.speaker = r.quote.speaker;
    }
  }
  else {
    for (const r of findIndirect(view, lex, direct)) {
      const span = { start: view.tokens[r.a].start, end: view.tokens[r.b].end };
      drafts.push(draft(view, lex, span, 'indirect', r.frame, opts));
    }
  }

  // the headline, read by word order where nothing above took its content
  for (const h of headlineAttributions(view, lex)) {
    const span = { start: view.tokens[h.content.a].start, end: view.tokens[h.content.b].end };
    const covered = drafts.some((d) => !d.quote.scare && Math.min(d.quote.end, span.end) - Math.max(d.quote.start, span.start) >= (span.end - span.start) / 2);
    if (!covered) drafts.push(draft(view, lex, span, 'indirect', { cue: h.cue, speaker: h.speaker, unit: view.unitOf[h.cue.a] }, opts));
  }

  drafts.sort((x, y) => x.quote.start - y.quote.start || x.quote.end - y.quote.end);
  attributeSubheads(text, paras, drafts.map((d) => d.quote));
  for (const d of drafts) {
    const sp = d.quote.speaker;
    if (sp?.start === undefined || sp.end === undefined) continue;
    const given = { start: sp.start, end: sp.end };
    const span = !canSpeak(doc, given) ? null : tree ? nominalSpeaker(doc, tree, given) : given;
    // (nominalSpeaker returns the span it was given when nothing changes, already checked)
    if (!span || (span !== given && !canSpeak(doc, span))) d.quote.speaker = null;
    else if (span.start !== sp.start || span.end !== sp.end) d.quote.speaker = resolveSpeaker(doc, span, opts.actorLookup, opts.familyLookup);
    if (d.quote.speaker && opts.kin) d.quote.speaker = kinSpeaker(doc, d.quote.speaker, opts.kin, opts.personNoun);
  }
  if (tree) documentIssuers(view, tree, lex, drafts, opts);
  if (tree) passiveNamers(view, tree, lex, drafts, opts);
  proxySpeakers(doc, drafts.map((d) => d.quote), (w) => lex.media.get(w) === 'proxy', (pos) => view.paraOf[Math.min(tokenIndexAt(view.tokens, pos), view.tokens.length - 1)]);
  // a cue with a complement of its own after it ("he showed up a lot", "he has sought to …") frames no fronted content
  contentPronouns(doc, drafts.map((d) => d.quote), (k) => {
    const cue = drafts[k].cueAt;
    return !tree || cue < 0 || !tree.children(cue).some((c) => c > cue && OWN_COMPLEMENT.has(tree.rel(c)));
  });
  chainPronouns(doc, drafts.map((d) => d.quote), quoted);
  interviewAnswers(doc, paras, drafts.map((d) => d.quote), quoted, (w) => lex.media.get(w) === 'interview');
  outletSpeakers(doc, view.tokens, drafts.map((d) => d.quote), lex, opts.articles ?? new Set());
  if (tree) speechGoesOn(view, tree, lex, drafts, persons);
  carryOutlets(drafts);
  dateDrafts(view, tree, drafts, quoted, opts);
  if (tree) {
    // the words of every quote, marks and reported contents: never the date of an occasion
    const words = [...quoted, ...drafts.filter((d) => !d.quote.scare).flatMap((d) => d.quote.parts ?? [{ start: d.quote.start, end: d.quote.end }])];
    datePriorOccasions(doc, tree, lex, drafts, words, (k) => view.inQuote[k] >= 0, opts.dateLookup);
  }
  const told = (d: Draft) => (d.dating && opts.toldIn ? opts.toldIn(doc, d.dating.cue) : null);
  const dated = drafts.filter((d) => !d.quote.scare).map((d) => {
    const tense = told(d);
    return { d, key: speakerKey(d.quote.speaker), outlet: d.quote.outlet, date: d.stated, past: tense && PAST.has(tense), present: tense && PRESENT.has(tense) };
  });
  shareOccasionDates(dated);
  for (const x of dated) x.d.stated = x.date;
  // the date, its precision and where it came from, read off one statement date (scare quotes: the document's)
  for (const d of drafts) Object.assign(d.quote, { date: d.stated.date, precision: d.stated.precision, dateBasis: d.stated.basis });
  return joinInterrupted(view, drafts).map((d) => d.quote as Quote);
}

const PAST = new Set<Tense>(['past', 'past-perfect']);
const PRESENT = new Set<Tense>(['present', 'present-perfect']);

/** A mention of an actor covers token k (the head of a naming cue's object: "called the police"). */
function namesActor(doc: Doc, tree: Tree, k: number): boolean {
  const t = tree.tokens[k];
  return (doc.layers.mentions ?? []).some((m) => m.start <= t.start && t.end <= m.end && m.actor !== null);
}

/**
 * A quote inside the content of a tree attribution of the same cue ("X unveiled the products at the
 * event, saying the company has “…”", "X of the Daily Ledger dubbed the dispute: “…”") takes the
 * tree's speaker where the word-order frame read a fragment of the sentence: a phrase no actor names
 * while the tree's names one, or a part of the tree's speaker phrase naming something other than the
 * person the phrase names.
 */
function quotedInside(doc: Doc, r: Draft, drafts: Draft[], persons: ReadonlySet<string>): void {
  const sp = r.quote.speaker;
  if (r.cueAt < 0 || sp?.start === undefined || sp.end === undefined) return;
  for (const d of drafts) {
    const q = d.quote;
    if (d.cueAt !== r.cueAt || q.scare || q.kind === 'indirect' || q.start < r.quote.start - 1 || q.end > r.quote.end + 1) continue;
    const own = q.speaker;
    const fragment = own?.start !== undefined && own.end !== undefined && sp.start <= own.start && own.end <= sp.end && own.end - own.start < sp.end - sp.start;
    if (!sp.actor) {
      // the tree's phrase names no actor either: it still stands for the frame's missing speaker, a
      // date or stray word read as one ("this month"), or the word-order fragment of it ("someone
      // familiar with the matter" read as "the matter")
      if (!own || own.start === undefined || own.end === undefined || !canSpeak(doc, { start: own.start, end: own.end }) || (fragment && !own.actor)) q.speaker = { ...sp };
      continue;
    }
    if (!own?.actor || (fragment && own.actor !== sp.actor && persons.has(sp.actor) && !persons.has(own.actor))) q.speaker = { ...sp };
  }
}

/**
 * A quote framed by a participle on a document ("X released a statement saying “…”", "X resigned in a
 * letter to the board stating, “…”", "X's office posted a statement expressing … and calling on Y to
 * “…”") is the words of the document's issuer (`nounSource`: the possessor, a by/from phrase, the subject
 * of the verb that issues the document or frames with it), not of the document or of a noun inside its
 * phrase, which the word-order frame reads right before the participle.
 */
function documentIssuers(v: View, tree: Tree, lex: QuoteLexicon, drafts: Draft[], opts: QuoteOptions): void {
  const t = v.tokens;
  for (const d of drafts) {
    const sp = d.quote.speaker;
    if (d.quote.scare || d.cueAt < 0 || sp?.start === undefined || sp.end === undefined) continue;
    const n = documentNoun(tree, lex, d.cueAt);
    if (n < 0) continue;
    // the speaker read is the document's phrase or a noun inside it
    const [lo, hi] = tree.subtreeRange(n);
    if (sp.start < t[lo].start || sp.end > t[hi].end) continue;
    const s = nounSource(tree, n);
    if (s < 0 || (s >= lo && s <= hi)) continue;
    const r = speakerRange(tree, s, d.cueAt, d.cueAt, v.text);
    d.quote.speaker = resolveSpeaker(v.doc, { start: t[r.a].start, end: t[r.b].end }, opts.actorLookup, opts.familyLookup);
  }
}

/** Relations of a cue's complement that is the name given ("called “…”", "dubbed “…”" read as an oblique). */
const COMPLEMENT = new Set(['xcomp', 'obj', 'obl:unmarked']);

/** The by-phrase (Tree.byAgent) of a participle v ("called … by X", "a plan, dubbed … by the press"), or -1. */
function participleAgent(tree: Tree, v: number): number {
  if (tree.upos[v] !== 'VERB' || /ing$/.test(tree.tokens[v].text.toLowerCase())) return -1;
  return tree.byAgent(v);
}

/** Whether token k is a one-word form of a speech cue of the lexicon ("called", "dubbed", "guaranteed"). */
function cueWord(tree: Tree, lex: QuoteLexicon, k: number): boolean {
  const w = tree.tokens[k].text.toLowerCase();
  return (lex.cuesByFirst.get(w) ?? []).some((c) => c.words.length === 1);
}

/**
 * A quoted word or phrase a passive cue names by someone ("She is called “…” by several leaders and “…”
 * by the press", "the flaw, dubbed “…” by the media", "a tank “guaranteed” by the agency"): the quote is
 * the by-agent's word. The quoted words are the cue's complement (or a conjunct of it, whose own
 * by-phrase comes first), or the cue itself; the agent stands after the quote. A quote read as scare
 * quotes, or framed by the cue with no speaker, takes the agent as speaker and the cue.
 */
function passiveNamers(v: View, tree: Tree, lex: QuoteLexicon, drafts: Draft[], opts: QuoteOptions): void {
  const t = v.tokens;
  for (const d of drafts) {
    const q = d.quote;
    if (q.kind !== 'partial' || q.speaker) continue;
    const a = tokenIndexAt(t, q.start);
    const b = Math.min(tokenIndexAt(t, q.end - 1), t.length - 1);
    // the head of the quoted words: the one token in them whose head lies outside
    const heads = [];
    for (let k = a; k <= b; k++) if (tree.upos[k] !== 'PUNCT' && (tree.head(k) < a || tree.head(k) > b)) heads.push(k);
    if (heads.length !== 1) continue;
    const h = heads[0];
    const after = (x: number) => x > b;
    let cue = -1;
    let agent = -1;
    // its own by-phrase: a conjunct with the cue gapped ("… and “activist” by the press")
    // (attached to the quote, or to the phrase the quote is conjoined to; any "by" phrase, not only
    // Tree.isByAgent: with the cue gapped the parser hangs it as an `orphan`)
    let own = -1;
    for (let k = b + 1; k < Math.min(t.length, b + 8) && own < 0 && !/^[,.;:]$/.test(t[k].text); k++) if (tree.caseOf(k) === 'by' && (tree.head(k) === h || tree.head(k) === tree.head(h))) own = k;
    if (own >= 0 && tree.rel(h) === 'conj') {
      // conjoined to the first complement, or (gapped) to the cue itself
      let g = tree.head(h);
      while (g >= 0 && tree.rel(g) === 'conj' && !cueWord(tree, lex, g)) g = tree.head(g);
      // (or to the first by-agent: "called “…” by X and “…” by Y" read as X and “…”)
      const top = g < 0 || cueWord(tree, lex, g) ? g : COMPLEMENT.has(tree.rel(g)) || tree.isByAgent(g) ? tree.head(g) : -1;
      if (top >= 0 && cueWord(tree, lex, top) && participleAgent(tree, top) >= 0) [cue, agent] = [top, own];
    }
    // the quoted words are the cue's complement
    if (cue < 0) {
      let g = h;
      while (tree.rel(g) === 'conj' && tree.head(g) >= 0) g = tree.head(g);
      const top = tree.head(g);
      const by = top >= 0 && COMPLEMENT.has(tree.rel(g)) && cueWord(tree, lex, top) ? participleAgent(tree, top) : -1;
      if (after(by)) [cue, agent] = [top, by];
    }
    // the quoted word is the cue
    if (cue < 0 && a === b && cueWord(tree, lex, h)) {
      const by = participleAgent(tree, h);
      if (after(by)) [cue, agent] = [h, by];
    }
    if (cue < 0 || agent < 0) continue;
    const r = speakerRange(tree, agent, cue, cue, v.text);
    if (r.a <= b) continue;
    // not over a quote conjoined to the agent ("by X and “…” by Y")
    for (let k = r.a; k <= r.b; k++) if (v.inQuote[k] >= 0 || isQuoteMark(t[k])) { r.b = k - 1; break; }
    while (r.b >= r.a && (t[r.b].pos === 'CCONJ' || t[r.b].pos === 'PUNCT')) r.b--;
    if (r.b < r.a) continue;
    const span = { start: t[r.a].start, end: t[r.b].end };
    if (!canSpeak(v.doc, span)) continue;
    q.speaker = resolveSpeaker(v.doc, span, opts.actorLookup, opts.familyLookup);
    q.cue = t[cue].text;
    delete q.scare;
  }
}

const PERSON_PRONOUN = /^(he|she|they|i|we)$/i;

/**
 * A quoted sentence with no frame of its own right after a person's reported speech ("Dr. Lee says
 * …. But nothing came close. ¶ “…”", "According to X, …. For the firm, … . “…”"): that speaker goes on.
 * The speech is the record just before the quote, a speech cue's (not a thought's) whose speaker is a
 * person or a pronoun without an actor, at most one sentence and one paragraph break away, with no
 * other person the subject of a sentence between ("… She woke up …" makes her the topic).
 */
function speechGoesOn(v: View, tree: Tree, lex: QuoteLexicon, drafts: Draft[], persons: ReadonlySet<string>): void {
  const t = v.tokens;
  const mentions = v.doc.layers.mentions ?? [];
  const thought = (cue: string) => {
    const words = cue.toLowerCase().split(/\s+/);
    return lex.cuesByFirst.get(words[0])?.find((c) => c.words.join(' ') === words.join(' '))?.thought ?? false;
  };
  for (const d of drafts) {
    const q = d.quote;
    if (q.speaker || q.scare || q.kind !== 'direct' || !/[.?!]["'\u201D\u2019]?\s*$/.test(v.text.slice(q.start, q.end + 1))) continue;
    const qa = tokenIndexAt(t, q.start);
    const qb = Math.min(tokenIndexAt(t, q.end - 1), t.length - 1);
    const unit = v.units[v.unitOf[qa]];
    // the quote is its sentence: no word of the unit outside its marks
    let alone = true;
    for (let k = unit.a; k <= unit.b && alone; k++) if (v.inQuote[k] < 0 && !/^\p{P}+$/u.test(t[k].text)) alone = false;
    if (!alone) continue;
    let prev: Draft | undefined;
    for (const r of drafts) if (r !== d && !r.quote.scare && r.quote.end <= q.start && (!prev || r.quote.end > prev.quote.end)) prev = r;
    const sp = prev?.quote.speaker;
    if (!prev || !sp || prev.quote.kind !== 'indirect' || !prev.quote.cue || thought(prev.quote.cue)) continue;
    if (sp.actor ? !persons.has(sp.actor) : !/^(he|she)$/i.test(sp.text)) continue;
    // counted from the speaker's sentence (a content may run over the sentences after it)
    const pb = sp.start === undefined ? -1 : Math.min(tokenIndexAt(t, sp.start), t.length - 1);
    if (pb < 0 || v.paraOf[qa] - v.paraOf[pb] > 1 || v.unitOf[qa] - v.unitOf[pb] > 2) continue;
    // no other person the subject of a sentence between
    let other = false;
    for (let u = v.unitOf[pb] + 1; u < v.unitOf[qa] && !other; u++) {
      for (let k = v.units[u].a; k <= v.units[u].b && !other; k++) {
        if (tree.baseRel(k) !== 'nsubj') continue;
        const tk = t[k];
        const m = mentions.find((x) => x.start <= tk.start && tk.end <= x.end);
        other = PERSON_PRONOUN.test(tk.text) || (m !== undefined && persons.has(m.actor) && m.actor !== sp.actor);
      }
    }
    if (other || qb < qa) continue;
    q.speaker = { ...sp };
    q.cue = prev.quote.cue;
  }
}

/**
 * The quoted passage of the same cue that an indirect record only restates ('X said "Steve was …"' read
 * once as the partial quote and once, marks and all, as the cue's reported clause): the record's content,
 * without quotation marks, punctuation and space, lies inside the quote.
 */
function restatedQuote(text: string, r: Draft, drafts: Draft[]): Draft | undefined {
  if (r.cueAt < 0) return undefined;
  let { start, end } = r.quote;
  while (start < end && /[\s"'\u201C\u201D\u2018\u2019.,;:]/.test(text[start])) start++;
  while (end > start && /[\s"'\u201C\u201D\u2018\u2019.,;:]/.test(text[end - 1])) end--;
  return drafts.find((d) => d.cueAt === r.cueAt && !d.quote.scare && d.quote.kind !== 'indirect' && d.quote.start <= start && end <= d.quote.end);
}

/**
 * Cues that follow the direct quote they frame ("“…,” said Ann Lee, the firm's manager." / "“…,”
 * explained Lee, who …"): what such a cue reports is the quote before it, so the tree's reading of the
 * words after it (the inverted speaker, its apposition or relative clause) as its content is dropped.
 */
function trailingCues(v: View, drafts: Draft[]): Set<number> {
  const out = new Set<number>();
  for (const d of drafts) {
    if (d.quote.kind !== 'direct' || d.quote.scare || d.cueAt < 0) continue;
    const cue = v.tokens[d.cueAt];
    if (cue.start < d.quote.end) continue;
    // only punctuation between the quote's end and the cue, the cue first in the frame after it
    if (/[^\s,\u201D\u2019"'\u2014\u2013-]/u.test(v.text.slice(d.quote.end, cue.start))) continue;
    out.add(d.cueAt);
  }
  return out;
}

/** Attributions read on the tree whose content is not (mostly) a direct quote: one draft per source. */
function reportedOnTree(v: View, tree: Tree, lex: QuoteLexicon, found: TreeAttribution[], direct: Set<number>, opts: QuoteOptions): Draft[] {
  const t = v.tokens;
  const out: Draft[] = [];
  for (const r of found) {
    const inDirect = r.content.filter((i) => direct.has(v.inQuote[i])).length;
    if (inDirect * 2 >= r.content.length) continue;
    const parts: Span[] = [];
    let a = r.content[0];
    for (let k = 1; k <= r.content.length; k++) {
      if (k < r.content.length && r.content[k] === r.content[k - 1] + 1) continue;
      parts.push({ start: t[a].start, end: t[r.content[k - 1]].end });
      if (k < r.content.length) a = r.content[k];
    }
    const span = { start: parts[0].start, end: parts[parts.length - 1].end };
    const cue = r.cue;
    const speakers = r.sources.length ? r.sources.map((s) => speakerRange(tree, s, cue.a, cue.b, v.doc.text)) : [fallbackSpeaker(v, cue)];
    for (const speaker of speakers) {
      const d = draft(v, lex, span, 'indirect', { cue, speaker, unit: v.unitOf[cue.a] }, opts);
      relativeSpeaker(v, tree, d, cue.a, opts);
      if (parts.length > 1) d.quote.parts = parts;
      if (r.intent) d.quote.intent = true;
      out.push(d);
    }
  }
  return out;
}

/**
 * A quote the word-order frames left without a speaker takes the source of the tree attribution whose
 * content holds it ("“…,” Ann Lee, a fellow at the institute, said of the plan").
 */
function speakersFromTree(v: View, tree: Tree, found: TreeAttribution[], drafts: Draft[], opts: QuoteOptions): void {
  const t = v.tokens;
  for (const d of drafts) {
    const q = d.quote;
    if (q.speaker || q.scare) continue;
    const a = tokenIndexAt(t, q.start);
    let b = a;
    while (b + 1 < t.length && t[b + 1].end <= q.end) b++;
    let best: TreeAttribution | null = null;
    let bestN = 0;
    for (const r of found) {
      if (!r.sources.length || r.content[0] > b || r.content[r.content.length - 1] < a) continue;
      const n = r.content.filter((i) => i >= a && i <= b).length;
      if (n > bestN) {
        best = r;
        bestN = n;
      }
    }
    if (!best || bestN * 2 < b - a + 1) continue;
    const sp = speakerRange(tree, best.sources[0], best.cue.a, best.cue.b, v.doc.text);
    q.speaker = resolveSpeaker(v.doc, { start: t[sp.a].start, end: t[sp.b].end }, opts.actorLookup, opts.familyLookup);
    if (!q.cue) q.cue = v.text.slice(t[best.cue.a].start, t[best.cue.b].end);
    relativeSpeaker(v, tree, d, best.cue.a, opts);
  }
}

/**
 * "…, a senator who said …": the source in the text is the relative pronoun, its actor the noun it
 * stands for — the pronoun's span with the antecedent's actor, as for "he said" (kept on the noun when
 * the noun names no actor).
 */
function relativeSpeaker(v: View, tree: Tree, d: Draft, cue: number, opts: QuoteOptions): void {
  const sp = d.quote.speaker;
  if (!sp || sp.start === undefined) return;
  // the pronoun itself read as the source: its actor from the noun right before it
  if (!sp.actor && /^(who|which)$/i.test(sp.text)) {
    let k = tokenIndexAt(tree.tokens, sp.start) - 1;
    while (k >= 0 && tree.upos[k] === 'PUNCT') k--;
    if (k < 0 || (tree.upos[k] !== 'PROPN' && tree.upos[k] !== 'NOUN')) return;
    const [lo, hi] = tree.coreRange(k);
    const actor = resolveSpeaker(v.doc, { start: tree.tokens[lo].start, end: tree.tokens[hi].end }, opts.actorLookup, opts.familyLookup).actor;
    if (actor) d.quote.speaker = Object.assign({}, sp, { actor });
    return;
  }
  if (!sp.actor) return;
  const rel = tree.children(cue).find((c) => (tree.rel(c) === 'nsubj' || tree.rel(c) === 'nsubj:pass') && /^(who|which|that)$/i.test(tree.tokens[c].text));
  if (rel === undefined || tree.tokens[rel].start < (sp.end ?? 0)) return;
  const tok = tree.tokens[rel];
  d.quote.speaker = Object.assign({}, resolveSpeaker(v.doc, { start: tok.start, end: tok.end }, opts.actorLookup, opts.familyLookup), { actor: sp.actor });
}

/**
 * Most tokens between the two pieces of a quote its frame interrupts ("…,” the minister said on Monday,
 * “…"; "…,” said Ana Lopes, president of the growers' association in the province. “…"): the pieces
 * share the frame's cue, so the bound only keeps a join inside one passage.
 */
const MAX_FRAME_TOKENS = 30;

/** Two quotes whose speakers are overlapping spans of the text ("Ana Lopes" / "Ana Lopes, director of …"). */
function sameSpeaker(p: Draft['quote'], q: Draft['quote']): boolean {
  const a = p.speaker;
  const b = q.speaker;
  if (a?.start === undefined || a.end === undefined || b?.start === undefined || b.end === undefined) return false;
  return a.start < b.end && b.start < a.end;
}

/**
 * The second piece of a sentence its frame interrupts, read as a partial quote for its lower-case
 * opening: "“Prices doubled,” she wrote, “and wages stood still.”" — the first piece ends on a comma
 * and the second opens in lower case right after the frame's comma.
 */
function runsOn(v: View, p: Draft['quote'], q: Draft['quote']): boolean {
  if (q.kind !== 'partial') return false;
  const before = v.text.slice(Math.max(p.start, p.end - 3), p.end).trimEnd();
  const lead = v.text.slice(Math.max(0, q.start - 4), q.start);
  return before.endsWith(',') && /,\s*["'\u201C\u2018]$/u.test(lead) && /^\p{Ll}/u.test(q.text);
}

/**
 * A direct quote interrupted by its own frame is one content in two pieces: "“The talks failed,” she
 * said. “We will try again.”" — the second piece continues the first's frame, the cue sits between
 * them in the same paragraph; the pieces become `parts` of one quote.
 */
function joinInterrupted(v: View, drafts: Draft[]): Draft[] {
  const t = v.tokens;
  const out: Draft[] = [];
  for (const d of drafts) {
    // the piece before, over any indirect record between them (“…,” X told reporters, “to prove …”
    // gives "told" its infinitive too; “…,” said X, noting what she likes. “…” gives "noting" its own)
    let back = out.length - 1;
    while (back > 0 && out[back].quote.kind === 'indirect') back--;
    const prev = out[back];
    const q = d.quote;
    // a second piece after a frame that names its speaker after the cue with a comma reads no frame of
    // its own (“…,” said X, director of Y, “…”): the same speaker as the piece before
    const sameFrame = prev && (d.cueAt === prev.cueAt || (d.cueAt < 0 && sameSpeaker(prev.quote, q)));
    if (prev && !q.scare && !prev.quote.scare && (q.kind === 'direct' || runsOn(v, prev.quote, q)) && prev.quote.kind === 'direct' && prev.cueAt >= 0 && sameFrame) {
      const p = prev.quote;
      const cue = t[prev.cueAt];
      const a = tokenIndexAt(t, p.end);
      const b = tokenIndexAt(t, q.start);
      if (cue.start >= p.end && cue.end <= q.start && b - a <= MAX_FRAME_TOKENS && v.paraOf[a] === v.paraOf[Math.min(b, t.length - 1)]) {
        p.parts = [...(p.parts ?? [{ start: p.start, end: p.end }]), ...(q.parts ?? [{ start: q.start, end: q.end }])];
        p.end = q.end;
        p.text = v.text.slice(p.start, p.end);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** Where the tree names no source (a misparse), the word-order reading: "X said", "…, said X", "according to X". */
function fallbackSpeaker(v: View, c: CueMatch): TokRange | null {
  const unit = v.units[v.unitOf[c.a]];
  const sp = speakerOfCue(v, c, unit.a, unit.b, unit.a);
  if (sp) return plausible(v, sp) ? sp : null;
  // "…, said X" — but not "…, saying X" / "…, speaking of X": after a participle X is what is said
  if (v.tokens[c.a - 1]?.text !== ',' || /ing$/i.test(v.tokens[c.a].text)) return null;
  const np = npAfter(v.tokens, c.b + 1, unit.b);
  if (!np) return null;
  for (let i = np.a; i <= np.b; i++) if (masked(v, i)) return null;
  return plausible(v, np) ? np : null;
}

/** A word-order speaker that is not a time expression ("released in late August found …"). */
function plausible(v: View, r: TokRange): boolean {
  const t = v.tokens;
  const span = { start: t[r.a].start, end: t[r.b].end };
  return !(v.doc.layers.timexes ?? []).some((x) => x.start < span.end && x.end > span.start);
}

const NP_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

/**
 * Token range of a source's core phrase (without relative clauses, appositions, coordination); a
 * subject right before its cue reaches the cue over words the parser hung elsewhere ("a spokesperson
 * for Hungary said").
 */
function speakerRange(tree: Tree, source: number, cue: number, cueEnd: number, text: string): { a: number; b: number } {
  // a role read as a modifier of the name after it: the name's phrase ("Airbus spokesman Ana Lopes")
  const h = phraseHead(tree, source);
  const s = (h < cue) === (source < cue) ? h : source;
  const sp = tree.corePhrase(s);
  let a = s;
  let b = s;
  while (a > 0 && tree.tokens[a - 1].start >= sp.start) a--;
  while (b + 1 < tree.size && tree.tokens[b + 1].end <= sp.end) b++;
  // a name right after the role, read as its apposition ("His brother Raul said")
  const named = b + 1 < tree.size ? closeApposition(tree, s, b + 1) : -1;
  if (named >= 0 && (s > cue || named < cue)) b = named;
  while (a < s && (tree.upos[a] === 'ADP' || tree.upos[a] === 'PUNCT' || tree.upos[a] === 'CCONJ')) a++;
  // never across the cue itself ("according to X, …")
  if (s > cue) a = Math.max(a, cueEnd + 1);
  else if (b >= cue) b = cue - 1;
  if (b < cue && cue - b <= 6) {
    let k = b + 1;
    while (k < cue && NP_WORD.has(tree.upos[k]) && tree.upos[k] !== 'PUNCT') k++;
    // not over an infinitive's "to" or a "not" before the cue ("dared him to say", "plans to call on")
    if (k === cue && tree.upos[cue - 1] !== 'ADP' && tree.upos[cue - 1] !== 'DET' && tree.upos[cue - 1] !== 'PART') b = cue - 1;
  }
  while (b > s && (tree.rel(b) === 'case' || tree.upos[b] === 'PUNCT')) b--;
  // never across a line break (a heading the sentence splitter joined to the next line)
  for (let k = a + 1; k <= b; k++) {
    if (!lineBreakBetween(text, tree.tokens[k - 1], tree.tokens[k])) continue;
    if (k <= s) a = k;
    else b = k - 1;
  }
  return { a, b };
}

function draft(v: View, lex: QuoteLexicon, span: Span, kind: Quote['kind'], frame: Frame | null, opts: QuoteOptions): Draft {
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
    precision: 'unknown',
    dateBasis: 'document',
  };
  let named = false;
  let dating: Draft['dating'] = null;
  if (frame) {
    if (frame.speaker) {
      const sp = { start: t[frame.speaker.a].start, end: t[frame.speaker.b].end };
      quote.speaker = resolveSpeaker(doc, sp, opts.actorLookup, opts.familyLookup);
    }
    if (frame.cue) quote.cue = doc.text.slice(t[frame.cue.a].start, t[frame.cue.b].end);
    const unit = v.units[frame.unit];
    const media = findMedia(doc.text, t, unit.a, unit.b, lex, (i) => masked(v, i)).map((m) => pressAddressee(doc, m));
    const anchor = frame.cue?.a ?? frame.speaker?.a ?? unit.a;
    const near = (xs: typeof media) => [...xs].sort((x, y) => Math.abs(x.at - anchor) - Math.abs(y.at - anchor))[0];
    const outlet = near(media.filter((m) => m.outlet));
    const addressee = near(media.filter((m) => m.addressee));
    if (outlet) {
      quote.outlet = outlet.outlet;
      named = true;
    }
    // "X quoted Y as saying": the frame's own medium, for this quote only (the speaker's other words
    // in the passage may have been said elsewhere)
    if (frame.outlet) {
      let { a, b } = frame.outlet;
      while (a < b && t[a].pos === 'DET') a++;
      // a web name the tokens split ("Detik.com")
      while (a > 0 && t[a - 1].end === t[a].start && !/\s/.test(doc.text[t[a].start - 1] ?? ' ')) a--;
      while (b + 1 < t.length && t[b].end === t[b + 1].start && /^[.\p{L}]/u.test(t[b + 1].text)) b++;
      quote.outlet = doc.text.slice(t[a].start, t[b].end);
    }
    if (addressee) quote.addressee = addressee.addressee;
    const cue = frame.cue ? { start: t[frame.cue.a].start, end: t[frame.cue.b].end } : span;
    dating = { cue, unit: { start: t[unit.a].start, end: t[unit.b].end }, own: span };
  }
  return { quote, named, stated: documentDate(doc), cueAt: frame?.cue?.a ?? -1, dating };
}

/**
 * The statement date of each quote with a frame (statementDate), read once every quote of the text and
 * its speaker are known: the cue's clause without the content of every quote, outer or nested, and
 * without what describes the speaker (datingExclusions, speakerDescriptions).
 */
function dateDrafts(v: View, tree: Tree | null, drafts: Draft[], quoted: Span[], opts: QuoteOptions): void {
  const told = drafts.filter((d) => !d.quote.scare);
  const contents = told.map((d) => ({ d, parts: d.quote.parts ?? [{ start: d.quote.start, end: d.quote.end }] }));
  // the cues of the text's quotes outside quotation marks: a clause in the complement of one reports
  // what its speaker said ("X said Y was right when he said on Wednesday …")
  const inQuotes = (k: number) => quoted.some((q) => q.start <= v.tokens[k].start && v.tokens[k].end <= q.end);
  const cues = new Set(told.map((d) => d.cueAt).filter((k) => k >= 0 && !inQuotes(k)));
  for (const d of drafts) {
    if (!d.dating) continue;
    const { cue, unit, own } = d.dating;
    const sp = d.quote.speaker;
    const described = tree && sp?.start !== undefined && sp.end !== undefined ? speakerDescriptions(tree, { start: sp.start, end: sp.end }, cue) : [];
    const others = contents.filter((c) => c.d !== d).map((c) => c.parts);
    const { exclude, nested } = datingExclusions(d.quote.parts ?? [own], cue, others, quoted, described);
    d.stated = statementDate(v.doc, cue, unit, exclude, opts.dateLookup);
    if (nested || (tree && d.cueAt >= 0 && tree.complementHolder(d.cueAt, cues) >= 0)) d.stated.nested = true;
    d.quote.date = d.stated.date;
  }
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

/**
 * The verb a cue that is a bare participle hangs on ("unveiled the products, saying …", "pointed out …,
 * noting …"): a participle has no tense of its own, so the statement is told in that verb's. Null when
 * the cue is no bare participle or the tree gives no verb above it.
 */
export function participleHead(doc: Doc, cue: Span): Span | null {
  const tree = Tree.of(doc);
  if (!tree) return null;
  const k = tokenIndexAt(tree.tokens, cue.start);
  if (k >= tree.tokens.length || tree.tokens[k].end < cue.end || !bareParticiple(tree, k)) return null;
  let p = k;
  // (a chain of participles, "…, adding, saying": climb to the first finite verb)
  for (let guard = 0; p >= 0 && bareParticiple(tree, p) && guard < tree.size; guard++) {
    const up = tree.predicateAbove(p);
    p = up === p ? -1 : up;
  }
  if (p < 0 || p === k) return null;
  return { start: tree.tokens[p].start, end: tree.tokens[p].end };
}

export const quotesComponent: ComponentFactory = (knowledge) => {
  const lex = quoteLexicon(knowledge);
  const actorLexicon = actorIndex(knowledge).lexicon;
  const timeLex = loadTimeLexicon(knowledge);
  const opts: QuoteOptions = {
    actorLookup: (doc, span) => actorForSpan(doc, span)?.actor.id ?? null,
    familyLookup: (doc, span) => familyNameActor(doc, span, actorLexicon.honorific),
    kin: actorLexicon.kinNoun,
    personNoun: personNouns(actorLexicon),
    dateLookup: (doc, span, exclude) => {
      // A date that modifies a noun ("his 2020 re-election") is not when a statement was made.
      const nominal = nominalTimexes(doc);
      const g = governingDate(doc, span, knowledge, [...exclude, ...nominal]);
      // the document date's precision is the tense's: a bare participle's is the verb's it hangs on
      const verb = g.timex === null && g.date ? participleHead(doc, span) : null;
      const precision = verb ? (PRESENT.has(governorOf(doc, verb, timeLex).tense) ? 'day' : 'unknown') : g.precision;
      return { date: g.date, explicit: g.timex !== null, clause: g.clause === true, precision };
    },
    toldIn: (doc, cue) => governorOf(doc, participleHead(doc, cue) ?? cue, timeLex).tense,
  };
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'entities', 'actors', 'mentions', 'timexes'],
    assigns: ['quotes'],
    process(doc) {
      // (the gazetteer on first use: the places and actors stages have loaded it by then)
      opts.articles ??= gazetteer(knowledge).articlePrefixes;
      doc.layers.quotes = extractQuotes(doc, lex, opts);
    },
  };
};
