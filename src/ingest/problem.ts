// A skipped input: which file (and line), what is wrong and what to do, printed as one line.
export interface InputProblem {
  file: string;
  line?: number;
  reason: string;
  /** What the user can do about it. */
  fix: string;
}

export function formatProblem(p: InputProblem): string {
  return `skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}; ${p.fix}`;
}
