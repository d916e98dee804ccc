// A skipped input: which file (and line), what is wrong and what to do, printed as one line.
export interface InputProblem {
  file: string;
  line?: number;
  reason: string;
  /** What the user can do about it. */
  fix: string;
}

/** Control characters (CR, LF, ESC, line separators…) that would break the one line or drive the terminal. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Input text quoted in a message (file names, date lines, JSON snippets) shown with control characters escaped. */
export function escapeControl(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatProblem(p: InputProblem): string {
  return escapeControl(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}; ${p.fix}`);
}
