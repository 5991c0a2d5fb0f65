// Trends: the peak month (or months) of manifestations and the charts month by month.
import type { ChapterDefinition } from './context.js';

export const trends: ChapterDefinition = {
  id: 'trends',
  numbered: true,
  build: ({ t, locale, figures, m, section, narrative, chartFigures, refer }) => {
    const peak = [...figures.monthly].sort((a, b) => b.negative - a.negative || a.month.localeCompare(b.month))[0];
    // Months level with the peak are named with it: "peaked in March" is not true of a tie.
    const level = peak ? figures.monthly.filter((month) => month.negative === peak.negative).map((month) => locale.monthLong(month.month)) : [];
    // No peak of nothing: the sentence needs a manifestation, and says so when they all fell in one month.
    const months = figures.monthly.filter((month) => month.negative > 0).length;
    const charts = chartFigures('trends');
    // The sentence refers to the chart of the months, where there is one.
    const figure = refer('figure', 'monthly-trend', charts.some((c) => c.id === 'monthly-trend'));
    return section('trends', t.trends.heading, {
      paragraphs: peak && months > 0 ? [m(t.trends.peak, { month: locale.list(level), count: peak.negative, only: months === 1 ? 'yes' : 'no', tied: level.length > 1 ? 'yes' : 'no', figure })] : [],
      figures: charts,
      ...narrative('trends'),
    });
  },
};
