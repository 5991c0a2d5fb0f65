// Every link annotation with a description (/Contents), as PDF/UA asks: what the link says, so a screen reader
// that lists the links can name each one.
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { annotationsOf, destinationName } from './lists.js';
import type { StructElement } from './tree.js';

export interface LinkTexts {
  /** The text of every link of the HTML in document order: Chromium writes Link elements in the same order. */
  inOrder: readonly string[];
  /** Fallback: the title of a named destination (a heading's id). */
  byDestination: ReadonlyMap<string, string>;
}

/** Sets /Contents on every link annotation of the pages; returns how many have one. */
export function describeLinks(pdf: PDFDocument, elements: readonly StructElement[], texts: LinkTexts): number {
  const links = elements.filter((e) => e.type === 'Link');
  // Only when the HTML and the tree agree on the number of links is the order trusted.
  const ordered = links.length === texts.inOrder.length;
  links.forEach((link, i) => {
    for (const annot of annotationsOf(pdf, link)) {
      const text = (ordered ? texts.inOrder[i] : undefined) || fallback(annot, texts);
      if (text) annot.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  });
  let described = 0;
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      if (!annot.has(PDFName.of('Contents'))) {
        const text = fallback(annot, texts);
        if (text) annot.set(PDFName.of('Contents'), PDFHexString.fromText(text));
      }
      if (annot.has(PDFName.of('Contents'))) described++;
    }
  }
  return described;
}

function fallback(annot: PDFDict, texts: LinkTexts): string | undefined {
  const name = destinationName(annot);
  if (name !== undefined) return texts.byDestination.get(name);
  const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}
