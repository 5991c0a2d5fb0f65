// Positive developments by type, most frequent first; positive-types draws their shares after it.
import type { ChartDefinition } from './context.js';
import { categoryBars } from './count-bars.js';

export const positiveByCategory: ChartDefinition = {
  id: 'positive-by-category',
  section: 'positive',
  build: (ctx) => categoryBars(ctx, 'positive', ctx.strings.positiveByCategory),
};
