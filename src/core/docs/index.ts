// The generated documentation: every page `npm run docs` writes, and the docs test compares with the committed
// files. A new generated page is added here, and only here, for both to know it.
import type { Reference } from '../reference.js';
import { editionMarkdown } from './edition.js';
import { incidentColumnsMarkdown } from './incident-columns.js';

export { editionMarkdown, EDITION_FIELD_DOCS } from './edition.js';
export { incidentColumnsMarkdown, COLUMN_DOCS, type ColumnDoc, type ColumnKind } from './incident-columns.js';

export interface DocsInputs {
  reference: Reference;
  /** The edition.json shown as the complete example, with its path relative to the repository. */
  editionExample: { file: string; text: string };
}

export interface GeneratedDoc {
  /** Relative to the repository's root, with `/`. */
  path: string;
  text: string;
}

export function generatedDocs(inputs: DocsInputs): GeneratedDoc[] {
  return [
    { path: 'docs/incident-columns.md', text: incidentColumnsMarkdown(inputs.reference) },
    { path: 'docs/edition.md', text: editionMarkdown(inputs.editionExample) },
  ];
}
