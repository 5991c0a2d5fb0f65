// Figures → chart specifications: plain data (a Chart.js configuration without functions, a caption
// and a data table as the chart's text alternative). Rendering them is the job of src/io/charts.ts.
//
// Layout rules (shared/domain.md): the Arabic edition mirrors categorical charts (bars grow from the
// right, value axis on the right, legends right to left); time axes run left to right unless the edition
// says `mirrorTimeAxes`. Colours vary in lightness as well as hue, and series that share a chart also
// differ by dash or by order, so the charts survive grey-scale printing and colour-blind readers.
import type { ChartConfiguration } from 'chart.js';
import countries from 'i18n-iso-countries';
import type { Edition } from './edition.js';
import { compareFigures, UNSPECIFIED, type Figures } from './figures.js';
import { interpolate, type Locale } from './locale.js';
import { labelOf, type Label, type Reference } from './reference.js';
import { CHART_FONTS, PALETTE, sequence, WIDTH } from './charts/palette.js';

export { CHART_FONTS, PALETTE, sequence, WIDTH } from './charts/palette.js';

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

type Titled = { title: string; caption: string };

/** The strings a chart needs from the language's catalog. */
export interface ChartStrings {
  negative: string;
  positive: string;
  month: string;
  category: string;
  region: string;
  incidents: string;
  country: string;
  targetType: string;
  previous: string;
  change: string;
  other: string;
  unspecified: string;
  monthOfPeriod: string;
  monthlyTrend: Titled;
  /** `{current}` and `{previous}` name the two periods. */
  monthlyComparison: Titled;
  negativeByCategory: Titled;
  topCountries: Titled;
  map: Titled;
  byTargetType: Titled;
  byRegion: Titled;
  regionByCategory: Titled;
  positiveByCategory: Titled;
  positiveTypes: Titled;
}

/** Segments of the region × category chart: the most frequent categories, the rest summed as "other". */
const STACKED_CATEGORIES = 5;

export function chartSpecs(
  figures: Figures,
  edition: Edition,
  reference: Reference,
  locale: Locale,
  strings: ChartStrings,
  previous?: Figures,
): ChartSpec[] {
  const rtl = locale.dir === 'rtl';
  const n = locale.number;
  const font = CHART_FONTS[locale.lang];
  const base = { direction: locale.dir, fontFamily: font, width: WIDTH } as const;
  const negativeLabel = (code: string) => labelOf(reference.categories.negative, code, locale.lang);
  const positiveLabel = (code: string) => labelOf(reference.categories.positive, code, locale.lang);
  const regionLabel = (code: string) => labelOf(reference.regions, code, locale.lang);
  const countryLabel = (code: string) => reference.countryName(code, locale.lang);
  const targetTypes = (reference as { targetTypes?: readonly Label[] }).targetTypes;
  const targetLabel = (code: string) =>
    code === UNSPECIFIED ? strings.unspecified : targetTypes ? labelOf(targetTypes, code, locale.lang) : code;
  const signed = (value: number) => (value > 0 ? `+${n(value)}` : n(value));
  const percent = (value: number | null) => (value === null ? '—' : value > 0 ? `+${locale.percent(value)}` : locale.percent(value));

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
    y: { ...valueAxis, position: rtl ? ('right' as const) : ('left' as const) },
  };
  const horizontal = {
    x: { ...valueAxis, reverse: rtl },
    y: { ...categoryAxis, position: rtl ? ('right' as const) : ('left' as const) },
  };
  // Numbers at the end of each bar, drawn by the renderer's value-label plugin in the edition's digits.
  const valueLabels = { oicValueLabels: { locale: locale.tag } };
  const barHeight = (bars: number, legend: boolean) => 56 + (legend ? 44 : 0) + bars * 34;

  const specs: ChartSpec[] = [];

  // Trends: the two polarities month by month.
  specs.push({
    ...base,
    id: 'monthly-trend',
    section: 'trends',
    ...strings.monthlyTrend,
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
        ...options(true),
        plugins: { ...options(true).plugins, legend: lineLegend(rtl) },
        scales: {
          x: { reverse: rtl && edition.mirrorTimeAxes, offset: true, grid: { display: false } },
          y: { ...valueAxis, position: rtl ? 'right' : 'left' },
        },
      },
    } as ChartConfiguration,
    table: {
      head: [strings.month, strings.negative, strings.positive],
      rows: figures.monthly.map((m) => [locale.monthLong(m.month), n(m.negative), n(m.positive)]),
    },
  });

  // Trends: manifestations of this period against the previous one, month 1 on month 1.
  if (previous) {
    const comparison = compareFigures(figures, previous);
    const current = periodLabel(figures.period, locale);
    const before = periodLabel(previous.period, locale);
    const sameMonths = comparison.monthly.every(
      (m) => m.month !== undefined && m.previousMonth !== undefined && m.month.slice(5) === m.previousMonth.slice(5),
    );
    const labels = comparison.monthly.map((m) =>
      sameMonths && m.month ? locale.monthShort(m.month) : n(m.index),
    );
    const titled = {
      title: interpolate(strings.monthlyComparison.title, { current, previous: before }),
      caption: interpolate(strings.monthlyComparison.caption, { current, previous: before }),
    };
    specs.push({
      ...base,
      id: 'monthly-comparison',
      section: 'trends',
      ...titled,
      height: 420,
      config: {
        type: 'line',
        data: {
          labels,
          datasets: [
            series(current, comparison.monthly.map((m) => m.current?.negative ?? null), PALETTE.negative, false),
            series(before, comparison.monthly.map((m) => m.previous?.negative ?? null), PALETTE.previous, true),
          ],
        },
        options: {
          ...options(true),
          plugins: { ...options(true).plugins, legend: lineLegend(rtl) },
          scales: {
            x: {
              reverse: rtl && edition.mirrorTimeAxes,
              offset: true,
              grid: { display: false },
              ...(sameMonths ? {} : { title: { display: true, text: strings.monthOfPeriod } }),
            },
            y: { ...valueAxis, position: rtl ? 'right' : 'left' },
          },
        },
      } as ChartConfiguration,
      table: {
        head: [strings.month, current, before, strings.change],
        rows: comparison.monthly.map((m) => [
          sameMonths && m.month ? locale.monthShort(m.month) : n(m.index),
          m.current ? n(m.current.negative) : '—',
          m.previous ? n(m.previous.negative) : '—',
          m.current && m.previous ? signed(m.current.negative - m.previous.negative) : '—',
        ]),
      },
    });
  }

  // Manifestations by type, most frequent first.
  const negative = [...figures.byCategory.negative].sort((a, b) => b.count - a.count);
  specs.push({
    ...base,
    id: 'negative-by-category',
    section: 'manifestations',
    ...strings.negativeByCategory,
    height: barHeight(negative.length, false),
    config: {
      type: 'bar',
      data: {
        labels: negative.map((c) => negativeLabel(c.category)),
        datasets: [{ label: strings.negative, data: negative.map((c) => c.count), backgroundColor: PALETTE.negative }],
      },
      options: { ...options(false), indexAxis: 'y', scales: horizontal, plugins: { ...options(false).plugins, ...valueLabels } },
    } as ChartConfiguration,
    table: {
      head: [strings.category, strings.incidents],
      rows: negative.map((c) => [negativeLabel(c.category), n(c.count)]),
    },
  });

  // The hotspot list: this period's bars, the previous period's beside them in grey.
  const top = figures.topCountries;
  const topChange = previous ? compareFigures(figures, previous).topCountries : undefined;
  const previousPeriod = previous ? periodLabel(previous.period, locale) : undefined;
  specs.push({
    ...base,
    id: 'top-countries',
    section: 'manifestations',
    ...strings.topCountries,
    height: barHeight(top.length * (topChange ? 1.4 : 1), Boolean(topChange)),
    config: {
      type: 'bar',
      data: {
        labels: top.map((c) => countryLabel(c.country)),
        datasets: [
          { label: periodLabel(figures.period, locale), data: top.map((c) => c.count), backgroundColor: PALETTE.negative },
          ...(topChange && previousPeriod
            ? [{ label: previousPeriod, data: topChange.map((c) => c.previous), backgroundColor: PALETTE.previous }]
            : []),
        ],
      },
      options: {
        ...options(Boolean(topChange)),
        indexAxis: 'y',
        scales: horizontal,
        plugins: { ...options(Boolean(topChange)).plugins, ...valueLabels },
      },
    } as ChartConfiguration,
    table: {
      head: [strings.country, strings.incidents, ...(topChange ? [strings.previous, strings.change, '%'] : [])],
      rows: top.map((c, i) => {
        const delta = topChange?.[i];
        return [
          countryLabel(c.country),
          n(c.count),
          ...(delta ? [n(delta.previous), signed(delta.change), percent(delta.percent)] : []),
        ];
      }),
    },
  });

  // World map of manifestations per country. The renderer resolves ISO numeric codes to world-atlas shapes
  // and gives every other country zero, so the spec carries data, not geometry.
  const mapped = figures.byCountry
    .filter((c) => c.negative > 0)
    .sort((a, b) => b.negative - a.negative || a.country.localeCompare(b.country));
  specs.push({
    ...base,
    id: 'manifestations-map',
    section: 'manifestations',
    ...strings.map,
    // Equal Earth cut to the inhabited latitudes is about 2.2 times as wide as high; the rest holds the colour key.
    height: 470,
    config: {
      type: 'choropleth',
      data: {
        labels: mapped.map((c) => c.country),
        datasets: [
          {
            label: strings.negative,
            data: mapped.map((c) => ({ feature: countries.alpha2ToNumeric(c.country) ?? c.country, value: c.negative })),
            borderColor: '#ffffff',
            borderWidth: 0.5,
          },
        ],
      },
      options: {
        ...options(false),
        // Room under the map for the colour key's numbers, which the key draws below its chart-area corner.
        layout: { padding: { top: 4, bottom: 34, left: 8, right: 8 } },
        scales: {
          projection: { axis: 'x', projection: 'equalEarth' },
          color: {
            axis: 'x',
            // Light to dark red: reads in grey-scale as light to dark. Countries without a manifestation: pale grey.
            interpolate: 'reds',
            missing: '#e6e6e6',
            min: 0,
            ticks: { precision: 0 },
            legend: { position: rtl ? 'bottom-right' : 'bottom-left', align: 'bottom', length: 280, width: 14, margin: 16 },
          },
        },
      },
    } as unknown as ChartConfiguration,
    table: {
      head: [strings.country, strings.incidents],
      rows: mapped.map((c) => [countryLabel(c.country), n(c.negative)]),
    },
  });

  // Manifestations by what they targeted.
  const targets = figures.byTargetType.filter((t) => t.negative > 0 || t.targetType !== UNSPECIFIED);
  const byTarget = [...targets].sort((a, b) => b.negative - a.negative);
  specs.push({
    ...base,
    id: 'negative-by-target',
    section: 'manifestations',
    ...strings.byTargetType,
    height: barHeight(byTarget.length, false),
    config: {
      type: 'bar',
      data: {
        labels: byTarget.map((t) => targetLabel(t.targetType)),
        datasets: [{ label: strings.negative, data: byTarget.map((t) => t.negative), backgroundColor: PALETTE.negative }],
      },
      options: { ...options(false), indexAxis: 'y', scales: horizontal, plugins: { ...options(false).plugins, ...valueLabels } },
    } as ChartConfiguration,
    table: {
      head: [strings.targetType, strings.incidents],
      rows: byTarget.map((t) => [targetLabel(t.targetType), n(t.negative)]),
    },
  });

  // "Islamophobia status": manifestations and positive developments, region by region.
  const regions = figures.byRegion;
  specs.push({
    ...base,
    id: 'status-by-region',
    section: 'regions',
    ...strings.byRegion,
    height: 440,
    config: {
      type: 'bar',
      data: {
        labels: regions.map((r) => splitLabel(regionLabel(r.region))),
        datasets: [
          { label: strings.negative, data: regions.map((r) => r.negative), backgroundColor: PALETTE.negative },
          { label: strings.positive, data: regions.map((r) => r.positive), backgroundColor: PALETTE.positive },
        ],
      },
      options: { ...options(true), scales: vertical, plugins: { ...options(true).plugins, ...valueLabels } },
    } as ChartConfiguration,
    table: {
      head: [strings.region, strings.negative, strings.positive],
      rows: regions.map((r) => [regionLabel(r.region), n(r.negative), n(r.positive)]),
    },
  });

  // Region × type of manifestation: the most frequent types stacked, the rest as "other".
  const leading = negative.filter((c) => c.count > 0).slice(0, STACKED_CATEGORIES).map((c) => c.category);
  const hasOther = negative.some((c) => c.count > 0 && !leading.includes(c.category));
  const segments = [...leading.map((code) => ({ code, label: negativeLabel(code) })), ...(hasOther ? [{ code: '', label: strings.other }] : [])];
  const colours = sequence(segments.length);
  const segmentCount = (counts: Record<string, number>, code: string) =>
    code === '' ? Object.entries(counts).filter(([c]) => !leading.includes(c)).reduce((sum, [, v]) => sum + v, 0) : (counts[code] ?? 0);
  specs.push({
    ...base,
    id: 'region-by-category',
    section: 'regions',
    ...strings.regionByCategory,
    height: 120 + figures.byRegionCategory.length * 44,
    config: {
      type: 'bar',
      data: {
        labels: figures.byRegionCategory.map((r) => regionLabel(r.region)),
        datasets: segments.map((s, i) => ({
          label: s.label,
          data: figures.byRegionCategory.map((r) => segmentCount(r.negative, s.code)),
          backgroundColor: colours[i],
          borderColor: '#ffffff',
          borderWidth: 1,
        })),
      },
      options: {
        ...options(true),
        indexAxis: 'y',
        scales: { x: { ...horizontal.x, stacked: true }, y: { ...horizontal.y, stacked: true } },
      },
    } as ChartConfiguration,
    table: {
      head: [strings.region, ...segments.map((s) => s.label), strings.incidents],
      rows: figures.byRegionCategory.map((r) => [
        regionLabel(r.region),
        ...segments.map((s) => n(segmentCount(r.negative, s.code))),
        n(Object.values(r.negative).reduce((a, b) => a + b, 0)),
      ]),
    },
  });

  // Positive developments by type: bars, then the Observatory's doughnut of their shares.
  const positive = [...figures.byCategory.positive].sort((a, b) => b.count - a.count);
  specs.push({
    ...base,
    id: 'positive-by-category',
    section: 'positive',
    ...strings.positiveByCategory,
    height: barHeight(positive.length, false),
    config: {
      type: 'bar',
      data: {
        labels: positive.map((c) => positiveLabel(c.category)),
        datasets: [{ label: strings.positive, data: positive.map((c) => c.count), backgroundColor: PALETTE.positive }],
      },
      options: { ...options(false), indexAxis: 'y', scales: horizontal, plugins: { ...options(false).plugins, ...valueLabels } },
    } as ChartConfiguration,
    table: {
      head: [strings.category, strings.incidents],
      rows: positive.map((c) => [positiveLabel(c.category), n(c.count)]),
    },
  });

  const slices = positive.filter((c) => c.count > 0);
  const totalPositive = slices.reduce((sum, c) => sum + c.count, 0);
  specs.push({
    ...base,
    id: 'positive-types',
    section: 'positive',
    ...strings.positiveTypes,
    height: 420,
    config: {
      type: 'doughnut',
      data: {
        labels: slices.map((c) => positiveLabel(c.category)),
        datasets: [
          {
            label: strings.positive,
            data: slices.map((c) => c.count),
            backgroundColor: sequence(slices.length),
            borderColor: '#ffffff',
            borderWidth: 2,
          },
        ],
      },
      options: {
        ...options(true),
        cutout: '50%',
        plugins: {
          ...options(true).plugins,
          legend: {
            display: true,
            // Mirrored: the legend stands at the reader's start, the ring after it.
            position: rtl ? 'right' : 'left',
            align: 'center',
            rtl,
            labels: { boxWidth: 18, boxHeight: 14, padding: 12 },
          },
          oicSliceLabels: { locale: locale.tag },
        },
      },
    } as ChartConfiguration,
    table: {
      head: [strings.category, strings.incidents, '%'],
      rows: positive.map((c) => [
        positiveLabel(c.category),
        n(c.count),
        locale.percent(totalPositive === 0 ? 0 : c.count / totalPositive),
      ]),
    },
  });

  return specs.map((spec) => ({ ...spec, config: withText(spec.config, { family: font, size: 16 }) }));
}

/**
 * Chart.js takes no font or colour at the root of a chart's options: every scale's ticks and title and the
 * legend are given the edition's font, 16 px (about 8.5 pt at the printed width), and dark grey ink.
 */
function withText(config: ChartConfiguration, font: { family: string; size: number }): ChartConfiguration {
  const text = { font, color: PALETTE.text };
  const options = (config.options ?? {}) as {
    scales?: Record<string, { ticks?: object; title?: object }>;
    plugins?: { legend?: { labels?: object } };
  };
  const scales = Object.fromEntries(
    Object.entries(options.scales ?? {}).map(([id, scale]) => [
      id,
      { ...scale, ticks: { ...text, ...scale.ticks }, title: { ...text, ...scale.title } },
    ]),
  );
  const legend = options.plugins?.legend;
  return {
    ...config,
    options: {
      ...options,
      ...(options.scales ? { scales } : {}),
      plugins: { ...options.plugins, legend: { ...legend, labels: { ...text, ...legend?.labels } } },
    },
  } as ChartConfiguration;
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
function splitLabel(label: string): string | string[] {
  if (label.length <= 16) return label;
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? label : [label.slice(0, best), label.slice(best + 1)];
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
