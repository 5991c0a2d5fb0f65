// The alternate text of a chart: what kind of chart it is, its title, and for each series its total and its
// largest values ("Bar chart: Manifestations by type. Manifestations: 2,432 in all; the most: Online hate (401),
// Hate speech (347) and Mosque incidents (324)."). Made from the chart's own data, so it says what the picture
// shows, in the edition's language and digits; a screen reader reads it where a sighted reader sees the chart.
import type { ChartConfiguration } from 'chart.js';
import type { ChartContext } from './context.js';

/** How many of a series' largest values the text names. */
const TOP = 3;

export function chartAlt(config: ChartConfiguration, title: string, ctx: ChartContext, options: { totals: boolean } = { totals: true }): string {
  const kind = String(config.type) === 'choropleth' ? 'map' : String(config.type);
  const names = (config.data.labels ?? []).map((label) => (kind === 'map' ? ctx.label.country(String(label)) : String(label)));
  const { alt } = ctx.strings;
  const sentences = [ctx.locale.message(alt.kind, { kind, title })];
  // Upright bars list their series backwards in Arabic (see presets.columns): read them in the legend's order.
  const upright = kind === 'bar' && (config.options as { indexAxis?: string } | undefined)?.indexAxis !== 'y';
  const datasets = ctx.rtl && upright ? [...config.data.datasets].reverse() : config.data.datasets;
  for (const dataset of datasets) {
    const values = (dataset.data as unknown[]).map(valueOf);
    const total = values.reduce((sum, v) => sum + v, 0);
    const top = values
      .map((value, i) => ({ value, name: names[i] ?? '' }))
      .filter((entry) => entry.value > 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, TOP)
      .map((entry) => `${entry.name} (${ctx.n(entry.value)})`);
    if (top.length === 0) continue;
    const seriesValues = { series: String(dataset.label ?? title), hasTotal: options.totals ? 'yes' : 'no', total: ctx.n(total), top: ctx.locale.list(top) };
    sentences.push(ctx.locale.message(alt.series, seriesValues));
  }
  return sentences.join(' ');
}

/** A bar's or a month's number, or a map region's { value }. */
function valueOf(point: unknown): number {
  const value = typeof point === 'object' && point !== null ? (point as { value?: unknown }).value : point;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
