// Writes the generated documentation (docs/incident-columns.md, docs/edition.md) from the schemas and the
// reference tables:
//
//   npm run docs
//
// test/docs.test.ts fails when a committed page differs from what this writes, so change the sources (the
// schema, the reference tables, the explanations in src/core/docs/) and run it, rather than editing the pages.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocs, type GeneratedDoc } from '../src/core/docs/index.js';
import { readReference } from '../src/io/edition-data.js';
import { writeOutput } from '../src/io/output.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The edition shown as the complete example of edition.json. */
const EXAMPLE = 'data/2024/edition.json';

/** Every generated page, made from the files of the repository at `root`. */
export async function docsOf(root: string = ROOT): Promise<GeneratedDoc[]> {
  return generatedDocs({
    reference: await readReference(join(root, 'data')),
    editionExample: { file: EXAMPLE, text: await readFile(join(root, EXAMPLE), 'utf8') },
  });
}

async function main(): Promise<void> {
  for (const doc of await docsOf()) {
    await writeOutput(join(ROOT, doc.path), doc.text);
    console.log(`wrote ${doc.path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
