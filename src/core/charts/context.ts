// The context every chart is built from, made once per chartSpecs call: the figures and their comparison
// with the previous edition, numbers and names in the edition's language, and the options and axes that
// the charts share, so that a chart's module says only what is its own.
import { typesetCatalog } from '../catalog.js';
import type { Edition } from '../edition.js';
import { compareFigures, UNSPECIFIED, type Comparison, type Figures } from '../figures.js';
import type { Locale } from '../locale.js';
import { labelOf, type Label, type Reference } from '../reference.js';
import { CHART_FONTS, PALETTE } from './palette.js';
import type { ChartContent, ChartSection, ChartStrings } from './spec.js';

/** One chart of the report: a module exports one, the registry lists them in print order. */
export interface ChartDefinition {
  id: string;
  section: ChartSection;
  /** The chart, or nothing where the edition has none (the comparison, without a previous edition). */
  build(ctx: ChartContext): ChartContent | undefined;
}

/** What chartSpecs is given. */
export interface ChartInput {
  figures: Figures;
  edition: Edition;
  reference: Reference;
  locale: Locale;
  strings: ChartStrings;
  /** The previous edition's figures, where the report compares with it. */
  previous?: Figures | undefined;
}

export interface ChartContext extends ChartInput, Presets {
  /** This period's comparison with the previous edition, where there is one. */
  comparison: Comparison | undefined;
  /** The two periods' names, as the legends and tables print them. */
  period: string;
  previousPeriod: string | undefined;
  rtl: boolean;
  font: string;
  /** A count in the edition's digits; a change with its sign; a change in per cent, or — where none. */
  n: (value: number) => string;
  signed: (value: number) => string;
  percent: (value: number | null) => string;
  /** The name of a code in the edition's language. */
  label: Record<'negative' | 'positive' | 'region' | 'country' | 'target', (code: string) => string>;
}

export function chartContext(input: ChartInput): ChartContext {
  const { figures, edition, reference, locale, previous } = input;
  // Legends and axis titles are plain strings of the catalog: set here, as the titles are when formatted.
  const strings = typesetCatalog(input.strings, locale.text);
  const n = locale.number;
  const font = CHART_FONTS[locale.lang];
  return {
    ...presets(locale, edition, font),
    ...input,
    strings,
    comparison: previous ? compareFigures(figures, previous) : undefined,
    period: periodLabel(figures.period, locale),
    previousPeriod: previous ? periodLabel(previous.period, locale) : undefined,
    rtl: locale.dir === 'rtl',
    font,
    n,
    signed: (value) => (value > 0 ? `+${n(value)}` : n(value)),
    percent: (value) => (value === null ? '—' : value > 0 ? `+${locale.percent(value)}` : locale.percent(value)),
    label: labels(reference, locale, strings),
  };
}

function labels(reference: Reference, locale: Locale, strings: ChartStrings): ChartContext['label'] {
  const targetTypes = (reference as { targetTypes?: readonly Label[] }).targetTypes;
  return {
    negative: (code) => labelOf(reference.categories.negative, code, locale.lang),
    positive: (code) => labelOf(reference.categories.positive, code, locale.lang),
    region: (code) => labelOf(reference.regions, code, locale.lang),
    country: (code) => reference.countryName(code, locale.lang),
    target: (code) =>
      code === UNSPECIFIED ? strings.unspecified : targetTypes ? labelOf(targetTypes, code, locale.lang) : code,
  };
}

type Presets = ReturnType<typeof presets>;

function presets(locale: Locale, edition: Edition, font: string) {
  const rtl = locale.dir === 'rtl';
  const side = rtl ? ('right' as const) : ('left' as const);
  const options = (legend: boolean) => ({
    // Chart.js formats tick numbers with Intl and this locale: Arabic-Indic digits where the edition wants them.
    locale: locale.tag,
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    layout: { padding: { top: 4, bottom: 4, left: 8, right: 8 } },
    plugins: {
      legend: legend
        ? { display: true, position: 'top' as const, align: 'start' as const, rtl, labels: { boxWidth: 18, boxHeight: 14, padding: 14 } }
        : { display: false },
      tooltip: { enabled: false },
    },
  });
  // Categorical axis mirrored in Arabic; the value axis on the reading side.
  // `grace` leaves room past the longest bar for its value label.
  const valueAxis = { beginAtZero: true, grace: '8%', grid: { color: PALETTE.grid }, ticks: { precision: 0 } };
  const categoryAxis = { grid: { display: false } };
  const vertical = {
    // Region names under their bars, level and on two lines (see splitLabel), a size smaller to fit.
    x: { ...categoryAxis, reverse: rtl, ticks: { maxRotation: 0, autoSkip: false, font: { family: font, size: 14 } } },
    y: { ...valueAxis, position: side },
  };
  const horizontal = {
    x: { ...valueAxis, reverse: rtl },
    y: { ...categoryAxis, position: side },
  };
  // Numbers at the end of each bar, drawn by the renderer's value-label plugin in the edition's digits.
  const valueLabels = { oicValueLabels: { locale: locale.tag } };
  return {
    options,
    valueAxis,
    vertical,
    horizontal,
    valueLabels,
    barHeight: (bars: number, legend: boolean) => 56 + (legend ? 44 : 0) + bars * 34,
    /** Bars along the value axis, each with its number: the options of every horizontal bar chart but the stacked one. */
    barOptions: (legend: boolean) => ({
      ...options(legend),
      indexAxis: 'y' as const,
      scales: horizontal,
      plugins: { ...options(legend).plugins, ...valueLabels },
    }),
    /**
     * Series side by side in upright bars, the legend's first on the reading side of each group. Chart.js
     * puts dataset 0 leftmost in a group even on a reversed axis, so Arabic lists the datasets backwards and
     * its legend reverses them back: the first series is the right-hand entry and the right-hand bar.
     */
    columns: <T>(datasets: T[]): T[] => (rtl ? [...datasets].reverse() : datasets),
    columnOptions: (legend: boolean) => ({
      ...options(legend),
      scales: vertical,
      plugins: { ...options(legend).plugins, legend: { ...options(legend).plugins.legend, reverse: rtl }, ...valueLabels },
    }),
    /** Months along x, left to right unless the edition mirrors time axes; `x` adds to that axis. */
    lineOptions: (x: object = {}) => ({
      ...options(true),
      plugins: { ...options(true).plugins, legend: lineLegend(rtl) },
      scales: {
        x: { reverse: rtl && edition.mirrorTimeAxes, offset: true, grid: { display: false }, ...x },
        y: { ...valueAxis, position: side },
      },
    }),
    series,
  };
}

/** "2024" for a calendar year, otherwise "May 2014 – Apr 2015", in the locale's digits. */
export function periodLabel(period: Edition['period'], locale: Pick<Locale, 'tag'>): string {
  const [start, end] = [period.start, period.end];
  if (start.slice(0, 4) === end.slice(0, 4) && start.slice(5) === '01-01' && end.slice(5) === '12-31') {
    return new Intl.NumberFormat(locale.tag, { useGrouping: false }).format(Number(start.slice(0, 4)));
  }
  const month = new Intl.DateTimeFormat(locale.tag, { timeZone: 'UTC', month: 'short', year: 'numeric' });
  return `${month.format(new Date(`${start}T00:00:00Z`))} – ${month.format(new Date(`${end}T00:00:00Z`))}`;
}

/** Long axis labels on two lines, split at the space nearest the middle. */
export function splitLabel(label: string): string | string[] {
  if (label.length <= 16) return label;
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? label : [label.slice(0, best), label.slice(best + 1)];
}

/** Counts most first; ties keep their order. */
export function mostFirst<T extends { count: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.count - a.count);
}

function lineLegend(rtl: boolean) {
  // Legend keys drawn as the series' point markers (circle, square), which tell the series apart in grey-scale.
  return {
    display: true,
    position: 'top' as const,
    align: 'start' as const,
    rtl,
    labels: { usePointStyle: true, boxWidth: 10, boxHeight: 10, padding: 16 },
  };
}

function series(label: string, data: (number | null)[], colour: string, dashed: boolean) {
  return {
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 3,
    pointRadius: 4,
    pointStyle: dashed ? ('rect' as const) : ('circle' as const),
    // A dashed line keeps the two series apart where colour is lost.
    borderDash: dashed ? [8, 5] : [],
    tension: 0,
  };
}
