// A skipped input: which file (and line), what is wrong and what to do, printed as one line.
export interface InputProblem {
  file: string;
  line?: number;
  reason: string;
  /** What the user can do about it. */
  fix: string;
}

/**
 * File and line of a document origin: `FILE:LINE` for a JSON Lines record, else the file (a page, `FILE#N` for a
 * WARC record or feed item, or a URL — whose `host:port` is not a line).
 */
export function placeOfOrigin(origin: string): { file: string; line?: number } {
  const m = /^(.*):(\d+)$/.exec(origin);
  if (!m || /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(m[1])) return { file: origin };
  return { file: m[1], line: Number(m[2]) };
}

/**
 * Characters that would break a line or drive a terminal: C0 controls (CR, LF, ESC…), DEL, C1 controls
 * (CSI U+009B…), line and paragraph separators, and the bidirectional overrides and isolates that can
 * make text display in another order than it is stored.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Input or stored text shown on a terminal (problem lines, tables, `eventline show`) with those characters
 * escaped as \uXXXX (a tab stays); with `keepLines`, line feeds stay too (multi-line article text).
 */
export function escapeControl(s: string, keepLines = false): string {
  return s.replace(keepLines ? CONTROL_BUT_LINES : CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatProblem(p: InputProblem): string {
  return escapeControl(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}; ${p.fix}`);
}
