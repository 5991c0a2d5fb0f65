// Trends: manifestations of this period against the previous one, month 1 on month 1. Only where the
// edition has a previous one.
import type { ChartConfiguration } from 'chart.js';
import type { Comparison } from '../figures.js';
import type { ChartDefinition } from './context.js';
import { PALETTE } from './palette.js';

export const monthlyComparison: ChartDefinition = {
  id: 'monthly-comparison',
  section: 'trends',
  build: (ctx) => {
    const { comparison, previousPeriod: before, period: current, locale, strings, n, signed } = ctx;
    if (!comparison || before === undefined) return undefined;
    const sameMonths = comparison.monthly.every(
      (m) => m.month !== undefined && m.previousMonth !== undefined && m.month.slice(5) === m.previousMonth.slice(5),
    );
    // Month names where both periods run over the same calendar months, else their numbers 1, 2, …
    const month = (m: Month) => (sameMonths && m.month ? locale.monthShort(m.month) : n(m.index));
    return {
      ...strings.monthlyComparison,
      values: { current, previous: before },
      height: 420,
      config: {
        type: 'line',
        data: {
          labels: comparison.monthly.map(month),
          datasets: [
            ctx.series(current, comparison.monthly.map((m) => m.current?.negative ?? null), PALETTE.negative, false),
            ctx.series(before, comparison.monthly.map((m) => m.previous?.negative ?? null), PALETTE.previous, true),
          ],
        },
        options: ctx.lineOptions(sameMonths ? {} : { title: { display: true, text: strings.monthOfPeriod } }),
      } as ChartConfiguration,
      table: {
        head: [strings.month, current, before, strings.change],
        rows: comparison.monthly.map((m) => [
          month(m),
          m.current ? n(m.current.negative) : '—',
          m.previous ? n(m.previous.negative) : '—',
          m.current && m.previous ? signed(m.current.negative - m.previous.negative) : '—',
        ]),
      },
    };
  },
};

type Month = Comparison['monthly'][number];
