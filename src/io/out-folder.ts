// The output folder of a build (out/<year>, or what --out names) holds exactly one build's files. A build writes
// into a staging folder beside it (`.<name>.building-…`, same file system), and at the end the staging folder is
// renamed into place and the previous folder removed: a PDF is never beside the charts of an earlier run, and a
// build that fails or is killed leaves the previous complete output as it was.
//
// oic-report replaces only a folder it owns: one it made (marked by .oic-report-build.json, listing the files),
// one holding nothing but what oic-report writes, or an empty or new one. Anything else, and the root, a file, the
// data or templates folders, are refused before any work.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EXIT, UserError } from '../errors.js';
import { guardPath, releasePath } from './leftovers.js';
import { lockOutFolder, type OutLock } from './out-lock.js';

export const OUT_MANIFEST = '.oic-report-build.json';
/** What oic-report writes into an output folder: a folder of only these (an earlier version's) is its own. */
const KNOWN_ENTRY = /^(oic-islamophobia-report-\d{4}-[a-z]{2}\.pdf|html|charts|tables|figures\.json|incident-index\.csv|rejected\.csv|\.cache|\..*\.partial)$/;
/** The chart cache lives in the live folder and moves into each new one. */
const KEPT = '.cache';

export interface FolderGuards {
  /** The data folder and the edition folder read by the build, and the template folders. */
  data: string;
  edition: string;
  templates: readonly string[];
}

export interface OutFolder {
  /** Where this build writes; its files appear in `final` at commit(). */
  staging: string;
  final: string;
  /** A staged path as it is after commit(). */
  finalPath(path: string): string;
  commit(files: readonly string[]): Promise<void>;
  /** Removes the staging folder and the lock, if commit() did not: the previous output stays as it was. */
  close(): Promise<void>;
}

export async function openOutFolder(final: string, guards: FolderGuards): Promise<OutFolder> {
  await refuseUnsafe(final, guards);
  const parent = dirname(final);
  const name = basename(final);
  await writable(() => mkdir(parent, { recursive: true }), parent);
  const lock = await writable(() => lockOutFolder(join(parent, `.${name}.lock`), final), parent);
  try {
    await removeStale(parent, name);
    const staging = join(parent, `.${name}.building-${process.pid}-${randomBytes(4).toString('hex')}`);
    await writable(() => mkdir(staging), parent);
    guardPath(staging);
    return folder(final, staging, lock, await readdir(final).catch(() => undefined));
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function folder(final: string, staging: string, lock: OutLock, before: string[] | undefined): OutFolder {
  let open = true;
  return {
    staging,
    final,
    finalPath: (path) => join(final, relative(staging, path)),
    async commit(files) {
      const manifest = { tool: 'oic-report', builtAt: new Date().toISOString(), files: files.map((f) => relative(staging, f).split(sep).join('/')).sort() };
      await writeFile(join(staging, OUT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      await rename(join(final, KEPT), join(staging, KEPT)).catch(() => {});
      const previous = `${staging.replace('.building-', '.old-')}`;
      const hadPrevious = await rename(final, previous).then(() => true, (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(e)));
      if (hadPrevious) guardPath(previous);
      await rename(staging, final);
      releasePath(staging);
      open = false;
      if (hadPrevious) {
        await rm(previous, { recursive: true, force: true });
        releasePath(previous);
      }
      await lock.release();
    },
    async close() {
      if (!open) return;
      open = false;
      await rm(staging, { recursive: true, force: true });
      releasePath(staging);
      // A first build that failed wrote only its cache there: it leaves the folder as it found it.
      if (!before?.length) {
        const entries = await readdir(final).catch(() => [] as string[]);
        if (entries.every((e) => e === KEPT)) await rm(before ? join(final, KEPT) : final, { recursive: true, force: true });
      }
      await lock.release();
    },
  };
}

/** Under the lock, what a killed build left beside the folder: its staging folder, or the previous output in the
 *  moment between the two renames of commit(), which is put back. */
async function removeStale(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const rest = entry.slice(prefix.length);
    if (rest.startsWith('old-') && !(await exists(join(parent, name)))) await rename(join(parent, entry), join(parent, name));
    else if (rest.startsWith('old-') || rest.startsWith('building-')) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

async function refuseUnsafe(final: string, guards: FolderGuards): Promise<void> {
  const refuse = (why: string, hint = 'Choose an empty or new folder with --out (default: out/{year}).') => {
    throw new UserError(`cannot build into ${final}: ${why}`, EXIT.usage, hint);
  };
  if (parse(final).root === final) refuse('it is the root of the file system');
  if (within(guards.data, final)) refuse(`it holds the data folder ${guards.data}`);
  if (within(final, guards.edition)) refuse(`it is inside the edition folder ${guards.edition}`);
  for (const t of guards.templates) if (within(t, final) || within(final, t)) refuse(`it holds or is inside the templates folder ${t}`);
  const found = await stat(final).catch(() => undefined);
  if (!found) return;
  if (!found.isDirectory()) refuse('it is a file, not a folder');
  const entries = await readdir(final);
  const ours = entries.includes(OUT_MANIFEST) || entries.every((e) => KNOWN_ENTRY.test(e));
  if (!ours) {
    refuse(
      `it holds files oic-report did not write (${entries.filter((e) => !KNOWN_ENTRY.test(e)).slice(0, 3).join(', ')}); a build replaces its output folder whole`,
      'Build into a new or empty folder with --out, or move those files away.',
    );
  }
}

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !parse(rel).root);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** A folder that cannot be written is the machine's problem, told with the folder and the reason. */
async function writable<T>(work: () => Promise<T>, dir: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'ENOSPC', 'EEXIST'].includes(code)) throw error;
    throw new UserError(`cannot write the output into ${dir} (${code})`, EXIT.environment, 'Choose a folder you can write with --out.');
  }
}
