// Text made storable and printable the same way for every store, once, where a RawDoc becomes a Doc:
// NUL (PostgreSQL refuses it), the other C0 controls but tab, line feed, vertical tab, form feed and
// carriage return, DEL, the C1 controls (a terminal may act on them) and lone UTF-16 surrogates (not
// encodable as UTF-8: each backend would store U+FFFD, or refuse) are each replaced by U+FFFD. One code
// unit for one, so every offset into the text stays what it was. The ways into a store (ingest, watch, queue
// jobs, POST) skip a record holding such a character unless asked to sanitise (src/ingest/hostile-text.ts),
// so in a store this replacement is the explicit opt-in; `extract` and `parse` always apply it.

const UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const REPLACEMENT = '\ufffd';

/** The first unsafe character of a string (what sanitizeText would replace): its UTF-16 offset and code unit, or null. */
export function firstUnsafe(s: string): { offset: number; code: number } | null {
  UNSAFE.lastIndex = 0;
  const m = UNSAFE.exec(s);
  UNSAFE.lastIndex = 0;
  return m ? { offset: m.index, code: m[0].charCodeAt(0) } : null;
}

/** How many unsafe characters a string holds. */
export function countUnsafe(s: string): number {
  UNSAFE.lastIndex = 0;
  return s.match(UNSAFE)?.length ?? 0;
}

export interface Sanitized {
  text: string;
  /** Characters replaced. */
  replaced: number;
  /** Offset of the first one (-1 when none). */
  first: number;
  /** The kinds replaced, e.g. ["U+0000", "lone surrogate"], in order of first appearance. */
  kinds: string[];
}

export function sanitizeText(s: string): Sanitized {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return { text: s, replaced: 0, first: -1, kinds: [] };
  let replaced = 0;
  let first = -1;
  const kinds = new Set<string>();
  const text = s.replace(UNSAFE, (c, offset: number) => {
    replaced++;
    if (first < 0) first = offset;
    const code = c.charCodeAt(0);
    kinds.add(code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    return REPLACEMENT;
  });
  return { text, replaced, first, kinds: [...kinds] };
}

/** The string with unsafe characters replaced (no count). */
export function sanitized(s: string): string {
  return sanitizeText(s).text;
}
