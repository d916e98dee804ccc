// Test helper for the quotes stage: a tokenised and parsed doc with hand-filled actors and mentions, so
// quote attribution can be tested without the actors stage (`parse: false` leaves the syntax layer out,
// for the word-order fallback).
import { createDoc } from '../../../src/doc/doc.ts';
import type { Actor, Doc, Mention, Quote } from '../../../src/doc/types.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { parseTokens } from '../../../src/stages/syntax/index.ts';
import { extractQuotes, type QuoteOptions } from '../../../src/stages/quotes/index.ts';
import { quoteLexicon } from '../../../src/stages/quotes/lexicon.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';

/** A mention given by its text and which occurrence (0-based) of that text it is. */
export interface MentionSpec {
  text: string;
  actor: string;
  nth?: number;
  via?: Mention['via'];
}

export function makeDoc(text: string, actors: Actor[] = [], mentions: MentionSpec[] = [], date = '2023-03-10', parse = true): Doc {
  const doc = createDoc({ date, text });
  const { tokens, sentences } = tokenize(text);
  doc.layers.tokens = tokens;
  doc.layers.sentences = sentences;
  if (parse) doc.layers.syntax = parseTokens(tokens);
  doc.layers.actors = actors;
  doc.layers.entities = [];
  doc.layers.timexes = [];
  doc.layers.mentions = mentions.map((m) => {
    const re = new RegExp(`(?<![\\p{L}])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    const hits = [...text.matchAll(re)];
    const hit = hits[m.nth ?? 0];
    if (!hit) throw new Error(`mention "${m.text}" not in text`);
    const at = hit.index!;
    return { start: at, end: at + m.text.length, text: m.text, actor: m.actor, confidence: 1, via: m.via ?? 'name' };
  });
  return doc;
}

export function quotesOf(doc: Doc, opts: QuoteOptions = {}): Quote[] {
  const quotes = extractQuotes(doc, quoteLexicon(bundledKnowledge()), { articles: gazetteer(bundledKnowledge()).articlePrefixes, ...opts });
  for (const q of quotes) {
    if (doc.text.slice(q.start, q.end) !== q.text) throw new Error(`quote text/offset mismatch: ${q.text}`);
  }
  return quotes;
}

export const person = (id: string, name: string, country: string): Actor => ({ id, name, kind: 'person', country, sector: 'GOV' });
export const org = (id: string, name: string, country: string, kind: Actor['kind'] = 'org'): Actor => ({ id, name, kind, country, sector: 'GOV' });

/** The quote whose text starts with `prefix`. */
export function quoteStarting(quotes: Quote[], prefix: string, kind?: Quote['kind']): Quote {
  const q = quotes.find((x) => x.text.startsWith(prefix) && (!kind || x.kind === kind));
  if (!q) throw new Error(`no ${kind ?? ''} quote starting "${prefix}" in: ${quotes.map((x) => `[${x.kind}] ${x.text}`).join(' | ')}`);
  return q;
}
