// Lookups other stages use on the actors layers: which actor a text span refers to (via the mentions
// layer, so names, titles and pronouns all count) and an actor by id.
import { tokenSpan } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import type { Actor, Doc, Mention, Span } from '../../doc/types.ts';

/**
 * The best mention for `span`: with the tree, the one inside the span that holds the phrase's head word;
 * else among mentions inside the span the longest (then the most confident); if none is inside, the one
 * overlapping it most. Null when nothing overlaps.
 */
export function actorForSpan(doc: Doc, span: Span): { actor: Actor; mention: Mention } | null {
  const mentions = doc.layers.mentions ?? [];
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
