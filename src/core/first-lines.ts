// The line on which each id (or each content key) was first seen, for a million rows: a hash table in typed
// arrays. A Map of a million strings costs about 70 MB and a cache miss or two per lookup on objects spread over
// the heap (1M rows: about 1 s for the ids, as much again for the content keys); here each key is a 64-bit hash
// in flat arrays, and an id's characters are kept packed one byte each, to compare the rare ids whose hashes
// match (an id with a character beyond Latin-1 is kept in a Map of its own).

/** A 64-bit hash (cyrb53's mixing, both halves kept) of text fed to it piece by piece, without joining it. */
export class Hash64 {
  h1 = 0;
  h2 = 0;

  begin(): this {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
    return this;
  }

  /** Adds the text's characters; with `lower`, ASCII capitals as small letters (other scripts are left as they are). */
  add(text: string, lower = false): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      let ch = text.charCodeAt(i);
      if (lower && ch >= 65 && ch <= 90) ch += 32;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** Ends a piece, so that ("ab", "c") and ("a", "bc") differ. */
  separator(): this {
    this.h1 = Math.imul(this.h1 ^ 0, 2654435761);
    this.h2 = Math.imul(this.h2 ^ 0, 1597334677);
    return this;
  }

  end(): this {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.h1 = h1 >>> 0;
    this.h2 = h2 >>> 0;
    return this;
  }
}

export interface FirstLinesSnapshot {
  exact: boolean;
  h1: Uint32Array;
  h2: Uint32Array;
  lines: Uint32Array;
  starts: Uint32Array;
  chars: Uint8Array;
  wide: Map<string, number>;
}

/**
 * The first line of each key. `exact` keeps each key's text and compares it when hashes match, so two ids are
 * the same only when they are; without it two keys are the same when their 64-bit hashes are (what a "probable"
 * duplicate needs, without keeping titles).
 */
export class FirstLines {
  private readonly hash = new Hash64();
  /** Open addressing: entry number + 1 per slot, 0 for an empty slot; the size is a power of two. */
  private slots = new Int32Array(1 << 12);
  private h1 = new Uint32Array(1 << 11);
  private h2 = new Uint32Array(1 << 11);
  private lines = new Uint32Array(1 << 11);
  /** With `exact`: entry e's text is chars[starts[e], starts[e + 1]). */
  private starts = new Uint32Array(1 << 11);
  private chars = new Uint8Array(1 << 16);
  private count = 0;

  constructor(private readonly exact: boolean) {}

  get size(): number {
    return this.count + this.wide.size;
  }

  /** Exact keys with a character that does not fit in a byte. */
  private readonly wide = new Map<string, number>();

  /** The line `key` was first seen on; undefined, and `line` remembered, when it is new. */
  claim(key: string, line: number): number | undefined {
    if (this.exact && !fitsBytes(key)) {
      const seen = this.wide.get(key);
      if (seen === undefined) this.wide.set(` ${key}`.slice(1), line);
      return seen;
    }
    const { h1, h2 } = this.hash.begin().add(key).end();
    return this.claimHash(h1, h2, line, key);
  }

  /** The same for a key already hashed (`hash.end()`), compared by its hash alone unless `key` is given. */
  claimHash(h1: number, h2: number, line: number, key?: string): number | undefined {
    const entry = this.find(h1, h2, key);
    if (entry !== undefined) return this.lines[entry];
    this.insert(h1, h2, line, key);
    return undefined;
  }

  /** Whether a key of another table (as its snapshot) is also one of this table's: two parts of a file sharing an id, say. */
  sharesKeyWith(other: FirstLinesSnapshot): boolean {
    for (const key of other.wide.keys()) if (this.wide.has(key)) return true;
    const mask = this.slots.length - 1;
    for (let e = 0; e < other.h1.length; e++) {
      const h1 = other.h1[e]!;
      const h2 = other.h2[e]!;
      for (let slot = (h1 ^ h2) & mask; ; slot = (slot + 1) & mask) {
        const entry = this.slots[slot]! - 1;
        if (entry < 0) break;
        if (this.h1[entry] === h1 && this.h2[entry] === h2) {
          if (!this.exact || !other.exact || sameBytes(this.chars, this.starts, entry, other.chars, other.starts, e)) return true;
        }
      }
    }
    return false;
  }

  /** The table as plain data (typed arrays and a Map), to send to another thread; `FirstLines.from` takes it back. */
  snapshot(): FirstLinesSnapshot {
    const n = this.count;
    return {
      exact: this.exact,
      h1: this.h1.slice(0, n),
      h2: this.h2.slice(0, n),
      lines: this.lines.slice(0, n),
      starts: this.starts.slice(0, n + 1),
      chars: this.chars.slice(0, this.starts[n]),
      wide: this.wide,
    };
  }

  static from(snapshot: FirstLinesSnapshot): FirstLines {
    const table = new FirstLines(snapshot.exact);
    for (let e = 0; e < snapshot.h1.length; e++) {
      const start = snapshot.starts[e]!;
      const key = snapshot.exact ? latin1(snapshot.chars, start, snapshot.starts[e + 1]!) : undefined;
      table.insert(snapshot.h1[e]!, snapshot.h2[e]!, snapshot.lines[e]!, key);
    }
    for (const [key, line] of snapshot.wide) table.wide.set(key, line);
    return table;
  }

  private find(h1: number, h2: number, key: string | undefined): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = (h1 ^ h2) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return undefined;
      if (this.h1[entry] === h1 && this.h2[entry] === h2 && (!this.exact || key === undefined || this.textIs(entry, key))) {
        return entry;
      }
    }
  }

  private textIs(entry: number, key: string): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private insert(h1: number, h2: number, line: number, key: string | undefined): void {
    const e = this.count;
    if (e + 2 > this.h1.length) this.growEntries();
    this.h1[e] = h1;
    this.h2[e] = h2;
    this.lines[e] = line;
    if (this.exact && key !== undefined) {
      let at = this.starts[e]!;
      if (at + key.length > this.chars.length) this.chars = grow(this.chars, at + key.length);
      for (let i = 0; i < key.length; i++) this.chars[at++] = key.charCodeAt(i);
      this.starts[e + 1] = at;
    } else this.starts[e + 1] = this.starts[e]!;
    this.count++;
    // Kept under half full, so that a probe rarely goes past a slot or two.
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(e);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.h1[entry]! ^ this.h2[entry]!) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.count; e++) this.place(e);
  }

  private growEntries(): void {
    this.h1 = grow(this.h1, this.h1.length * 2);
    this.h2 = grow(this.h2, this.h2.length * 2);
    this.lines = grow(this.lines, this.lines.length * 2);
    this.starts = grow(this.starts, this.starts.length * 2);
  }
}

function grow<T extends Uint32Array | Uint8Array>(array: T, atLeast: number): T {
  let size = array.length;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function sameBytes(a: Uint8Array, aStarts: Uint32Array, i: number, b: Uint8Array, bStarts: Uint32Array, j: number): boolean {
  const length = aStarts[i + 1]! - aStarts[i]!;
  if (bStarts[j + 1]! - bStarts[j]! !== length) return false;
  for (let k = 0; k < length; k++) if (a[aStarts[i]! + k] !== b[bStarts[j]! + k]) return false;
  return true;
}

function latin1(chars: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(chars[i]!);
  return s;
}

function fitsBytes(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return false;
  return true;
}
