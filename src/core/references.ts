// Cross-references: "see Figure 3, p. 9", "انظر الشكل ٣، ص ٩". A chapter's sentence or the editors' Markdown
// ([[figure:monthly-trend]]) puts a mark where the reference goes; once every chapter is built and numbered, each
// mark becomes the catalog's words with the target's number and page (the page from the layout print, as the
// contents have theirs) and a link to the target. A link is also what makes Chromium write the target's page.
import type { ChapterContext } from './chapters/context.js';
import type { MessageValues } from './messages.js';
import type { SectionView } from './view-model.js';

/** What a reference names: a figure by its chart id, a table by its id, a chapter, section or annex by its id. */
export const REFERENCE_KINDS = ['figure', 'table', 'chapter'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

// Private-use characters, which Markdown, ICU and typography pass through (typography's own mark is U+E000).
const OPEN = '\uE010';
const SEP = '\uE012';
const CLOSE = '\uE011';
const MARK = /\uE010([^\uE012]*)\uE012([^\uE011]*)\uE011/g;

/** The mark of a reference, put in a text where the reference goes. */
export function referenceMark(kind: string, id: string): string {
  return `${OPEN}${kind}${SEP}${id}${CLOSE}`;
}

/** A reference as the editors write it in Markdown. */
export const referenceSyntax = (kind: string, id: string) => `[[${kind}:${id}]]`;

/** The id of the element a reference points to, as the templates write it (figure.hbs: figure-<id>, table.hbs: table-<id>). */
export function elementId(kind: 'figure' | 'table', id: string): string {
  return `${kind}-${id}`;
}

interface Target {
  /** The catalog message (references.<wording>) that names it. */
  wording: 'figure' | 'table' | 'chapter' | 'section' | 'part';
  element: string;
  number?: number | string;
  title: string;
}

/** A paragraph with links: Handlebars prints what toHTML gives as it is (as it does a SafeString), the rest escaped here. */
export class LinkedText {
  constructor(
    readonly text: string,
    private readonly html: string,
  ) {}
  toString(): string {
    return this.text;
  }
  toHTML(): string {
    return this.html;
  }
}

export interface UnresolvedReference {
  /** The section whose narrative has it (its Markdown file is narrative/<lang>/<section>.md). */
  section: string;
  /** As written: [[figure:montly-trend]]. */
  reference: string;
  /** The ids a reference of that kind may name in this edition. */
  known: string[];
}

/** Every figure, table and heading of the chapters, by kind and id, with the number and title a reference gives. */
function targetsOf(chapters: readonly SectionView[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  const visit = (s: SectionView, depth: number) => {
    const wording = s.refNumber === undefined ? 'part' : depth === 0 ? 'chapter' : 'section';
    targets.set(`chapter:${s.id}`, { wording, element: s.id, title: s.number ? `${s.number} ${s.heading}` : s.heading, ...(s.refNumber ? { number: s.refNumber } : {}) });
    for (const f of s.figures) targets.set(`figure:${f.id}`, { wording: 'figure', element: elementId('figure', f.id), number: f.number, title: f.title });
    for (const t of s.tables) targets.set(`table:${t.id}`, { wording: 'table', element: elementId('table', t.id), ...(t.number ? { number: t.number } : {}), title: t.title });
    s.sections.forEach((child) => visit(child, depth + 1));
  };
  chapters.forEach((c) => visit(c, 0));
  return targets;
}

/**
 * The chapters with every mark made a reference: the narrative's as links in its HTML, the sentences' as
 * LinkedText. A mark of the narrative that names nothing is printed as written and returned, for `check` to
 * report at its file; one of a sentence is a fault of the code, thrown.
 */
export function resolveReferences(chapters: SectionView[], ctx: ChapterContext): UnresolvedReference[] {
  const targets = targetsOf(chapters);
  const unresolved: UnresolvedReference[] = [];
  const words = (kind: string, id: string) => {
    const target = targets.get(`${kind}:${id}`);
    return target && { element: target.element, text: referenceText(target, ctx) };
  };
  const visit = (s: SectionView) => {
    if (s.narrative) {
      s.narrative = s.narrative.replace(MARK, (_, kind: string, id: string) => {
        const found = words(kind, id);
        if (found) return link(found.element, escapeHtml(found.text));
        const known = [...targets.keys()].filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
        unresolved.push({ section: s.id, reference: referenceSyntax(kind, id), known });
        return escapeHtml(referenceSyntax(kind, id));
      });
    }
    s.paragraphs = s.paragraphs.map((p) => {
      const text = String(p);
      if (!text.includes(OPEN)) return p;
      const resolve = (kind: string, id: string) => {
        const found = words(kind, id);
        if (!found) throw new Error(`the ${s.id} chapter refers to ${referenceSyntax(kind, id)}, which the report does not have`);
        return found;
      };
      const plain = text.replace(MARK, (_, kind: string, id: string) => resolve(kind, id).text);
      const parts = text.split(MARK);
      // split() with two groups gives text, kind, id, text, kind, id, …, text.
      let html = '';
      for (let i = 0; i < parts.length; i += 3) {
        html += escapeHtml(parts[i]!);
        if (i + 2 < parts.length) {
          const found = resolve(parts[i + 1]!, parts[i + 2]!);
          html += link(found.element, escapeHtml(found.text));
        }
      }
      return new LinkedText(plain, html);
    });
    s.sections.forEach(visit);
  };
  chapters.forEach(visit);
  return unresolved;
}

function referenceText(target: Target, ctx: ChapterContext): string {
  const { t, m } = ctx;
  // In running text the layout print's placeholder has two digits, the width most pages have: a wider one would
  // wrap the line otherwise than the final print does, and cost another print.
  const page = ctx.input.pages || !ctx.input.layoutOnly ? pageLabel(ctx, target.element) : ctx.n(88);
  const values: MessageValues = { title: target.title, page };
  if (target.number !== undefined) values.number = target.number;
  return m(t.references[target.wording], values);
}

/**
 * The page of an element as a list or a reference prints it: from the layout print; a placeholder as wide as a
 * real page number in the layout print itself (so that it lays out alike); `none` on a screen, which has no pages.
 */
export function pageLabel({ input, n }: Pick<ChapterContext, 'input' | 'n'>, element: string): string {
  if (input.pages) return n(input.pages[element] ?? 888);
  return input.layoutOnly ? n(888) : 'none';
}

/** A page as the contents and the lists print it: nothing on a screen. */
export function listedPage(ctx: Pick<ChapterContext, 'input' | 'n'>, element: string): string {
  const page = pageLabel(ctx, element);
  return page === 'none' ? '' : page;
}

const link = (element: string, html: string) => `<a class="xref" href="#${element}">${html}</a>`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Text made safe for HTML, as Handlebars escapes {{value}}. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}
