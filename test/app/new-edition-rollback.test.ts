// A write that fails midway: newEdition removes what it wrote, and the folders it made, and says so (exit 3).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newEdition } from '../../src/app/new-edition.js';
import { UserError } from '../../src/errors.js';
import { shippedDataFolder } from '../helpers.js';

// The fifth file written fails (a full disk, say): four are on disk by then, two folders deep.
const failing = vi.hoisted(() => ({ at: 5, count: 0 }));
vi.mock('../../src/io/output.js', async (actual) => {
  const real = await actual<typeof import('../../src/io/output.js')>();
  return {
    writeOutput: async (path: string, data: string | Uint8Array) => {
      if (++failing.count === failing.at) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return real.writeOutput(path, data);
    },
  };
});

describe('newEdition when writing fails midway', () => {
  beforeEach(() => void (failing.count = 0));

  const data = () => shippedDataFolder(2024);

  it('leaves no file and no folder of the new edition, and reports an environment failure', async () => {
    const dir = data();
    const error = await newEdition({ year: 2025, data: dir }).catch((e: unknown) => e);
    expect(failing.count).toBe(5);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(3);
    expect((error as UserError).message).toContain('ENOSPC');
    expect(existsSync(join(dir, '2025'))).toBe(false);
  });

  it('keeps the empty folder it was given, empty', async () => {
    const dir = data();
    mkdirSync(join(dir, '2025'));
    await expect(newEdition({ year: 2025, data: dir })).rejects.toBeInstanceOf(UserError);
    expect(readdirSync(join(dir, '2025'))).toEqual([]);
  });
});
