// Hostile characters in a record — NUL, the C0 controls but tab, line feed, vertical tab, form feed and
// carriage return, DEL, the C1 controls and lone UTF-16 surrogates (the set src/doc/sanitize.ts replaces) —
// in its text, title, source, url or id. By default such a record is not stored: it becomes a problem of its
// file and line naming the first bad character and where it is, and its neighbours go on. Sanitising is the
// explicit opt-in (`ingest --sanitize`, `watch --sanitize`, `enqueue --sanitize`, `POST …?sanitize=true`):
// the record then goes on to createDoc, which replaces each such character by U+FFFD and warns on the document.
import type { RawDoc } from '../doc/types.ts';
import { countUnsafe, firstUnsafe } from '../doc/sanitize.ts';
import { placeOfOrigin, type InputProblem } from './problem.ts';

/** The fields checked, in the order they are reported. */
const FIELDS = ['text', 'title', 'source', 'url', 'id'] as const;

/** What to tell the user, per way in. */
export const SANITIZE_FIX = {
  cli: 'rerun with --sanitize to store it with U+FFFD',
  queue: 'enqueue it again with --sanitize to store it with U+FFFD',
  post: 'send it again with ?sanitize=true to store it with U+FFFD',
} as const;

const C0_NAMES = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];

/** A readable name of one unsafe code unit, e.g. "a NUL character (U+0000)", "a lone high surrogate (U+D800)". */
export function describeUnsafe(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdbff) return `a lone high surrogate (${hex})`;
  if (code >= 0xdc00 && code <= 0xdfff) return `a lone low surrogate (${hex})`;
  if (code === 0) return 'a NUL character (U+0000)';
  if (code < 0x20) return `a control character (${hex}, ${C0_NAMES[code]})`;
  if (code === 0x7f) return 'a DEL character (U+007F)';
  return `a C1 control character (${hex})`;
}

/**
 * Why a record cannot be stored as it is, or null: the first unsafe character of the first field holding one,
 * at its position counted in characters (code points) from 1, and how many the field holds.
 */
export function hostileReason(raw: RawDoc): string | null {
  for (const field of FIELDS) {
    const value = raw[field];
    if (!value) continue;
    const bad = firstUnsafe(value);
    if (!bad) continue;
    const at = [...value.slice(0, bad.offset)].length + 1;
    const n = countUnsafe(value);
    return `${describeUnsafe(bad.code)} in the ${field} at character ${at.toLocaleString('en-US')}${n > 1 ? ` (${n.toLocaleString('en-US')} such characters in the ${field})` : ''}`;
  }
  return null;
}

/** The problem a hostile record is reported as (its origin's file and line, else `file`), or null when it is clean. */
export function hostileProblem(raw: RawDoc, file: string, fix: string): InputProblem | null {
  const reason = hostileReason(raw);
  return reason ? { ...placeOfOrigin(raw.origin ?? file), reason, fix } : null;
}
