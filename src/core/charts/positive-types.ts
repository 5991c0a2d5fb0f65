// The Observatory's doughnut of the positive developments' shares by type; the table lists every type.
import type { ChartConfiguration } from 'chart.js';
import { mostFirst, type ChartDefinition } from './context.js';
import { sequence } from './palette.js';

export const positiveTypes: ChartDefinition = {
  id: 'positive-types',
  section: 'positive',
  build: ({ figures, locale, strings, n, label, rtl, options }) => {
    const positive = mostFirst(figures.byCategory.positive);
    const slices = positive.filter((c) => c.count > 0);
    const totalPositive = slices.reduce((sum, c) => sum + c.count, 0);
    return {
      ...strings.positiveTypes,
      height: 420,
      config: {
        type: 'doughnut',
        data: {
          labels: slices.map((c) => label.positive(c.category)),
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
        head: [strings.category, strings.incidents, strings.share],
        rows: positive.map((c) => [
          label.positive(c.category),
          n(c.count),
          locale.percent(totalPositive === 0 ? 0 : c.count / totalPositive),
        ]),
      },
    };
  },
};
