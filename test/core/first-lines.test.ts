import { describe, expect, it } from 'vitest';
import { FirstLines, Hash64 } from '../../src/core/first-lines.js';

describe('FirstLines', () => {
  it('gives the first line of every key among many, through the table growing', () => {
    const index = new FirstLines(true);
    for (let i = 0; i < 50_000; i++) expect(index.claim(`ID-${i}`, i + 2)).toBeUndefined();
    expect(index.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(index.claim(`ID-${i}`, 999_999)).toBe(i + 2);
    expect(index.claim('ID-50000', 7)).toBeUndefined();
  });

  it('compares the text of exact keys whose hashes are the same, so only equal ids are duplicates', () => {
    const index = new FirstLines(true);
    expect(index.claimHash(1, 2, 10, 'A-1')).toBeUndefined();
    expect(index.claimHash(1, 2, 11, 'A-2')).toBeUndefined(); // same hash, other text: a new id
    expect(index.claimHash(1, 2, 12, 'A-2')).toBe(11);
    expect(index.claimHash(1, 2, 13, 'A-1')).toBe(10);
  });

  it('keeps ids beyond Latin-1 exactly too', () => {
    const index = new FirstLines(true);
    expect(index.claim('حادثة-١', 2)).toBeUndefined();
    expect(index.claim('حادثة-٢', 3)).toBeUndefined();
    expect(index.claim('حادثة-١', 4)).toBe(2);
    expect(index.size).toBe(2);
  });

  it('without exact, takes keys with the same 64-bit hash for the same', () => {
    const index = new FirstLines(false);
    const h = new Hash64();
    const key = (s: string) => h.begin().add(s, true).end();
    const a = key('Mosque Vandalised');
    expect(index.claimHash(a.h1, a.h2, 5)).toBeUndefined();
    const b = key('mosque vandalised');
    expect(index.claimHash(b.h1, b.h2, 6)).toBe(5);
  });
});

describe('FirstLines across parts of a file', () => {
  it('finds a key two tables share, through a snapshot and back, exactly', () => {
    const first = new FirstLines(true);
    const second = new FirstLines(true);
    for (let i = 0; i < 3000; i++) first.claim(`A-${i}`, i + 2);
    for (let i = 0; i < 3000; i++) second.claim(`B-${i}`, i + 3002);
    second.claim('حادثة', 6002);
    expect(first.sharesKeyWith(second.snapshot())).toBe(false);
    const copy = FirstLines.from(second.snapshot());
    expect(copy.claim('B-2999', 1)).toBe(6001);
    expect(copy.claim('حادثة', 1)).toBe(6002);
    second.claim('A-1234', 7000);
    expect(first.sharesKeyWith(second.snapshot())).toBe(true);
    // The same hash with other text is not a shared id.
    const other = new FirstLines(true);
    other.claimHash(7, 8, 2, 'X');
    const same = new FirstLines(true);
    same.claimHash(7, 8, 3, 'Y');
    expect(other.sharesKeyWith(same.snapshot())).toBe(false);
  });
});

describe('Hash64', () => {
  it('tells pieces apart by where they are cut', () => {
    const h = new Hash64();
    const one = h.begin().add('ab').separator().add('c').end();
    const [a1, a2] = [one.h1, one.h2];
    const two = h.begin().add('a').separator().add('bc').end();
    expect([two.h1, two.h2]).not.toEqual([a1, a2]);
  });
});
