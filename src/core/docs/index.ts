// The generated documentation: every page `npm run docs` writes, and the docs test compares with the committed
// files. A new generated page is added here, and only here, for both to know it.
import type { Reference } from '../reference.js';
import { incidentColumnsMarkdown } from './incident-columns.js';

export { incidentColumnsMarkdown, COLUMN_DOCS, type ColumnDoc, type ColumnKind } from './incident-columns.js';

export interface DocsInputs {
  reference: Reference;
}

export interface GeneratedDoc {
  /** Relative to the repository's root, with `/`. */
  path: string;
  text: string;
}

export function generatedDocs(inputs: DocsInputs): GeneratedDoc[] {
  return [
    { path: 'docs/incident-columns.md', text: incidentColumnsMarkdown(inputs.reference) },
  ];
}
