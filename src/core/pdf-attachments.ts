// The report carries its evidence: the edition's data and figures embedded as associated files (PDF 2.0 /AF,
// PDF/A-3 style), so whoever holds only the PDF holds the data it was computed from.
import { AFRelationship, type PDFDocument } from 'pdf-lib';

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  description: string;
  /** Source: what the report was made from (the incident file); Data: what it shows (figures, fingerprint). */
  relationship: 'Source' | 'Data';
}

/**
 * Embeds the files in name order (the /EmbeddedFiles name tree must be sorted) and lists each in the catalog's
 * /AF; dated `date` (the build's, SOURCE_DATE_EPOCH), so that the same inputs give the same bytes.
 */
export async function attachFiles(pdf: PDFDocument, files: readonly PdfAttachment[], date: Date): Promise<void> {
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    await pdf.attach(file.bytes, file.name, {
      mimeType: file.mimeType,
      description: file.description,
      creationDate: date,
      modificationDate: date,
      afRelationship: AFRelationship[file.relationship],
    });
  }
}
