// How an annotated document travels back from a pipeline thread: its tokens packed into one string
// (the store's own packed form) instead of ~400 token objects, which halves the cost of receiving it.
// The receiving side keeps the packed string for the writer and unpacks the tokens only if something
// reads them.
import type { Doc } from '../doc/types.ts';
import { packTokens, unpackTokens } from '../store/rows.ts';

export interface DocTransfer {
  doc: Doc;
  /** Packed tokens (packTokens), null when the document has no tokens layer. */
  tokens: string | null;
  count: number;
}

const packed = new WeakMap<Doc, { tokens: string; count: number }>();
/** Still the layer as it arrived: not yet unpacked, so not changed either. */
const untouched = (doc: Doc) => packed.has(doc) && !!Object.getOwnPropertyDescriptor(doc.layers, 'tokens')?.get;

/** The packed tokens a document arrived with from a pipeline thread, if its tokens were not read or changed since. */
export function packedTokensOf(doc: Doc): string | undefined {
  return untouched(doc) ? packed.get(doc)!.tokens : undefined;
}

/** The number of tokens, without unpacking them. */
export function tokenCount(doc: Doc): number {
  return untouched(doc) ? packed.get(doc)!.count : (doc.layers.tokens?.length ?? 0);
}

/** Thread side: the document without its token objects and its parse, and the tokens packed. */
export function toTransfer(doc: Doc): DocTransfer {
  // the parse is derived from the tokens and never stored (see store/rows.ts): not worth sending back
  delete doc.layers.syntax;
  const tokens = doc.layers.tokens;
  if (!tokens) return { doc, tokens: null, count: 0 };
  const out = packTokens(doc.text, tokens);
  delete doc.layers.tokens;
  return { doc, tokens: out, count: tokens.length };
}

/** Receiving side: the document again; its tokens layer unpacks on first read (or is replaced on write). */
export function fromTransfer({ doc, tokens, count }: DocTransfer): Doc {
  if (tokens === null) return doc;
  packed.set(doc, { tokens, count });
  const settle = (value: unknown) => Object.defineProperty(doc.layers, 'tokens', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(doc.layers, 'tokens', {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = unpackTokens(doc.text, tokens);
      settle(value);
      return value;
    },
    set: settle,
  });
  return doc;
}
