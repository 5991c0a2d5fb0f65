// The chart of one series of counts, a bar for each code, numbers at the bars' ends; the table beside it
// names the code and its count. Manifestations by type and by target, positive developments by type.
import type { ChartConfiguration } from 'chart.js';
import type { Polarity } from '../incident.js';
import { mostFirst, type ChartContext } from './context.js';
import { PALETTE } from './palette.js';
import type { ChartContent, Titled } from './spec.js';

export interface CountBars {
  titled: Titled;
  /** The table's head over the names. */
  head: string;
  series: { label: string; colour: string };
  /** In the order drawn, top to bottom. */
  bars: readonly { label: string; count: number }[];
}

export function countBars(ctx: ChartContext, { titled, head, series, bars }: CountBars): ChartContent {
  return {
    ...titled,
    height: ctx.barHeight(bars.length, false),
    config: {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ label: series.label, data: bars.map((b) => b.count), backgroundColor: series.colour }],
      },
      options: ctx.barOptions(false),
    } as ChartConfiguration,
    table: {
      head: [head, ctx.strings.incidents],
      rows: bars.map((b) => [b.label, ctx.n(b.count)]),
    },
  };
}

/** Incidents of one polarity by type, most frequent first, in that polarity's colour. */
export function categoryBars(ctx: ChartContext, polarity: Polarity, titled: Titled): ChartContent {
  return countBars(ctx, {
    titled,
    head: ctx.strings.category,
    series: { label: ctx.strings[polarity], colour: PALETTE[polarity] },
    bars: mostFirst(ctx.figures.byCategory[polarity]).map((c) => ({ label: ctx.label[polarity](c.category), count: c.count })),
  });
}
