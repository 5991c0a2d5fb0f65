// Trends: the peak month of manifestations and the charts month by month.
import { interpolate } from '../locale.js';
import type { ChapterDefinition } from './context.js';

export const trends: ChapterDefinition = {
  id: 'trends',
  numbered: true,
  build: ({ t, locale, figures, n, section, narrative, chartFigures }) => {
    const peak = [...figures.monthly].sort((a, b) => b.negative - a.negative || a.month.localeCompare(b.month))[0];
    return section('trends', t.trends.heading, {
      paragraphs: peak ? [interpolate(t.trends.peak, { month: locale.monthLong(peak.month), count: n(peak.negative) })] : [],
      figures: chartFigures('trends'),
      ...narrative('trends'),
    });
  },
};
