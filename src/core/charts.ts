// Figures → chart specifications: plain data (a Chart.js configuration without functions, a caption
// and a data table as the chart's text alternative). Rendering them is the job of src/io/charts.ts.
//
// Layout rules (shared/domain.md): the Arabic edition mirrors categorical charts (bars grow from the
// right, value axis on the right, legends right to left); time axes run left to right unless the edition
// says `mirrorTimeAxes`. Colours vary in lightness as well as hue, and series that share a chart also
// differ by dash or by order, so the charts survive grey-scale printing and colour-blind readers.
import type { ChartConfiguration } from 'chart.js';
import { chartContext, mostFirst, splitLabel } from './charts/context.js';
import { PALETTE, sequence, WIDTH } from './charts/palette.js';
import { CHARTS } from './charts/registry.js';
import type { ChartSpec, ChartStrings } from './charts/spec.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Locale } from './locale.js';
import type { Reference } from './reference.js';

export { periodLabel } from './charts/context.js';
export { CHART_FONTS, PALETTE, sequence, WIDTH } from './charts/palette.js';
export type { ChartSection, ChartSpec, ChartStrings } from './charts/spec.js';

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
  const ctx = chartContext(figures, edition, reference, locale, strings, previous);
  const { rtl, n, font, options, horizontal, vertical, valueLabels, barHeight } = ctx;
  const { negative: negativeLabel, positive: positiveLabel, region: regionLabel } = ctx.label;
  const base = { direction: locale.dir, fontFamily: font, width: WIDTH } as const;

  const specs: ChartSpec[] = [];
  for (const chart of CHARTS) {
    const content = chart.build(ctx);
    if (content) specs.push({ ...base, id: chart.id, section: chart.section, ...content });
  }

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
  const negative = mostFirst(figures.byCategory.negative);
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
