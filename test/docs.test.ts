// The generated documentation (npm run docs) is what the committed docs/ say, and it stays complete: a column
// or an edition.json field added without an explanation, or a documented type the schema does not accept, fails
// here rather than reaching an editor.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editionSchema } from '../src/core/edition.js';
import { INCIDENT_COLUMNS } from '../src/core/incident.js';
import { acceptsCell } from '../src/core/docs/column-facts.js';
import { COLUMN_DOCS, editionMarkdown, type ColumnKind } from '../src/core/docs/index.js';
import { ROOT, docsOf } from '../scripts/generate-docs.js';

const docs = await docsOf();

/** Where two texts first differ, for the failure message: a stale page is usually stale in one place. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((l, i) => l !== right[i]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: on disk ${JSON.stringify(left[at] ?? '(end of file)')}, generated ${JSON.stringify(right[at] ?? '(end of file)')}`;
}

describe('generated documentation', () => {
  it.each(docs.map((d) => [d.path, d] as const))('%s is what npm run docs writes', async (path, doc) => {
    const onDisk = await readFile(join(ROOT, path), 'utf8').catch(() => '');
    if (onDisk !== doc.text) throw new Error(`${path} is stale: run npm run docs (${firstDifference(onDisk, doc.text)})`);
  });

  it('explains every incident column and no other', () => {
    expect(Object.keys(COLUMN_DOCS).sort()).toEqual([...INCIDENT_COLUMNS].sort());
  });

  // A cell each documented type must accept and one it must refuse: the page cannot say "whole number" of a
  // column that takes any text. Codes are checked by the generator, which needs a list for each.
  const SAMPLES: Record<Exclude<ColumnKind, 'code'>, { accepted: string; refused?: string }> = {
    text: { accepted: 'any text' },
    date: { accepted: '2024-02-29', refused: '29/02/2024' },
    whole: { accepted: '3', refused: '1.5' },
    decimal: { accepted: '-12.5', refused: '12,5' },
    url: { accepted: 'https://example.org/a', refused: 'example.org/a' },
  };
  const typed = INCIDENT_COLUMNS.flatMap((c) => {
    const kind = COLUMN_DOCS[c].kind;
    return kind === 'code' ? [] : [[c, kind] as const];
  });
  it.each(typed)('%s is documented as %s, as the schema checks it', (column, kind) => {
    const { accepted, refused } = SAMPLES[kind];
    expect(acceptsCell(column, accepted)).toBe(true);
    if (refused !== undefined) expect(acceptsCell(column, refused)).toBe(false);
  });

  it('refuses to document an edition.json field that has no explanation', async () => {
    const example = { file: 'data/2024/edition.json', text: await readFile(join(ROOT, 'data/2024/edition.json'), 'utf8') };
    const withMore = z.object({ ...editionSchema.shape, coverColour: z.string().default('green') });
    expect(() => editionMarkdown(example, withMore)).toThrow(
      'edition.json field coverColour has no explanation in src/core/docs/edition.ts (EDITION_FIELD_DOCS)',
    );
  });
});
