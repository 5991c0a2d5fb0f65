// Region × type of manifestation: the most frequent types stacked, the rest as "other".
import type { ChartConfiguration } from 'chart.js';
import { mostFirst, type ChartContext, type ChartDefinition } from './context.js';
import { sequence } from './palette.js';

/** Segments of the region × category chart: the most frequent categories, the rest summed as "other". */
const STACKED_CATEGORIES = 5;

export const regionByCategory: ChartDefinition = {
  id: 'region-by-category',
  section: 'regions',
  build: (ctx) => {
    const { figures, strings, n, label, horizontal } = ctx;
    const { segments, segmentCount, shown, others } = stacked(ctx);
    const colours = sequence(segments.length);
    return {
      ...strings.regionByCategory,
      values: { shown, others: others ? 'yes' : 'no' },
      height: 120 + figures.byRegionCategory.length * 44,
      config: {
        type: 'bar',
        data: {
          labels: figures.byRegionCategory.map((r) => label.region(r.region)),
          datasets: segments.map((s, i) => ({
            label: s.label,
            data: figures.byRegionCategory.map((r) => segmentCount(r.negative, s.code)),
            backgroundColor: colours[i],
            borderColor: '#ffffff',
            borderWidth: 1,
          })),
        },
        options: {
          ...ctx.options(true),
          indexAxis: 'y',
          scales: { x: { ...horizontal.x, stacked: true }, y: { ...horizontal.y, stacked: true } },
        },
      } as ChartConfiguration,
      table: {
        head: [strings.region, ...segments.map((s) => s.label), strings.incidents],
        rows: figures.byRegionCategory.map((r) => [
          label.region(r.region),
          ...segments.map((s) => n(segmentCount(r.negative, s.code))),
          n(Object.values(r.negative).reduce((a, b) => a + b, 0)),
        ]),
      },
    };
  },
};

/** The segments, "other" (code '') last where there is one, and a region's count in each. */
function stacked({ figures, strings, label }: ChartContext) {
  const negative = mostFirst(figures.byCategory.negative);
  const leading = negative.filter((c) => c.count > 0).slice(0, STACKED_CATEGORIES).map((c) => c.category);
  const hasOther = negative.some((c) => c.count > 0 && !leading.includes(c.category));
  const segments = [...leading.map((code) => ({ code, label: label.negative(code) })), ...(hasOther ? [{ code: '', label: strings.other }] : [])];
  const segmentCount = (counts: Record<string, number>, code: string) =>
    code === '' ? Object.entries(counts).filter(([c]) => !leading.includes(c)).reduce((sum, [, v]) => sum + v, 0) : (counts[code] ?? 0);
  return { segments, segmentCount, shown: leading.length, others: hasOther };
}
