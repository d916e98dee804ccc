// The one place that decides which verb governs a span and in what tense: a time expression ("on
// Friday"), a quote's cue or an event trigger. Today it reads wink POS tags and word order (tense.ts);
// when the syntax layer's dependency tree is present it is the function to switch to the tree's head.
import type { Doc, Span, Token } from '../../doc/types.ts';
import type { TimeLexicon } from './lexicon.ts';
import { groupTense, tenseAt, type Tense } from './tense.ts';

export interface Governor {
  tense: Tense;
  /** Lemma of the governing main verb, or null. */
  verb: string | null;
  /** True when a preposition right before the span decided ("ahead of", "until", "since"). */
  cue?: boolean;
}

const VERB_GROUP = new Set(['AUX', 'PART', 'ADV', 'VERB']);

/** The tokens of the sentence holding `span.start` (sorted), from the document's token layer. */
export function sentenceTokens(doc: Doc, span: Span): Token[] {
  const tokens = doc.layers.tokens ?? [];
  const at = tokens.find((t) => t.end > span.start);
  return at ? tokens.filter((t) => t.sentence === at.sentence) : [];
}

/**
 * The governor of `span` among `tokens` (its sentence's tokens): the span's own verb group when it holds
 * a verb (a cue "has said", a trigger "had detained"), else the verb group its clause attaches it to.
 */
export function governorOf(doc: Doc, span: Span, lex: TimeLexicon, tokens: Token[] = sentenceTokens(doc, span)): Governor {
  const i = tokens.findIndex((t) => t.start >= span.start && t.end <= span.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (i < 0) return tenseAt(tokens, span, lex);
  let a = i;
  while (a > 0 && VERB_GROUP.has(tokens[a - 1].pos)) a--;
  let b = i;
  while (b + 1 < tokens.length && tokens[b + 1].start < span.end && ['AUX', 'VERB', 'PART'].includes(tokens[b + 1].pos)) b++;
  let verb: string | null = null;
  for (let k = b; k >= a; k--) if (tokens[k].pos === 'VERB') { verb = tokens[k].lemma; break; }
  return { tense: groupTense(tokens, a, b, lex), verb };
}
