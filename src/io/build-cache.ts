// What a build can reuse from the last one, kept on disk by a hash of its inputs' bytes (never by dates or
// names): the loaded data and figures, each language's settled page map and its finished PDF. Files are written through
// writeOutput (atomic rename), so a half-written entry is never read back; one that cannot be read is a miss.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeOutput } from './output.js';

/** Entries kept of each kind: the data of an edition can weigh as much as its CSV. */
const KEEP = { data: 2, pages: 64, pdf: 6 } as const;
export type CacheKind = keyof typeof KEEP;

export class BuildCache {
  constructor(readonly dir: string) {}

  private path(kind: CacheKind, key: string): string {
    return join(this.dir, kind, `${key}.v8`);
  }

  async get<T>(kind: CacheKind, key: string): Promise<T | undefined> {
    try {
      return deserialize(await readFile(this.path(kind, key))) as T;
    } catch {
      return undefined;
    }
  }

  async put(kind: CacheKind, key: string, value: unknown): Promise<void> {
    await writeOutput(this.path(kind, key), serialize(value));
    await prune(join(this.dir, kind), KEEP[kind]);
  }
}

/** Only the newest entries of a kind stay. */
async function prune(dir: string, keep: number): Promise<void> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.v8'));
  if (names.length <= keep) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(join(dir, n), { force: true })));
}

/** SHA-256 of a list of parts, each length-prefixed, so that ["ab", "c"] and ["a", "bc"] differ. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Every file under each path (a file or a folder, recursively), as "<index of the path>/<name within it>: SHA-256
 * of its bytes", in a fixed order; a path that does not exist counts as nothing there, which is an input too.
 */
export async function hashTree(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, root] of paths.entries()) {
    const info = await stat(root).catch(() => undefined);
    if (!info) {
      out.push(`${i}: absent`);
      continue;
    }
    const files = info.isDirectory()
      ? (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
      : [root];
    for (const file of files) {
      const bytes = await readFile(file).catch(() => undefined);
      out.push(`${i}/${relative(root, file)}: ${bytes ? createHash('sha256').update(bytes).digest('hex') : 'unreadable'}`);
    }
  }
  return out;
}

let code: Promise<string> | undefined;

/**
 * A hash of oic-report's own code (every file of dist/, or src/ in development): an entry made by other code
 * is never reused, even between two builds of the same version.
 */
export function codeVersion(): Promise<string> {
  code ??= hashTree([dirname(dirname(fileURLToPath(import.meta.url)))]).then(hashParts);
  return code;
}
