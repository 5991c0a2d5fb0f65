// The structure tree as Chromium writes it, read and edited with pdf-lib: its elements with their parents, and
// the parent tree that maps marked content and annotations back to their elements.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface StructElement {
  ref: PDFRef;
  dict: PDFDict;
  /** The element's type without its slash: "P", "LI", "Figure". */
  type: string;
  parent?: StructElement;
  children: StructElement[];
}

const K = PDFName.of('K');
const S = PDFName.of('S');
const P = PDFName.of('P');
const PG = PDFName.of('Pg');

export function typeOf(dict: PDFDict): string {
  const s = dict.get(S);
  return s instanceof PDFName ? s.decodeText() : '';
}

/** The /K of an element as a list (a single kid is written bare). */
export function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(K);
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** Every element of the tree under StructTreeRoot, in document order; undefined for an untagged PDF. */
export function readTree(pdf: PDFDocument): StructElement[] | undefined {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return undefined;
  const all: StructElement[] = [];
  const visit = (object: PDFObject, parent: StructElement | undefined) => {
    if (!(object instanceof PDFRef)) return;
    const dict = pdf.context.lookup(object);
    if (!(dict instanceof PDFDict) || !dict.has(S)) return;
    const element: StructElement = { ref: object, dict, type: typeOf(dict), children: [], ...(parent ? { parent } : {}) };
    parent?.children.push(element);
    all.push(element);
    for (const kid of kidsOf(dict)) visit(kid, element);
  };
  for (const kid of kidsOf(root)) visit(kid, undefined);
  return all;
}

export function setType(element: StructElement, type: string): void {
  element.dict.set(S, PDFName.of(type));
  element.type = type;
}

/** The parent tree (/ParentTree number tree) as a map from key to its value, and a way to write a value back. */
export class ParentTree {
  private readonly entries = new Map<number, { holder: PDFArray; index: number }>();

  constructor(private readonly pdf: PDFDocument) {
    const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
    const tree = root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    if (tree) this.read(tree);
  }

  private read(node: PDFDict): void {
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.get(i);
      if (key instanceof PDFNumber) this.entries.set(key.asNumber(), { holder: nums, index: i + 1 });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) this.read(kids.lookup(i, PDFDict));
  }

  /** Points marked content `mcid` of the page with StructParents `key` at `element`. */
  setMarkedContent(key: number, mcid: number, element: PDFRef): void {
    const entry = this.entries.get(key);
    const array = entry ? this.pdf.context.lookup(entry.holder.get(entry.index)) : undefined;
    if (array instanceof PDFArray && mcid < array.size()) array.set(mcid, element);
  }

  /** Points the annotation or object with StructParent `key` at `element`. */
  setObject(key: number, element: PDFRef): void {
    const entry = this.entries.get(key);
    if (entry) entry.holder.set(entry.index, element);
  }
}

/**
 * Moves `kids` (a run of the element's own kids) into a new child element of type `type`, which takes their
 * place; the parent tree follows the move.
 */
export function wrapKids(pdf: PDFDocument, element: StructElement, kids: PDFObject[], type: string, parentTree: ParentTree): StructElement {
  const context = pdf.context;
  const ref = context.nextRef();
  const dict = context.obj({ Type: 'StructElem', S: type, P: element.ref, K: kids });
  const page = inheritedPage(element);
  if (page) dict.set(PG, page);
  context.assign(ref, dict);
  const wrapper: StructElement = { ref, dict, type, parent: element, children: [] };
  for (const kid of kids) {
    if (kid instanceof PDFNumber) {
      const key = page ? structParents(pdf, page) : undefined;
      if (key !== undefined) parentTree.setMarkedContent(key, kid.asNumber(), ref);
      continue;
    }
    const kidDict = kid instanceof PDFRef ? context.lookup(kid) : kid;
    if (!(kidDict instanceof PDFDict)) continue;
    if (kidDict.has(S)) {
      kidDict.set(P, ref);
      const child = element.children.find((c) => c.ref === kid);
      if (child) {
        child.parent = wrapper;
        wrapper.children.push(child);
      }
    } else movedReference(pdf, kidDict, ref, page, parentTree);
  }
  const own = kidsOf(element.dict);
  const first = own.findIndex((k) => kids.includes(k));
  const remaining = own.filter((k) => !kids.includes(k));
  remaining.splice(Math.max(0, first), 0, ref);
  element.dict.set(K, context.obj(remaining));
  const byRef = new Map([...element.children, wrapper].map((c) => [c.ref, c]));
  element.children = remaining.flatMap((k) => (k instanceof PDFRef && byRef.has(k) && !wrapper.children.includes(byRef.get(k)!) ? [byRef.get(k)!] : []));
  return wrapper;
}

/** A marked-content reference (MCR) or object reference (OBJR) that moved to `ref`. */
function movedReference(pdf: PDFDocument, kid: PDFDict, ref: PDFRef, page: PDFRef | undefined, parentTree: ParentTree) {
  const type = kid.get(PDFName.of('Type'));
  if (type === PDFName.of('MCR')) {
    const mcid = kid.get(PDFName.of('MCID'));
    const pg = kid.get(PG) ?? page;
    const key = pg instanceof PDFRef ? structParents(pdf, pg) : undefined;
    if (mcid instanceof PDFNumber && key !== undefined) parentTree.setMarkedContent(key, mcid.asNumber(), ref);
  } else if (type === PDFName.of('OBJR')) {
    const object = pdf.context.lookup(kid.get(PDFName.of('Obj')));
    const key = object instanceof PDFDict ? object.get(PDFName.of('StructParent')) : undefined;
    if (key instanceof PDFNumber) parentTree.setObject(key.asNumber(), ref);
  }
}

function inheritedPage(element: StructElement | undefined): PDFRef | undefined {
  for (let e = element; e; e = e.parent) {
    const page = e.dict.get(PG);
    if (page instanceof PDFRef) return page;
  }
  return undefined;
}

function structParents(pdf: PDFDocument, page: PDFRef): number | undefined {
  const key = pdf.context.lookup(page, PDFDict).get(PDFName.of('StructParents'));
  return key instanceof PDFNumber ? key.asNumber() : undefined;
}
