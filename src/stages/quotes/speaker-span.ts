// A speaker span made a nominal phrase on the dependency tree: a web address cut at its dot ("com" of
// "Example.com") is joined again, a possessive clitic takes its possessor ("'s annual report" → "the
// firm's annual report") and an "is"/"has" clitic its subject; a time expression or adverb at an edge
// goes ("On Monday, the council", "the mayor on Friday"); the object of a preposition is no speaker by
// itself: inside a noun's phrase it takes that noun ("one of the experts", "sources familiar with the
// talks"; also when the parser read it as a second subject of the cue, "A spokesperson | for the firm
// said"), as an adverbial between commas it gives way to the subject before it ("The firm, by contrast,
// believes …"). A speaker whose head is no noun, or an adverbial's object elsewhere, stays as it is:
// dropping them cost PolNeAR speakers whose loose span still overlapped the source (docs/quotes.md).
import type { Doc, Span } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import { inTimex, overlaps, tokenIndexAt } from '../../doc/doc.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CLITIC = /^['’]s$/i;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u;
/** Prepositions whose object is the source of a cue ("according to X", "by X", "with X saying", "someone like X"). */
const SOURCE_PREPOSITIONS = new Set(['by', 'with', 'from', 'as', 'like']);

/** Prepositions that open a modifier of a speaker noun ("a spokesperson for X", "one of the experts"). */
const MODIFIER_PREPOSITION = /^(of|for|at|from|with|in|within|inside)$/i;

/**
 * The subject whose phrase the speaker span [a, …] (headed by h) only modifies: h is one of two subjects
 * of the same verb, the parser having read the object of a preposition as a second subject ("A
 * spokesperson | for | the firm indicated", "one | of the experts said"), and the other subject's phrase
 * ends right before that preposition. -1 when there is none.
 */
function modifiedSubject(tree: Tree, h: number, a: number): number {
  const v = tree.head(h);
  if (v < 0 || tree.baseRel(h) !== 'nsubj') return -1;
  const p = tree.upos[a] === 'ADP' ? a : a - 1;
  if (p < 1 || !MODIFIER_PREPOSITION.test(tree.tokens[p].text) || (tree.upos[p] !== 'ADP' && tree.upos[p] !== 'SCONJ')) return -1;
  // the other subject a short noun phrase ending in its head: "A spokesperson", "one", "A group" (not a
  // clause the sentence splitter ran into the next one)
  const short = (o: number) => {
    if (p - o > 2) return false;
    for (let k = tree.subtreeRange(o)[0]; k < p; k++) if (tree.upos[k] === 'PUNCT' || tree.upos[k] === 'VERB' || tree.upos[k] === 'AUX') return false;
    return true;
  };
  return tree.children(v).find((o) => o < p && tree.baseRel(o) === 'nsubj' && tree.subtreeRange(o)[1] === p - 1 && short(o)) ?? -1;
}

/** Tokens a and b are written together (no space between them). */
const glued = (tree: Tree, a: number, b: number) => a >= 0 && b < tree.size && tree.tokens[a].end === tree.tokens[b].start;

function tokenInTimex(doc: Doc, tree: Tree, k: number): boolean {
  const t = tree.tokens[k];
  return inTimex(doc, t.start, t.end);
}

/** Widen [a, b] over the dots of a web address written as one word ("Example" "." "com"). */
function joinAddress(tree: Tree, a: number, b: number): [number, number] {
  let lo = a;
  let hi = b;
  while (lo >= 2 && tree.tokens[lo - 1].text === '.' && glued(tree, lo - 1, lo) && glued(tree, lo - 2, lo - 1)) lo -= 2;
  while (hi + 2 < tree.size && tree.tokens[hi + 1].text === '.' && glued(tree, hi, hi + 1) && glued(tree, hi + 1, hi + 2) && /^\p{L}{2,6}$/u.test(tree.tokens[hi + 2].text)) hi += 2;
  if (lo === a && hi === b) return [a, b];
  const word = tree.tokens.slice(lo, hi + 1).map((t) => t.text).join('');
  if (!DOMAIN.test(word)) return [a, b];
  // the address is the head word of its phrase: keep what came before it ("the site Example.com")
  return [Math.min(a, lo), Math.max(b, hi)];
}

/** The head of [a, b]: the first nominal whose head lies outside it (a determiner the parser hung on the
 * cue is none), else the first such token. */
function head(tree: Tree, a: number, b: number): number {
  let any = -1;
  for (let k = a; k <= b; k++) {
    if (tree.head(k) >= a && tree.head(k) <= b) continue;
    if (NOMINAL.has(tree.upos[k])) return k;
    if (any < 0) any = k;
  }
  return any < 0 ? a : any;
}

/**
 * The nominal speaker inside the token range [a, b]; the range itself when nothing changes, null for a
 * verb clitic with no noun before it.
 */
export function nominalRange(doc: Doc, tree: Tree, a: number, b: number): [number, number] | null {
  [a, b] = joinAddress(tree, a, b);
  // a clitic read as the speaker: "He's claiming" (the subject before it), "the firm's analysis" (its possessor)
  if (CLITIC.test(tree.tokens[a].text) && glued(tree, a - 1, a)) {
    if (tree.upos[a] === 'AUX' || tree.upos[a] === 'VERB') {
      const [lo] = tree.coreRange(a - 1);
      return NOMINAL.has(tree.upos[a - 1]) ? [Math.min(lo, a - 1), a - 1] : null;
    }
    a = Math.min(tree.coreRange(a - 1)[0], a - 1);
  }
  // time expressions, adverbs and punctuation at the edges
  const outside = (k: number) => tree.head(k) < a || tree.head(k) > b;
  const edge = (k: number) => tokenInTimex(doc, tree, k) || tree.upos[k] === 'PUNCT' || (tree.upos[k] === 'ADV' && outside(k));
  while (a < b && (edge(a) || (tree.upos[a] === 'ADP' && tokenInTimex(doc, tree, a + 1)))) a++;
  while (b > a && (edge(b) || tree.upos[b] === 'ADP' || tree.upos[b] === 'PART')) {
    if (tokenInTimex(doc, tree, b) && tree.upos[b - 1] === 'ADP') b--;
    b--;
  }
  const h = head(tree, a, b);
  const twin = modifiedSubject(tree, h, a);
  if (twin >= 0) return [Math.min(tree.coreRange(twin)[0], twin), b];
  // the object of a preposition
  const prep = tree.children(h).find((c) => tree.rel(c) === 'case' && tree.upos[c] === 'ADP' && c < h && c >= a - 1);
  if (prep === undefined) return [a, b];
  const word = tree.tokens[prep].text.toLowerCase();
  // a parenthetical adverbial between commas: the subject before it ("Acme, by contrast, believes")
  const before = prep - 2;
  if (prep <= a && tree.tokens[prep - 1]?.text === ',' && tree.tokens[b + 1]?.text === ',' && before >= 0 && NOMINAL.has(tree.upos[before])) {
    const [lo] = tree.coreRange(before);
    return [Math.min(lo, before), before];
  }
  // "sources familiar with X": the object of an adjective that modifies a noun before it is no source
  // of its own, whatever its preposition
  const adjective = tree.head(h);
  const modified = adjective >= 0 && tree.upos[adjective] === 'ADJ' && tree.head(adjective) >= 0 && tree.head(adjective) < adjective && NOMINAL.has(tree.upos[tree.head(adjective)]);
  // a subject the parser gave a preposition (a longer subject cut: "observers in X and around the country say")
  if (!modified && (SOURCE_PREPOSITIONS.has(word) || tree.rel(h) === 'obl:agent' || tree.baseRel(h) === 'nsubj')) return [a, b];
  if (word === 'to' && /^according$/i.test(tree.tokens[prep - 1]?.text ?? '')) return [a, b];
  if (prep > a) return [a, b];
  // the subject of a participle cue right after it ("in response to critics saying …")
  if (tree.upos[b + 1] === 'VERB' && /ing$/i.test(tree.tokens[b + 1]?.text ?? '')) return [a, b];
  // inside a noun's phrase: the noun ("one of the experts", "a group of mayors", "sources familiar with X")
  let g = tree.head(h);
  if (g >= 0 && g < prep && tree.upos[g] === 'ADJ' && NOMINAL.has(tree.upos[tree.head(g)] ?? '') && tree.head(g) < g) g = tree.head(g);
  // "one of the experts" with both read as subjects of the cue
  if (!(g >= 0 && g < prep && NOMINAL.has(tree.upos[g])) && word === 'of' && (NOMINAL.has(tree.upos[prep - 1]) || tree.upos[prep - 1] === 'DET')) g = prep - 1;
  const adverbial = (n: number) => tree.children(n).some((c) => tree.rel(c) === 'case' && tree.upos[c] === 'ADP');
  if (g >= 0 && g < prep && (NOMINAL.has(tree.upos[g]) || (word === 'of' && g === prep - 1)) && !adverbial(g) && prep - g <= 4 && tree.tokens[g].sentence === tree.tokens[h].sentence) {
    return [Math.min(tree.coreRange(g)[0], g), b];
  }
  return [a, b];
}

/** The speaker span made nominal (see nominalRange); null when it names no one. */
export function nominalSpeaker(doc: Doc, tree: Tree, span: Span): Span | null {
  const t = tree.tokens;
  const a = tokenIndexAt(t, span.start);
  let b = a;
  while (b + 1 < t.length && t[b + 1].end <= span.end) b++;
  if (a >= t.length) return span;
  const r = nominalRange(doc, tree, a, b);
  if (!r) return null;
  if (r[0] === a && r[1] === b) return span;
  return { start: t[r[0]].start, end: t[r[1]].end };
}

/**
 * The head of the phrase a source is only the first part of: a role the parser read as a descriptor or
 * compound of the name right after it ("according to the firm's spokesman Ana Lopes" with "spokesman"
 * a modifier of "Lopes"; "Newcastle's Wellcome Trust Centre for …" with "Trust" a compound of "Centre"):
 * that name, so that the speaker is the whole phrase; else the source itself.
 */
export function phraseHead(tree: Tree, s: number): number {
  let n = s;
  for (;;) {
    const h = tree.head(n);
    if (h <= n || (tree.rel(n) !== 'nmod:desc' && tree.baseRel(n) !== 'compound')) return n;
    // (a name: a common noun after a name is as often a misparsed verb — "Ana Lopes plans to …")
    if (tree.upos[h] !== 'PROPN') return n;
    // only words of the same phrase between (no comma, bracket or dash)
    for (let k = n + 1; k < h; k++) if (tree.upos[k] === 'PUNCT') return n;
    n = h;
  }
}

/**
 * The last token of a name set right after a role with no comma between, which the parser hung on the
 * role as its apposition ("His brother Raul …", "the airline Virgin Atlantic"; "The Canadian Food
 * Inspection Agency" with "Agency" an apposition of "Inspection"): the end of that name's phrase when
 * it starts at `next`, else -1.
 */
export function closeApposition(tree: Tree, s: number, next: number): number {
  for (const c of tree.children(s, 'appos')) {
    if (c < next || tree.upos[c] !== 'PROPN' || tree.upos[next] === 'PUNCT') continue;
    const [lo, hi] = tree.coreRange(c);
    if (lo === next) return hi;
  }
  return -1;
}

/**
 * What describes the speaker beside its name or role, as the tree reads it (Tree.descriptions of the
 * span's head: "Ana Lopes, a close aide in <year>, who …"): only when the speaker stands in the cue's
 * sentence, and never a description that would hold the cue (a cue the parser hung inside it).
 */
export function speakerDescriptions(tree: Tree, speaker: Span, cue: Span): Span[] {
  const t = tree.tokens;
  const a = tokenIndexAt(t, speaker.start);
  const c = tokenIndexAt(t, cue.start);
  if (a >= t.length || c >= t.length || t[a].sentence !== t[c].sentence) return [];
  let b = a;
  while (b + 1 < t.length && t[b + 1].end <= speaker.end) b++;
  return tree
    .descriptions(tree.spanHead(a, b + 1))
    .map(([lo, hi]) => ({ start: t[lo].start, end: t[hi].end }))
    .filter((x) => !overlaps(x, cue));
}
