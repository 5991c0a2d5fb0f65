// The context every chapter is built from, made once per report view: the input, numbers and dates in the
// edition's language, the catalog, and the helpers the chapters share, so that a chapter's module says only
// what is its own.
import { typesetCatalog, type Catalog } from '../catalog.js';
import type { ChartSection } from '../charts.js';
import type { Figures } from '../figures.js';
import type { Locale } from '../locale.js';
import type { MessageValues } from '../messages.js';
import { renderMarkdown } from '../markdown.js';
import type { Reference } from '../reference.js';
import { referenceMark, type ReferenceKind } from '../references.js';
import type { DataSummary, FigureView, NarrativeSection, ReportInput, SectionView } from '../view-model.js';

/** One chapter of the report: a module exports one, the registry lists them in print order. */
export interface ChapterDefinition {
  id: string;
  /** Main chapters are numbered "1.", "2."… and their sections "2.1"…; front matter and annexes are not. */
  numbered: boolean;
  /** The chapter, or nothing where it is not printed (a narrative chapter the editors did not write). */
  build(ctx: ChapterContext): SectionView | undefined;
}

export interface ChapterContext {
  input: ReportInput;
  locale: Locale;
  /** The language's catalog, its plain strings (headings, labels) set by the language's typography. */
  t: Catalog;
  reference: Reference;
  figures: Figures;
  data: DataSummary;
  /** A count in the edition's digits. */
  n: (value: number) => string;
  /** A catalog message with its values (ICU: plurals by the language's rules, numbers in its digits). */
  m: (message: string, values?: MessageValues) => string;
  /** The reporting period's first and last day, as the edition prints dates. */
  period: { start: string; end: string };
  /** A section with nothing in it but what `parts` gives. */
  section(id: string, heading: string, parts?: Partial<SectionView>): SectionView;
  /** The editors' Markdown of a section as HTML, spread into a section; nothing where they wrote none. */
  narrative(section: NarrativeSection): { narrative?: string };
  /** The charts of a chapter, each with the next figure number. */
  chartFigures(section: ChartSection): FigureView[];
  /**
   * Where a sentence refers to a figure, table or chapter: its mark, made "see Figure 3, p. 9" once the report is
   * numbered (references.ts); `none` where there is nothing to refer to, which the catalog's select leaves out.
   */
  refer(kind: ReferenceKind, id: string, exists: boolean): string;
}

export function chapterContext(input: ReportInput): ChapterContext {
  const { edition, locale, reference, figures, data } = input;
  const t = typesetCatalog(input.catalog, locale.text);
  const n = locale.number;
  return {
    input,
    locale,
    t,
    reference,
    figures,
    data,
    n,
    m: locale.message,
    period: { start: locale.date(edition.period.start), end: locale.date(edition.period.end) },
    section: (id, heading, parts = {}) => ({
      id,
      heading,
      paragraphs: [],
      figures: [],
      tables: [],
      sections: [],
      ...parts,
    }),
    narrative: (section) => {
      const source = input.narrative[section];
      return source && source.trim() ? { narrative: renderMarkdown(source, locale.lang) } : {};
    },
    chartFigures: figureNumbering(input, t, locale),
    refer: (kind, id, exists) => (exists ? referenceMark(kind, id) : 'none'),
  };
}

// Figures are numbered through the whole report, in the order the chapters print them: one counter for
// the report, so the chapters must be built in print order.
function figureNumbering(input: ReportInput, t: Catalog, locale: Locale) {
  let figureNumber = 0;
  return (chartSection: ChartSection): FigureView[] =>
    input.charts
      .filter((c) => c.spec.section === chartSection)
      .map(({ spec, svg }) => {
        const number = ++figureNumber;
        return {
          id: spec.id,
          number,
          // With its colon, in the language's typography: "Figure 3 : …" in French.
          label: locale.text(`${locale.message(t.charts.figure, { number })}:`),
          title: spec.title,
          caption: spec.caption,
          alt: spec.alt,
          image: svgImage(input.layoutOnly ? (sizeOnly(svg) ?? svg) : svg),
          tableLabel: locale.message(t.charts.table, { number }),
          table: spec.table,
          ...(spec.note ? { note: spec.note } : {}),
        };
      });
}

const svgImage = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/**
 * An empty picture of the chart's size, for a layout print: the page holds it as it holds the chart (an image's
 * size is all its layout takes from it), and Chromium has some 200 KB of paths less to read and print per chart.
 * Undefined if the chart does not say its size.
 */
export function sizeOnly(svg: string): string | undefined {
  const root = /<svg\b[^>]*>/.exec(svg.slice(0, 2000))?.[0];
  const [width, height] = ['width', 'height'].map((name) => (root ? new RegExp(`\\s${name}="([^"]+)"`).exec(root)?.[1] : undefined));
  return width && height ? `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"/>` : undefined;
}

/**
 * A chapter of the editors' narrative prints only where they wrote it; a draft shows where it will go, unless the
 * edition says to leave it out there too.
 */
export function ifWritten(chapter: SectionView, { input, t, m, locale }: ChapterContext): SectionView | undefined {
  if (chapter.narrative) return chapter;
  if (!input.draft || input.edition.unwrittenChapters === 'omit') return undefined;
  return { ...chapter, paragraphs: [m(t.running.unwritten, { lang: locale.lang, section: chapter.id })] };
}

/** A chapter that is the editors' narrative alone: the foreword, the introduction, the conclusions. */
export function narrativeChapter(id: 'foreword' | 'introduction' | 'conclusions', numbered: boolean, heading: (t: Catalog) => string): ChapterDefinition {
  return { id, numbered, build: (ctx) => ifWritten(ctx.section(id, heading(ctx.t), ctx.narrative(id)), ctx) };
}
