// A shallow clause chunker over the token layer (no dependency parser): noun-phrase chunks, verb groups
// with voice/negation/modality, and the subject of a verb group found by scanning left within its clause
// (skipping prepositional phrases, appositions and relative clauses; sharing subjects across "and").
import { hyphenJoined, tokenSpan } from '../../doc/doc.ts';
import type { Span, Token } from '../../doc/types.ts';
import type { Lexicon } from './lexicon.ts';
import type { Tree } from '../../doc/tree.ts';

export interface NP {
  /** Token range [start, end) and the head token index. */
  start: number;
  end: number;
  head: number;
}

export interface VerbGroup {
  /** First token of the group (auxiliaries, adverbs, negation) and the main verb. */
  start: number;
  verb: number;
  passive: boolean;
  negated: boolean;
  modal: boolean;
  future: boolean;
  /** Preceded by infinitival "to". */
  infinitival: boolean;
  /** An -ing form with no auxiliary ("denies attacking", ", killing five"). */
  gerund: boolean;
  /** A past tense the tagger called an adjective ("troops apprehended a man"). */
  retagged?: boolean;
}

export interface Subject {
  nps: NP[];
  /** The verb group whose subject this is when it was shared ("X denied … but said") or controlled ("X threatened to …"). */
  via: 'direct' | 'relative' | 'shared' | 'control';
}

export interface Analysis {
  tokens: Token[];
  /** Token index range [start, end) of every sentence. */
  sentStart: number[];
  sentEnd: number[];
  nps: NP[];
  /** Token index → index into nps, or -1. */
  npOf: Int32Array;
  groups: VerbGroup[];
  /** Main-verb token index → verb group. */
  groupAt: Map<number, VerbGroup>;
  lex: Lexicon;
  /** Token index → 1 when the token lies inside a time expression of the timex layer. */
  timed: Uint8Array;
  /** The document's dependency tree (set by the events stage when the syntax stage ran). */
  tree?: Tree | null;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const FLOATING = new Set(['all', 'both', 'each']);
const FLOAT_NEXT = new Set(['VERB', 'AUX', 'ADV', 'ADP']);
const QUOTE = new Set(['“', '”', '"', '‘', '’', "'"]);
const DAY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow']);
const CLAUSE_STOP = new Set([';', ':', '(', ')', '—', '–']);

export function isVerb(t: Token): boolean {
  return t.pos === 'VERB';
}

function lower(t: Token): string {
  return t.text.toLowerCase();
}

export function analyse(tokens: Token[], sentenceCount: number, lex: Lexicon, timexes: readonly Span[] = [], tree: Tree | null = null): Analysis {
  const sentStart = new Array<number>(sentenceCount).fill(0);
  const sentEnd = new Array<number>(sentenceCount).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) sentStart[tokens[i].sentence] = i;
  for (let i = 0; i < tokens.length; i++) sentEnd[tokens[i].sentence] = i + 1;
  const npOf = new Int32Array(tokens.length).fill(-1);
  const nps: NP[] = [];
  const groups: VerbGroup[] = [];
  const groupAt = new Map<number, VerbGroup>();
  const timed = new Uint8Array(tokens.length);
  for (const x of timexes) {
    const { a: from, b: to } = tokenSpan(tokens, x);
    timed.fill(1, from, Math.max(from, to));
  }
  const a: Analysis = { tokens, sentStart, sentEnd, nps, npOf, groups, groupAt, lex, timed, tree };
  for (let s = 0; s < sentenceCount; s++) chunkSentence(a, sentStart[s], sentEnd[s]);
  addPredicateAdjectives(a);
  return a;
}

function startsNP(a: Analysis, i: number, end: number): boolean {
  const t = a.tokens[i];
  const l = lower(t);
  if (NOUNISH.has(t.pos)) return true;
  if (t.pos === 'PRON') return PERSONAL.has(l) || POSSESSIVE.has(l);
  if (t.pos === 'DET') return l !== 'that' && l !== 'no' && !floatingQuantifier(a, i, end);
  if (QUOTE.has(t.text)) return i + 1 < end && NOUNISH.has(a.tokens[i + 1].pos);
  return false;
}

/** "Tenant groups all over the region urged …", "the mayors both condemned …": a quantifier after a
 * noun and before a verb, adverb or preposition floats off that noun's phrase; it opens no phrase of its own
 * (so the subject search passes it to the noun). */
function floatingQuantifier(a: Analysis, i: number, end: number): boolean {
  const prev = a.tokens[i - 1];
  return FLOATING.has(lower(a.tokens[i])) && !!prev && prev.sentence === a.tokens[i].sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && i + 1 < end && FLOAT_NEXT.has(a.tokens[i + 1].pos);
}

function continuesNP(a: Analysis, i: number, end: number, prev: Token): boolean {
  const t = a.tokens[i];
  if (prev.text === '-' && t.pos !== 'PUNCT') return true;
  // (prev is token i - 1: a word glued by a hyphen to the next, "Russian-backed")
  if (i + 1 < end && hyphenJoined(a.tokens, i - 1) && a.tokens[i + 1].pos !== 'PUNCT') return true;
  if (PERSONAL.has(lower(prev)) && prev.pos === 'PRON') return false;
  // "deported a man Friday": a day name after a common noun is a time adjunct, not part of the phrase.
  if (DAY.has(lower(t)) && prev.pos === 'NOUN') return false;
  if (NOUNISH.has(t.pos)) return true;
  // "a jailed journalist", "the ruling party": a participle between a determiner/adjective and a noun.
  if (t.pos === 'VERB' && /(ed|ing)$/i.test(t.text) && (prev.pos === 'DET' || prev.pos === 'ADJ') && i + 1 < end && (a.tokens[i + 1].pos === 'NOUN' || a.tokens[i + 1].pos === 'PROPN' || a.tokens[i + 1].pos === 'ADJ')) return true;
  if (t.pos === 'PART' && (t.text === "'s" || t.text === '’s' || t.text === "'")) return true;
  if (t.pos === 'DET' && (prev.text === "'s" || prev.text === '’s')) return false;
  if (QUOTE.has(t.text)) return i + 1 < end && NOUNISH.has(a.tokens[i + 1].pos);
  return false;
}

/**
 * "its military withdrew", "elements of his military": a word tagged as an adjective after the head the
 * phrase found, whose possessor in the tree is that head or lies between, is used as a noun and heads the
 * phrase (the possessor owns it, as in "its forces").
 */
function possessedAdjective(a: Analysis, s: number, e: number, head: number): number {
  const { tree, tokens } = a;
  if (!tree) return head;
  for (let k = e - 1; k > head; k--) {
    if (tokens[k].pos !== 'ADJ') return head;
    const p = tree.possessor(k);
    if (p >= Math.max(s, head) && p < k) return k;
  }
  return head;
}

function chunkSentence(a: Analysis, start: number, end: number): void {
  const { tokens } = a;
  let i = start;
  while (i < end) {
    if (startsNP(a, i, end)) {
      const s = i;
      const first = tokens[i];
      i++;
      if (!(first.pos === 'PRON' && PERSONAL.has(lower(first)) && !(lower(first) === 'her' && i < end && NOUNISH.has(tokens[i].pos)))) {
        while (i < end && continuesNP(a, i, end, tokens[i - 1])) i++;
      }
      // Trailing quote marks and hyphens belong to the NP only when something follows inside it.
      let e = i;
      while (e > s + 1 && (tokens[e - 1].text === '-' || (QUOTE.has(tokens[e - 1].text) && !hasOpenQuote(tokens, s, e - 1)))) e--;
      let head = -1;
      for (let k = e - 1; k >= s; k--) {
        const p = tokens[k].pos;
        // "pro-Russian": a word after a hyphen inside the phrase is no head (a dateline's dash before it is no hyphen).
        if ((p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM') && (!(k > s && tokens[k - 1].text === '-') || afterNameParticle(a, k, s))) {
          head = k;
          break;
        }
      }
      if (head < 0) head = e - 1;
      head = possessedAdjective(a, s, e, head);
      const idx = a.nps.length;
      a.nps.push({ start: s, end: e, head });
      for (let k = s; k < e; k++) a.npOf[k] = idx;
      i = e;
      continue;
    }
    if (isVerb(tokens[i])) addGroup(a, i, start);
    i++;
  }
}

/** "al-Sisi": a name glued by a hyphen to a lower-case name particle (lexicon `name-particle`) before it. */
function afterNameParticle(a: Analysis, k: number, s: number): boolean {
  const { tokens } = a;
  if (k < s + 2 || tokens[k].pos !== 'PROPN' || !hyphenJoined(tokens, k - 2)) return false;
  const particle = tokens[k - 2];
  return /^\p{Ll}/u.test(particle.text) && a.lex.has('name-particle', particle.text);
}

function hasOpenQuote(tokens: Token[], s: number, e: number): boolean {
  let open = 0;
  for (let k = s; k < e; k++) if (QUOTE.has(tokens[k].text)) open++;
  return open % 2 === 1;
}

/**
 * "He's also slammed the act", "she's given airtime to critics": the clitic *'s* (lemma *be* from the
 * tokens stage) before a participle that has a direct object in the tree stands for *has*, not a passive
 * *is*. The tree's own label on the clitic is no help here (it calls "he's changed his tune" aux:pass and
 * "it's written on" aux); the object is: "it's expected the move would …" (a clause) and "he's elected
 * president" (a predicate noun) have none and stay passive.
 */
function perfectClitic(a: Analysis, aux: Token, v: number): boolean {
  if (!a.tree || (aux.text !== "'s" && aux.text !== '’s')) return false;
  return a.tree.object(v) > v;
}

function addGroup(a: Analysis, v: number, sentStart: number): void {
  const { tokens, lex } = a;
  let s = v;
  while (s - 1 >= sentStart) {
    const t = tokens[s - 1];
    if (t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && t.lemma === 'not') || (t.pos === 'DET' && lower(t) === 'no' && tokens[s]?.lemma === 'longer')) s--;
    else if (tokens[v].pos === 'ADJ' && t.pos === 'VERB' && COPULA.has(t.lemma) && s === v) s--;
    else break;
  }
  let passive = false;
  let negated = false;
  let modal = false;
  let future = false;
  let lastAux: Token | null = null;
  for (let k = s; k < v; k++) {
    const t = tokens[k];
    const l = lower(t);
    if (lex.has('negator', t.lemma) || lex.has('negator', l)) negated = true;
    if (t.pos === 'AUX') {
      lastAux = t;
      if (lex.has('modal', l) || lex.has('modal', t.lemma)) modal = true;
      if (lex.has('future', l) || lex.has('future', t.lemma) || l === "'ll") future = true;
      if (l === "'d") modal = true;
    }
  }
  const verb = tokens[v];
  const vt = lower(verb);
  // "imprisoned for years without being convicted", "left without paying": a gerund after *without* is
  // not done (the preposition stays outside the group).
  if (s - 1 >= sentStart && lower(tokens[s - 1]) === 'without' && (lower(tokens[s]) === 'being' || (s === v && vt.endsWith('ing')))) negated = true;
  // ("is being held", "were being questioned": the progressive auxiliary's lemma is *be*, tokens/lemmas.ts)
  if (lastAux && (lastAux.lemma === 'be' || lastAux.lemma === 'get') && !vt.endsWith('ing') && vt !== verb.lemma && !perfectClitic(a, lastAux, v)) passive = true;
  const infinitival = s - 1 >= sentStart && tokens[s - 1].pos === 'PART' && lower(tokens[s - 1]) === 'to';
  const gerund = s === v && vt.endsWith('ing');
  const g: VerbGroup = { start: s, verb: v, passive, negated, modal, future, infinitival, gerund };
  a.groups.push(g);
  a.groupAt.set(v, g);
}

const COPULA = new Set(['be', 'become', 'remain', 'seem', 'appear', 'stay']);

/** "X is willing to …", "X remains opposed to …": a predicate adjective after a copula gets a verb group
 * (auxiliaries give its negation and modality; its subject is found like a verb's). */
function addPredicateAdjectives(a: Analysis): void {
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' || a.groupAt.has(i)) continue;
    const next = i + 1 < tokens.length ? tokens[i + 1] : null;
    if (/ed$/i.test(t.text) && next && next.sentence === t.sentence && next.pos === 'DET' && a.npOf[i - 1] >= 0 && tokens[i - 1].pos !== 'DET') {
      // An adjective is not followed by a determiner: "IDF troops apprehended a man" is a verb.
      addGroup(a, i, a.sentStart[t.sentence]);
      const g = a.groupAt.get(i);
      if (g) g.retagged = true;
      continue;
    }
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === t.sentence && (tokens[k].pos === 'ADV' || (tokens[k].pos === 'PART' && tokens[k].lemma === 'not'))) k--;
    if (k < 0 || tokens[k].sentence !== t.sentence) continue;
    const c = tokens[k];
    if (!(c.pos === 'AUX' || c.pos === 'VERB') || !COPULA.has(c.lemma)) continue;
    addGroup(a, i, a.sentStart[t.sentence]);
  }
  a.groups.sort((x, y) => x.verb - y.verb);
}

/** Sentence index range of token `i`. */
export function sentenceRange(a: Analysis, i: number): [number, number] {
  const s = a.tokens[i].sentence;
  return [a.sentStart[s], a.sentEnd[s]];
}

/** The NP starting exactly at token i (after optional adverbs), with coordinated NPs ("X, Y and Z"). */
export function npsFrom(a: Analysis, i: number, end: number): NP[] {
  const out: NP[] = [];
  let k = i;
  for (;;) {
    if (k >= end || a.npOf[k] < 0) break;
    const np = a.nps[a.npOf[k]];
    if (np.start !== k) break;
    out.push(np);
    k = np.end;
    // "X and Y", "X, Y and Z", "X as well as Y"
    if (k < end && (a.tokens[k].text === ',' || a.tokens[k].pos === 'CCONJ') && a.tokens[k].lemma !== 'but') {
      let j = k + 1;
      if (a.tokens[k].text === ',' && j < end && a.tokens[j].pos === 'CCONJ' && a.tokens[j].lemma !== 'but') j++;
      if (j < end && a.npOf[j] >= 0 && a.nps[a.npOf[j]].start === j && !followedByVerb(a, a.nps[a.npOf[j]], end)) {
        if (a.tokens[k].text === ',' && !coordinationAhead(a, j, end)) break;
        k = j;
        continue;
      }
    }
    break;
  }
  return out;
}

/** After a comma, an NP is coordinated only if an "and/or" closes the list later ("X, Y and Z"). */
function coordinationAhead(a: Analysis, j: number, end: number): boolean {
  for (let k = j; k < end && k < j + 12; k++) {
    const t = a.tokens[k];
    if (t.pos === 'CCONJ') return t.lemma !== 'but';
    if (t.pos === 'VERB' || CLAUSE_STOP.has(t.text)) return false;
  }
  return false;
}

/** "X and Y attacked": an NP right before a verb group starts a new clause when coordinating objects. */
function followedByVerb(a: Analysis, np: NP, end: number): boolean {
  let k = np.end;
  while (k < end && (a.tokens[k].pos === 'AUX' || a.tokens[k].pos === 'ADV')) k++;
  return k < end && isVerb(a.tokens[k]) && a.tokens[k].pos === 'VERB' && k > np.end;
}

/** Coordinated NPs ending at `np` going leftwards ("Russia and Belarus" when the scan met "Belarus"). */
function leftCoordinated(a: Analysis, np: NP, sentStart: number): NP[] {
  const out = [np];
  let cur = np;
  for (;;) {
    let k = cur.start - 1;
    if (k < sentStart) break;
    const t = a.tokens[k];
    if (!(t.pos === 'CCONJ' && t.lemma !== 'but') && t.text !== ',') break;
    let j = k - 1;
    if (t.pos === 'CCONJ' && j >= sentStart && a.tokens[j].text === ',') j--;
    if (j < sentStart || a.npOf[j] < 0) break;
    const prev = a.nps[a.npOf[j]];
    if (prev.end !== j + 1) break;
    if (t.text === ',' && !out.some((n) => n !== np) && !(a.tokens[np.start - 1]?.pos === 'CCONJ')) {
      // "X, Y said": a comma alone is an apposition, not a list, unless an "and" closed the list.
      break;
    }
    const before = prev.start - 1 >= sentStart ? a.tokens[prev.start - 1] : null;
    // "as Norway and campaigners accused …": a subordinator tagged as a preposition opens the clause
    // whose subject the whole list is (not one that is mostly a preposition: "after talks and …").
    if (before && before.pos === 'ADP' && !a.lex.has('clause-subordinator', lower(before))) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

export interface SubjectInfo {
  subject: Subject | null;
  /** Lemma of the verb that governs this clause (complement, infinitive or gerund), if any. */
  governor: string | null;
  governorKind: 'complement' | 'infinitive' | 'gerund' | null;
  /** The governing verb group, for inheriting its factuality. */
  governorGroup: VerbGroup | null;
  /** Opened by a conditional ("if", "unless"). */
  conditional: boolean;
}

const subjectCache = new WeakMap<VerbGroup, SubjectInfo>();

/** The subject of verb group `g`: nearest noun phrase to the left inside the clause, not a PP object. */
export function subjectOf(a: Analysis, g: VerbGroup, depth = 0): SubjectInfo {
  const cached = subjectCache.get(g);
  if (cached) return cached;
  const info = findSubject(a, g, depth);
  subjectCache.set(g, info);
  return info;
}

function previousGroup(a: Analysis, before: number, sentStart: number, clauseLevelOnly: boolean): VerbGroup | null {
  for (let k = before - 1; k >= sentStart; k--) {
    const g = a.groupAt.get(k);
    if (!g) continue;
    if (clauseLevelOnly) {
      const info = subjectOf(a, g);
      if (g.infinitival || g.gerund || info.governorKind === 'complement' || info.subject?.via === 'relative') continue;
    }
    return g;
  }
  return null;
}

/**
 * "Macron visited Russia to meet Putin", "flew to Kyiv to meet Y", "wrote to Obama to ask for": the tree
 * hangs the "to" clause v on the verb before the noun as a purpose (advcl), so the one who visits, flies or
 * writes is to do it, not the noun; only a verb of asking or making someone act hands it to its object
 * (lexicon `object-control`: "urged", "invited") or to the one its preposition names (`addressee-control`:
 * "called on Spain to negotiate") — the lists tree-args.ts objectController reads. `before` is the token
 * right before the noun: the verb, or the preposition after it.
 */
function purposeOfDoer(a: Analysis, v: number, before: number): boolean {
  const tree = a.tree;
  if (!tree) return false;
  const verb = a.tokens[before].pos === 'ADP' ? before - 1 : before;
  if (tree.head(v) !== verb || tree.rel(v) !== 'advcl') return false;
  const lemma = a.tokens[verb].lemma;
  // ("asks to the city council to guarantee": a verb of asking keeps its addressee after a preposition too.)
  return !a.lex.has('object-control', lemma) && (verb === before || !a.lex.has('addressee-control', `${lemma} ${lower(a.tokens[before])}`));
}

function findSubject(a: Analysis, g: VerbGroup, depth: number): SubjectInfo {
  const { tokens, lex } = a;
  const [sentStart] = sentenceRange(a, g.verb);
  const res: SubjectInfo = { subject: null, governor: null, governorKind: null, governorGroup: null, conditional: false };
  if (depth > 6) return res;
  const shared = (at: number): SubjectInfo => {
    const prev = previousGroup(a, at, sentStart, true);
    if (prev) {
      const pi = subjectOf(a, prev, depth + 1);
      return Object.assign({}, pi, { subject: pi.subject ? { nps: pi.subject.nps, via: 'shared' } : null });
    }
    return res;
  };
  if (g.infinitival) {
    // "X threatened to disrupt …", "X's threats to disrupt …": controlled by the governing word.
    const to = g.start - 1;
    const gov = previousGroup(a, to, sentStart, false);
    const govTok = to - 1 >= sentStart ? tokens[to - 1] : null;
    res.governorKind = 'infinitive';
    res.governor = govTok && (govTok.pos === 'VERB' || govTok.pos === 'ADJ' || govTok.pos === 'NOUN') ? govTok.lemma : gov ? tokens[gov.verb].lemma : null;
    res.governorGroup = gov;
    const objNP = govTok && govTok.pos === 'PROPN' && a.npOf[to - 1] >= 0 ? a.nps[a.npOf[to - 1]] : null;
    const beforeObj = objNP ? objNP.start - 1 : -1;
    if (objNP && beforeObj >= sentStart && (isVerb(tokens[beforeObj]) || (tokens[beforeObj].pos === 'ADP' && beforeObj - 1 >= sentStart && isVerb(tokens[beforeObj - 1]))) && !purposeOfDoer(a, g.verb, beforeObj)) {
      // "urged Germany to send", "called on Belarus to release": the object controls the infinitive.
      res.subject = { nps: [objNP], via: 'control' };
    } else if (govTok && govTok.pos === 'NOUN' && a.npOf[to - 1] >= 0) {
      // "its threats to disrupt …": the noun's phrase (its possessor) controls the infinitive.
      res.subject = { nps: [a.nps[a.npOf[to - 1]]], via: 'control' };
      res.governorGroup = null;
    } else if (gov) {
      const gi = subjectOf(a, gov, depth + 1);
      res.subject = gi.subject ? { nps: gi.subject.nps, via: 'control' } : null;
    }
    return res;
  }
  if (g.gerund && g.start - 1 >= sentStart && isVerb(tokens[g.start - 1])) {
    // "denies attacking": the gerund's subject is the governing verb's.
    const gov = a.groupAt.get(g.start - 1) ?? null;
    res.governor = tokens[g.start - 1].lemma;
    res.governorKind = 'gerund';
    res.governorGroup = gov;
    if (gov) {
      const gi = subjectOf(a, gov, depth + 1);
      res.subject = gi.subject ? { nps: gi.subject.nps, via: 'control' } : null;
    }
    return res;
  }
  let i = g.start - 1;
  while (i >= sentStart) {
    const t = tokens[i];
    const l = lower(t);
    if (a.npOf[i] >= 0) {
      const np = a.nps[a.npOf[i]];
      const before = np.start - 1 >= sentStart ? tokens[np.start - 1] : null;
      // A subordinator tagged as a preposition ("as Putin warned", "after Iran fired") opens a clause
      // whose subject is this NP when the verb group follows it directly.
      const subordinator = before && lex.has('complementizer', lower(before)) && np.end === g.start;
      // "Around 3,000 members have surrendered", "About 200 workers went on strike": a preposition before a
      // number is a quantity's, not a prepositional phrase.
      const quantity = before && lex.has('quantity-preposition', lower(before)) && quantityAt(a, np.start);
      if (before && before.pos === 'ADP' && !subordinator && !quantity) {
        i = np.start - 2; // a prepositional phrase: skip it
        continue;
      }
      if (before && QUOTE.has(before.text) && np.start - 2 >= sentStart && tokens[np.start - 2].pos === 'ADP') {
        i = np.start - 3;
        continue;
      }
      // "A federal judge Thursday approved …", "the minister this week demanded …": a time phrase right
      // after a noun phrase is an adjunct; the phrase before it is the subject. So with adverbs before the
      // time phrase ("the group earlier this month urged …", "the bank just this month announced …").
      if (isTimeNP(a, np)) {
        let k = np.start - 1;
        while (k >= sentStart && a.npOf[k] < 0 && tokens[k].pos === 'ADV') k--;
        if (k >= sentStart && a.npOf[k] >= 0 && !isTimeNP(a, a.nps[a.npOf[k]])) {
          i = k;
          continue;
        }
      }
      const chain = leftCoordinated(a, np, sentStart);
      const ppStart = coordinatedPPStart(a, chain[0], sentStart);
      if (ppStart >= 0) {
        // "the presidents of France and Germany held …": a coordinated prepositional object is no subject.
        i = ppStart - 1;
        continue;
      }
      res.subject = { nps: chain, via: 'direct' };
      markGovernor(a, res, res.subject.nps[0].start - 1, sentStart);
      return res;
    }
    if (t.pos === 'PRON' && lex.has('relative', l) || (l === 'that' && t.pos !== 'SCONJ' && i - 1 >= sentStart && a.npOf[i - 1] >= 0 && !isSpeechLike(a, i))) {
      // A relative clause: the subject is the antecedent before the pronoun.
      let k = i - 1;
      if (k >= sentStart && tokens[k].text === ',') k--;
      if (k >= sentStart && a.npOf[k] >= 0) {
        res.subject = { nps: [a.nps[a.npOf[k]]], via: 'relative' };
        return res;
      }
      return res;
    }
    if (t.text === ',') {
      // ", who …," / ", the defence minister," / ", on Saturday," — skip a bracketed stretch; otherwise
      // a verb right after a comma shares the subject of the previous clause ("…, killing five").
      let j = i - 1;
      while (j >= sentStart && tokens[j].text !== ',' && !CLAUSE_STOP.has(tokens[j].text)) j--;
      if (j >= sentStart && tokens[j].text === ',') {
        const first = tokens[j + 1];
        const stretchHasVerb = (() => {
          for (let k = j + 1; k < i; k++) if (isVerb(tokens[k])) return true;
          return false;
        })();
        if (lex.has('relative', lower(first)) || !stretchHasVerb) {
          i = j - 1;
          continue;
        }
      }
      if (g.gerund || (i + 1 < tokens.length && tokens[i + 1].pos === 'CCONJ')) return shared(i);
      i--;
      continue;
    }
    if (t.pos === 'CCONJ') {
      if (t.lemma === 'and' || t.lemma === 'but' || t.lemma === 'or') return shared(i);
      i--;
      continue;
    }
    if (isVerb(t)) return res;
    if (t.text === ')') {
      // "The UN mission (UNSMIL) condemned …": skip a parenthesis back to its opening bracket.
      let j = i - 1;
      while (j >= sentStart && tokens[j].text !== '(' && j > i - 12) j--;
      if (j >= sentStart && tokens[j].text === '(') {
        i = j - 1;
        continue;
      }
    }
    if (CLAUSE_STOP.has(t.text)) return res;
    if (t.pos === 'SCONJ' || lex.has('complementizer', l) && t.pos !== 'ADV') {
      if (lex.has('condition', l)) res.conditional = true;
      return res;
    }
    i--;
  }
  return res;
}

/** A phrase whose head lies in a time expression ("Thursday", "this week", "late Sunday"). */
/** A quantity opens at token k: a number ("200 workers"), or "a/an" before a number or a `number-noun`
 * ("a hundred people", "a dozen people"). */
export function quantityAt(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  if (t?.pos === 'NUM') return true;
  const next = a.tokens[k + 1];
  if (!t || !next || next.sentence !== t.sentence || !/^an?$/i.test(t.text)) return false;
  return next.pos === 'NUM' || a.lex.has('number-noun', lower(next));
}

export function isTimeNP(a: Analysis, np: NP): boolean {
  return a.timed[np.head] === 1;
}

/** "of France and Germany": when `np` is the last conjunct of a prepositional object, the preposition's index; else -1. */
function coordinatedPPStart(a: Analysis, np: NP, sentStart: number): number {
  const { tokens } = a;
  let cur = np;
  for (let n = 0; n < 6; n++) {
    const k = cur.start - 1;
    if (k < sentStart) return -1;
    const t = tokens[k];
    if (t.pos === 'ADP' && n > 0 && !a.lex.has('complementizer', lower(t))) return k;
    // The last link must be "and"/"or" ("of X, Y and Z"); a bare comma is an apposition or a clause break.
    if (!((t.pos === 'CCONJ' && t.lemma !== 'but') || (t.text === ',' && n > 0))) return -1;
    let j = k - 1;
    if (j >= sentStart && tokens[j].text === ',') j--;
    if (j < sentStart || a.npOf[j] < 0) return -1;
    cur = a.nps[a.npOf[j]];
  }
  return -1;
}

function isSpeechLike(a: Analysis, thatIdx: number): boolean {
  // "told reporters that …": "that" after an NP that follows a verb is a complementizer.
  const np = a.nps[a.npOf[thatIdx - 1]];
  const before = np.start - 1;
  return before >= 0 && isVerb(a.tokens[before]);
}

/** Look left of a clause's subject for the verb or conditional that governs the clause. */
function markGovernor(a: Analysis, res: SubjectInfo, k: number, sentStart: number): void {
  const { tokens, lex } = a;
  let j = k;
  while (j >= sentStart && (tokens[j].pos === 'ADV' || tokens[j].text === ',' )) j--;
  if (j < sentStart) return;
  const t = tokens[j];
  const l = lower(t);
  if (lex.has('condition', l)) {
    res.conditional = true;
    return;
  }
  if (l === 'that' || t.pos === 'SCONJ') j--;
  while (j >= sentStart && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PUNCT')) j--;
  if (j < sentStart) return;
  // Skip a direct/indirect object of the governing verb ("told reporters that …").
  if (a.npOf[j] >= 0 && (l === 'that')) {
    const np = a.nps[a.npOf[j]];
    // "reiterated its demand that Y ease …", "in hopes that …": a demand, hope or fear told by a noun
    // governs its clause as the verb would (not asserted); other phrases are the verb's objects. (The
    // tagger calls this "that" a relative pronoun about as often as a subordinator, so both are read.)
    const head = tokens[np.head];
    if (head.pos === 'NOUN' && np.head === j && lex.has('irrealis-governor', head.lemma)) {
      res.governor = head.lemma;
      res.governorKind = 'complement';
      res.governorGroup = null;
      return;
    }
    j = np.start - 1;
  }
  if (j >= sentStart && isVerb(tokens[j])) {
    res.governor = tokens[j].lemma;
    res.governorKind = 'complement';
    res.governorGroup = a.groupAt.get(j) ?? null;
  }
}

/** The agent of a passive verb: "by NP" to the right within the clause. */
export function byAgent(a: Analysis, from: number, end: number): NP[] {
  const { tokens, lex } = a;
  for (let k = from; k < end && k < from + 12; k++) {
    const t = tokens[k];
    if (CLAUSE_STOP.has(t.text) || (isVerb(t) && k > from) || t.pos === 'SCONJ') return [];
    if (lex.has('by-preposition', lower(t)) && t.pos === 'ADP') {
      const nps = npsFrom(a, k + 1, end);
      if (nps.length) return nps;
    }
  }
  return [];
}
