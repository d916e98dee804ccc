// Converting a Doc to store rows and back: deterministic record ids, compact tokens, exact JSON records.
import { legacyQuotePrecision, recordId } from '../doc/doc.ts';
import type { Doc, Event, LayerName, Layers, Message, Span, Token } from '../doc/types.ts';
import type { Database } from './schema.ts';
import type { Insertable } from 'kysely';

export type Rows = {
  [K in Exclude<keyof Database, 'documents' | 'documents_fts' | 'quotes_fts' | 'doc_signatures' | 'doc_bands' | 'doc_clusters'>]: Insertable<Database[K]>[];
};

/** Store ids of a document's events: the event's own id where it has a unique one, else derived. */
export function eventIds(docId: string, events: Event[]): string[] {
  const used = new Set<string>();
  return events.map((e, idx) => {
    let id = e.id && !used.has(e.id) ? e.id : recordId(docId, 'event', idx, e.type, e.trigger.start, e.trigger.end);
    while (used.has(id)) id = recordId(id, idx);
    used.add(id);
    return id;
  });
}

/** The event's own cross-document key, else: same date, parties and CAMEO code = the same event. */
export function eventKey(docDate: string, e: Event): string {
  if (e.key) return e.key;
  const party = (p: Event['source']) => p.actor ?? p.country ?? '';
  return recordId(e.date ?? docDate, party(e.source), e.cameo, party(e.target));
}

export function quoteId(docId: string, idx: number): string {
  return recordId(docId, 'quote', idx);
}

type CompactToken = [number, number, string, string, number] | [number, number, string, string, number, string];

export function packTokens(text: string, tokens: Token[]): string {
  return JSON.stringify(
    tokens.map((t): CompactToken => {
      const base: CompactToken = [t.start, t.end, t.pos, t.lemma, t.sentence];
      return t.text === text.slice(t.start, t.end) ? base : [...base, t.text] as CompactToken;
    }),
  );
}

export function unpackTokens(text: string, json: string): Token[] {
  return (JSON.parse(json) as CompactToken[]).map(([start, end, pos, lemma, sentence, t]) => ({
    start,
    end,
    text: t ?? text.slice(start, end),
    pos,
    lemma,
    sentence,
  }));
}

export function assignedLayers(doc: Doc): LayerName[] {
  // a layer behind a getter (tokens still packed, src/workers/transfer.ts) is assigned: not read here
  const own: Record<string, PropertyDescriptor> = Object.getOwnPropertyDescriptors(doc.layers);
  // the syntax layer is derived from the tokens and not stored (`eventline parse`/`show --tree` re-parse)
  return (Object.keys(own) as LayerName[]).filter((k) => k !== 'syntax' && (own[k].get !== undefined || own[k].value !== undefined));
}

/** The rows of a document's record layers: every child table but messages. */
export type LayerRows = Omit<Rows, 'messages'>;

/** The child table holding each record layer's exact JSON (`data`); the other layers are stored in the documents row. */
export const LAYER_TABLES = {
  actors: 'doc_actors', entities: 'entities', mentions: 'mentions', timexes: 'timexes', places: 'places', quotes: 'quotes', events: 'events',
} as const satisfies Partial<Record<LayerName, keyof LayerRows>>;

/** All child rows of one document; `layers`: its record layers' rows when already built (by a pipeline thread). */
export function docRows(doc: Doc, layers: LayerRows = layerRows(doc)): Rows {
  return { ...layers, messages: messageRows(doc) };
}

/**
 * The rows of the record layers, with each record's JSON: built by a pipeline thread for the documents it
 * sends back (src/workers/transfer.ts), by the writer for any other document.
 */
export function layerRows(doc: Doc): LayerRows {
  const L: Layers = doc.layers;
  const d = doc.id;
  const seen = new Set<string>();
  const actors = (L.actors ?? []).filter((a) => !seen.has(a.id) && seen.add(a.id));
  const evIds = eventIds(d, L.events ?? []);
  return {
    actors: actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, country: a.country, sector: a.sector })),
    doc_actors: (L.actors ?? []).map((a, idx) => ({ doc_id: d, idx, actor_id: a.id, data: JSON.stringify(a) })),
    entities: (L.entities ?? []).map((e, idx) => ({
      ...span(d, idx, e), label: e.label, actor: e.actor, data: JSON.stringify(e),
    })),
    mentions: (L.mentions ?? []).map((m, idx) => ({
      ...span(d, idx, m), actor: m.actor, via: m.via, confidence: m.confidence, data: JSON.stringify(m),
    })),
    timexes: (L.timexes ?? []).map((t, idx) => ({
      ...span(d, idx, t), type: t.type, value: t.value, precision: t.precision, data: JSON.stringify(t),
    })),
    // every place is kept (the document reads back as written); nationality adjectives locate nothing, so
    // the place aggregates and the map read the rows with adjectival = 0 only
    places: (L.places ?? []).map((p, idx) => ({
      ...span(d, idx, p), name: p.name, country: p.country, lat: p.lat, lon: p.lon, adjectival: p.adjectival ? 1 : 0, data: JSON.stringify(p),
    })),
    quotes: (L.quotes ?? []).map((q, idx) => ({
      ...span(d, idx, q),
      id: quoteId(d, idx),
      doc_date: doc.date,
      kind: q.kind,
      speaker_actor: q.speaker?.actor ?? null,
      speaker_text: q.speaker?.text ?? null,
      cue: q.cue,
      outlet: q.outlet,
      date: q.date ?? null,
      // a quote read from output written before quotes recorded these (an old export): what migration 011 gives old rows
      precision: q.precision ?? legacyQuotePrecision(q.date, doc.date),
      date_basis: q.dateBasis ?? null,
      data: JSON.stringify(q),
    })),
    events: (L.events ?? []).map((e, idx) => ({
      id: evIds[idx],
      doc_id: d,
      idx,
      doc_date: doc.date,
      key: eventKey(doc.date, e),
      type: e.type,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad: e.quad,
      source_actor: e.source.actor,
      source_country: e.source.country,
      source_sector: e.source.sector,
      target_actor: e.target.actor,
      target_country: e.target.country,
      target_sector: e.target.sector,
      date: e.date,
      precision: e.precision,
      mode: e.mode,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      trigger_text: e.trigger.text,
      sentence_start: e.sentence.start,
      sentence_end: e.sentence.end,
      quote_idx: e.quote ?? null,
      pattern: e.pattern ?? null,
      data: JSON.stringify(e),
    })),
  };
}

/** The rows of a document's messages (built by the writer: a message may be added after annotation). */
export function messageRows(doc: Doc): Rows['messages'] {
  return doc.messages.map((m: Message, idx) => ({
    doc_id: doc.id,
    idx,
    severity: m.severity,
    source: m.source,
    text: m.text,
    start: m.span?.start ?? null,
    end: m.span?.end ?? null,
  }));
}

function span(doc_id: string, idx: number, s: Span & { text: string }) {
  return { doc_id, idx, start: s.start, end: s.end, text: s.text };
}

export function messageFromRow(r: { severity: string; source: string; text: string; start: number | null; end: number | null }): Message {
  const m: Message = { severity: r.severity as Message['severity'], source: r.source, text: r.text };
  if (r.start !== null && r.end !== null) m.span = { start: Number(r.start), end: Number(r.end) };
  return m;
}

/** Opaque keyset cursor: the sort key of the last row of a page. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== arity) throw new Error(`invalid cursor "${cursor}" (use the value printed as next)`);
  return key as (string | number)[];
}
