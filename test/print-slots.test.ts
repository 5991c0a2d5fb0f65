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
});
