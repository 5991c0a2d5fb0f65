// Where oic-report's own files are: templates, fonts and reference tables ship with the package, so a
// global install works from any folder. Data and output are the user's, relative to the working folder.
import { fileURLToPath } from 'node:url';
import { relative, isAbsolute } from 'node:path';

/** The package root: src/io/ in development, dist/io/ once compiled; both are two levels down. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const packagePath = (...parts: string[]) => fileURLToPath(new URL(parts.join('/'), new URL('../../', import.meta.url)));

/** A path as the user should read it in a message: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
