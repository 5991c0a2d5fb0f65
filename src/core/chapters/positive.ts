// Positive developments: their count and charts.
import { interpolate } from '../locale.js';
import type { ChapterDefinition } from './context.js';

export const positive: ChapterDefinition = {
  id: 'positive',
  numbered: true,
  build: ({ t, figures, n, section, narrative, chartFigures }) =>
    section('positive', t.positive.heading, {
      paragraphs: [interpolate(t.positive.lead, { count: n(figures.totals.positive) })],
      figures: chartFigures('positive'),
      ...narrative('positive'),
    }),
};
