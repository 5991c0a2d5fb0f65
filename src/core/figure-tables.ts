// Figures → CSV tables a press officer can open and reuse: one file per breakdown, codes (stable) beside
// the labels in English, Arabic and French. Pure: returns file names and their text; src/io/figures-output.ts
// writes them. Written with a UTF-8 byte order mark and CRLF line ends (RFC 4180), because that is what
// makes spreadsheet programs read Arabic labels correctly when the file is opened with a double click.
import { spreadsheetSafe } from './text-safety.js';
import type { Edition } from './edition.js';
import { compareFigures, type Change, type Figures } from './figures.js';
import type { Language } from './incident.js';
import { labelOf, type Label, type Reference } from './reference.js';

/** The languages of the label columns, in their order: label_en, label_ar, label_fr (name_… for countries). */
const LABEL_LANGUAGES: readonly Language[] = ['en', 'ar', 'fr'];
const columns = (prefix: string) => LABEL_LANGUAGES.map((lang) => `${prefix}_${lang}`);

export interface FigureTable {
  /** File name, e.g. by-region.csv. */
  name: string;
  head: string[];
  rows: (string | number)[][];
}

export function figureTables(figures: Figures, reference: Reference, previous?: Figures): FigureTable[] {
  const comparison = previous ? compareFigures(figures, previous) : undefined;
  const labels = (table: readonly Label[], code: string) => LABEL_LANGUAGES.map((lang) => labelOf(table, code, lang));
  const country = (code: string) => LABEL_LANGUAGES.map((lang) => reference.countryName(code, lang));
  const changeCells = (c: Change | undefined) => (c ? [c.previous, c.change, percentCell(c.percent)] : []);
  const changeHead = comparison ? ['previous', 'change', 'change_percent'] : [];
  const previousNegative = new Map(previous?.byCountry.map((c) => [c.country, c.negative]) ?? []);

  const tables: FigureTable[] = [
    {
      name: 'totals.csv',
      head: ['polarity', 'count', ...changeHead],
      rows: (['negative', 'positive', 'all'] as const).map((p) => [p, figures.totals[p], ...changeCells(comparison?.totals[p])]),
    },
    {
      name: 'monthly.csv',
      head: ['month', 'negative', 'positive'],
      rows: figures.monthly.map((m) => [m.month, m.negative, m.positive]),
    },
    {
      name: 'by-category.csv',
      head: ['polarity', 'category', ...columns('label'), 'count'],
      rows: (['negative', 'positive'] as const).flatMap((p) =>
        figures.byCategory[p].map((c) => [p, c.category, ...labels(reference.categories[p], c.category), c.count]),
      ),
    },
    {
      name: 'by-region.csv',
      head: ['region', ...columns('label'), 'negative', 'positive'],
      rows: figures.byRegion.map((r) => [r.region, ...labels(reference.regions, r.region), r.negative, r.positive]),
    },
    {
      // Long format (one row per region, polarity and category): pivots in any spreadsheet.
      name: 'region-by-category.csv',
      head: ['region', 'polarity', 'category', 'count'],
      rows: figures.byRegionCategory.flatMap((r) =>
        (['negative', 'positive'] as const).flatMap((p) => Object.entries(r[p]).map(([category, count]) => [r.region, p, category, count])),
      ),
    },
    {
      name: 'by-target-type.csv',
      head: ['target_type', 'negative', 'positive'],
      rows: figures.byTargetType.map((t) => [t.targetType, t.negative, t.positive]),
    },
    {
      name: 'countries.csv',
      head: ['country', ...columns('name'), 'negative', 'positive', ...(previous ? ['previous_negative'] : [])],
      rows: figures.byCountry.map((c) => [
        c.country,
        ...country(c.country),
        c.negative,
        c.positive,
        ...(previous ? [previousNegative.get(c.country) ?? 0] : []),
      ]),
    },
    {
      name: 'top-countries.csv',
      head: ['rank', 'country', ...columns('name'), 'count', ...changeHead],
      rows: figures.topCountries.map((c, i) => [i + 1, c.country, ...country(c.country), c.count, ...changeCells(comparison?.topCountries[i])]),
    },
  ];
  if (comparison) {
    tables.push({
      name: 'monthly-comparison.csv',
      head: ['month_index', 'month', 'negative', 'positive', 'previous_month', 'previous_negative', 'previous_positive'],
      rows: comparison.monthly.map((m) => [
        m.index,
        m.month ?? '',
        m.current?.negative ?? '',
        m.current?.positive ?? '',
        m.previousMonth ?? '',
        m.previous?.negative ?? '',
        m.previous?.positive ?? '',
      ]),
    });
  }
  return tables;
}

/** A change as a fraction, to four decimals (0.125 for +12.5 %); empty when there was nothing before. */
function percentCell(percent: number | null): string {
  return percent === null ? '' : String(Math.round(percent * 10000) / 10000);
}

export function tableCsv(table: FigureTable): string {
  const field = (v: string | number) => {
    // Labels come from the reference tables, which editors write: none may open as a formula in a spreadsheet.
    const s = typeof v === 'number' ? String(v) : spreadsheetSafe(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${[table.head, ...table.rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** figures.json: the edition, its figures, and the previous edition's with the comparison when there is one. */
export function figuresJson(edition: Edition, figures: Figures, previous?: Figures): string {
  return `${JSON.stringify(
    {
      edition: { year: edition.year, number: edition.number, period: edition.period },
      figures,
      previous: previous ?? null,
      comparison: previous ? compareFigures(figures, previous) : null,
    },
    null,
    2,
  )}\n`;
}
