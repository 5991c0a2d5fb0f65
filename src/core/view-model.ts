// Everything a template prints, computed here: strings resolved from the catalog, numbers and dates
// formatted for the edition, charts as images, narrative as safe HTML. Templates only place these
// values, so translators never meet logic, and the HTML stays a pure function of this view.
import type { IncidentGroupView } from './annex.js';
import type { Catalog } from './catalog.js';
import { chapterContext, type ChapterContext } from './chapters/context.js';
import { buildChapters } from './chapters/registry.js';
import type { ChartSpec } from './charts.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Incident, Language } from './incident.js';
import type { Locale } from './locale.js';
import { MAX_ORDINAL_WORDS, ordinalNumeral, ordinalWords } from './ordinals.js';
import { pageStyle, type Paper } from './page-style.js';
import { rectoPlan, type RectoPlan } from './recto.js';
import { layTables, type TableBreaks, type TableLayoutView } from './table-parts.js';
import type { Reference } from './reference.js';
import { frontMatter, type AbbreviationsView, type EntryListView } from './front-matter.js';
import { listedPage, resolveReferences, type LinkedText, type UnresolvedReference } from './references.js';

export interface DataSummary {
  /** The incident file relative to the data folder, e.g. 2024/incidents.csv: the same on every machine. */
  file: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** SHA-256 of the incident file's bytes. */
  fingerprint: string;
  /** Rows left out of the figures (a build with --allow-invalid), for the data-quality annex. */
  rejected?: { line: number; id: string; reasons: string[] }[];
}

/** Narrative chapters editors write in Markdown, one file each per language (see data/README.md). */
export const NARRATIVE_SECTIONS = [
  'foreword',
  'summary',
  'introduction',
  'trends',
  'manifestations',
  'other-trends',
  'positive',
  'conclusions',
] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number] | `region-${string}`;

/** The chapters (and section) that are the editors' text alone: without it they are not printed. */
export const NARRATIVE_CHAPTERS = ['foreword', 'introduction', 'other-trends', 'conclusions'] as const satisfies readonly NarrativeSection[];

export interface ReportInput {
  edition: Edition;
  locale: Locale;
  catalog: Catalog;
  reference: Reference;
  figures: Figures;
  incidents: readonly Incident[];
  /** Totals of the previous edition, when data/ holds it. */
  previousTotals?: Figures['totals'];
  charts: { spec: ChartSpec; svg: string }[];
  data: DataSummary;
  /** Markdown of the edition's narrative chapters in this language, by section. */
  narrative: Partial<Record<NarrativeSection, string>>;
  /** URL of the stylesheet, relative to the HTML file (assets/report.css) or absolute (a preview server). */
  stylesheet: string;
  paper?: Paper;
  bleedMm?: number;
  /** Page of each heading, by its id, read from a first print; without it (and layoutOnly) the contents give none. */
  pages?: Readonly<Record<string, number>>;
  /** The chapters that had a blank page before them in the print that gave `pages` (see core/recto.ts). */
  rectoBlanks?: readonly string[];
  /** Where tables run on to another page, read from a layout print (see core/table-parts.ts). */
  tableBreaks?: TableBreaks;
  /** A layout print: every table row is marked, so that the print tells on which page each fell. */
  markRows?: boolean;
  /**
   * For the print that only finds each heading's page: the incident list, the bulk of the pages and the
   * last thing in the report, is left out; no heading's page depends on it.
   */
  layoutOnly?: boolean;
  /** Draft builds carry their build time (ISO 8601) and a watermark. */
  draft?: { builtAt: string };
  /** The date of issue printed under the document symbol (YYYY-MM-DD): edition.json's, else the build's. */
  issued?: string;
}

export interface TableView {
  /** Its id, for references ([[table:id]]); the element is table-<id>. */
  id: string;
  /** Numbered through the report in print order (chapters/registry.ts), with its label: "Table 3:". */
  number?: number;
  label?: string;
  title: string;
  head: string[];
  rows: string[][];
  /** The language of each column's cells where it is not the edition's ('' where it is). */
  columnLang?: string[];
  /** Its parts as printed, filled in by buildReportView. */
  layout?: TableLayoutView;
}

export interface FigureView {
  id: string;
  number: number;
  /** "Figure 3:", its colon in the language's typography ("Figure 3 :"). */
  label: string;
  title: string;
  caption: string;
  /** The chart's alternate text: its kind, title and main figures (see charts/alt-text.ts). */
  alt: string;
  image: string;
  tableLabel: string;
  table: { head: string[]; rows: string[][] };
  /** Printed under the chart: the map's disclaimer. */
  note?: string;
  /** The data table's parts as printed, filled in by buildReportView. */
  layout?: TableLayoutView;
}

/** A sentence of a chapter: text, or text with links where it refers to a figure, table or chapter (see references.ts). */
export type Paragraph = string | LinkedText;

export interface SectionView {
  id: string;
  number?: string;
  /** The number a cross-reference gives it: "2" for chapter "2.", "2.1" for a section. */
  refNumber?: string;
  heading: string;
  /** HTML rendered from the editors' Markdown (no raw HTML gets through). */
  narrative?: string;
  paragraphs: Paragraph[];
  keyFigures?: { label: string; value: string }[];
  figures: FigureView[];
  tables: TableView[];
  incidentGroups?: IncidentGroupView[];
  sections: SectionView[];
  /** A blank page before the chapter, so that it opens on a right-hand page. */
  blankBefore?: boolean;
}

export interface ReportView {
  lang: Language;
  dir: 'rtl' | 'ltr';
  documentTitle: string;
  stylesheet: string;
  pageStyle: string;
  illustrative?: string;
  draft?: { watermark: string };
  cover: {
    organisation: string;
    title: string;
    period: string;
    presentedTo: string;
    venue: string;
    hijri: string;
    symbol: string;
    issued?: string;
    original?: string;
  };
  toc: { heading: string; entries: { level: number; id: string; title: string; page: string }[] };
  /** The lists of figures and of tables, those that have entries. */
  lists: EntryListView[];
  abbreviations?: AbbreviationsView;
  /** A blank page after the cover, so that the contents open on a right-hand page. */
  blankAfterCover: boolean;
  /** Blank pages before the lists and the abbreviations, so that they open on a right-hand page. */
  frontBlanks: { lists: boolean; abbreviations: boolean };
  chapters: SectionView[];
  /** References of the narrative to nothing the edition has: `check` and a build report them at their file. */
  unresolvedReferences: UnresolvedReference[];
  /** Where the chapters open on right-hand pages: the blank pages, and the page each heading will fall on. */
  recto?: RectoPlan;
  /** In a layout print, the destinations of the table rows, for the links that make Chromium write them. */
  layoutMarks: string[];
}

/** The title with the report's ordinal in words, agreeing with التقرير in Arabic: "Seventeenth", "السابع عشر". */
export function reportTitle(edition: Edition, catalog: Catalog, locale: Locale): string {
  const ordinal = ordinalWords(edition.number, locale.lang, { gender: 'masculine', capitalised: true });
  return locale.message(catalog.cover.title, { ordinal });
}

export function buildReportView(input: ReportInput): ReportView {
  const ctx = chapterContext(input);
  const { locale, t } = ctx;
  const tables = layTables(buildChapters(ctx), {
    breaks: input.tableBreaks ?? {},
    markRows: input.markRows === true,
    continued: (title) => locale.message(t.charts.continued, { title }),
  });
  const built = tables.chapters;
  const title = reportTitle(input.edition, t, locale);
  const coverView = cover(ctx, title);
  const usesRecto = input.edition.rectoChapters && input.pages !== undefined;
  // The front matter opens on a right-hand page too: its sections are planned with the chapters.
  const frontSections = usesRecto ? frontRecto(frontMatter(ctx, built, coverView)) : [];
  const recto = usesRecto ? rectoPlan([...frontSections, ...built], input.pages!, input.rectoBlanks ?? []) : undefined;
  const chapters = recto ? built.map((c) => (recto.blanks.includes(c.id) ? { ...c, blankBefore: true } : c)) : built;
  // Contents, lists and references give the pages the headings will have once the blank pages are in.
  const paged = recto ? { ...ctx, input: { ...input, pages: recto.pages } } : ctx;
  const unresolvedReferences = resolveReferences(chapters, paged);
  const front = frontMatter(paged, chapters, coverView);
  const blankBefore = (id: string | undefined) => id !== undefined && (recto?.blanks.includes(id) ?? false);
  return {
    lang: locale.lang,
    dir: locale.dir,
    documentTitle: title,
    stylesheet: input.stylesheet,
    pageStyle: reportPageStyle(ctx, chapters, front.pages),
    ...(input.edition.illustrative ? { illustrative: t.cover.illustrative } : {}),
    ...(input.draft ? { draft: { watermark: t.running.watermark } } : {}),
    cover: coverView,
    toc: contents(paged, chapters, front.contents),
    lists: front.lists,
    ...(front.abbreviations ? { abbreviations: front.abbreviations } : {}),
    frontBlanks: { lists: blankBefore(front.lists[0]?.id), abbreviations: front.abbreviations !== undefined && blankBefore('abbreviations') },
    // The cover is one page: the contents then open on page 3 (printed editions only; a screen has no pages).
    blankAfterCover: input.edition.rectoChapters && (input.pages !== undefined || input.layoutOnly === true),
    chapters,
    unresolvedReferences,
    ...(recto ? { recto } : {}),
    layoutMarks: tables.marks,
  };
}

/** The front matter's sections as the recto plan sees them: each opens a page, at its first heading. */
function frontRecto(front: { lists: { id: string }[]; abbreviations?: unknown }): { id: string; sections: { id: string }[] }[] {
  const [first, ...rest] = front.lists;
  return [...(first ? [{ id: first.id, sections: rest }] : []), ...(front.abbreviations ? [{ id: 'abbreviations', sections: [] }] : [])];
}

/** The page rules: paper, running header and footers, and each chapter's title for its pages. */
function reportPageStyle({ input, locale, t, data }: ChapterContext, chapters: SectionView[], front: { id: string; title: string }[]): string {
  const { edition } = input;
  const draftLine = input.draft
    ? locale.message(t.running.draft, { time: draftTime(input.draft.builtAt, locale), fingerprint: data.fingerprint.slice(0, 12) })
    : undefined;
  return pageStyle({
    locale,
    paper: input.paper ?? 'A4',
    pageNumbers: locale.lang === 'ar' && edition.arabicDigits === 'arab' ? 'arabic-indic' : 'decimal',
    listMarker: t.numbering.listMarker,
    // Isolated, so a Latin symbol keeps its own order inside an Arabic line.
    header: `\u2068${edition.documentSymbol}\u2069`,
    ...(edition.illustrative ? { footerStart: t.running.illustrative } : {}),
    ...(draftLine ? { footerEnd: draftLine } : {}),
    chapters: [{ id: 'toc', title: t.toc.heading }, ...front, ...chapters.map((c) => ({ id: c.id, title: numbered(c) }))],
    ...(input.bleedMm ? { bleedMm: input.bleedMm } : {}),
  });
}

function cover({ input, locale, t, m, period }: ChapterContext, title: string): ReportView['cover'] {
  const { edition } = input;
  // The session's dates in both calendars, each range saying its month and year once; the catalog orders them
  // (Arabic: the Hijri date first, then الموافق and the Gregorian).
  const dates = {
    city: edition.cfm.city[locale.lang] ?? edition.cfm.city.en,
    gregorian: locale.dateRange(edition.cfm.start, edition.cfm.end),
    hijri: locale.hijriRange(edition.cfm.start, edition.cfm.end),
  };
  return {
    organisation: t.cover.organisation,
    title,
    period: m(t.cover.period, period),
    presentedTo: m(t.cover.presentedTo, sessionOrdinals(edition.cfm.session, locale)),
    venue: m(t.cover.venue, dates),
    hijri: m(t.cover.hijri, dates),
    symbol: edition.documentSymbol,
    ...(input.issued ? { issued: m(t.cover.issued, { gregorian: locale.date(input.issued), hijri: locale.hijriDate(input.issued) }) } : {}),
    ...(edition.originalLanguage !== locale.lang || locale.lang === 'en'
      ? { original: m(t.cover.original, { language: t.language[edition.originalLanguage] }) }
      : {}),
  };
}

/** The contents: the front matter's lists, every chapter and its sections, with their pages where a print has found them. */
function contents(ctx: ChapterContext, chapters: SectionView[], front: ReportView['toc']['entries']): ReportView['toc'] {
  return {
    heading: ctx.t.toc.heading,
    entries: [
      ...front,
      ...chapters.flatMap((chapter) =>
        [chapter, ...chapter.sections].map((s) => ({ level: s === chapter ? 1 : 2, id: s.id, title: numbered(s), page: listedPage(ctx, s.id) })),
      ),
    ],
  };
}

/** The heading as printed: with its number, as in the contents and the bookmarks. */
export function numbered(s: SectionView): string {
  return s.number ? `${s.number} ${s.heading}` : s.heading;
}

/**
 * The CFM session as the catalog may write it: in words, feminine and genitive after إلى الدورة in Arabic (الحادية
 * والخمسين), or with digits ("51st", "51e", feminine as "session" is: "1re"). English capitalises the words of its
 * title-cased "Fifty-first Session"; French writes them in the small letters of running text ("la cinquante et
 * unième session").
 */
function sessionOrdinals(session: number, locale: Locale): { sessionWords: string; sessionNumeral: string } {
  const options = { gender: 'feminine', case: 'genitive', capitalised: locale.lang === 'en' } as const;
  const words = session <= MAX_ORDINAL_WORDS ? ordinalWords(session, locale.lang, options) : locale.number(session);
  const numeral = locale.lang === 'ar' ? locale.number(session) : ordinalNumeral(session, locale.lang, { gender: 'feminine' });
  return { sessionWords: words, sessionNumeral: numeral };
}

function draftTime(iso: string, locale: Locale): string {
  const when = new Date(iso);
  return new Intl.DateTimeFormat(locale.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(when) + ' UTC';
}
