// The hotspot list: this period's bars, the previous period's beside them in grey.
import type { ChartConfiguration } from 'chart.js';
import type { ChartDefinition } from './context.js';
import { countryScope } from '../figures.js';
import { PALETTE } from './palette.js';

export const topCountries: ChartDefinition = {
  id: 'top-countries',
  section: 'manifestations',
  build: (ctx) => {
    const { strings, n, label, previousPeriod } = ctx;
    const top = ctx.figures.topCountries;
    const topChange = ctx.comparison?.topCountries;
    const legend = Boolean(topChange);
    return {
      ...strings.topCountries,
      // The caption promises grey bars only where they are drawn, and "the most" only of a selection.
      values: { scope: countryScope(top.length, ctx.figures.byCountry.filter((c) => c.negative > 0).length), count: top.length, previous: topChange ? 'yes' : 'no' },
      selection: true,
      height: ctx.barHeight(top.length * (topChange ? 1.4 : 1), legend),
      config: {
        type: 'bar',
        data: {
          labels: top.map((c) => label.country(c.country)),
          datasets: [
            { label: ctx.period, data: top.map((c) => c.count), backgroundColor: PALETTE.negative },
            ...(topChange && previousPeriod
              ? [{ label: previousPeriod, data: topChange.map((c) => c.previous), backgroundColor: PALETTE.previous }]
              : []),
          ],
        },
        options: ctx.barOptions(legend),
      } as ChartConfiguration,
      table: {
        head: [strings.country, strings.incidents, ...(topChange ? [strings.previous, strings.change, strings.changePercent] : [])],
        rows: top.map((c, i) => {
          const delta = topChange?.[i];
          return [
            label.country(c.country),
            n(c.count),
            ...(delta ? [n(delta.previous), ctx.signed(delta.change), ctx.percent(delta.percent)] : []),
          ];
        }),
      },
    };
  },
};

