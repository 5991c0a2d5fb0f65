// The report carries its evidence: the edition's data and figures embedded as associated files (PDF 2.0 /AF,
// PDF/A-3 style), so whoever holds only the PDF holds the data it was computed from.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { deflatedStream } from './pdf-streams.js';

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
 * /AF; dated `date` (the build's, SOURCE_DATE_EPOCH), so that the same inputs give the same bytes. Written as
 * pdf-lib's attach() writes them, but deflated with zlib: pako took most of a second on a 10,000-incident file.
 */
export function attachFiles(pdf: PDFDocument, files: readonly PdfAttachment[], date: Date): void {
  const { context, catalog } = pdf;
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? context.obj({});
  catalog.set(PDFName.of('Names'), names);
  const embedded = names.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict) ?? context.obj({});
  names.set(PDFName.of('EmbeddedFiles'), embedded);
  const tree = embedded.lookupMaybe(PDFName.of('Names'), PDFArray) ?? context.obj([]);
  embedded.set(PDFName.of('Names'), tree);
  const associated = catalog.lookupMaybe(PDFName.of('AF'), PDFArray) ?? context.obj([]);
  catalog.set(PDFName.of('AF'), associated);
  const when = PDFString.fromDate(date);
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const stream = deflatedStream(context, file.bytes, {
      Type: 'EmbeddedFile',
      Subtype: file.mimeType,
      Params: { Size: file.bytes.length, CreationDate: when, ModDate: when },
    });
    const spec = context.register(
      context.obj({
        Type: 'Filespec',
        F: PDFString.of(file.name),
        UF: PDFHexString.fromText(file.name),
        EF: { F: context.register(stream) },
        Desc: PDFHexString.fromText(file.description),
        AFRelationship: file.relationship,
      }),
    );
    tree.push(PDFHexString.fromText(file.name));
    tree.push(spec);
    associated.push(spec);
  }
}
