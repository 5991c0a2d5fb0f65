// The prints the browser runs at once (src/app/targets/print-slots.ts): never more than its slots, in the order asked.
import { describe, expect, it } from 'vitest';
import { PrintSlots } from '../src/app/targets/print-slots.js';

describe('PrintSlots', () => {
  it('runs at most as many prints at once as it has slots, the waiting ones in the order they asked', async () => {
    const slots = new PrintSlots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const print = (n: number, ms: number) =>
      slots.run(async () => {
        started.push(n);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, ms));
        running--;
        return n;
      });
    const results = await Promise.all([print(1, 40), print(2, 10), print(3, 10), print(4, 10)]);
    expect(results).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('frees its slot when a print fails', async () => {
    const slots = new PrintSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('browser gone')))).rejects.toThrow('browser gone');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  /** A print that runs until `end` is called, and says when it started. */
  function gate(slots: PrintSlots, log: string[], name: string, lang: string, kind: 'layout' | 'final') {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const done = slots.run(async () => {
      log.push(name);
      await ended;
    }, lang, kind);
    return { end, done };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('keeps a slot for the final print of a language ahead in the queue, and gives it up when that language is released', async () => {
    const slots = new PrintSlots(2, ['ar', 'en', 'fr']);
    const log: string[] = [];
    // Arabic is still laying out when English and French ask for their final prints.
    const arLayout = gate(slots, log, 'ar layout', 'ar', 'layout');
    const en = gate(slots, log, 'en final', 'en', 'final');
    const fr = gate(slots, log, 'fr final', 'fr', 'final');
    await tick();
    // Both slots are busy (ar layout, en final): French waits.
    expect(log).toEqual(['ar layout', 'en final']);
    arLayout.end();
    await tick();
    // The freed slot is Arabic's, though French asked first.
    expect(log).toEqual(['ar layout', 'en final']);
    const ar = gate(slots, log, 'ar final', 'ar', 'final');
    await tick();
    expect(log).toEqual(['ar layout', 'en final', 'ar final']);
    en.end();
    await tick();
    expect(log.at(-1)).toBe('fr final');
    ar.end();
    fr.end();
    await Promise.all([ar.done, en.done, fr.done, arLayout.done]);
  });

  it('lets the others print when the language ahead prints no final (its PDF reused)', async () => {
    const slots = new PrintSlots(2, ['ar', 'en', 'fr']);
    const log: string[] = [];
    const en = gate(slots, log, 'en final', 'en', 'final');
    const fr = gate(slots, log, 'fr final', 'fr', 'final');
    await tick();
    expect(log).toEqual(['en final']);
    slots.release('ar');
    await tick();
    expect(log).toEqual(['en final', 'fr final']);
    en.end();
    fr.end();
    await Promise.all([en.done, fr.done]);
  });

  it('gives a free slot to a layout print before any final print, and to the language ahead first', async () => {
    const slots = new PrintSlots(1, ['ar', 'en']);
    const log: string[] = [];
    const first = gate(slots, log, 'ar layout 1', 'ar', 'layout');
    const enFinal = gate(slots, log, 'en final', 'en', 'final');
    const enLayout = gate(slots, log, 'en layout', 'en', 'layout');
    const arLayout = gate(slots, log, 'ar layout 2', 'ar', 'layout');
    await tick();
    first.end();
    await tick();
    arLayout.end();
    await tick();
    enLayout.end();
    await tick();
    const arFinal = gate(slots, log, 'ar final', 'ar', 'final');
    await tick();
    arFinal.end();
    await tick();
    enFinal.end();
    await Promise.all([first.done, enFinal.done, enLayout.done, arLayout.done, arFinal.done]);
    expect(log).toEqual(['ar layout 1', 'ar layout 2', 'en layout', 'ar final', 'en final']);
  });
});
