// The one place that decides which verb governs a span and in what tense: a time expression ("on
// Friday"), a quote's cue or an event trigger. With the syntax layer present, the dependency tree says
// which predicate a time expression attaches to (climbing through the nouns it modifies) and the tense
// comes from that predicate's verb group; word order (tense.ts) is the fallback when there is no parse or
// the tree finds no predicate above the expression.
import type { Doc, Span, Token } from '../../doc/types.ts';
import { Tree } from '../../doc/tree.ts';
import { tokenIndex, tokenIndexAt, tokensOfSentence, tokensOver } from '../../doc/doc.ts';
import type { TimeLexicon } from './lexicon.ts';
import { cueTense, cueUnderVerb, groupTense, tenseAt, type Tense } from './tense.ts';

export interface Governor {
  tense: Tense;
  /** Lemma of the governing main verb, or null. */
  verb: string | null;
  /** True when a preposition right before the span decided ("ahead of", "until", "since"). */
  cue?: boolean;
}

const VERB_GROUP = new Set(['AUX', 'PART', 'ADV', 'VERB']);
const ARGUMENT = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'csubj', 'expl']);

/** The tokens of the sentence holding `span.start` (sorted), from the document's token layer. */
export function sentenceTokens(doc: Doc, span: Span): Token[] {
  const tokens = doc.layers.tokens ?? [];
  // the first token ending after the span's start, found by binary search (the tokens are sorted)
  const at = tokens[tokenIndexAt(tokens, span.start)];
  return at ? tokensOfSentence(tokens, at.sentence) : [];
}

/**
 * The governor of `span` among `tokens` (its sentence's tokens): the span's own verb group when it holds
 * a verb (a cue "has said", a trigger "had detained"), else the verb group its clause attaches it to —
 * read on the tree when the document is parsed, by word order otherwise.
 */
export function governorOf(doc: Doc, span: Span, lex: TimeLexicon, tokens: Token[] = sentenceTokens(doc, span), tree: Tree | null = Tree.of(doc)): Governor {
  const i = tokens.findIndex((t) => t.start >= span.start && t.end <= span.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (i < 0) return (tree && treeGovernor(tree, span, lex, tokens)) || tenseAt(tokens, span, lex);
  let a = i;
  while (a > 0 && VERB_GROUP.has(tokens[a - 1].pos)) a--;
  let b = i;
  while (b + 1 < tokens.length && tokens[b + 1].start < span.end && ['AUX', 'VERB', 'PART'].includes(tokens[b + 1].pos)) b++;
  let verb: string | null = null;
  for (let k = b; k >= a; k--) if (tokens[k].pos === 'VERB') { verb = tokens[k].lemma; break; }
  return { tense: groupTense(tokens, a, b, lex), verb };
}

const QUOTE_MARK = /^(?:["“”«»]|''|``)$/;

/** A verb in -ing with no auxiliary, subject or infinitive marker of its own. */
export function bareParticiple(tree: Tree, p: number): boolean {
  if (tree.upos[p] !== 'VERB' || !/ing$/i.test(tree.tokens[p].text) || tree.head(p) < 0) return false;
  return !tree.children(p).some((c) => ['aux', 'aux:pass', 'cop', 'nsubj', 'nsubj:pass', 'expl'].includes(tree.rel(c)) || (tree.rel(c) === 'mark' && tree.tokens[c].text.toLowerCase() === 'to'));
}

/**
 * A verb joined to a neighbour by a hyphen with no space ("a cease-and-desist letter", "a stay-at-home
 * order", "a hit-and-run"): a word of a compound modifier, which heads no clause however it is parsed.
 */
function inHyphenCompound(tree: Tree, p: number): boolean {
  const t = tree.tokens[p];
  const prev = tree.tokens[p - 1];
  const next = tree.tokens[p + 1];
  return (!!prev && /^[-‐]$/.test(prev.text) && prev.end === t.start) || (!!next && /^[-‐]$/.test(next.text) && next.start === t.end);
}

/**
 * The governor of a span holding no verb, read on the tree: a cue right before it, else the predicate
 * its head hangs from and that predicate's auxiliaries; null when the tree gives no predicate.
 */
export function treeGovernor(tree: Tree, span: Span, lex: TimeLexicon, tokens: Token[]): Governor | null {
  if (!tokens.length) return null;
  const over = tokensOver(tokens, span);
  const i0 = over.a;
  if (i0 === tokens.length) return null;
  const cue = cueTense(tokens, i0);
  if (!cue) return predicateGovernor(tree, over, lex, tokens);
  // A misparse (the expression read as a subject) leaves the tree without a predicate: word order then.
  return cueUnderVerb(tokens, i0, cue, () => predicateGovernor(tree, over, lex, tokens) ?? tenseAt(tokens, span, lex));
}

/** The predicate a span holding no verb (its tokens [a, b) of the sentence's `tokens`) hangs from on the tree,
 * and its tense; null when the tree gives none. */
function predicateGovernor(tree: Tree, { a: i0, b: i1 }: { a: number; b: number }, lex: TimeLexicon, tokens: Token[]): Governor | null {
  const first = tokenIndex(tree.tokens, tokens[0]);
  if (first < 0) return null;
  const head = tree.spanHead(first + i0, first + i1);
  // A time expression modifies (obl, nmod, advmod…) or is a predicate; read as a subject or object it is
  // more likely a misparse ("in March and June to unveil" with June as the subject of "unveil").
  if (ARGUMENT.has(tree.rel(head))) return null;
  let p = tree.predicateAbove(head);
  // A bare participle ("dedicating the museum on Saturday, said", "decided against recommending charges
  // in July") carries no tense: the clause it hangs from does.
  // Nor does a verb inside a hyphenated compound ("mailed a cease-and-desist notice Friday").
  while (p >= 0 && (bareParticiple(tree, p) || inHyphenCompound(tree, p))) {
    const up = tree.predicateAbove(p);
    // A copular predicate is its own predicate: climb from its head instead.
    p = up === p ? (tree.head(p) >= 0 ? tree.predicateAbove(tree.head(p)) : -1) : up;
  }
  if (p < 0) return null;
  // A verb inside quoted words does not govern an expression outside them (nor the reverse).
  for (let k = Math.min(p, head) + 1; k < Math.max(p, head); k++) if (QUOTE_MARK.test(tree.tokens[k].text)) return null;
  const group = tree.verbGroup(p).map((k) => k - first);
  const lo = group[0];
  const hi = group[group.length - 1];
  if (lo < 0 || hi >= tokens.length) return null;
  const verb = tree.upos[p] === 'VERB' ? tokens[hi].lemma : null;
  const tense = groupTense(tokens, lo, hi, lex);
  // An infinitive governed by a word that gives it no direction ("a message to invite her to Monday's
  // hearing") has no tense of its own: the nearer date, not the tense of a verb around it.
  if (tense === 'none' && tree.upos[p] === 'VERB' && tokens[lo].pos === 'PART' && tokens[lo].text.toLowerCase() === 'to') return { tense, verb };
  // The tagger and the parser disagree on the predicate (no verb in the group): word order decides.
  return tense === 'none' ? null : { tense, verb };
}
