// Figures → chart specifications: plain data (a Chart.js configuration without functions, a caption
// and a data table as the chart's text alternative). Rendering them is the job of src/io/charts.ts.
import type { ChartConfiguration } from 'chart.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Language } from './incident.js';
import type { Locale } from './locale.js';
import { labelOf, type Reference } from './reference.js';

/** The chapters of the report a chart can stand in (see the view model). */
export type ChartSection = 'trends' | 'manifestations' | 'regions' | 'positive';

export interface ChartSpec {
  id: string;
  /** The chapter that prints the chart; charts of a chapter keep the order chartSpecs gives them. */
  section: ChartSection;
  title: string;
  caption: string;
  width: number;
  height: number;
  /** Text direction of the labels; the renderer sets it on the canvas. */
  direction: 'rtl' | 'ltr';
  fontFamily: string;
  config: ChartConfiguration;
  /** The chart's data as a table: its text alternative, printed beside it. */
  table: { head: string[]; rows: string[][] };
}

/** The strings a chart needs from the language's catalog. */
export interface ChartStrings {
  negative: string;
  positive: string;
  month: string;
  category: string;
  region: string;
  incidents: string;
  monthlyTrend: { title: string; caption: string };
  negativeByCategory: { title: string; caption: string };
  byRegion: { title: string; caption: string };
}

// Dark red against light blue: told apart in grey-scale print and by colour-blind readers alike.
export const PALETTE = { negative: '#9e1b32', positive: '#6baed6', grid: '#d9d9d9', text: '#222222' } as const;

export const CHART_FONTS: Record<Language, string> = {
  ar: "'Noto Sans Arabic', 'Noto Sans'",
  en: "'Noto Sans'",
  fr: "'Noto Sans'",
};

const WIDTH = 900;

export function chartSpecs(
  figures: Figures,
  edition: Edition,
  reference: Reference,
  locale: Locale,
  strings: ChartStrings,
): ChartSpec[] {
  const rtl = locale.dir === 'rtl';
  const base = {
    direction: locale.dir,
    fontFamily: CHART_FONTS[locale.lang],
  } as const;
  const options = (mirrored: boolean) => ({
    // Chart.js formats tick numbers with Intl and this locale: Arabic-Indic digits where the edition wants them.
    locale: locale.tag,
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    font: { family: CHART_FONTS[locale.lang], size: 16 },
    color: PALETTE.text,
    plugins: {
      legend: { position: 'top' as const, align: 'start' as const, rtl: mirrored, labels: { boxWidth: 14 } },
    },
  });

  const monthly: ChartSpec = {
    ...base,
    id: 'monthly-trend',
    section: 'trends',
    ...strings.monthlyTrend,
    width: WIDTH,
    height: 420,
    config: {
      type: 'line',
      data: {
        labels: figures.monthly.map((m) => locale.monthShort(m.month)),
        datasets: [
          series(strings.negative, figures.monthly.map((m) => m.negative), PALETTE.negative, false),
          series(strings.positive, figures.monthly.map((m) => m.positive), PALETTE.positive, true),
        ],
      },
      options: {
        ...options(rtl),
        scales: {
          x: { reverse: rtl && edition.mirrorTimeAxes, grid: { display: false } },
          y: { beginAtZero: true, position: rtl ? 'right' : 'left', grid: { color: PALETTE.grid } },
        },
      },
    },
    table: {
      head: [strings.month, strings.negative, strings.positive],
      rows: figures.monthly.map((m) => [locale.monthLong(m.month), locale.number(m.negative), locale.number(m.positive)]),
    },
  };

  const negative = [...figures.byCategory.negative].sort((a, b) => b.count - a.count);
  const byCategory: ChartSpec = {
    ...base,
    id: 'negative-by-category',
    section: 'manifestations',
    ...strings.negativeByCategory,
    width: WIDTH,
    height: 60 + negative.length * 36,
    config: {
      type: 'bar',
      data: {
        labels: negative.map((c) => labelOf(reference.categories.negative, c.category, locale.lang)),
        datasets: [
          { label: strings.negative, data: negative.map((c) => c.count), backgroundColor: PALETTE.negative },
        ],
      },
      options: {
        ...options(rtl),
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, reverse: rtl, grid: { color: PALETTE.grid } },
          y: { position: rtl ? 'right' : 'left', grid: { display: false } },
        },
      },
    },
    table: {
      head: [strings.category, strings.incidents],
      rows: negative.map((c) => [labelOf(reference.categories.negative, c.category, locale.lang), locale.number(c.count)]),
    },
  };

  const regions = figures.byRegion;
  const regionLabels = regions.map((r) => labelOf(reference.regions, r.region, locale.lang));
  const byRegion: ChartSpec = {
    ...base,
    id: 'status-by-region',
    section: 'regions',
    ...strings.byRegion,
    width: WIDTH,
    height: 420,
    config: {
      type: 'bar',
      data: {
        labels: regionLabels,
        datasets: [
          { label: strings.negative, data: regions.map((r) => r.negative), backgroundColor: PALETTE.negative },
          { label: strings.positive, data: regions.map((r) => r.positive), backgroundColor: PALETTE.positive },
        ],
      },
      options: {
        ...options(rtl),
        scales: {
          x: { reverse: rtl, grid: { display: false } },
          y: { beginAtZero: true, position: rtl ? 'right' : 'left', grid: { color: PALETTE.grid } },
        },
      },
    },
    table: {
      head: [strings.region, strings.negative, strings.positive],
      rows: regions.map((r, i) => [regionLabels[i] ?? r.region, locale.number(r.negative), locale.number(r.positive)]),
    },
  };

  return [monthly, byCategory, byRegion];
}

function series(label: string, data: number[], colour: string, dashed: boolean) {
  return {
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 3,
    pointRadius: 4,
    // A dashed line keeps the two series apart where colour is lost.
    borderDash: dashed ? [8, 5] : [],
    tension: 0,
  };
}
