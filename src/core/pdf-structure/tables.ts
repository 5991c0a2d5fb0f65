// A data table's title as its Caption. The title is a paragraph printed just before the table, not an HTML
// <caption> (Chromium may break a page between a <caption> and the first row; see data-table.hbs), so Chromium
// writes P + Table side by side. PDF/UA wants the title inside the table: the P moves into the Table as its
// first kid and becomes its Caption. The element keeps its object, so the parent tree needs no change.
import { PDFName, PDFRef, type PDFDocument } from 'pdf-lib';
import { kidsOf, setType, type StructElement } from './tree.js';

/**
 * Moves the P just before each Table into it as its Caption, when the tree has as many tables as the HTML has
 * titled tables (`expected`) and each is preceded by a P: otherwise the order is not trusted and nothing moves.
 * Returns how many tables got their caption.
 */
export function tableCaptions(pdf: PDFDocument, elements: readonly StructElement[], expected: number): number {
  const tables = elements.filter((e) => e.type === 'Table');
  if (tables.length === 0 || tables.length !== expected) return 0;
  const titles = tables.map(titleBefore);
  if (titles.some((title) => title === undefined)) return 0;
  tables.forEach((table, i) => moveInto(pdf, titles[i]!, table));
  return tables.length;
}

/** The P element right before the table among its parent's kids (no content between them). */
function titleBefore(table: StructElement): StructElement | undefined {
  const parent = table.parent;
  if (!parent) return undefined;
  const kids = kidsOf(parent.dict);
  const before = kids[kids.findIndex((kid) => kid === table.ref) - 1];
  const title = before instanceof PDFRef ? parent.children.find((c) => c.ref === before) : undefined;
  return title?.type === 'P' ? title : undefined;
}

function moveInto(pdf: PDFDocument, title: StructElement, table: StructElement): void {
  const parent = title.parent!;
  parent.dict.set(PDFName.of('K'), pdf.context.obj(kidsOf(parent.dict).filter((kid) => kid !== title.ref)));
  parent.children = parent.children.filter((c) => c !== title);
  table.dict.set(PDFName.of('K'), pdf.context.obj([title.ref, ...kidsOf(table.dict)]));
  table.children.unshift(title);
  title.dict.set(PDFName.of('P'), table.ref);
  title.parent = table;
  setType(title, 'Caption');
}
