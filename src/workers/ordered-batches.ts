// Keeps a bounded number of batches in flight and hands their results to one consumer in submission
// order (so the single database writer sees batch after batch, one transaction each).
export class OrderedBatches<T> {
  private readonly inFlight: Promise<T>[] = [];

  constructor(
    private readonly maxInFlight: number,
    private readonly consume: (result: T) => Promise<void>,
  ) {
    if (!(maxInFlight >= 1)) throw new Error(`maxInFlight must be at least 1 (got ${maxInFlight})`);
  }

  /** Adds a batch; waits (consuming the oldest results) while more than maxInFlight are in flight. */
  async push(result: Promise<T>): Promise<void> {
    result.catch(() => {}); // rejections surface when the batch is consumed, never as unhandled
    this.inFlight.push(result);
    while (this.inFlight.length > this.maxInFlight) await this.consume(await this.inFlight.shift()!);
  }

  /** Consumes every batch still in flight. */
  async drain(): Promise<void> {
    while (this.inFlight.length) await this.consume(await this.inFlight.shift()!);
  }

  get pending(): number {
    return this.inFlight.length;
  }
}
