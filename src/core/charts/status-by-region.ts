// "Islamophobia status": manifestations and positive developments, region by region.
import type { ChartConfiguration } from 'chart.js';
import { splitLabel, type ChartDefinition } from './context.js';
import { PALETTE } from './palette.js';

export const statusByRegion: ChartDefinition = {
  id: 'status-by-region',
  section: 'regions',
  build: ({ figures, strings, n, label, columns, columnOptions }) => {
    const regions = figures.byRegion;
    return {
      ...strings.byRegion,
      height: 440,
      config: {
        type: 'bar',
        data: {
          labels: regions.map((r) => splitLabel(label.region(r.region))),
          datasets: columns([
            { label: strings.negative, data: regions.map((r) => r.negative), backgroundColor: PALETTE.negative },
            { label: strings.positive, data: regions.map((r) => r.positive), backgroundColor: PALETTE.positive },
          ]),
        },
        options: columnOptions(true),
      } as ChartConfiguration,
      table: {
        head: [strings.region, strings.negative, strings.positive],
        rows: regions.map((r) => [label.region(r.region), n(r.negative), n(r.positive)]),
      },
    };
  },
};
