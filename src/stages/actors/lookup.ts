// Lookups other stages use on the actors layers: which actor a text span refers to (via the mentions
// layer, so names, titles and pronouns all count), an actor by id, the actors by id and the persons' ids.
import { tokenSpan } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import type { Actor, Doc, Mention, Span, Token } from '../../doc/types.ts';

/**
 * The best mention for `span`: a person's name closing the phrase after the words that describe them
 * (`closingPerson`; the mention null when the name has none there); with the tree, the one inside the
 * span that holds the phrase's head word; else among mentions inside the span the longest (then the
 * most confident); if none is inside, the one overlapping it most. Null when nothing overlaps.
 */
export function actorForSpan(doc: Doc, span: Span): { actor: Actor; mention: Mention | null } | null {
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

/** The document's actors by id (a new map: stages ask it once per pass). */
export function actorsById(doc: Doc): Map<string, Actor> {
  return new Map((doc.layers.actors ?? []).map((a) => [a.id, a]));
}

/** The ids of the document's person actors (a new set). */
export function personIds(doc: Doc): Set<string> {
  return new Set((doc.layers.actors ?? []).filter((a) => a.kind === 'person').map((a) => a.id));
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
/** The same right before a name with no mention of its own there, a determiner too ("the Ana Lopes"). */
const NOT_BEFORE_NAME = new Set([...NOT_BEFORE_HEAD, 'DET']);

/**
 * Whether a word before a closing name makes the name an argument or a conjunct inside the phrase, not
 * its head: a word class of `classes`, or punctuation other than an abbreviation's dot (and `also`).
 */
function unheads(t: Token, classes: ReadonlySet<string>, also = ''): boolean {
  return classes.has(t.pos) || (t.pos === 'PUNCT' && t.text !== '.' && t.text !== also);
}

/**
 * A person's name that closes the phrase, after the role and the body or place that describe them: in
 * English the name ending such a phrase is its head and the words before it modify it, whatever the
 * parser attached (it often hangs the name on the place as an apposition) or the tagger read. The name
 * is read two ways: as the person's mention inside the phrase (`closingMention`), else as the full name
 * of a person the document mentions elsewhere with no mention there (`closingName`; the mention is then
 * null). Null otherwise.
 */
function closingPerson(doc: Doc, span: Span, mentions: Mention[]): { actor: Actor; mention: Mention | null } | null {
  const byMention = closingMention(doc, span, mentions);
  if (byMention) return byMention;
  const byName = closingName(doc, span, mentions);
  return byName ? { actor: byName, mention: null } : null;
}

/**
 * The person's mention that closes the phrase ("London police Const. Ana Lopes", "Texas Green Party
 * Chairman Dan Forell", "the head of the growers' union and farm owner, Luis Otero"), when another
 * actor's mention stands before it in the span, none covers the name's first word from outside, and no
 * preposition, conjunction or verb stands between the span's start and the name with no comma after it
 * ("a spokesman for President Ghani", "Apple and Steve Jobs" keep their reading): a comma right before
 * the name sets it off as the apposition of the whole role ("…owner, Luis Otero"), which needs a
 * lower-case word before it. Null otherwise.
 */
function closingMention(doc: Doc, span: Span, mentions: Mention[]): { actor: Actor; mention: Mention } | null {
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
  } else if (before.some((t) => unheads(t, NOT_BEFORE_HEAD, '-'))) return null;
  const actor = actorById(doc, closing.actor);
  return actor ? { actor, mention: closing } : null;
}

/**
 * A phrase whose last words are the full name of a person the document names elsewhere, with no mention
 * of its own there ("the envoy to the United Nations Ana Lopes", "Chemistry student at Lakeside College
 * Ana Lopes": the tagger read the name into the body's or missed it): that person. Not when the word
 * before the name is a preposition, conjunction, determiner, verb or punctuation other than an
 * abbreviation's dot ("a spokesman for Ana Lopes", "police and Ana Lopes"), nor when a mention of
 * another actor covers the name's first word or one runs into it from before ("for Senator Ana Lopes":
 * the title's holder is the preposition's object; "Jo Ana Lopes" is someone else). Null otherwise.
 */
function closingName(doc: Doc, span: Span, mentions: Mention[]): Actor | null {
  const tokens = doc.layers.tokens;
  if (!tokens) return null;
  const { a: from, b: to } = tokenSpan(tokens, span);
  let end = to;
  while (end > from && tokens[end - 1].pos === 'PUNCT') end--;
  if (end - from < 2) return null;
  // (the actors whose name ends in the phrase's last word are few: the mentioned set only for them)
  const last = tokens[end - 1].text;
  let mentioned: Set<string> | null = null;
  for (const a of doc.layers.actors ?? []) {
    if (a.kind !== 'person' || !a.name.endsWith(last)) continue;
    const name = a.name.split(/\s+/);
    const k = end - name.length;
    if (k < from + 1 || !name.every((w, j) => tokens[k + j].text === w)) continue;
    mentioned ??= new Set(mentions.filter((m) => m.via !== 'pronoun').map((m) => m.actor));
    if (!mentioned.has(a.id)) continue;
    if (unheads(tokens[k - 1], NOT_BEFORE_NAME)) return null;
    const first = tokens[k];
    if (mentions.some((m) => m.start < first.end && m.end > first.start && (m.start < first.start || m.actor !== a.id))) return null;
    return a;
  }
  return null;
}
