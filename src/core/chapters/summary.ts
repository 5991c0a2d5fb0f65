// The executive summary: the key figures, and what they say, against the previous edition where there is one.
import { labelOf } from '../reference.js';
import type { ChapterContext, ChapterDefinition } from './context.js';

export const summary: ChapterDefinition = {
  id: 'summary',
  numbered: false,
  build: (ctx) => {
    const { t, figures, n, section, narrative } = ctx;
    return section('summary', t.summary.heading, {
      keyFigures: [
        { label: t.summary.keyFigures.negative, value: n(figures.totals.negative) },
        { label: t.summary.keyFigures.positive, value: n(figures.totals.positive) },
        { label: t.summary.keyFigures.countries, value: n(figures.countries) },
        { label: t.summary.keyFigures.months, value: n(figures.monthly.length) },
      ],
      paragraphs: summaryParagraphs(ctx),
      ...narrative('summary'),
    });
  },
};

function summaryParagraphs({ input, locale, t, reference, figures, m, period, refer }: ChapterContext): string[] {
  const { negative, positive } = figures.totals;
  const paragraphs = [m(t.summary.lead, { ...period, negative, positive, countries: figures.countries })];
  // A change needs something to change from: no sentence without a previous edition that had manifestations.
  const previous = input.previousTotals;
  if (previous && previous.negative > 0) {
    const change = negative - previous.negative;
    paragraphs.push(
      m(t.summary.change, {
        direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
        percent: locale.percent(Math.abs(change) / previous.negative),
        previous: previous.negative,
      }),
    );
  }
  if (negative === 0) return paragraphs;
  const regions = figures.byRegion.filter((r) => r.negative > 0);
  const topRegion = [...regions].sort((a, b) => b.negative - a.negative)[0]!;
  paragraphs.push(
    m(t.summary.topRegion, {
      only: regions.length === 1 ? 'yes' : 'no',
      // "the USA and Canada" inside a sentence, "The …" at its start, where the language has articles.
      region: reference.regionInSentence(topRegion.region, locale.lang),
      regionStart: reference.regionInSentence(topRegion.region, locale.lang, { start: true }),
      count: topRegion.negative,
      percent: locale.percent(topRegion.negative / negative),
    }),
  );
  const types = figures.byCategory.negative.filter((c) => c.count > 0);
  const topCategory = [...types].sort((a, b) => b.count - a.count)[0]!;
  paragraphs.push(
    m(t.summary.topCategory, {
      only: types.length === 1 ? 'yes' : 'no',
      category: labelOf(reference.categories.negative, topCategory.category, locale.lang),
      count: topCategory.count,
      // The chart of the types, in the manifestations chapter.
      figure: refer('figure', 'negative-by-category', input.charts.some((c) => c.spec.id === 'negative-by-category')),
    }),
  );
  return paragraphs;
}
