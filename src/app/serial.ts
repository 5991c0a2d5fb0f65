// Work that must not overlap with itself (a preview's refresh, its print): run() while it runs asks for one
// more run after it, however many times it is called, so the last call's state is always worked on.
export class SerialRunner {
  private busy = false;
  private again = false;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly work: () => Promise<void>) {}

  run(): Promise<void> {
    if (this.busy) this.again = true;
    else {
      this.busy = true;
      this.done = this.loop();
    }
    return this.done;
  }

  get running(): boolean {
    return this.busy;
  }

  /** Settles when the runs asked for so far have ended. */
  idle(): Promise<void> {
    return this.done;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.work();
      } while (this.again);
    } finally {
      this.busy = false;
    }
  }
}
