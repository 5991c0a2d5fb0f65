// World map of manifestations per country. The renderer resolves ISO numeric codes to world-atlas shapes
// and gives every other country zero, so the spec carries data, not geometry.
import type { ChartConfiguration } from 'chart.js';
import countries from 'i18n-iso-countries';
import type { ChartDefinition } from './context.js';

export const manifestationsMap: ChartDefinition = {
  id: 'manifestations-map',
  section: 'manifestations',
  build: ({ figures, strings, n, label, rtl, options }) => {
    const mapped = figures.byCountry
      .filter((c) => c.negative > 0)
      .sort((a, b) => b.negative - a.negative || a.country.localeCompare(b.country));
    return {
      ...strings.map,
      // The customary disclaimer of a map in an intergovernmental document, under every map.
      note: strings.mapDisclaimer,
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
        rows: mapped.map((c) => [label.country(c.country), n(c.negative)]),
      },
    };
  },
};
