// How many prints the browser runs at once. Each page prints in a renderer process of its own, about a core's
// worth of work; with more pages than cores, all of them slow down together and the longest print (the Arabic
// edition, with its shaping) ends last, its finishing after it with the other cores idle. With a print per
// core, the first language in the queue has a core to itself and the others follow on the next one free.
export class PrintSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(slots: number) {
    this.free = Math.max(1, slots);
  }

  async run<T>(print: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await print();
    } finally {
      // The slot passes straight to the next print waiting, in the order they asked.
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
