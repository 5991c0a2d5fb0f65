// Trends: the two polarities month by month.
import type { ChartConfiguration } from 'chart.js';
import type { ChartDefinition } from './context.js';
import { PALETTE } from './palette.js';

export const monthlyTrend: ChartDefinition = {
  id: 'monthly-trend',
  section: 'trends',
  build: ({ figures, locale, strings, n, series, lineOptions }) => ({
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
      options: lineOptions(),
    } as ChartConfiguration,
    table: {
      head: [strings.month, strings.negative, strings.positive],
      rows: figures.monthly.map((m) => [locale.monthLong(m.month), n(m.negative), n(m.positive)]),
    },
  }),
};
