// Temporary folders (the browser's profile, the staged HTML a PDF is printed from): made in the system's
// temporary folder, guarded (io/leftovers.ts) so that they go even if the process is killed, and a missing or
// read-only TMPDIR told as what it is rather than as a crash.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { guardPath, releasePath } from './leftovers.js';

export async function temporaryFolder(prefix: string): Promise<string> {
  const parent = tmpdir();
  let dir: string;
  try {
    dir = await mkdtemp(join(parent, prefix));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be written (${code ?? (error as Error).message})`;
    throw new UserError(
      `the temporary folder ${parent} ${why}`,
      EXIT.environment,
      'Point TMPDIR at a writable folder (or unset it to use /tmp) and try again.',
    );
  }
  guardPath(dir);
  return dir;
}

export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  releasePath(dir);
}
