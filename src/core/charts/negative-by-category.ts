// Manifestations by type, most frequent first.
import { mostFirst, type ChartDefinition } from './context.js';
import { countBars } from './count-bars.js';
import { PALETTE } from './palette.js';

export const negativeByCategory: ChartDefinition = {
  id: 'negative-by-category',
  section: 'manifestations',
  build: (ctx) =>
    countBars(ctx, {
      titled: ctx.strings.negativeByCategory,
      head: ctx.strings.category,
      series: { label: ctx.strings.negative, colour: PALETTE.negative },
      bars: mostFirst(ctx.figures.byCategory.negative).map((c) => ({ label: ctx.label.negative(c.category), count: c.count })),
    }),
};
