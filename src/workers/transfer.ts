// How an annotated document travels back from a pipeline thread: in the store's own form. Its tokens are
// packed into one string, its sentences are JSON, and its record layers (entities, events, quotes…) are the
// rows the writer inserts, each record's exact JSON in `data` (store/rows.ts layerRows). Copying strings
// between threads is far cheaper than copying thousands of small objects, and the writer then only binds
// and inserts: building the rows and their JSON had been a fifth of its time (docs/scale.md). The receiving
// side parses a layer only if something reads it; the writer stores the rows as they came, unless a layer
// was read (and so may have been changed) or replaced.
import type { Doc, LayerName } from '../doc/types.ts';
import { LAYER_TABLES, layerRows, packTokens, unpackTokens, type LayerRows } from '../store/rows.ts';

export interface DocTransfer {
  /** The document without the layers below (a layer of another kind would travel as it is). */
  doc: Doc;
  /** Packed tokens (packTokens), null when the document has no tokens layer. */
  tokens: string | null;
  count: number;
  /** The sentences as stored (JSON), null when the document has no sentences layer. */
  sentences: string | null;
  /** The record layers' rows. */
  rows: LayerRows;
  /** The layers sent in store form, in the order they are defined again on the receiving side. */
  layers: LayerName[];
}

type RecordLayer = keyof typeof LAYER_TABLES;
const isRecordLayer = (name: string): name is RecordLayer => Object.hasOwn(LAYER_TABLES, name);
/** Layers the store form carries: the record layers, the sentences and the tokens. */
const inStoreForm = (name: string) => name === 'tokens' || name === 'sentences' || isRecordLayer(name);

interface Arrived extends Omit<DocTransfer, 'doc'> {
  id: string;
  date: string;
}

const arrived = new WeakMap<Doc, Arrived>();

/** True while the layer is still as it arrived: not read (so not changed either) and not replaced. */
function untouched(doc: Doc, name: LayerName): boolean {
  return !!Object.getOwnPropertyDescriptor(doc.layers, name)?.get;
}

/** The packed tokens a document arrived with from a pipeline thread, if its tokens were not read or changed since. */
export function packedTokensOf(doc: Doc): string | undefined {
  const a = arrived.get(doc);
  return a && a.tokens !== null && untouched(doc, 'tokens') ? a.tokens : undefined;
}

/** The sentences' JSON a document arrived with, if they were not read or changed since. */
export function sentencesJsonOf(doc: Doc): string | undefined {
  const a = arrived.get(doc);
  return a && a.sentences !== null && untouched(doc, 'sentences') ? a.sentences : undefined;
}

/**
 * The record layers' rows a document arrived with, if it still has the same id and date and every record
 * layer is as it arrived (none read, replaced, added or deleted).
 */
export function layerRowsOf(doc: Doc): LayerRows | undefined {
  const a = arrived.get(doc);
  if (!a || a.id !== doc.id || a.date !== doc.date) return undefined;
  const sent = a.layers.filter(isRecordLayer);
  const now = Object.keys(doc.layers).filter(isRecordLayer);
  if (now.length !== sent.length || !sent.every((name) => untouched(doc, name))) return undefined;
  return a.rows;
}

/** The number of tokens, without unpacking them. */
export function tokenCount(doc: Doc): number {
  const a = arrived.get(doc);
  return a && a.tokens !== null && untouched(doc, 'tokens') ? a.count : (doc.layers.tokens?.length ?? 0);
}

/** Thread side: the document without its parse (never stored) and with its stored layers in store form. */
export function toTransfer(doc: Doc): DocTransfer {
  delete doc.layers.syntax;
  const L = doc.layers;
  const tokens = L.tokens ? packTokens(doc.text, L.tokens) : null;
  const count = L.tokens?.length ?? 0;
  const sentences = L.sentences ? JSON.stringify(L.sentences) : null;
  const rows = layerRows(doc);
  // the receiving side defines the tokens last, as the transfer form before this one did (the order of the
  // stored `layers` column follows the definition order)
  const layers = (Object.keys(L) as LayerName[]).filter((k) => k !== 'tokens' && inStoreForm(k) && L[k] !== undefined);
  if (L.tokens) layers.push('tokens');
  for (const k of Object.keys(L) as LayerName[]) if (inStoreForm(k)) delete L[k];
  return { doc, tokens, count, sentences, rows, layers };
}

/** A layer again from its store form. */
function parsed(doc: Doc, a: Arrived, name: LayerName): unknown {
  if (name === 'tokens') return unpackTokens(doc.text, a.tokens!);
  if (name === 'sentences') return JSON.parse(a.sentences!);
  return (a.rows[LAYER_TABLES[name as RecordLayer]] as { data: string }[]).map((r) => JSON.parse(r.data));
}

/** Receiving side: the document again; each layer is parsed from its store form on first read (or replaced on write). */
export function fromTransfer({ doc, ...form }: DocTransfer): Doc {
  const a: Arrived = { ...form, id: doc.id, date: doc.date };
  arrived.set(doc, a);
  for (const name of form.layers) {
    const settle = (value: unknown) => Object.defineProperty(doc.layers, name, { value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(doc.layers, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = parsed(doc, a, name);
        settle(value);
        return value;
      },
      set: settle,
    });
  }
  return doc;
}
