// Reports skipped inputs as they happen, one line each, capping the lines per file (a broken JSONL file
// should not flood the terminal) and counting them for the exit status.
import { formatProblem, type InputProblem } from '../ingest/problem.ts';

export class ProblemReporter {
  count = 0;
  private readonly perFile = new Map<string, number>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly capPerFile = 10,
  ) {}

  report(p: InputProblem): void {
    this.count++;
    const n = (this.perFile.get(p.file) ?? 0) + 1;
    this.perFile.set(p.file, n);
    if (n <= this.capPerFile) this.write(formatProblem(p));
  }

  /** Lines for problems that were counted but not printed. */
  finish(): void {
    for (const [file, n] of this.perFile) {
      if (n > this.capPerFile) this.write(`skipped ${n - this.capPerFile} more records of ${file} (${n} problems in all); fix the file and ingest it again`);
    }
  }
}
