// Cutting an incident file into parts at line breaks, for threads to read side by side, and the line a part
// starts on. Bytes only: a cut inside a quoted field is found later, by the reader of the part before it.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Where parts 2…n start: just after the first line break at or after each n-th of the file. Undefined when
 * the file cannot be cut so (UTF-16, or no line break near a cut).
 */
export async function partStarts(path: string, size: number, parts: number): Promise<number[] | undefined> {
  const file = await open(path, 'r');
  try {
    const window = Buffer.alloc(1 << 20);
    const { bytesRead } = await file.read(window, 0, 4, 0);
    const head = window.subarray(0, bytesRead);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined;
    const starts: number[] = [];
    for (let i = 1; i < parts; i++) {
      const at = Math.floor((size * i) / parts);
      const { bytesRead: n } = await file.read(window, 0, window.length, at);
      const lf = window.subarray(0, n).indexOf(10);
      if (lf === -1) return undefined;
      const start = at + lf + 1;
      if (start >= size || start <= (starts.at(-1) ?? 0)) return undefined;
      starts.push(start);
    }
    return starts;
  } finally {
    await file.close();
  }
}

/** Line breaks (LF, CRLF and a lone CR, each once, as the CSV reader counts them) in the first `end` bytes. */
export async function countLineBreaks(path: string, end: number): Promise<number> {
  let count = 0;
  let lastWasCr = false;
  for await (const chunk of createReadStream(path, { start: 0, end: end - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count++;
    for (let i = chunk.indexOf(13); i !== -1; i = chunk.indexOf(13, i + 1)) {
      if (i + 1 < chunk.length ? chunk[i + 1] !== 10 : true) count++;
    }
    // A CR that ended the previous chunk was counted as lone; it was half of a CRLF if this chunk starts with LF.
    if (lastWasCr && chunk[0] === 10) count--;
    lastWasCr = chunk[chunk.length - 1] === 13;
  }
  return count;
}
