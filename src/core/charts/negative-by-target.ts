// Manifestations by what they targeted, most frequent first; "unspecified" only where it counts any.
import { UNSPECIFIED } from '../figures.js';
import { mostFirst, type ChartDefinition } from './context.js';
import { countBars } from './count-bars.js';
import { PALETTE } from './palette.js';

export const negativeByTarget: ChartDefinition = {
  id: 'negative-by-target',
  section: 'manifestations',
  build: (ctx) => {
    const targets = ctx.figures.byTargetType.filter((t) => t.negative > 0 || t.targetType !== UNSPECIFIED);
    return countBars(ctx, {
      titled: ctx.strings.byTargetType,
      head: ctx.strings.targetType,
      series: { label: ctx.strings.negative, colour: PALETTE.negative },
      bars: mostFirst(targets.map((t) => ({ label: ctx.label.target(t.targetType), count: t.negative }))),
    });
  },
};
