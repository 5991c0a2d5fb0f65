// Positive developments by type, most frequent first; positive-types draws their shares after it.
import { mostFirst, type ChartDefinition } from './context.js';
import { countBars } from './count-bars.js';
import { PALETTE } from './palette.js';

export const positiveByCategory: ChartDefinition = {
  id: 'positive-by-category',
  section: 'positive',
  build: (ctx) =>
    countBars(ctx, {
      titled: ctx.strings.positiveByCategory,
      head: ctx.strings.category,
      series: { label: ctx.strings.positive, colour: PALETTE.positive },
      bars: mostFirst(ctx.figures.byCategory.positive).map((c) => ({ label: ctx.label.positive(c.category), count: c.count })),
    }),
};
