// Creating documents and working with their spans: content-hash ids, messages, span helpers.
import { createHash } from 'node:crypto';
import type { Doc, Message, RawDoc, Span } from './types.ts';

/** Stable, collision-free document id: sha256 of the date and the exact text, 16 hex chars. */
export function contentId(date: string, text: string): string {
  return createHash('sha256').update(date).update('\n').update(text).digest('hex').slice(0, 16);
}

/** Deterministic id for a derived record (event, quote, …) from its defining parts. */
export function recordId(...parts: (string | number | null | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p ?? '')).update('\u0000');
  return h.digest('hex').slice(0, 16);
}

export function createDoc(raw: RawDoc): Doc {
  const meta: Doc['meta'] = {};
  if (raw.url) meta.url = raw.url;
  if (raw.source) meta.source = raw.source;
  if (raw.title) meta.title = raw.title;
  if (raw.origin) meta.origin = raw.origin;
  return {
    id: raw.id ?? contentId(raw.date, raw.text),
    date: raw.date,
    text: raw.text,
    meta,
    layers: {},
    messages: [],
  };
}

export function addMessage(doc: Doc, message: Message): void {
  doc.messages.push(message);
}

export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the sentence containing offset `pos`, or -1 (binary search over sorted sentences). */
export function sentenceAt(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
