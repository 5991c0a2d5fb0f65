// Positive developments: their count and charts.
import type { ChapterDefinition } from './context.js';

export const positive: ChapterDefinition = {
  id: 'positive',
  numbered: true,
  build: ({ t, figures, m, section, narrative, chartFigures }) =>
    section('positive', t.positive.heading, {
      paragraphs: [m(t.positive.lead, { count: figures.totals.positive })],
      figures: chartFigures('positive'),
      ...narrative('positive'),
    }),
};
