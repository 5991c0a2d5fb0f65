// Everything a template prints, computed here: strings resolved from the catalog, numbers and dates
// formatted for the edition, charts as images, narrative as safe HTML. Templates only place these
// values, so translators never meet logic, and the HTML stays a pure function of this view.
import { incidentGroups, type IncidentGroupView } from './annex.js';
import type { Catalog } from './catalog.js';
import type { ChartSpec } from './charts.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Incident, Language } from './incident.js';
import { chapterContext } from './chapters/context.js';
import { regionSections } from './chapters/regions.js';
import { interpolate, type Locale } from './locale.js';
import { pageStyle, type Paper } from './page-style.js';
import { labelOf, type Reference } from './reference.js';

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
  /**
   * For the print that only finds each heading's page: the incident list, the bulk of the pages and the
   * last thing in the report, is left out; no heading's page depends on it.
   */
  layoutOnly?: boolean;
  /** Draft builds carry their build time (ISO 8601) and a watermark. */
  draft?: { builtAt: string };
}

export interface TableView {
  title: string;
  head: string[];
  rows: string[][];
}

export interface FigureView {
  id: string;
  label: string;
  title: string;
  caption: string;
  image: string;
  tableLabel: string;
  table: { head: string[]; rows: string[][] };
}

export interface SectionView {
  id: string;
  number?: string;
  heading: string;
  /** HTML rendered from the editors' Markdown (no raw HTML gets through). */
  narrative?: string;
  paragraphs: string[];
  keyFigures?: { label: string; value: string }[];
  figures: FigureView[];
  tables: TableView[];
  incidentGroups?: IncidentGroupView[];
  sections: SectionView[];
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
    original?: string;
  };
  toc: { heading: string; entries: { level: number; id: string; title: string; page: string }[] };
  chapters: SectionView[];
}

export function reportTitle(edition: Edition, catalog: Catalog): string {
  const ordinal = catalog.ordinals[edition.number - 1] ?? String(edition.number);
  return interpolate(catalog.cover.title, { ordinal });
}

export function buildReportView(input: ReportInput): ReportView {
  const ctx = chapterContext(input);
  const { locale, t, reference, figures, data, n, period, section, narrative, chartFigures } = ctx;
  const { edition } = input;

  const about = section('about', t.about.heading, { paragraphs: t.about.body });
  const foreword = section('foreword', t.foreword.heading, narrative('foreword'));
  const summary = section('summary', t.summary.heading, {
    keyFigures: [
      { label: t.summary.keyFigures.negative, value: n(figures.totals.negative) },
      { label: t.summary.keyFigures.positive, value: n(figures.totals.positive) },
      { label: t.summary.keyFigures.countries, value: n(figures.countries) },
      { label: t.summary.keyFigures.months, value: n(figures.monthly.length) },
    ],
    paragraphs: summaryParagraphs(input, period),
    ...narrative('summary'),
  });
  const introduction = section('introduction', t.introduction.heading, narrative('introduction'));

  const peak = [...figures.monthly].sort((a, b) => b.negative - a.negative || a.month.localeCompare(b.month))[0];
  const trends = section('trends', t.trends.heading, {
    paragraphs: peak ? [interpolate(t.trends.peak, { month: locale.monthLong(peak.month), count: n(peak.negative) })] : [],
    figures: chartFigures('trends'),
    ...narrative('trends'),
  });

  // The hotspot list is a chart of its own (with its table): see chartSpecs.
  const manifestations = section('manifestations', t.manifestations.heading, {
    ...narrative('manifestations'),
    figures: chartFigures('manifestations'),
    sections: [
      section('regions', t.regions.heading, { figures: chartFigures('regions') }),
      ...regionSections(ctx),
      ...(input.narrative['other-trends']?.trim() ? [section('other-trends', t.otherTrends.heading, narrative('other-trends'))] : []),
    ],
  });

  const positive = section('positive', t.positive.heading, {
    paragraphs: [interpolate(t.positive.lead, { count: n(figures.totals.positive) })],
    figures: chartFigures('positive'),
    ...narrative('positive'),
  });
  const conclusions = section('conclusions', t.conclusions.heading, narrative('conclusions'));

  // The annex lists the manifestations, as the Observatory's reports do; positive developments are counted
  // and charted in their chapter. It comes last, so a layout print can leave its rows out (see layoutOnly).
  const annexIncidents = section('annex-incidents', t.annex.heading, {
    paragraphs: [t.annex.lead],
    incidentGroups: input.layoutOnly ? [] : incidentGroups(input.incidents, 'negative', reference, locale, t),
  });
  const methodology = section('methodology', t.methodology.heading, {
    paragraphs: [
      t.methodology.body,
      interpolate(t.methodology.rows, {
        read: n(data.rowsRead),
        file: data.file,
        accepted: n(data.rowsAccepted),
        rejected: n(data.rowsRejected),
      }),
      interpolate(t.methodology.fingerprint, { hash: data.fingerprint }),
    ],
    tables: (['negative', 'positive'] as const).map((polarity) => ({
      title: `${t.methodology.definitions}: ${t.methodology[polarity]}`,
      head: [t.methodology.label, t.methodology.code],
      rows: reference.categories[polarity].map((c) => [c[locale.lang], c.code]),
    })),
  });
  const rejected = data.rejected ?? [];
  const dataQuality = section('data-quality', t.dataQuality.heading, {
    paragraphs: [
      rejected.length === 0 && data.rowsRejected === 0
        ? interpolate(t.dataQuality.allAccepted, { count: n(data.rowsRead) })
        : interpolate(t.dataQuality.someRejected, { rejected: n(data.rowsRejected), read: n(data.rowsRead) }),
    ],
    tables:
      rejected.length > 0
        ? [
            {
              title: data.file,
              head: [t.dataQuality.line, t.dataQuality.id, t.dataQuality.reasons],
              rows: rejected.map((r) => [n(r.line), r.id, r.reasons.join('; ')]),
            },
          ]
        : [],
  });

  // Narrative chapters print only where the editors wrote them.
  const chapters = [
    about,
    ...(foreword.narrative ? [foreword] : []),
    summary,
    ...(introduction.narrative ? [introduction] : []),
    trends,
    manifestations,
    positive,
    ...(conclusions.narrative ? [conclusions] : []),
    methodology,
    dataQuality,
    annexIncidents,
  ];
  numberChapters(chapters, ['trends', 'manifestations', 'positive', 'conclusions'], n);

  const title = reportTitle(edition, t);
  const draftLine = input.draft
    ? interpolate(t.running.draft, { time: draftTime(input.draft.builtAt, locale), fingerprint: data.fingerprint.slice(0, 12) })
    : undefined;
  return {
    lang: locale.lang,
    dir: locale.dir,
    documentTitle: title,
    stylesheet: input.stylesheet,
    pageStyle: pageStyle({
      locale,
      paper: input.paper ?? 'A4',
      pageNumbers: locale.lang === 'ar' && edition.arabicDigits === 'arab' ? 'arabic-indic' : 'decimal',
      // Isolated, so a Latin symbol keeps its own order inside an Arabic line.
      header: `\u2068${edition.documentSymbol}\u2069`,
      ...(edition.illustrative ? { footerStart: t.running.illustrative } : {}),
      ...(draftLine ? { footerEnd: draftLine } : {}),
      chapters: [{ id: 'toc', title: t.toc.heading }, ...chapters.map((c) => ({ id: c.id, title: numbered(c) }))],
      ...(input.bleedMm ? { bleedMm: input.bleedMm } : {}),
    }),
    ...(edition.illustrative ? { illustrative: t.cover.illustrative } : {}),
    ...(input.draft ? { draft: { watermark: t.running.watermark } } : {}),
    cover: {
      organisation: t.cover.organisation,
      title,
      period: interpolate(t.cover.period, period),
      presentedTo: interpolate(t.cover.presentedTo, { session: sessionOrdinal(edition.cfm.session, locale, t) }),
      venue: interpolate(t.cover.venue, {
        city: edition.cfm.city[locale.lang] ?? edition.cfm.city.en,
        start: locale.date(edition.cfm.start),
        end: locale.date(edition.cfm.end),
      }),
      hijri: interpolate(t.cover.hijri, {
        start: locale.hijriDate(edition.cfm.start),
        end: locale.hijriDate(edition.cfm.end),
      }),
      symbol: edition.documentSymbol,
      ...(edition.originalLanguage !== locale.lang || locale.lang === 'en'
        ? { original: interpolate(t.cover.original, { language: t.language[edition.originalLanguage] }) }
        : {}),
    },
    toc: {
      heading: t.toc.heading,
      entries: chapters.flatMap((chapter) =>
        [chapter, ...chapter.sections].map((s) => ({
          level: s === chapter ? 1 : 2,
          id: s.id,
          title: numbered(s),
          // Placeholder of the same width as a real page number, so the first print lays out alike; none on
          // a screen, which has no pages.
          page: input.pages ? n(input.pages[s.id] ?? 888) : input.layoutOnly ? n(888) : '',
        })),
      ),
    },
    chapters,
  };
}

/** The heading as printed: with its number, as in the contents and the bookmarks. */
function numbered(s: SectionView): string {
  return s.number ? `${s.number} ${s.heading}` : s.heading;
}

/** Numbers the main chapters "1.", "2."… and their sections "2.1", "2.2"… in the edition's digits. */
function numberChapters(chapters: SectionView[], numberedIds: string[], n: (v: number) => string) {
  let count = 0;
  for (const chapter of chapters) {
    if (!numberedIds.includes(chapter.id)) continue;
    const number = n(++count);
    chapter.number = `${number}.`;
    chapter.sections.forEach((s, i) => (s.number = `${number}.${n(i + 1)}`));
  }
}

function summaryParagraphs(input: ReportInput, period: { start: string; end: string }): string[] {
  const { locale, catalog: t, reference, figures } = input;
  const n = locale.number;
  const paragraphs = [
    interpolate(t.summary.lead, {
      ...period,
      negative: n(figures.totals.negative),
      positive: n(figures.totals.positive),
      countries: n(figures.countries),
    }),
  ];
  const previous = input.previousTotals;
  if (previous && previous.negative > 0) {
    const change = figures.totals.negative - previous.negative;
    paragraphs.push(
      interpolate(t.summary.change, {
        direction: change > 0 ? t.summary.up : change < 0 ? t.summary.down : t.summary.same,
        percent: locale.percent(Math.abs(change) / previous.negative),
        previous: n(previous.negative),
      }),
    );
  }
  const topRegion = [...figures.byRegion].sort((a, b) => b.negative - a.negative)[0];
  if (topRegion && topRegion.negative > 0) {
    paragraphs.push(
      interpolate(t.summary.topRegion, {
        region: labelOf(reference.regions, topRegion.region, locale.lang),
        count: n(topRegion.negative),
        percent: locale.percent(topRegion.negative / Math.max(1, figures.totals.negative)),
      }),
    );
  }
  const topCategory = [...figures.byCategory.negative].sort((a, b) => b.count - a.count)[0];
  if (topCategory && topCategory.count > 0) {
    paragraphs.push(
      interpolate(t.summary.topCategory, {
        category: labelOf(reference.categories.negative, topCategory.category, locale.lang),
        count: n(topCategory.count),
      }),
    );
  }
  return paragraphs;
}

/** "51st" in English, "51e" in French, the bare number where the catalog has no suffix. */
function sessionOrdinal(session: number, locale: Locale, catalog: Catalog): string {
  const rule = new Intl.PluralRules(locale.tag, { type: 'ordinal' }).select(session);
  return `${locale.number(session)}${catalog.ordinalSuffixes[rule] ?? catalog.ordinalSuffixes.other ?? ''}`;
}

function draftTime(iso: string, locale: Locale): string {
  const when = new Date(iso);
  return new Intl.DateTimeFormat(locale.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(when) + ' UTC';
}
