// One build at a time per output folder: a lock file beside the folder (`.<name>.lock`, the folder itself is
// replaced whole at the end of a build) naming the process that holds it. A second build refuses with the pid of
// the first; a lock whose process is gone (killed, crashed, or its pid now someone else's) is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { EXIT, UserError } from '../errors.js';
import { guardPath, releasePath } from './leftovers.js';

interface LockOwner {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), so a reused pid is not taken for the owner. */
  started?: string;
  since: string;
}

export interface OutLock {
  release(): Promise<void>;
}

export async function lockOutFolder(lockPath: string, folder: string): Promise<OutLock> {
  const me: LockOwner = { pid: process.pid, ...startTime(process.pid), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.close();
      guardPath(lockPath);
      return {
        release: async () => {
          await rm(lockPath, { force: true });
          releasePath(lockPath);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(lockPath);
    if (owner && isAlive(owner)) {
      throw new UserError(
        `${folder} is being built by another oic-report (process ${owner.pid}, since ${owner.since})`,
        EXIT.environment,
        'Wait for that build to finish, or build into another folder with --out.',
      );
    }
    // The owner is gone: its lock is stale.
    await rm(lockPath, { force: true });
  }
  throw new UserError(`could not take the lock ${lockPath}`, EXIT.environment, 'Another build may be starting: try again.');
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    // Half written (its writer died between creating and writing it) or not ours: stale either way.
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTime(owner.pid).started;
  return owner.started === undefined || now === undefined || now === owner.started;
}

/** Field 22 of /proc/PID/stat (after the command name, which may hold spaces and parentheses). */
function startTime(pid: number): { started?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return started ? { started } : {};
  } catch {
    return {};
  }
}
