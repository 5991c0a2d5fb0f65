// Lists as PDF/UA wants them: every list item holds a label (Lbl, Chromium's list marker) and/or a body (LBody),
// never bare content; the table of contents is a TOC of TOCI items, not a list.
import { PDFArray, PDFDict, PDFName, PDFString, PDFHexString, type PDFDocument } from 'pdf-lib';
import { kidsOf, setType, wrapKids, type ParentTree, type StructElement } from './tree.js';

/** Each LI's kids but its Lbl go into one LBody. */
export function listBodies(pdf: PDFDocument, elements: readonly StructElement[], parentTree: ParentTree): number {
  let wrapped = 0;
  for (const li of elements.filter((e) => e.type === 'LI')) {
    const body = kidsOf(li.dict).filter((kid) => !li.children.some((c) => c.ref === kid && (c.type === 'Lbl' || c.type === 'LBody')));
    if (body.length === 0) continue;
    wrapKids(pdf, li, body, 'LBody', parentTree);
    wrapped++;
  }
  return wrapped;
}

/**
 * The list whose items all link to entries of the contents becomes the TOC, its items TOCI (before listBodies, so
 * that they get no LBody). Returns how many items it has.
 */
export function tableOfContents(pdf: PDFDocument, elements: readonly StructElement[], ids: ReadonlySet<string>): number {
  const toc = elements.find((e) => e.type === 'L' && e.children.length > 0 && e.children.every((li) => li.type === 'LI' && linksTo(pdf, li, ids)));
  if (!toc) return 0;
  setType(toc, 'TOC');
  // The list numbering attribute belongs to lists.
  toc.dict.delete(PDFName.of('A'));
  for (const item of toc.children) setType(item, 'TOCI');
  return toc.children.length;
}

/** Whether an element holds a link whose annotation goes to one of `ids` (a named destination). */
function linksTo(pdf: PDFDocument, element: StructElement, ids: ReadonlySet<string>): boolean {
  return element.children.some(
    (child) => (child.type === 'Link' && annotationsOf(pdf, child).some((a) => ids.has(destinationName(a) ?? ''))) || linksTo(pdf, child, ids),
  );
}

/** The annotations a Link element holds (OBJR kids). */
export function annotationsOf(pdf: PDFDocument, link: StructElement): PDFDict[] {
  return kidsOf(link.dict).flatMap((kid) => {
    const ref = pdf.context.lookup(kid);
    if (!(ref instanceof PDFDict) || ref.get(PDFName.of('Type')) !== PDFName.of('OBJR')) return [];
    const annot = pdf.context.lookup(ref.get(PDFName.of('Obj')));
    return annot instanceof PDFDict ? [annot] : [];
  });
}

export function destinationName(annot: PDFDict): string | undefined {
  const dest = annot.get(PDFName.of('Dest'));
  if (dest instanceof PDFName) return dest.decodeText();
  if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText();
  if (dest instanceof PDFArray) return undefined;
  return undefined;
}
