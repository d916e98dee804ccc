// Lookups other stages use on the actors layers: which actor a text span refers to (via the mentions
// layer, so names, titles and pronouns all count) and an actor by id.
import { tokenSpan } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import type { Actor, Doc, Mention, Span } from '../../doc/types.ts';

/**
 * The best mention for `span`: a person's name closing the phrase after the words that describe them
 * (`closingPerson`); with the tree, the one inside the span that holds the phrase's head word;
 * else among mentions inside the span the longest (then the most confident); if none is inside, the one
 * overlapping it most. Null when nothing overlaps.
 */
export function actorForSpan(doc: Doc, span: Span): { actor: Actor; mention: Mention } | null {
  const mentions = doc.layers.mentions ?? [];
  const closing = closingPerson(doc, span, mentions);
  if (closing) return closing;
  const headed = headMention(doc, span, mentions);
  if (headed) {
    const actor = actorById(doc, headed.actor);
    if (actor) return { actor, mention: headed };
  }
  let inside: Mention | null = null;
  let over: Mention | null = null;
  let overBy = 0;
  for (const m of mentions) {
    if (m.end <= span.start || m.start >= span.end) continue;
    if (m.start >= span.start && m.end <= span.end) {
      const len = m.end - m.start;
      const best = inside ? inside.end - inside.start : -1;
      if (len > best || (len === best && m.confidence > inside!.confidence)) inside = m;
    } else {
      const by = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (by > overBy || (by === overBy && over && m.confidence > over.confidence)) {
        over = m;
        overBy = by;
      }
    }
  }
  const m = inside ?? over;
  if (!m) return null;
  const actor = actorById(doc, m.actor);
  return actor ? { actor, mention: m } : null;
}

export function actorById(doc: Doc, id: string): Actor | null {
  return (doc.layers.actors ?? []).find((a) => a.id === id) ?? null;
}

/**
 * The mention inside the span that holds the phrase's head word, when the span holds more than one:
 * "Rep. Dana Whitfield, the top Democrat on the Senate Energy Committee" is Whitfield, not the longer
 * committee name inside its apposition. Null without a tree or when no mention holds the head ("a
 * spokesperson for the EU": the longest mention decides).
 */
function headMention(doc: Doc, span: Span, mentions: Mention[]): Mention | null {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  if (inside.length < 2) return null;
  const tree = Tree.of(doc);
  const tokens = doc.layers.tokens;
  if (!tree || !tokens) return null;
  const { a, b } = tokenSpan(tokens, span);
  if (b <= a) return null;
  const head = tree.spanHead(a, b);
  if (head < 0) return null;
  const at = tokens[head].start;
  return inside.find((m) => m.start <= at && at < m.end && m.via !== 'pronoun') ?? null;
}

/** Word classes that, standing before a name inside the phrase, make the name something other than its head. */
const NOT_BEFORE_HEAD = new Set(['ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PRON']);

/**
 * A person's name that closes the phrase, after the role and the body or place that describe them
 * ("London police Const. Ana Lopes", "Texas Green Party Chairman Dan Forell", "the head of the growers'
 * union and farm owner, Luis Otero"): in English the name ending such a phrase is its head and the words
 * before it modify it, whatever the parser attached (it often hangs the name on the place as an
 * apposition). The person's mention, when another actor's mention stands before it in the span, none
 * covers the name's first word from outside, and no preposition, conjunction or verb stands between the
 * span's start and the name with no comma after it ("a spokesman for President Ghani", "Apple and Steve
 * Jobs" keep their reading): a comma right before the name sets it off as the apposition of the whole
 * role ("…owner, Luis Otero"), which needs a lower-case word before it. Null otherwise.
 */
function closingPerson(doc: Doc, span: Span, mentions: Mention[]): { actor: Actor; mention: Mention } | null {
  const tokens = doc.layers.tokens;
  if (!tokens) return null;
  const text = doc.text.slice(span.start, span.end);
  const end = span.start + text.replace(/[\s.,;:)]+$/u, '').length;
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end && m.via !== 'pronoun');
  const closing = inside.filter((m) => m.end >= end && m.start > span.start).sort((x, y) => x.start - y.start)[0];
  if (!closing || actorById(doc, closing.actor)?.kind !== 'person') return null;
  if (!inside.some((m) => m.end <= closing.start && m.actor !== closing.actor)) return null;
  if (mentions.some((m) => m.start < closing.start && m.end > closing.start)) return null;
  const range = tokenSpan(tokens, { start: span.start, end: closing.start });
  const before = tokens.slice(range.a, Math.max(range.a, range.b));
  if (!before.length) return null;
  const last = before[before.length - 1];
  if (last.text === ',') {
    // "the head of the union and farm owner, Luis Otero": the apposition of the whole role before it
    if (!before.some((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text) && t.pos === 'NOUN')) return null;
    if (before.filter((t) => t.text === ',').length > 1) return null;
  } else if (before.some((t) => NOT_BEFORE_HEAD.has(t.pos) || t.pos === 'PUNCT' && t.text !== '.' && t.text !== '-')) return null;
  const actor = actorById(doc, closing.actor);
  return actor ? { actor, mention: closing } : null;
}
