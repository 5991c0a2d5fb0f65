// The report's view: everything a template prints, and the input it is computed from. view-model.ts computes it.
import type { IncidentGroupView } from './annex.js';
import type { Catalog } from './catalog.js';
import type { ChartSpec } from './charts.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Incident, Language } from './incident.js';
import type { Locale } from './locale.js';
import type { Paper } from './page-style.js';
import type { RectoPlan } from './recto.js';
import type { Reference } from './reference.js';
import type { AbbreviationsView, EntryListView } from './front-matter.js';
import type { LinkedText, UnresolvedReference } from './references.js';

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
  /** Its title on the pages it runs on to, "… (continued)", filled in by buildReportView (see continued-tables.ts). */
  continued?: string;
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
  /** The data table's title on the pages it runs on to, filled in by buildReportView. */
  continued?: string;
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
}
