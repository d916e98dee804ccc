// Progress on stderr (cli-progress) for ingest and check: shown only on a terminal, without --quiet, and
// only once the command has run for more than a second; problem lines are printed above the bar. The bar
// advances by units of work (bytes of input, rows), the counter by documents finished, and the estimate
// is shown once there is one.
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';

/** cli-progress, loaded when the first bar is drawn (most runs draw none). */
const cliProgress = (): typeof CliProgress => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

/** "1m 05s", "42s": the time left, or "" while too little is done to tell. */
export function formatEta(elapsedMs: number, done: number, total: number): string {
  if (done <= 0 || total <= 0 || done / total < 0.01 || elapsedMs < 1000) return '';
  const secs = Math.max(0, Math.round(((total - done) / done) * (elapsedMs / 1000)));
  if (!Number.isFinite(secs)) return '';
  const m = Math.floor(secs / 60);
  return `ETA ${m ? `${m}m ${String(secs % 60).padStart(2, '0')}s` : `${secs}s`}`;
}

export class Progress {
  private bar: CliProgress.SingleBar | null = null;
  private value = 0;
  private docs = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    /** cli-progress format of the bar ({docs}: documents finished, {eta}: the estimate or nothing). */
    private readonly format = 'ingest [{bar}] {percentage}% | {docs} docs {eta}',
    private readonly delayMs = 1000,
  ) {}

  /** Advance by `bytes` of input; `docs` documents were finished with them (stored, already stored or skipped). */
  tick(bytes: number, docs = 0): void {
    this.value = Math.min(this.total, this.value + bytes);
    this.docs += docs;
    if (!this.enabled) return;
    if (!this.bar && Date.now() - this.started >= this.delayMs) {
      const { SingleBar, Presets } = cliProgress();
      this.bar = new SingleBar(
        {
          stream: this.stream,
          format: this.format,
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      );
      this.bar.start(Math.max(1, this.total), this.value, this.payload());
    }
    this.bar?.update(this.value, this.payload());
  }

  private payload(): { docs: number; eta: string } {
    return { docs: this.docs, eta: formatEta(Date.now() - this.started, this.value, this.total) };
  }

  /** Prints a line without breaking the bar. */
  log(line: string): void {
    if (this.bar) this.stream.write(`\r\x1b[2K${line}\n`);
    else this.stream.write(`${line}\n`);
    if (this.bar) this.bar.update(this.value, this.payload());
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
