// Decides whether a span is talked about in the past, present or future from the verb group nearest to it
// in the same clause (wink POS + lemmas), plus prepositional cues ("ahead of", "until", "since").
import type { Span, Token } from '../../doc/types.ts';
import type { TimeLexicon } from './lexicon.ts';
import { tokensOver } from '../../doc/doc.ts';

/**
 * 'past-perfect' is the pluperfect ("had detained"): a time before the narrative's past reference time.
 * 'future-in-past' is a plan told in the past ("was scheduled for", "was due to", "were to"): after a past
 * moment, so before or after the article's day alike.
 */
export type Tense = 'past' | 'past-perfect' | 'present' | 'present-perfect' | 'future' | 'future-in-past' | 'none';

const CLAUSE_BREAK = new Set([';', ':', '"', '“', '”', '(', ')', '—', '–', '?', '!']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'although', 'whereas', 'where', 'if', 'unless', 'though']);
/** Words that open a clause only when a finite verb follows ("after they had attacked", not "after a chase"). */
const TEMPORAL_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'once', 'when']);

/**
 * Whether tokens[i] opens a subordinate clause: a relative or complement word, or a temporal
 * subordinator followed (before any punctuation) by a finite verb.
 */
export function opensClause(tokens: Token[], i: number): boolean {
  const w = tokens[i].text.toLowerCase();
  if (SUBORDINATORS.has(w)) return true;
  if (!TEMPORAL_SUBORDINATORS.has(w)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) return true;
  }
  return false;
}

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', 'would']);
const FUTURE_VERBS = new Set(['plan', 'schedule', 'expect', 'intend', 'aim', 'hope', 'prepare', 'set', 'due', 'slate', 'go']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
/** Verbs whose past tense is spelled like the present. */
const SAME_PAST = new Set(['hit', 'put', 'set', 'cut', 'cost', 'let', 'quit', 'spread', 'shut', 'hurt', 'burst', 'cast', 'split', 'bet', 'bid', 'read', 'beat', 'upset', 'broadcast', 'forecast']);

function isVerbish(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/**
 * A verb-like word that heads no clause: one inside a hyphenated compound ("a cease-and-desist letter"),
 * or an attributive participle between a determiner and its noun ("a designated day", "the disputed vote").
 */
function inCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if ((!!p && /^[-‐]$/.test(p.text) && p.end === t.start) || (!!n && /^[-‐]$/.test(n.text) && n.start === t.end)) return true;
  return t.pos === 'VERB' && !!p && !!n && (p.pos === 'DET' || p.pos === 'ADJ') && (n.pos === 'NOUN' || n.pos === 'PROPN') && /(ed|en)$/i.test(t.text);
}

/** Past form: a verb whose surface differs from its lemma and is not an -s/-ing form ("said", "met", "called"). */
function isPastForm(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (PAST_AUX.has(w)) return true;
  if (t.pos !== 'VERB') return false;
  if (w === t.lemma) return /ed$/.test(w) && !/eed$/.test(w);
  return !/(s|ing)$/.test(w) || /ed$/.test(w);
}

/** A verb group that carries tense: any auxiliary or infinitive "to", or a main verb that is not a bare -ing participle. */
function isFinite(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t.pos === 'AUX' || (t.pos === 'PART' && t.text.toLowerCase() === 'to')) return true;
    if (t.pos === 'VERB' && !/ing$/i.test(t.text)) return true;
  }
  return false;
}

const PRESENT_BE = new Set(['is', 'are', 'am', "'re", "'m"]);
const PAST_BE = new Set(['was', 'were']);
const PERFECT_HAVE = new Set(['has', 'have', "'ve"]);

/** A participle after an auxiliary: a verb in a past form, or "been". */
function isParticiple(t: Token | undefined): boolean {
  return !!t && (t.text.toLowerCase() === 'been' || (t.pos === 'VERB' && (isPastForm(t) || /(ed|en)$/i.test(t.text))));
}

/** The first verb-like token of tokens[a..b] after skipping adverbs and particles ("has not yet"), or -1. */
function nextVerb(tokens: Token[], from: number, b: number): number {
  for (let i = from; i <= b; i++) if (isVerbish(tokens[i])) return i;
  return -1;
}

/**
 * Tense of the finite head of a verb group: the first auxiliary decides ("is expected" is present, "was
 * held" past, "has been" present perfect, "had detained" past perfect), else the main verb's form.
 */
function finiteTense(tokens: Token[], a: number, b: number): Tense | null {
  const i = nextVerb(tokens, a, b);
  if (i < 0) return null;
  const t = tokens[i];
  const w = t.text.toLowerCase();
  // The tagger reads some participles as adjectives ("has unsettled investors").
  const adjPart = tokens[i + 1]?.pos === 'ADJ' && /(ed|en)$/i.test(tokens[i + 1].text) ? Object.assign({}, tokens[i + 1], { pos: 'VERB' }) : undefined;
  const after = tokens[nextVerb(tokens, i + 1, b)] ?? adjPart;
  if (t.pos === 'AUX' || w === "'s" || w === "'d") {
    if (PERFECT_HAVE.has(w) && isParticiple(after)) return 'present-perfect';
    if (w === "'s" && isParticiple(after) && after.text.toLowerCase() === 'been') return 'present-perfect';
    if ((w === 'had' || w === "'d") && isParticiple(after)) return 'past-perfect';
    if (PRESENT_BE.has(w) || w === "'s" || w === 'do' || w === 'does') return 'present';
    if (PAST_BE.has(w) || w === 'did' || w === 'had') return 'past';
    if (/^(can|may|must|should|might|could|ought)$/.test(w)) return 'present';
    // A bare "be" heading the group is a subjunctive or an imperative ("asked that a decision be made
    // by Friday", "be ready by Monday"): it looks ahead, whatever the participle after it.
    if (w === 'be' && i === a) return 'future';
  }
  return null;
}

/** Verbs whose infinitive complement happened when they did: "forced them to flee", "managed to escape". */
const IMPLICATIVE = new Set(['force', 'help', 'manage', 'fail', 'use', 'cause', 'lead', 'allow', 'enable', 'compel', 'get', 'refuse', 'rush', 'move', 'begin', 'start', 'continue', 'try', 'attempt', 'come', 'return', 'travel', 'oblige']);

/** Whether the infinitive starting at tokens[to] complements a past implicative verb (across a short object). */
function implicativePast(tokens: Token[], to: number): boolean {
  for (let i = to - 1, skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
    const t = tokens[i];
    // "should be allowed to", "will be forced to": a passive implicative after a non-past "be" has not happened.
    if (t.pos === 'VERB') return IMPLICATIVE.has(t.lemma) && isPastForm(t) && !/^(will|would|to|be)$/i.test(tokens[i - 1]?.text ?? '');
    if (!['NOUN', 'PRON', 'PROPN', 'DET', 'ADJ', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * Whether the infinitive starting at tokens[to] looks ahead: its governing word, right before it or
 * across a short object ("urged residents to"), is a prospective verb or adjective of the lexicon ("agreed
 * to", "is due to", "is to").
 */
function prospective(tokens: Token[], to: number, lex: TimeLexicon): boolean {
  for (let i = to - 1, skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
    const t = tokens[i];
    const listed = lex.maps['prospective-verb'].has(t.lemma) || lex.maps['prospective-verb'].has(t.text.toLowerCase());
    // Right before "to" any word of the list counts ("a plan to", "officials plan to").
    if (listed && i === to - 1) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ' || t.pos === 'ADV') {
      // "be" looks ahead only right before "to" ("is to resume"); across a word it is that word's copula or
      // passive auxiliary ("is alleged to", "was willing to"), and that word decides.
      if (listed && !(t.lemma === 'be' && i < to - 1)) return true;
      if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
      continue;
    }
    if (!['NOUN', 'PRON', 'PROPN', 'DET', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

/** Whether the word before tokens[i] is a past "be" ("was scheduled", "were due", "had been set"). */
function pastBe(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.text.toLowerCase() ?? '';
  return PAST_BE.has(p) || (p === 'been' && /^(had|'d)$/i.test(tokens[i - 2]?.text ?? ''));
}

/** Classify one verb group tokens[a..b] (inclusive), looking up to two tokens before it for "is to", "going to". */
export function groupTense(tokens: Token[], a: number, b: number, lex: TimeLexicon): Tense {
  let past = false;
  let finite = false;
  // An infinitive ("due to be held on October 12", "agreed to meet on Tuesday") points ahead of its main
  // clause, unless a past implicative or causative verb says it happened ("forced residents to flee on
  // Sunday").
  // An infinitive governed by another word ("a call for the city to act on Monday") has no tense of its
  // own: the nearer date.
  if (tokens[a]?.pos === 'PART' && tokens[a].text.toLowerCase() === 'to' && a < b) {
    if (implicativePast(tokens, a)) return 'past';
    // "were due to resume on Friday", "was set to open in May": a plan told in the past.
    if (/^(scheduled|slated|due|set|expected)$/i.test(tokens[a - 1]?.text ?? '') && pastBe(tokens, a - 1)) return 'future-in-past';
    return prospective(tokens, a, lex) ? 'future' : 'none';
  }
  for (let i = Math.max(0, a - 1); i <= Math.min(tokens.length - 1, b + 1); i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    if (FUTURE_AUX.has(w) || FUTURE_AUX.has(t.lemma) && t.pos === 'AUX') return 'future';
    if (w === 'to' && i > 0) {
      const p = tokens[i - 1];
      // "is to resume", "is to be held", "were to have met": a plan, ahead of the "be" that tells it.
      if (p.lemma === 'be' && p.pos === 'AUX' && i + 1 < tokens.length && (tokens[i + 1].pos === 'VERB' || /^(?:be|have)$/i.test(tokens[i + 1].text))) return PAST_BE.has(p.text.toLowerCase()) ? 'future-in-past' : 'future';
      if (/^(scheduled|slated|due|set|expected)$/i.test(p.text) && pastBe(tokens, i - 1)) return 'future-in-past';
      if (FUTURE_VERBS.has(p.lemma) && !(p.lemma === 'go' && !/going/i.test(p.text))) return 'future';
      if (/^(scheduled|slated|due|set|expected|planning|planned|preparing)$/i.test(p.text)) return 'future';
    }
    if (i < a || i > b) continue;
    if (/^(scheduled|slated|due)$/i.test(w)) return pastBe(tokens, i) ? 'future-in-past' : 'future';
    if (lex.maps['future-cue'].has(w) && t.pos !== 'VERB' && w !== 'until') return 'future';
    if (isPastForm(t)) past = true;
    if (isVerbish(t)) finite = true;
  }
  const head = finiteTense(tokens, a, b);
  if (head) return head;
  if (past) return 'past';
  // "hit", "cut", "set"… look the same in the past: with no other cue, news narrates the past.
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && t.text.toLowerCase() === t.lemma && SAME_PAST.has(t.lemma) && !(i > 0 && /^(to|will|would|can|could|may|might|must|should|do|does)$/i.test(tokens[i - 1].text))) return 'past';
  }
  return finite ? 'present' : 'none';
}

export interface TenseResult {
  tense: Tense;
  /** True when a preposition right before the span decided ("ahead of", "until", "since"). */
  cue?: boolean;
  /** Lemma of the main verb of the chosen group (for reporting-verb checks), or null. */
  verb: string | null;
}

/**
 * A preposition right before the expression that fixes its direction whatever the verb ("until",
 * "ahead of", "upcoming" ahead; "since" back), given the index of the expression's first token; or null.
 */
export function cueTense(tokens: Token[], i0: number): TenseResult | null {
  const p1 = tokens[i0 - 1]?.text.toLowerCase() ?? '';
  const p2 = tokens[i0 - 2]?.text.toLowerCase() ?? '';
  if (/^(until|till|upcoming|forthcoming)$/.test(p1) || (p2 === 'ahead' && p1 === 'of')) return { tense: 'future', verb: null, cue: true };
  if (p1 === 'since') return { tense: 'past', verb: null, cue: true };
  return null;
}

/**
 * The tense a cue right before the span (`cue`, from cueTense; the span's first token is tokens[i0]) leaves it,
 * given the governing verb's reading (`governed`, asked only when needed). "until"/"till" reads the span ahead,
 * but under a verb in the past perfect it closes a stretch that ended before the telling ("Until that day in
 * April, he had never been in a mine"), and the verb's tense decides. The one place this is decided, for the
 * tree (governor.ts) and word order (tenseAt) alike.
 */
export function cueUnderVerb<T extends TenseResult>(tokens: Token[], i0: number, cue: TenseResult, governed: () => T): T | TenseResult {
  if (!/^(?:until|till)$/i.test(tokens[i0 - 1]?.text ?? '')) return cue;
  const g = governed();
  return g.tense === 'past-perfect' ? g : cue;
}

/**
 * Tense governing `span` inside the sentence whose tokens are `tokens` (sorted). Uses cues right before
 * the span first, then the nearest verb group in the same clause (left wins ties).
 */
export function tenseAt(tokens: Token[], span: Span, lex: TimeLexicon): TenseResult {
  // i0..i1-1 are the span's tokens.
  const { a: i0, b: i1 } = tokensOver(tokens, span);
  const governed = () => verbTenseAt(tokens, i0, i1, lex);
  const cue = cueTense(tokens, i0);
  return cue ? cueUnderVerb(tokens, i0, cue, governed) : governed();
}

/** The tense of the nearest finite verb group around tokens i0..i1-1 in their clause (left wins ties). */
function verbTenseAt(tokens: Token[], i0: number, i1: number, lex: TimeLexicon): TenseResult {
  // Clause window.
  let lo = i0 - 1;
  while (lo >= 0 && !CLAUSE_BREAK.has(tokens[lo].text) && !opensClause(tokens, lo)) lo--;
  let hi = i1;
  while (hi < tokens.length && !CLAUSE_BREAK.has(tokens[hi].text) && !opensClause(tokens, hi)) hi++;

  let best: { a: number; b: number; dist: number } | null = null;
  const consider = (a: number, b: number, dist: number) => {
    if (!best || dist < best.dist) best = { a, b, dist };
  };
  // Nearest finite verb group on each side; a lone participle ("killing") is skipped, and crossing a
  // comma costs a little, so "crashed into the sea in June, killing…" reads "crashed".
  const commaBetween = (x: number, y: number) => {
    for (let i = Math.min(x, y); i < Math.max(x, y); i++) if (tokens[i].text === ',') return true;
    return false;
  };
  const conjBetween = (x: number, y: number) => {
    for (let i = Math.min(x, y); i < Math.max(x, y); i++) if (tokens[i].pos === 'CCONJ') return true;
    return false;
  };
  for (let i = i0 - 1; i > lo; i--) {
    if (!isVerbish(tokens[i]) || inCompound(tokens, i)) continue;
    let a = i;
    while (a - 1 > lo && (isVerbish(tokens[a - 1]) || tokens[a - 1].pos === 'PART' || tokens[a - 1].pos === 'ADV')) a--;
    if (!isFinite(tokens, a, i)) {
      i = a;
      continue;
    }
    consider(a, i, i0 - i + (commaBetween(i, i0) ? 10 : 0));
    break;
  }
  for (let i = i1; i < hi; i++) {
    if (!isVerbish(tokens[i]) || inCompound(tokens, i)) continue;
    let b = i;
    while (b + 1 < hi && (isVerbish(tokens[b + 1]) || tokens[b + 1].pos === 'PART' || tokens[b + 1].pos === 'ADV')) b++;
    let a = i;
    while (a - 1 >= i1 && (isVerbish(tokens[a - 1]) || tokens[a - 1].pos === 'ADV' || tokens[a - 1].pos === 'PART')) a--;
    // An infinitive after the expression ("a warrant Sunday to search the house", "the vote in June to
    // leave") is a purpose or a noun's complement, not the verb the expression modifies.
    const infinitive = tokens.slice(a, i).some((t) => t.pos === 'PART' && t.text.toLowerCase() === 'to');
    if (!isFinite(tokens, a, b) || infinitive) {
      i = b;
      continue;
    }
    // A verb across a conjunction ("cut rates in August and is expected to…") heads another conjunct.
    consider(a, b, i - i1 + 1 + (commaBetween(i1, i) ? 10 : 0) + (conjBetween(i1, i) ? 3 : 0));
    break;
  }
  if (!best) return { tense: 'none', verb: null };
  const { a, b } = best as { a: number; b: number };
  let verb: string | null = null;
  for (let i = b; i >= a; i--) if (tokens[i].pos === 'VERB') { verb = tokens[i].lemma; break; }
  return { tense: groupTense(tokens, a, b, lex), verb };
}
