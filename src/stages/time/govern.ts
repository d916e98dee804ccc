// governingDate: which date a span (a quote cue, an event trigger) happened on — the nearest calendar
// timex in the same clause (read on the dependency tree when the document is parsed), else in the same sentence, else the document date (exact for present /
// present-perfect reporting, "unknown" precision otherwise). Used by the quotes and events stages.
import type { Doc, Precision, Span, Timex, Token } from '../../doc/types.ts';
import { bundledKnowledge, type Knowledge } from '../../knowledge/knowledge.ts';
import { sentenceAt, tokenIndexAt, tokenSpan, tokensOfSentence } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import { isModal, loadTimeLexicon, type TimeLexicon } from './lexicon.ts';
import { governorOf } from './governor.ts';
import { opensClause, type Tense } from './tense.ts';

export interface GoverningDate {
  /**
   * TIMEX3 calendar value of the governing date: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY (the
   * date part of a TIME value), or the document date; null only when the document has no valid date.
   */
  date: string | null;
  precision: Precision;
  /** Index into doc.layers.timexes of the governing timex, or null when the date is the document's. */
  timex: number | null;
  /** True when the timex stands in the span's own clause (step 1), false when the sentence fallback gave it. */
  clause?: boolean;
}

const GOVERNING_PRECISION = new Set<Precision>(['day', 'week', 'month', 'quarter', 'year']);
const CLAUSE_BREAK = new Set([';', ':', '"', '“', '”', '—', '–', '(', ')']);
const CLAUSE_START = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'although', 'whereas']);

/** A season or half of a named year ("in the fall of 2010" 2010-FA, "the first half of 2016" 2016-H1). */
const PART_OF_YEAR = /^(\d{4})-(?:SP|SU|FA|WI|H[12])$/;

/**
 * Whether a time expression follows "since" ("has been a member since 2003", "actions since Sept. 1"): it
 * names when a state or a period began, which lasts up to the time of telling, so it does not date the
 * clause's event or statement. `tokens` are the sentence's tokens (sorted).
 */
function afterSince(tokens: Token[], t: Timex): boolean {
  const i = tokens.findIndex((k) => k.end > t.start);
  return i > 0 && tokens[i].start >= t.start && tokens[i - 1].text.toLowerCase() === 'since';
}

function isCalendar(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && ((GOVERNING_PRECISION.has(t.precision) && /^\d{4}/.test(t.value)) || PART_OF_YEAR.test(t.value));
}

/** The calendar date and precision a governing timex gives: a season or half gives its year. */
function calendarOf(t: Timex): { date: string; precision: Precision } {
  const part = PART_OF_YEAR.exec(t.value);
  if (part) return { date: part[1], precision: 'year' };
  // The calendar part: a TIME's date, a weekend's week ("2024-W19-WE" is week 2024-W19).
  return { date: t.value.replace(/T.*$/, '').replace(/-WE$/, ''), precision: t.precision };
}

/** Clause number of each token of a sentence (increments at clause punctuation, subordinators and ", and"). */
function clauseIds(tokens: Token[]): number[] {
  let id = 0;
  return tokens.map((t, i) => {
    const w = t.text.toLowerCase();
    if (CLAUSE_BREAK.has(t.text) || CLAUSE_START.has(w) || opensClause(tokens, i)) id++;
    // ", and" / ", but" join two clauses.
    else if (/^(and|but|or|yet)$/.test(w) && tokens[i - 1]?.text === ',') id++;
    return id;
  });
}

function clauseOf(tokens: Token[], ids: number[], pos: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > pos) return ids[i];
  return ids[ids.length - 1] ?? 0;
}

/** The token indexes (into the document's tokens) of a span: its verb when it holds one, else its head. */
export function anchorOf(tree: Tree, span: Span): number {
  const lo = tokenIndexAt(tree.tokens, span.start);
  let a = -1;
  let b = -1;
  for (let i = lo; i < tree.size && tree.tokens[i].start < span.end; i++) {
    if (a < 0) a = i;
    b = i;
  }
  if (a < 0) return -1;
  for (let i = a; i <= b; i++) if (tree.upos[i] === 'VERB') return i;
  return tree.spanHead(a, b + 1);
}

/**
 * The timexes of `pool` in the clause of `span`: on the tree, those whose predicate (Tree.predicateAbove)
 * heads the same clause as the span's verb ("said on Monday that troops had left in March": Monday with
 * "said", March with "left"; a relative clause's date stays in it); by clause punctuation and subordinators
 * when there is no parse.
 */
function sameClauseAs<T extends { t: Timex }>(tree: Tree | null, anchor: number, tokens: Token[], span: Span, pool: T[]): T[] {
  if (tree && anchor >= 0) {
    const clause = tree.clause(anchor);
    return pool.filter(({ t }) => {
      const h = anchorOf(tree, t);
      const p = h < 0 ? -1 : tree.predicateAbove(h);
      return p >= 0 && tree.clause(p) === clause;
    });
  }
  const ids = clauseIds(tokens);
  const clause = clauseOf(tokens, ids, span.start);
  return pool.filter(({ t }) => clauseOf(tokens, ids, t.start) === clause);
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** The relation of a relative clause on its noun; the parser also hangs one on the verb (advcl:relcl). */
const NOUN_RELATIVE = ['acl:relcl'];

/**
 * Whether x heads a relative clause as written: one that opens with a relative word ("who", "which", "in
 * which", "by whom"), or a clause without one right after its noun ("the first time he landed in
 * December"). A clause the parser merely hung as relative after punctuation (a quote's '…," Cruz said
 * in July') is none. `rels`: the relations read as relative (the events stage adds advcl:relcl, a
 * relative clause the parser hung on the verb: "…, which fired her in 2015, and told us …").
 */
function isRelativeClause(tree: Tree, x: number, rels: readonly string[] = NOUN_RELATIVE): boolean {
  if (!rels.includes(tree.rel(x))) return false;
  const [a, end] = tree.subtreeRange(x);
  let k = a;
  while (k < end && tree.upos[k] === 'PUNCT') k++;
  if (tree.upos[k] === 'ADP') k++;
  if (RELATIVE_WORDS.has(tree.tokens[k]?.text.toLowerCase() ?? '')) return true;
  // (a clause without a relative word is one only right after its noun, never one hung on a verb)
  return tree.rel(x) === 'acl:relcl' && a > 0 && tree.upos[a - 1] !== 'PUNCT' && tree.upos[a] !== 'PUNCT';
}

/**
 * The timexes of `pool` that do not stand in a relative clause apart from the span ("Mr. X dismissed the
 * criticism of Y, which went bankrupt in April"; "backed by X, who sent Y a plan to act by 2025"):
 * a relative clause describes one of the sentence's people or things, and its date is theirs, not the
 * span's. Reduced relatives stay ("dedicating the museum on Saturday, said"; "in a statement released on
 * Saturday, accused"): they mostly tell the occasion itself. Without a parse (`anchor` < 0), the pool as it is.
 */
function outsideRelativeClauses<T extends { t: Timex }>(tree: Tree | null, anchor: number, pool: T[]): T[] {
  if (!tree || anchor < 0 || !pool.length) return pool;
  const above = pathToRoot(tree, anchor);
  return pool.filter(({ t }) => !inRelativeApart(tree, above, t));
}

/** Token i and every head above it. */
function pathToRoot(tree: Tree, i: number): Set<number> {
  const above = new Set<number>();
  for (let x = i, guard = 0; x >= 0 && guard <= tree.size; x = tree.head(x), guard++) above.add(x);
  return above;
}

/** Whether time expression x stands in a relative clause (of `rels`) that does not hold `above`'s token
 * (pathToRoot): climbing from x, a relative clause before the climb meets that token's path. */
function inRelativeApart(tree: Tree, above: ReadonlySet<number>, x: Span, rels: readonly string[] = NOUN_RELATIVE): boolean {
  for (let k = anchorOf(tree, x), guard = 0; k >= 0 && !above.has(k) && guard <= tree.size; k = tree.head(k), guard++) {
    if (isRelativeClause(tree, k, rels)) return true;
  }
  return false;
}

/** Whether time expression x stands in a relative clause (of `rels`) that does not hold token i: the
 * time stage keeps such a clause's date to it (outsideRelativeClauses). */
export function relativeApart(tree: Tree, i: number, x: Span, rels: readonly string[] = NOUN_RELATIVE): boolean {
  return inRelativeApart(tree, pathToRoot(tree, i), x, rels);
}

const NOUN_MODIFIER = new Set(['compound', 'amod', 'nmod:poss']);

/**
 * The timexes of `pool` other than a bare year modifying a noun after it on the tree ("Smith's 2005 best
 * seller", "her 1994 'Contract'", "a 2014 silver medallist"): such a year tells when that thing was made
 * or won, not when the span happened. The word-level check (modifiesNoun) misses a noun after an
 * adjective or a quotation mark.
 */
function notNounModifiers<T extends { t: Timex }>(tree: Tree | null, pool: T[]): T[] {
  if (!tree || !pool.length) return pool;
  // A bare year only: a misparse hangs a leading "Last week" on the subject's name as compound.
  const modifier = (h: number): boolean => {
    const n = h < 0 ? -1 : tree.head(h);
    return n > h && /^\d{4}$/.test(tree.tokens[h].text) && NOUN_MODIFIER.has(tree.rel(h)) && (tree.upos[n] === 'NOUN' || tree.upos[n] === 'PROPN');
  };
  return pool.filter(({ t }) => {
    const h = anchorOf(tree, t);
    if (!/^\d{4}$/.test(t.text) || h < 0) return true;
    // "the <year> or <year> World Cups": the second year hangs on the first as conj
    return !(modifier(h) || (tree.rel(h) === 'conj' && modifier(tree.head(h))));
  });
}

/** Relations of a date before the noun it dates ("a 1970 evaluation", "his Fall 2001 book", "a 2013 memo"). */
const RECORD_DATE_RELS = new Set(['compound', 'amod', 'nmod:poss', 'nummod', 'nmod', 'nmod:unmarked']);

/**
 * The timexes of `pool` that date a record the span speaks through: a date before a noun of the lexicon's
 * `record-noun` kind (a book, memo, study, interview …) that is the subject of the span's verb ("A 1970
 * evaluation said …", "a 2014 study … found") or the verb's "in" phrase ("In his 2002 book, X suggested",
 * "mocked the plan in a 2012 TV interview, saying …"). What the record says was said when it was
 * written or given, not on the article's day; the noun-modifier filters (notNounModifiers, the quotes'
 * and events' word-level modifiesNoun) otherwise set such a date aside. The verb is the span's predicate,
 * and the one above it when that hangs on it as an adverbial clause, conjunct or complement ("…, saying").
 */
function recordDates<T extends { t: Timex }>(tree: Tree | null, anchor: number, pool: T[], lex: TimeLexicon): T[] {
  if (!tree || anchor < 0 || !pool.length) return [];
  const p = tree.isPredicate(anchor) ? anchor : tree.predicateAbove(anchor);
  if (p < 0) return [];
  const verbs = new Set([p]);
  if (['advcl', 'conj', 'xcomp'].includes(tree.baseRel(p)) && tree.head(p) >= 0) verbs.add(tree.head(p));
  const records = lex.maps['record-noun'];
  return pool.filter(({ t }) => {
    const h = anchorOf(tree, t);
    const n = h < 0 ? -1 : tree.head(h);
    if (n <= h || !RECORD_DATE_RELS.has(tree.rel(h)) || !records.has(tree.lemma(n).toLowerCase())) return false;
    const v = tree.head(n);
    if (!verbs.has(v)) return false;
    const rel = tree.baseRel(n);
    if (rel === 'nsubj') return true;
    return rel === 'obl' && tree.children(n, 'case').some((c) => tree.tokens[c].text.toLowerCase() === 'in');
  });
}

const COMPLEMENT_MARKS = new Set(['that', 'whether', 'if']);

/**
 * Whether x is a clausal complement as written: a ccomp of a verb of saying or thinking (lexicon kind
 * `content-verb`), after it, with a subject of its own or "that/whether/if" before it ("said that …",
 * "noted the campaign faced …"). The parser also hangs participles and adverbial clauses as ccomp ("In a
 * video posted Thursday, the coach said"; "The governor, touring the valley on Feb. 8, said"; "said as the
 * runners set off early Sunday"), and a noun read as a verb ("praised the team's rocket launch as …"):
 * those tell the occasion, not the content, and stand before the verb, lack a subject, open with another
 * subordinator or hang on another verb.
 */
function isComplement(tree: Tree, x: number, lex: TimeLexicon): boolean {
  const h = tree.head(x);
  if (tree.rel(x) !== 'ccomp' || h < 0 || x < h || !lex.maps['content-verb'].has(tree.lemma(h).toLowerCase())) return false;
  const marks = tree.children(x, 'mark').map((m) => tree.tokens[m].text.toLowerCase());
  if (marks.some((m) => !COMPLEMENT_MARKS.has(m))) return false;
  return marks.length > 0 || tree.children(x, 'nsubj').length > 0;
}

/**
 * The timexes of `pool` outside a clausal complement apart from the span ("He said that the store will
 * open next month": next month is when the store opens, not when he said it; "The firm has announced
 * that the model, launched two years ago, …"): the date of what was said, thought or planned dates that,
 * not the verb of saying. A complement that holds the span ("said on Monday that troops had left")
 * is no barrier: the walk up from the timex stops at the span's own chain of heads.
 */
function outsideComplements<T extends { t: Timex }>(tree: Tree | null, anchor: number, pool: T[], lex: TimeLexicon): T[] {
  if (!tree || anchor < 0 || !pool.length) return pool;
  const above = new Set<number>();
  for (let x = anchor, guard = 0; x >= 0 && guard <= tree.size; x = tree.head(x), guard++) above.add(x);
  // The span itself told as content of that verb ("say the pumps failed in March, the town ran dry and
  // needed a tanker", the later clauses hung as a parataxis of "say"): both are what was said.
  const spanInContentOf = (h: number) => [...above].some((y) => tree.head(y) === h && (tree.rel(y) === 'ccomp' || tree.rel(y) === 'parataxis'));
  return pool.filter(({ t }) => {
    for (let x = anchorOf(tree, t), guard = 0; x >= 0 && !above.has(x) && guard <= tree.size; x = tree.head(x), guard++) {
      if (isComplement(tree, x, lex)) return spanInContentOf(tree.head(x));
    }
    return true;
  });
}

/**
 * Whether verb p is finite with a subject of its own and no modal, outside a complement ("experts
 * say", "has admitted"): not a participle ("saying", "urging"), an infinitive ("should release") or a
 * modal group, whose time the clause they hang on gives.
 */
function finitePresent(tree: Tree, p: number, lex: TimeLexicon): boolean {
  if (p < 0 || (tree.upos[p] !== 'VERB' && tree.upos[p] !== 'AUX')) return false;
  // A complement's verb ("asked that the government return him", "helped them take control") takes its
  // time from the verb it complements.
  if (tree.rel(p) === 'ccomp' || tree.rel(p) === 'xcomp') return false;
  if (!tree.children(p).some((c) => tree.baseRel(c) === 'nsubj')) return false;
  const aux = tree.children(p).filter((c) => tree.baseRel(c) === 'aux' || tree.rel(c) === 'mark');
  if (aux.some((c) => isModal(lex, tree.tokens[c].text) || tree.tokens[c].text.toLowerCase() === 'to')) return false;
  return aux.length > 0 || !/ing$/i.test(tree.tokens[p].text);
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * The date governing `span`:
 * 1. the nearest DATE/TIME timex of calendar precision (day/week/month/quarter/year, or a season or half
 *    of a named year, which gives that year) in the same clause;
 * 2. else the nearest such timex in the same sentence outside relative clauses that do not hold the
 *    span (at precision 'unknown' for a pluperfect span: it happened before that time);
 * (timexes inside an `exclude` span — quoted or reported words — are skipped, and so are those after
 * "since", which name when a state began);
 * 3. else the document date: precision 'day' when the span's verb is present tense or present perfect
 *    ("says", "has called on" — news reports these on the day of publication), 'unknown' otherwise
 *    (a past or future event the article does not date).
 */
export function governingDate(doc: Doc, span: Span, knowledge: Knowledge = bundledKnowledge(), exclude: Span[] = []): GoverningDate {
  const sentences = doc.layers.sentences ?? [];
  const timexes = doc.layers.timexes ?? [];
  const si = sentenceAt(sentences, span.start);
  const tokens = tokensOfSentence(doc.layers.tokens ?? [], si);
  // the span's tense, read once whichever of the steps below asks for it
  const lex = loadTimeLexicon(knowledge);
  let tenseRead: Tense | undefined;
  const tense = (): Tense => (tenseRead ??= tokens.length ? governorOf(doc, span, lex, tokens).tense : 'none');
  if (si >= 0) {
    const sent = sentences[si];
    const inside = (t: Timex, x: Span) => t.start >= x.start && t.end <= x.end;
    // an exclude span that is the timex itself sets aside a noun's date, not a record's (recordDates)
    // (the sentence's timexes only are paired with their index: not an object per timex of the document per call)
    const candidates: { t: Timex; i: number }[] = [];
    for (let i = 0; i < timexes.length; i++) {
      const t = timexes[i];
      if (t.start >= sent.start && t.end <= sent.end && isCalendar(t) && !afterSince(tokens, t) && !exclude.some((x) => inside(t, x) && !(x.start === t.start && x.end === t.end))) candidates.push({ t, i });
    }
    const inSentence = candidates.filter(({ t }) => !exclude.some((x) => inside(t, x)));
    // the span's word on the tree, read once for the filters
    const tree = candidates.length ? Tree.of(doc) : null;
    const anchor = tree ? anchorOf(tree, span) : -1;
    const records = recordDates(tree, anchor, candidates, lex);
    if (records.length) {
      const best = records.reduce((a, b) => (distance(b.t, span) < distance(a.t, span) ? b : a));
      return { ...calendarOf(best.t), timex: best.i, clause: true };
    }
    const sameClause = inSentence.length ? sameClauseAs(tree, anchor, tokens, span, notNounModifiers(tree, inSentence)) : [];
    // A finite verb in the present or present perfect with its own subject ("experts say", "the firm has
    // admitted") is told as of the article's day: a date of another clause of its sentence ("rejected
    // the plan in October, although experts say …") is not its date.
    const presentSpan = () => !!tree && finitePresent(tree, anchor, lex) && ['present', 'present-perfect'].includes(tense());
    const pool = sameClause.length ? sameClause : presentSpan() ? [] : notNounModifiers(tree, outsideComplements(tree, anchor, outsideRelativeClauses(tree, anchor, inSentence), lex));
    if (pool.length) {
      const best = pool.reduce((a, b) => (distance(b.t, span) < distance(a.t, span) ? b : a));
      const { date, precision } = calendarOf(best.t);
      // A pluperfect clause ("said on Wednesday that they had detained…") tells what happened before
      // another clause's time: that time bounds it, it does not date it.
      if (!sameClause.length && tense() === 'past-perfect') {
        return { date, precision: 'unknown', timex: best.i, clause: false };
      }
      return { date, precision, timex: best.i, clause: sameClause.length > 0 };
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date ?? '')) return { date: null, precision: 'unknown', timex: null };
  const exact = tense() === 'present' || tense() === 'present-perfect';
  return { date: doc.date, precision: exact ? 'day' : 'unknown', timex: null };
}

/**
 * Whether a time expression modifies a noun ("his disputed 2020 re-election", "Monday's vote"): it then
 * dates that noun, not the clause it stands in. `tokens` are the document's tokens (sorted).
 */
export function modifiesNoun(tokens: Token[], x: Span): boolean {
  const { a: first, b } = tokenSpan(tokens, x);
  if (first >= tokens.length) return false;
  const last = Math.max(first, b - 1);
  const before = first > 0 ? tokens[first - 1] : null;
  const after = last + 1 < tokens.length ? tokens[last + 1] : null;
  if (after && after.sentence === tokens[last].sentence && (after.pos === 'NOUN' || after.text === "'s" || after.text === '’s')) return true;
  if (before && before.sentence === tokens[first].sentence && (before.pos === 'DET' || (before.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/i.test(before.text)) || before.pos === 'ADJ')) {
    return !!after && after.pos !== 'PUNCT' && after.pos !== 'ADP' && after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'CCONJ';
  }
  return false;
}
