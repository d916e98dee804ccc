// Dating events. An event takes the date governing its own clause (the time stage's governingDate);
// when its clause has no time expression, it borrows the date of an adjacent sentence that elaborates
// the same telling — one that repeats the trigger word, or in which the event's source is the subject
// of a speech verb ("X warned Y …. In a TV interview on Saturday, X said …") — else the document date.
import type { Doc, Precision, Span, Timex } from '../../doc/types.ts';
import { subjectOf, type Analysis } from './chunks.ts';
import { resolveNP, type PartyIndex } from './parties.ts';
import { anchorOf, governingDate, modifiesNoun, relativeApart } from '../time/govern.ts';
import { bundledKnowledge, type Knowledge } from '../../knowledge/knowledge.ts';

export interface Dated {
  date: string | null;
  precision: Precision;
  /** The timex the date came from (null: document date). */
  timex: Timex | null;
  /** False when the timex stands in another clause of the sentence (governingDate's sentence fallback). */
  clause?: boolean;
}

/** The date governing `span`, skipping time expressions inside any `exclude` span. */
export type GoverningDate = (doc: Doc, span: Span, exclude?: Span[]) => Dated;

/** The time stage's governingDate (same clause, else same sentence, else document date), adapted. */
export function stageGoverningDate(knowledge: Knowledge = bundledKnowledge()): GoverningDate {
  return (doc, span, exclude = []) => {
    const g = governingDate(doc, span, knowledge, exclude);
    const timex = g.timex === null ? null : (doc.layers.timexes ?? [])[g.timex] ?? null;
    return { date: g.date, precision: g.precision, timex, clause: g.clause };
  };
}

/**
 * A simpler alternative the time stage provides governingDate: the nearest DATE/TIME timex in the same
 * sentence that has a calendar value, else the document date.
 */
export function localGoverningDate(doc: Doc, span: Span): Dated {
  const sentences = doc.layers.sentences ?? [];
  const s = sentences.find((x) => x.start <= span.start && span.start < x.end);
  let best: Timex | null = null;
  if (s) {
    for (const t of doc.layers.timexes ?? []) {
      if (t.start < s.start || t.end > s.end) continue;
      if ((t.type !== 'DATE' && t.type !== 'TIME') || t.precision === 'unknown' || !/^\d{4}/.test(t.value)) continue;
      if (!best || Math.abs(t.start - span.start) < Math.abs(best.start - span.start)) best = t;
    }
  }
  if (best) return { date: best.value.slice(0, 10), precision: best.precision, timex: best };
  return { date: doc.date, precision: 'day', timex: null };
}

export interface DatingContext {
  doc: Doc;
  a: Analysis;
  idx: PartyIndex;
  govern: GoverningDate;
}

/** The date of an event whose trigger is token `trig`, with source actor `sourceActor`. */
export function eventDate(ctx: DatingContext, trig: number, sourceActor: string | null): Dated {
  const { doc, a, govern } = ctx;
  const t = a.tokens[trig];
  const own = clauseDate(ctx, trig);
  if (own.timex) return spanning(ctx, trig, own);
  // An act told by a noun is retold by its own word, not dated by its doer's speaking next door ("X
  // stressed her backing of the raid", after "X and Y vied on Wednesday …").
  const noun = !!a.tree && toldByNoun(a, a.tree, trig);
  for (const s of [t.sentence + 1, t.sentence - 1]) {
    if (s < 0 || s >= a.sentStart.length || a.sentEnd[s] <= a.sentStart[s]) continue;
    const anchor = elaboratingAnchor(ctx, s, t.lemma, sourceActor, !noun);
    if (anchor < 0) continue;
    const d = govern(doc, a.tokens[anchor]);
    if (d.timex && !isNominal(a, d.timex)) return d;
  }
  return noun ? untensedNoun(own) : spanning(ctx, trig, own);
}

/**
 * An act its own clause tells as spanning a period or recurring ("has long called for", "have
 * frequently been targeted", "has been challenging the industry for years", "in recent weeks has gone
 * after", "has been critical of him since they both ran") happened on no one day: the article's day a
 * present or present-perfect verb would default to, or the date of another clause of its sentence
 * ("said Monday that X has long called for …"), bounds it at no precision. So does the article's day
 * of a present perfect told after the article's opening (backgroundPerfect).
 */
function spanning(ctx: DatingContext, trig: number, d: Dated): Dated {
  const borrowed = d.timex === null ? d.precision === 'day' : d.clause === false && d.precision !== 'unknown';
  if (!borrowed) return d;
  return spansTime(ctx, trig) || (d.timex === null && backgroundPerfect(ctx, trig)) ? { ...d, precision: 'unknown' } : d;
}

/** The sentences that open an article (headline, dateline, lead): where a present perfect tells the news. */
const OPENING_SENTENCES = 5;

/**
 * Whether trigger `trig` is a present perfect with no time expression told after the article's opening
 * ("Mr. X has called for the repeal of …", "the council has imposed sanctions on …" deep in the story):
 * the perfect that reports the day's news stands in the headline and lead; later it tells what the
 * party has done at some time before, not on the article's day.
 */
function backgroundPerfect(ctx: DatingContext, trig: number): boolean {
  const { a } = ctx;
  const tree = a.tree;
  if (!tree || a.tokens[trig].sentence < OPENING_SENTENCES) return false;
  const p = predicateOf(tree, trig);
  return p >= 0 && tree.children(p, 'aux').some((c) => tree.tokens[c].lemma === 'have');
}

/** The predicate of trigger `trig`: the trigger itself when it is one, else the predicate it hangs from (-1 if none). */
function predicateOf(tree: NonNullable<Analysis['tree']>, trig: number): number {
  return tree.isPredicate(trig) ? trig : tree.predicateAbove(trig);
}

/** Whether predicate p is progressive ("has been challenging", "is fighting"): an -ing verb with an auxiliary. */
function progressive(tree: NonNullable<Analysis['tree']>, p: number): boolean {
  return /ing$/i.test(tree.tokens[p].text) && tree.children(p, 'aux').length > 0;
}

/** Prepositions before a duration that make it the time the act went on over ("for years", "over the past year"). */
const SPAN_PREPOSITIONS = new Set(['for', 'over', 'throughout', 'during']);
/** Words that turn "in"/no preposition + a duration into the stretch up to now ("in recent weeks", "the past year"). */
const SPAN_TO_NOW = /\b(?:recent|last|past)\b/i;

/**
 * Whether the clause of trigger `trig` carries, among the predicate's own dependents, an adverb of the
 * lexicon's `span-adverb` set, a phrase or clause opened by "since", or a duration or set time expression
 * that the act fills ("for years", "in the last three months", "every week").
 */
function spansTime(ctx: DatingContext, trig: number): boolean {
  const { doc, a } = ctx;
  const tree = a.tree;
  if (!tree) return false;
  const p = predicateOf(tree, trig);
  if (p < 0) return false;
  const spans = (doc.layers.timexes ?? []).filter((x) => x.type === 'DURATION' || x.type === 'SET');
  const word = (k: number) => tree.tokens[k].text.toLowerCase();
  for (const c of tree.children(p)) {
    const rel = tree.baseRel(c);
    if (rel === 'advmod' && a.lex.has('span-adverb', word(c))) return true;
    if (rel !== 'obl' && rel !== 'advcl') continue;
    const markers = [...tree.children(c, 'case'), ...tree.children(c, 'mark')].map(word);
    if (markers.includes('since')) return true;
    if (rel !== 'obl') continue;
    const [lo, hi] = tree.subtreeRange(c);
    const inside = spans.filter((x) => x.start >= tree.tokens[lo].start && x.end <= tree.tokens[hi].end);
    // After "for", "over" …, a vague stretch ("for years", "over decades") or any stretch an ongoing
    // act fills ("has been campaigning for ten years"); a measured one after a completed act is its
    // outcome's length ("has been jailed for six years"), not when it happened.
    const over = markers.some((m) => SPAN_PREPOSITIONS.has(m));
    if (inside.some((x) => x.type === 'SET' || SPAN_TO_NOW.test(x.text) || (over && (x.value.includes('X') || progressive(tree, p))))) return true;
  }
  return false;
}

/**
 * An act told by a noun ("his invasion of Georgia", "the killings of two men") has no tense of its own:
 * the verb it hangs on ("avoids condemning", "has utilized", "highlights") tells when the telling holds,
 * not when the act happened. With no time expression, it gets the article's date at no precision.
 */
function untensedNoun(d: Dated): Dated {
  return d.timex === null && d.precision === 'day' ? { ...d, precision: 'unknown' } : d;
}

/** In sentence `s`, the token that retells the event (same trigger lemma, or with `speech` the source's speech verb), or -1. */
function elaboratingAnchor(ctx: DatingContext, s: number, lemma: string, sourceActor: string | null, speech: boolean): number {
  const { a, idx } = ctx;
  for (let k = a.sentStart[s]; k < a.sentEnd[s]; k++) {
    const tok = a.tokens[k];
    if (tok.pos !== 'VERB' || tok.lemma !== lemma) continue;
    // The same verb retells this event unless its subject is a different actor.
    const g = a.groupAt.get(k);
    const subj = g ? subjectOf(a, g).subject : null;
    const other = subj?.nps.map((np) => resolveNP(a, idx, np)?.party.actor).find((x) => x);
    if (!other || other === sourceActor) return k;
  }
  if (!sourceActor || !speech) return -1;
  for (let k = a.sentStart[s]; k < a.sentEnd[s]; k++) {
    const tok = a.tokens[k];
    if (tok.pos !== 'VERB' || !a.lex.has('speech-verb', tok.lemma)) continue;
    const g = a.groupAt.get(k);
    if (!g) continue;
    const subj = subjectOf(a, g).subject;
    if (subj?.nps.some((np) => resolveNP(a, idx, np)?.party.actor === sourceActor)) return k;
  }
  return -1;
}

/** A timex that modifies a noun ("his disputed 2020 re-election", "Monday's vote") dates that noun, not the clause. */
export function isNominal(a: Analysis, x: Timex): boolean {
  return modifiesNoun(a.tokens, x);
}

/**
 * The date governing the trigger, setting aside the timexes that modify a noun ("his disputed 2020
 * re-election"), those a relative clause keeps apart from it (acrossRelative) and, for an act told by a
 * noun, those of another act of its clause (nounApart): an adverbial timex of
 * its clause or sentence, else the document date at the precision its tense allows (never the article's
 * day by default for a past event).
 */
function clauseDate(ctx: DatingContext, trig: number): Dated {
  const { doc, a, govern } = ctx;
  let own = govern(doc, a.tokens[trig]);
  const skipped: Timex[] = [];
  let nominal = false;
  for (let guard = 0; own.timex && guard < 4; guard++) {
    if (!nominal && isNominal(a, own.timex)) {
      nominal = true;
      skipped.push(...(doc.layers.timexes ?? []).filter((x) => isNominal(a, x)));
    } else if (a.tree && (acrossRelative(a.tree, trig, own.timex) || nounApart(a, a.tree, trig, own.timex))) skipped.push(own.timex);
    else break;
    own = govern(doc, a.tokens[trig], skipped);
  }
  return own;
}

/**
 * Whether trigger `trig` is an act told by a noun that time expression x, standing outside the noun's
 * phrase, does not date: the clause's time belongs to the noun only when the clause does the act — the
 * noun the object of a light verb ("imposed sanctions on Monday", "held talks Tuesday": lexicon
 * `give-verb`, passive too), the event a frame takes part in ("took part in a rally on Sunday":
 * `participation`), or the subject of a verb of taking place ("the talks began on Monday":
 * `occurrence-verb`). Otherwise the clause tells another act, and the noun's happened at its own time
 * ("despite his long disdain for the groups, he endorsed one in July"; "the court this month rejected a
 * request from the party"; "her backing of the raid" stressed on a Wednesday).
 */
function nounApart(a: Analysis, tree: NonNullable<Analysis['tree']>, trig: number, x: Timex): boolean {
  if (!toldByNoun(a, tree, trig)) return false;
  const n = tree.compoundHead(trig);
  const [lo, hi] = tree.subtreeRange(n);
  const xi = anchorOf(tree, x);
  if (xi >= lo && xi <= hi) return false;
  // right after the noun's phrase, a time phrase the parser hung on the verb is as likely the noun's
  // ("rarely mentions the invasion of Kosovo in 1998")
  let k = hi + 1;
  if (k < tree.size && tree.upos[k] === 'ADP') k++;
  if (k < tree.size && tree.tokens[k].start === x.start) return false;
  const frame = tree.supportFrame(n);
  if (frame && a.lex.has('participation', frame.frame)) return false;
  const h = tree.head(n);
  if (h < 0 || tree.upos[h] !== 'VERB') return true;
  const rel = tree.rel(n);
  const lemma = tree.lemma(h).toLowerCase();
  if ((rel === 'obj' || rel === 'nsubj:pass') && a.lex.has('give-verb', lemma)) return false;
  const takesPlace = lemma === 'take' && tree.children(h, 'obj').some((o) => tree.lemma(o).toLowerCase() === 'place');
  return !(rel === 'nsubj' && (a.lex.has('occurrence-verb', lemma) || takesPlace));
}

/** Whether trigger `trig` is a noun that tells an act, not a predicate noun that tells what one says ("He is a world class player"). */
function toldByNoun(a: Analysis, tree: NonNullable<Analysis['tree']>, trig: number): boolean {
  return a.tokens[trig].pos === 'NOUN' && !tree.isCopular(tree.compoundHead(trig));
}

/** The relations of a relative clause: on its noun, or hung by the parser on the verb. */
const RELATIVE_RELS = ['acl:relcl', 'advcl:relcl'];

/**
 * Whether time expression x stands in a relative clause that does not hold trigger `trig` ("backed the
 * party in her years at the paper, which fired her in 2015, and told us she does not back the
 * nominee"): the time stage keeps such a clause's date to it (govern.ts relativeApart) where the parser
 * hangs the clause on its noun; this also reads one it hangs on the verb (advcl:relcl). A relative
 * clause describes one of the sentence's people or things at its own time.
 */
function acrossRelative(tree: NonNullable<Analysis['tree']>, trig: number, x: Timex): boolean {
  return relativeApart(tree, trig, x, RELATIVE_RELS);
}
