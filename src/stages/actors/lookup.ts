// Lookups other stages use on the actors layers: which actor a text span refers to (via the mentions
// layer, so names, titles and pronouns all count) and an actor by id.
import type { Actor, Doc, Mention, Span } from '../../doc/types.ts';

/**
 * The best mention for `span`: among mentions inside the span the longest (then the most
 * confident); if none is inside, the one overlapping it most. Null when nothing overlaps.
 */
export function actorForSpan(doc: Doc, span: Span): { actor: Actor; mention: Mention } | null {
  const mentions = doc.layers.mentions ?? [];
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
