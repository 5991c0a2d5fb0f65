// Structure ids that do not depend on what else the browser parsed.
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFName, type PDFObject } from 'pdf-lib';

/**
 * Chromium names structure elements after DOM node numbers ("node00000127"), which depend on what else the
 * browser process parsed before (the other language printing beside it). Renumbered in the same order, so
 * two builds of the same inputs are byte-identical and the ID tree stays sorted.
 */
export function renumberStructureIds(pdf: PDFDocument) {
  // One walk finds every id and where it is held; the new ones are written there after.
  const found: { id: string; holder: PDFDict | PDFArray; at: PDFName | number }[] = [];
  const isNodeId = (value: PDFObject): value is PDFString | PDFHexString =>
    (value instanceof PDFString || value instanceof PDFHexString) && NODE_ID.test(value.decodeText());
  const visit = (object: PDFObject) => {
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        if (isNodeId(value)) found.push({ id: value.decodeText(), holder: object, at: key });
        else visit(value);
      }
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const value = object.get(i);
        if (isNodeId(value)) found.push({ id: value.decodeText(), holder: object, at: i });
        else visit(value);
      }
    }
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object);
  const ids = [...new Set(found.map((f) => f.id))].sort();
  const renamed = new Map(ids.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const { id, holder, at } of found) {
    if (holder instanceof PDFDict) holder.set(at as PDFName, renamed.get(id)!);
    else holder.set(at as number, renamed.get(id)!);
  }
}

const NODE_ID = /^node\d+$/;
