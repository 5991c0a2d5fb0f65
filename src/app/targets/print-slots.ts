// How many prints the browser runs at once, and which goes first. Each page prints in a renderer process of its
// own, about a core's worth of work; with more pages than cores, all of them slow down together. With a print per
// core, what matters is the order: the build ends when the longest language (the Arabic edition, with its shaping,
// first in the queue) has printed and been finished, so its final print must never wait behind a shorter one.
// Hence:
//  - a layout print goes before any final print (it is short, and a final print waits on it);
//  - among prints of a kind, the language earlier in the queue goes first;
//  - a final print does not take a slot that a language earlier in the queue will need for its own final print,
//    not yet started (its HTML being written): that slot is kept for it. Measured at
//    10k incidents, three languages, two cores: without it, English and French took both slots while the Arabic
//    HTML was written, and the Arabic print started ten seconds later, at the end of the English one.
export type SlotKind = 'layout' | 'final';

interface Request {
  lang: string;
  kind: SlotKind;
  rank: number;
  start: () => void;
}

export class PrintSlots {
  private free: number;
  private readonly waiting: Request[] = [];
  /** The languages whose final print has not started, by rank: each keeps a slot for it. */
  private readonly finalsToCome: Map<string, number>;
  private readonly ranks: Map<string, number>;
  /** Prints under way, by language. */
  private readonly running = new Map<string, number>();

  /** `queue`: the languages in the order their final prints should start (the longest first). */
  constructor(slots: number, queue: readonly string[] = []) {
    this.free = Math.max(1, slots);
    this.ranks = new Map(queue.map((lang, rank) => [lang, rank]));
    this.finalsToCome = new Map(this.ranks);
  }

  async run<T>(print: () => Promise<T>, lang = '', kind: SlotKind = 'final'): Promise<T> {
    const rank = this.rankOf(lang);
    await new Promise<void>((start) => {
      this.waiting.push({ lang, kind, rank, start });
      this.dispatch();
    });
    try {
      return await print();
    } finally {
      this.running.set(lang, this.running.get(lang)! - 1);
      this.free++;
      this.dispatch();
    }
  }

  /** The language prints no (further) final: its PDF was reused, it failed, or it is done. Its slot is freed. */
  release(lang: string): void {
    if (this.finalsToCome.delete(lang)) this.dispatch();
  }

  /** A language outside the queue ranks after it, in the order it first asked. */
  private rankOf(lang: string): number {
    if (!this.ranks.has(lang)) this.ranks.set(lang, this.ranks.size);
    return this.ranks.get(lang)!;
  }

  private dispatch(): void {
    this.waiting.sort((a, b) => (a.kind === b.kind ? a.rank - b.rank : a.kind === 'layout' ? -1 : 1));
    for (let i = 0; i < this.waiting.length && this.free > 0; ) {
      const request = this.waiting[i]!;
      if (request.kind === 'final' && this.keptFor(request) >= this.free) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.free--;
      if (request.kind === 'final') this.finalsToCome.delete(request.lang);
      this.running.set(request.lang, (this.running.get(request.lang) ?? 0) + 1);
      request.start();
    }
  }

  /**
   * Slots kept for the final prints, yet to start, of the languages ahead of this one; a language laying out holds
   * its slot already (it passes to its final print, the next it asks for).
   */
  private keptFor(request: Request): number {
    let kept = 0;
    for (const [lang, rank] of this.finalsToCome) if (rank < request.rank && lang !== request.lang && !this.running.get(lang)) kept++;
    return kept;
  }
}
