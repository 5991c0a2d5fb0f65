// The executive summary: the key figures, and what they say against the previous edition.
import { interpolate } from '../locale.js';
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

function summaryParagraphs({ input, locale, t, reference, figures, n, period }: ChapterContext): string[] {
  const paragraphs = [
    interpolate(t.summary.lead, {
      ...period,
      negative: n(figures.totals.negative),
      positive: n(figures.totals.positive),
      countries: n(figures.countries),
    }),
  ];
  const previous = input.previousTotals;
  if (previous && previous.negative > 0) {
    const change = figures.totals.negative - previous.negative;
    paragraphs.push(
      interpolate(t.summary.change, {
        direction: change > 0 ? t.summary.up : change < 0 ? t.summary.down : t.summary.same,
        percent: locale.percent(Math.abs(change) / previous.negative),
        previous: n(previous.negative),
      }),
    );
  }
  const topRegion = [...figures.byRegion].sort((a, b) => b.negative - a.negative)[0];
  if (topRegion && topRegion.negative > 0) {
    paragraphs.push(
      interpolate(t.summary.topRegion, {
        region: labelOf(reference.regions, topRegion.region, locale.lang),
        count: n(topRegion.negative),
        percent: locale.percent(topRegion.negative / Math.max(1, figures.totals.negative)),
      }),
    );
  }
  const topCategory = [...figures.byCategory.negative].sort((a, b) => b.count - a.count)[0];
  if (topCategory && topCategory.count > 0) {
    paragraphs.push(
      interpolate(t.summary.topCategory, {
        category: labelOf(reference.categories.negative, topCategory.category, locale.lang),
        count: n(topCategory.count),
      }),
    );
  }
  return paragraphs;
}
