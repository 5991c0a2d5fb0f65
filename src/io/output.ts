// Every file oic-report writes goes through here: written beside its destination under a temporary
// name, then renamed over it, so a reader never sees half a file and a failed build leaves none.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let writes = 0;

export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Named for this write alone: two writes of one path at once (a chart drawn for the PDF and for out/) each
  // rename their own file, and the last one wins whole.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}.partial`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
