// Progress on stderr (cli-progress) for ingest and check: shown only on a terminal, without --quiet, and
// only once the command has run for more than a second; problem lines are printed above the bar.
import cliProgress from 'cli-progress';

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private value = 0;
  private docs = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    /** cli-progress format of the bar ({docs}: documents finished). */
    private readonly format = 'ingest [{bar}] {percentage}% | {docs} docs | ETA {eta_formatted}',
  ) {}

  /** Advance by `bytes` of input; `doc` counts a finished document. */
  tick(bytes: number, doc = false): void {
    this.value = Math.min(this.total, this.value + bytes);
    if (doc) this.docs++;
    if (!this.enabled) return;
    if (!this.bar && Date.now() - this.started > 1000) {
      this.bar = new cliProgress.SingleBar(
        {
          stream: this.stream,
          format: this.format,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(Math.max(1, this.total), this.value, { docs: this.docs });
    }
    this.bar?.update(this.value, { docs: this.docs });
  }

  /** Prints a line without breaking the bar. */
  log(line: string): void {
    if (this.bar) this.stream.write(`\r\x1b[2K${line}\n`);
    else this.stream.write(`${line}\n`);
    if (this.bar) this.bar.update(this.value, { docs: this.docs });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
