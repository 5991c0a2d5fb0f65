// Everything a template prints, computed here: strings resolved from the catalog, numbers and dates
// formatted for the edition, charts as images. Templates only place these values, so translators
// never meet logic, and the HTML stays a pure function of this view.
import type { Catalog } from './catalog.js';
import type { ChartSection, ChartSpec } from './charts.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Language } from './incident.js';
import { interpolate, type Locale } from './locale.js';
import { labelOf, type Reference } from './reference.js';

export interface DataSummary {
  /** The incident file as the user knows it, e.g. data/2024/incidents.csv. */
  file: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** SHA-256 of the incident file's bytes. */
  fingerprint: string;
  /** Rows left out of the figures (a build with --allow-invalid), for the data-quality annex. */
  rejected?: { line: number; id: string; reasons: string[] }[];
}

export interface ReportInput {
  edition: Edition;
  locale: Locale;
  catalog: Catalog;
  reference: Reference;
  figures: Figures;
  /** Totals of the previous edition, when data/ holds it. */
  previousTotals?: Figures['totals'];
  charts: { spec: ChartSpec; svg: string }[];
  data: DataSummary;
  /** URL of the stylesheet; file:// for print, http:// for a preview server. */
  stylesheet: string;
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
  number: string;
  heading: string;
  paragraphs: string[];
  figures: FigureView[];
  tables: { title: string; head: string[]; rows: string[][] }[];
}

export interface ReportView {
  lang: Language;
  dir: 'rtl' | 'ltr';
  documentTitle: string;
  stylesheet: string;
  pageStyle: string;
  illustrative?: string;
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
  about: { heading: string; paragraphs: string[] };
  summary: { heading: string; paragraphs: string[]; keyFigures: { label: string; value: string }[] };
  sections: SectionView[];
  methodology: { heading: string; paragraphs: string[] };
}

export function reportTitle(edition: Edition, catalog: Catalog): string {
  const ordinal = catalog.ordinals[edition.number - 1] ?? String(edition.number);
  return interpolate(catalog.cover.title, { ordinal });
}

export function buildReportView(input: ReportInput): ReportView {
  const { edition, locale, catalog, reference, figures, data } = input;
  const n = locale.number;
  const t = catalog;
  const period = { start: locale.date(edition.period.start), end: locale.date(edition.period.end) };
  const share = (count: number, total: number) => locale.percent(total === 0 ? 0 : count / total);

  // Figures are numbered through the whole report, in the order the chapters print them.
  const chartsOf = (section: ChartSection) => input.charts.filter((c) => c.spec.section === section);
  let figureNumber = 0;
  const chartFigures = (section: ChartSection): FigureView[] =>
    chartsOf(section).map(({ spec, svg }) => {
      const number = n(++figureNumber);
      return {
        id: spec.id,
        label: interpolate(t.charts.figure, { number }),
        title: spec.title,
        caption: spec.caption,
        image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        tableLabel: interpolate(t.charts.table, { number }),
        table: spec.table,
      };
    });

  const summary: string[] = [
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
    summary.push(
      interpolate(t.summary.change, {
        direction: change > 0 ? t.summary.up : change < 0 ? t.summary.down : t.summary.same,
        percent: locale.percent(Math.abs(change) / previous.negative),
        previous: n(previous.negative),
      }),
    );
  }
  const topRegion = [...figures.byRegion].sort((a, b) => b.negative - a.negative)[0];
  if (topRegion && topRegion.negative > 0) {
    summary.push(
      interpolate(t.summary.topRegion, {
        region: labelOf(reference.regions, topRegion.region, locale.lang),
        count: n(topRegion.negative),
        percent: share(topRegion.negative, figures.totals.negative),
      }),
    );
  }
  const topCategory = [...figures.byCategory.negative].sort((a, b) => b.count - a.count)[0];
  if (topCategory && topCategory.count > 0) {
    summary.push(
      interpolate(t.summary.topCategory, {
        category: labelOf(reference.categories.negative, topCategory.category, locale.lang),
        count: n(topCategory.count),
      }),
    );
  }

  const peak = [...figures.monthly].sort((a, b) => b.negative - a.negative || a.month.localeCompare(b.month))[0];
  const sections: Omit<SectionView, 'number'>[] = [
    {
      id: 'trends',
      heading: t.trends.heading,
      paragraphs: peak ? [interpolate(t.trends.peak, { month: locale.monthLong(peak.month), count: n(peak.negative) })] : [],
      figures: chartFigures('trends'),
      tables: [],
    },
    {
      id: 'manifestations',
      heading: t.manifestations.heading,
      paragraphs: [],
      figures: chartFigures('manifestations'),
      tables: [
        {
          title: t.manifestations.hotspots,
          head: [t.manifestations.rank, t.manifestations.country, t.charts.incidents, t.manifestations.share],
          rows: figures.topCountries.map((c, i) => [
            n(i + 1),
            reference.countryName(c.country, locale.lang),
            n(c.count),
            share(c.count, figures.totals.negative),
          ]),
        },
      ],
    },
    {
      id: 'regions',
      heading: t.regions.heading,
      paragraphs: [],
      figures: chartFigures('regions'),
      tables: [],
    },
  ];

  return {
    lang: locale.lang,
    dir: locale.dir,
    documentTitle: reportTitle(edition, catalog),
    stylesheet: input.stylesheet,
    pageStyle: pageStyle(edition, locale, catalog),
    ...(edition.illustrative ? { illustrative: t.cover.illustrative } : {}),
    cover: {
      organisation: t.cover.organisation,
      title: reportTitle(edition, catalog),
      period: interpolate(t.cover.period, period),
      presentedTo: interpolate(t.cover.presentedTo, { session: sessionOrdinal(edition.cfm.session, locale, catalog) }),
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
    about: { heading: t.about.heading, paragraphs: t.about.body },
    summary: {
      heading: t.summary.heading,
      paragraphs: summary,
      keyFigures: [
        { label: t.summary.keyFigures.negative, value: n(figures.totals.negative) },
        { label: t.summary.keyFigures.positive, value: n(figures.totals.positive) },
        { label: t.summary.keyFigures.countries, value: n(figures.countries) },
        { label: t.summary.keyFigures.months, value: n(figures.monthly.length) },
      ],
    },
    sections: sections.map((s, i) => ({ ...s, number: n(i + 1) })),
    methodology: {
      heading: t.methodology.heading,
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
    },
  };
}

/** "51st" in English, "51e" in French, the bare number where the catalog has no suffix. */
function sessionOrdinal(session: number, locale: Locale, catalog: Catalog): string {
  const rule = new Intl.PluralRules(locale.tag, { type: 'ordinal' }).select(session);
  return `${locale.number(session)}${catalog.ordinalSuffixes[rule] ?? catalog.ordinalSuffixes.other ?? ''}`;
}

/**
 * The @page rules: running header and page numbers live in CSS margin boxes, so they use the document's
 * own fonts and digits. Their text comes from data, hence the CSS string escaping.
 */
function pageStyle(edition: Edition, locale: Locale, catalog: Catalog): string {
  const counter = locale.lang === 'ar' && edition.arabicDigits === 'arab' ? 'arabic-indic' : 'decimal';
  const header = edition.illustrative
    ? `${edition.documentSymbol} · ${catalog.running.illustrative}`
    : edition.documentSymbol;
  return [
    '@page {',
    `  @top-center { content: ${cssString(header)}; }`,
    `  @bottom-center { content: counter(page, ${counter}); }`,
    '}',
    '@page :first { @top-center { content: none; } @bottom-center { content: none; } }',
  ].join('\n');
}

/** A CSS string literal that no data can break out of (quotes, backslashes, newlines, "</style>"). */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
