// The charts of the report in print order: chartSpecs builds them in this order, and each chapter prints
// its own in it. A new chart is a module and a line here; a chart that does not apply returns nothing.
import type { ChartDefinition } from './context.js';
import { manifestationsMap } from './manifestations-map.js';
import { monthlyComparison } from './monthly-comparison.js';
import { monthlyTrend } from './monthly-trend.js';
import { negativeByCategory } from './negative-by-category.js';
import { negativeByTarget } from './negative-by-target.js';
import { positiveByCategory } from './positive-by-category.js';
import { positiveTypes } from './positive-types.js';
import { regionByCategory } from './region-by-category.js';
import { statusByRegion } from './status-by-region.js';
import { topCountries } from './top-countries.js';

export const CHARTS: readonly ChartDefinition[] = [
  // trends
  monthlyTrend,
  monthlyComparison,
  // manifestations
  negativeByCategory,
  topCountries,
  manifestationsMap,
  negativeByTarget,
  // regions
  statusByRegion,
  regionByCategory,
  // positive
  positiveByCategory,
  positiveTypes,
];
