// What every command shares: the output streams, the exit status (0 ok, 1 failed, 2 usage, 3 completed
// with skipped inputs), and UserError for one-line failures that name the input and what to do.
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_SKIPPED = 3;

/** A failure the user can fix: printed as one line (no stack), exit code 1 unless given. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = EXIT_FAILED) {
    super(message);
  }
}

export interface Cli {
  out(text: string): void;
  err(text: string): void;
  readonly stdoutTty: boolean;
  readonly stderrTty: boolean;
  /** Raise the exit status (never lowers it). */
  exit(code: number): void;
  readonly code: number;
}

export function processCli(): Cli {
  let code = EXIT_OK;
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    stdoutTty: Boolean(process.stdout.isTTY),
    stderrTty: Boolean(process.stderr.isTTY),
    exit(c) {
      code = Math.max(code, c);
    },
    get code() {
      return code;
    },
  };
}
