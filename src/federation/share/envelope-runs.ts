/**
 * Items cut into runs of at most `maxBytes` of JSON (a broker takes messages up to a size), each
 * run handed to `send` as soon as the next item would overflow it. An item larger than `maxBytes`
 * goes alone: the caller decides beforehand whether it may go at all.
 */
export class EnvelopeRuns<Item> {
  private run: Item[] = [];
  private bytes = 0;
  /** Runs handed on so far. */
  sent = 0;

  constructor(
    private readonly maxBytes: number,
    /** Gets each run with its index, 0 for the first. */
    private readonly send: (run: Item[], index: number) => Promise<void>,
  ) {}

  /** Adds an item of `size` bytes of JSON, sending first the run it would overflow. */
  async add(item: Item, size: number): Promise<void> {
    if (this.run.length > 0 && this.bytes + size > this.maxBytes) await this.flush();
    this.run.push(item);
    this.bytes += size;
  }

  /** Sends the run under way, if it holds anything. */
  async flush(): Promise<void> {
    if (this.run.length === 0) return;
    const run = this.run;
    this.run = [];
    this.bytes = 0;
    const index = this.sent;
    this.sent += 1;
    await this.send(run, index);
  }
}
