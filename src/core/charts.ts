// Figures → chart specifications: plain data (a Chart.js configuration without functions, a caption
// and a data table as the chart's text alternative). Rendering them is the job of src/io/charts.ts.
//
// Layout rules (shared/domain.md): the Arabic edition mirrors categorical charts (bars grow from the
// right, value axis on the right, legends right to left); time axes run left to right unless the edition
// says `mirrorTimeAxes`. Colours vary in lightness as well as hue, and series that share a chart also
// differ by dash or by order, so the charts survive grey-scale printing and colour-blind readers.
import type { ChartConfiguration } from 'chart.js';
import { chartAlt } from './charts/alt-text.js';
import { chartContext } from './charts/context.js';
import { PALETTE, WIDTH } from './charts/palette.js';
import { CHARTS } from './charts/registry.js';
import type { ChartSpec, ChartStrings } from './charts/spec.js';
import type { Edition } from './edition.js';
import type { Figures } from './figures.js';
import type { Locale } from './locale.js';
import type { Reference } from './reference.js';

export { periodLabel } from './charts/context.js';
export { CHART_FONTS, PALETTE, sequence, WIDTH } from './charts/palette.js';
export type { ChartSection, ChartSpec, ChartStrings } from './charts/spec.js';

/** The report's charts in print order (charts/registry.ts): each that applies to these figures, once. */
export function chartSpecs(
  figures: Figures,
  edition: Edition,
  reference: Reference,
  locale: Locale,
  strings: ChartStrings,
  previous?: Figures,
): ChartSpec[] {
  const ctx = chartContext({ figures, edition, reference, locale, strings, previous });
  const base = { direction: locale.dir, fontFamily: ctx.font, width: WIDTH } as const;
  const specs: ChartSpec[] = [];
  for (const chart of CHARTS) {
    const content = chart.build(ctx);
    // A chart of nothing (no positive development, no manifestation) is left out: an axis of zeros or a blank
    // ring would say nothing the chapter's own sentence does not say better.
    if (!content || isEmpty(content.config)) continue;
    const { values, selection, ...rest } = content;
    const title = locale.message(content.title, values);
    specs.push({
      ...base,
      id: chart.id,
      section: chart.section,
      ...rest,
      title,
      caption: locale.message(content.caption, values),
      alt: chartAlt(content.config, title, ctx, { totals: !selection }),
    });
  }
  return specs.map((spec) => ({ ...spec, config: withText(spec.config, { family: ctx.font, size: 16 }) }));
}

/** Whether no dataset has a value other than zero. */
function isEmpty(config: ChartConfiguration): boolean {
  return config.data.datasets.every((dataset) =>
    (dataset.data as unknown[]).every((v) => v === null || v === 0 || (typeof v === 'object' && (v as { value?: number }).value === 0)),
  );
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
