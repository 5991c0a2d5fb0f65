// What the final PDF carries beside its pages: the edition's incident file as it was validated (its bytes),
// figures.json as the figures target writes it, and the data fingerprint; and how its structure is finished.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { figuresJson } from '../../core/figure-tables.js';
import { headingsOf, linkTextsOf } from '../../core/outline.js';
import type { PdfAttachment } from '../../core/pdf-attachments.js';
import { MM_TO_PT } from '../../core/pdf-page-size.js';
import type { StructureOptions } from '../../core/pdf-structure/index.js';
import { MARGIN_MM, pageSize, type Paper } from '../../core/page-style.js';
import type { LoadedEdition } from '../load-edition.js';

/** The names the files have inside the PDF (pdfdetach -saveall writes them under these names). */
export const ATTACHMENT_NAMES = { incidents: 'incidents.csv', figures: 'figures.json', fingerprint: 'incidents.csv.sha256' } as const;

export async function evidenceAttachments(loaded: LoadedEdition): Promise<PdfAttachment[]> {
  const { edition, figures, data } = loaded;
  const csv = await readFile(join(loaded.editionDir, 'incidents.csv'));
  const year = edition.year;
  const text = (value: string) => new TextEncoder().encode(value);
  return [
    {
      name: ATTACHMENT_NAMES.incidents,
      bytes: new Uint8Array(csv.buffer, csv.byteOffset, csv.byteLength),
      mimeType: 'text/csv',
      description: `Incident data of the ${year} edition, as validated (${data.result.rowsAccepted} of ${data.result.rowsRead} rows accepted)`,
      relationship: 'Source',
    },
    {
      name: ATTACHMENT_NAMES.figures,
      bytes: text(figuresJson(edition, figures, loaded.previous?.figures)),
      mimeType: 'application/json',
      description: `Every figure of the ${year} report`,
      relationship: 'Data',
    },
    {
      name: ATTACHMENT_NAMES.fingerprint,
      // The format sha256sum writes and checks: `sha256sum -c incidents.csv.sha256` beside the detached CSV.
      bytes: text(`${data.fingerprint}  ${ATTACHMENT_NAMES.incidents}\n`),
      mimeType: 'text/plain',
      description: 'SHA-256 fingerprint of the incident data',
      relationship: 'Data',
    },
  ];
}

/** The structure's finishing for one printed HTML: its contents, its links, the margins the running heads are in. */
export function structureOptions(html: string, contents: readonly { id: string; title: string }[], paper: Paper, bleedMm = 0): StructureOptions {
  const { extraMm } = pageSize(paper, bleedMm);
  const byDestination = new Map<string, string>();
  for (const heading of headingsOf(html)) if (heading.id) byDestination.set(heading.id, heading.text);
  for (const entry of contents) byDestination.set(entry.id, entry.title);
  return {
    contentsIds: contents.map((entry) => entry.id),
    links: { inOrder: linkTextsOf(html), byDestination },
    // data-table.hbs prints each title as this paragraph, right before its table.
    titledTables: html.match(/<p class="table-caption"/g)?.length ?? 0,
    margins: { top: (MARGIN_MM.top + extraMm) * MM_TO_PT, bottom: (MARGIN_MM.bottom + extraMm) * MM_TO_PT },
  };
}

/** The page's exact size in points, bleed and crop-mark room included. */
export function exactPageSize(paper: Paper, bleedMm = 0): { width: number; height: number } {
  const { widthMm, heightMm } = pageSize(paper, bleedMm);
  return { width: widthMm * MM_TO_PT, height: heightMm * MM_TO_PT };
}
