// Every input file (incident data, edition.json, reference tables, narrative, templates, catalogs, profiles) is
// opened here: only a regular file is read, and, when a folder is named, only one whose real path is inside it.
// A symbolic link out of the folder (to /etc/passwd), a FIFO, a device or a socket is refused with the file's
// name, before a byte is read. The file is opened with O_NONBLOCK and checked with fstat on the open descriptor,
// so a FIFO cannot block the open, and what is checked is what is read.
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { relative, isAbsolute, sep } from 'node:path';
import type { Stats } from 'node:fs';
import { EXIT, UserError } from '../errors.js';
import { displayPath } from './paths.js';

export interface SafeOpenOptions {
  /** The folder the file must be inside, once symbolic links are resolved (e.g. its own edition folder). */
  within?: string;
  /** What to do next when the file is missing. */
  missingHint?: string;
  /** The message of a missing file (default "there is no file …"). */
  missing?: (file: string) => string;
}

export interface OpenedFile {
  handle: FileHandle;
  stats: Stats;
}

/** Opens a regular file for reading, or throws a UserError (exit 2) naming it. The caller closes the handle. */
export async function openRegularFile(path: string, options: SafeOpenOptions = {}): Promise<OpenedFile> {
  const file = displayPath(path);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotOpen(file, error as NodeJS.ErrnoException, options);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new UserError(`${file} is ${kindOf(stats)}, not a regular file: oic-report reads only regular files`, EXIT.usage, 'Put the file itself there, not a link to a device or a pipe.');
    }
    if (options.within !== undefined) await requireInside(path, options.within, file);
    return { handle, stats };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The whole text of a regular file, decoded as UTF-8. */
export async function readRegularText(path: string, options: SafeOpenOptions = {}): Promise<string> {
  const { handle } = await openRegularFile(path, options);
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** The bytes of a regular file. */
export async function readRegularBytes(path: string, options: SafeOpenOptions = {}): Promise<Buffer> {
  const { handle } = await openRegularFile(path, options);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function requireInside(path: string, folder: string, file: string): Promise<void> {
  const [real, root] = await Promise.all([realpath(path), realpath(folder)]);
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new UserError(
      `${file} leads outside ${displayPath(folder)} (it is a link to ${real}): oic-report reads only files inside their folder`,
      EXIT.usage,
      'Copy the file into the folder instead of linking to it.',
    );
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function cannotOpen(file: string, error: NodeJS.ErrnoException, options: SafeOpenOptions): UserError {
  if (error.code === 'ENOENT') {
    return new UserError(options.missing ? options.missing(file) : `there is no file ${file}`, EXIT.usage, options.missingHint ?? 'Check the path.');
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return new UserError(`${file} cannot be read: permission denied`, EXIT.usage, 'Make the file readable by you (chmod u+r).');
  }
  if (error.code === 'ELOOP') return new UserError(`${file} is a loop of symbolic links`, EXIT.usage, 'Put the file itself there.');
  return new UserError(`${file} cannot be read (${error.code ?? error.message})`, EXIT.usage, 'Check that the file is readable by you.');
}
