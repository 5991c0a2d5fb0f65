// Manifestations by type, most frequent first.
import type { ChartDefinition } from './context.js';
import { categoryBars } from './count-bars.js';

export const negativeByCategory: ChartDefinition = {
  id: 'negative-by-category',
  section: 'manifestations',
  build: (ctx) => categoryBars(ctx, 'negative', ctx.strings.negativeByCategory),
};
