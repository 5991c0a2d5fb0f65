// The Arabic charts drawn for real: every number in the edition's digits (Arabic-Indic, or Latin where
// the edition chooses them), found in the SVG by its glyphs' outlines; bars side by side in the order
// their legend reads, read from where Chart.js drew them; the tables' per-cent columns headed in words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalogAr from '../../templates/i18n/ar.json' with { type: 'json' };
import catalogEn from '../../templates/i18n/en.json' with { type: 'json' };
import { chartSpecs, periodLabel, type ChartSpec } from '../../src/core/charts.js';
import type { Edition } from '../../src/core/edition.js';
import { computeFigures } from '../../src/core/figures.js';
import { localeFor } from '../../src/core/locale.js';
import type { Chart } from 'chart.js';
import { ChartRenderer } from '../../src/io/charts.js';
import { ROOT } from '../helpers.js';
import { edition, reference } from '../core/fixtures.js';
import { incidents, previousEdition, previousIncidents } from '../core/figure-fixtures.js';
import { countGlyphs, glyphsOf } from './svg-glyphs.js';

const renderer = new ChartRenderer(join(ROOT, 'fonts'));
const figures = computeFigures(incidents, edition, reference);
const previous = computeFigures(previousIncidents, previousEdition, reference);
const arabic = (digits: Edition['arabicDigits']) => {
  const withDigits = { ...edition, arabicDigits: digits };
  return chartSpecs(figures, withDigits, reference, localeFor('ar', withDigits), catalogAr.charts, previous);
};
const specs = arabic('arab');
const spec = (id: string) => specs.find((s) => s.id === id) as ChartSpec;

// The fonts charts set numbers in: ticks and legends, value labels, the doughnut's slice labels.
const NUMBER_FONTS = ['16px', '14px', 'bold 14px'];
const LATIN_DIGITS = '0123456789'.split('');
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'.split('');

/** A value axis whose only tick, and the chart's only text, is zero. */
function zeroOnly(locale: string): ChartSpec {
  const { fontFamily } = specs[0] as ChartSpec;
  return {
    ...spec('status-by-region'),
    width: 120,
    height: 120,
    config: {
      type: 'bar',
      data: { labels: ['a'], datasets: [{ data: [0] }] },
      options: {
        locale,
        responsive: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { min: 0, max: 1, ticks: { maxTicksLimit: 1, font: { family: fontFamily, size: 16 } } } },
      },
    },
  };
}

describe('numbers in the Arabic charts', () => {
  it("draws the zero tick in the edition's digits (Chart.js alone writes a Latin 0)", () => {
    // Cairo numbers its surfaces: the drawings alone are compared.
    const drawing = (locale: string) => renderer.renderSvg(zeroOnly(locale)).replace(/surface\d+/g, '');
    const latin = drawing('en-GB');
    expect(latin).toMatch(/<path/);
    expect(drawing('ar-u-nu-arab')).not.toBe(latin);
    expect(drawing('ar-u-nu-latn')).toBe(latin);
  });

  it('draws no Latin digit in any chart of an edition in Arabic-Indic digits', () => {
    const latin = glyphsOf(renderer, LATIN_DIGITS, spec('status-by-region').fontFamily, NUMBER_FONTS);
    const drawn = Object.fromEntries(specs.map((s) => [s.id, countGlyphs(renderer.renderSvg(s), latin)]));
    expect(drawn).toEqual(Object.fromEntries(specs.map((s) => [s.id, 0])));
  });

  it('draws Latin digits only, where the edition chooses them', () => {
    const latinSpecs = arabic('latn');
    const glyphs = (digits: string[]) => glyphsOf(renderer, digits, spec('status-by-region').fontFamily, NUMBER_FONTS);
    const [latin, indic] = [glyphs(LATIN_DIGITS), glyphs(ARABIC_DIGITS)];
    for (const s of latinSpecs) {
      const svg = renderer.renderSvg(s);
      // The zero tick at least: a glyph of 0 is two contours.
      expect(countGlyphs(svg, latin), s.id).toBeGreaterThanOrEqual(2);
      expect(countGlyphs(svg, indic), s.id).toBe(0);
    }
  });

  it('sets the numbers in Amiri, as the Arabic pages beside the charts', () => {
    const amiri = glyphsOf(renderer, ARABIC_DIGITS, "'Amiri'", NUMBER_FONTS);
    for (const s of specs) expect(countGlyphs(renderer.renderSvg(s), amiri), s.id).toBeGreaterThan(0);
  });

  it("labels every scale in the edition's digits, the map's colour key included", () => {
    const labels = renderer.inspect(spec('manifestations-map'), (chart) => chart.scales.color?.ticks.map((t) => t.label));
    expect(labels?.[0]).toBe('٠');
    for (const s of specs) {
      const ticks = renderer.inspect(s, (chart) => Object.values(chart.scales).flatMap((scale) => scale.ticks.map((t) => String(t.label))));
      expect(ticks.filter((label) => /[0-9]/.test(label)), s.id).toEqual([]);
    }
  });
});

/** Where Chart.js drew each series' bars and legend entry, the series by name (read before the Chart goes). */
function drawn(chart: Chart) {
  const legend = chart.legend as unknown as { legendItems: { text: string }[]; legendHitBoxes: { left: number }[] };
  const bars = new Map(
    chart.data.datasets.map((d, i) => [d.label ?? '', chart.getDatasetMeta(i).data.map((bar) => ({ x: bar.x, y: bar.y }))]),
  );
  return {
    legend: legend.legendItems.map((item, i) => ({ text: item.text, left: legend.legendHitBoxes[i]?.left ?? NaN })),
    series: (name: string) => bars.get(name) ?? [],
  };
}

const firstOnTheRight = (legend: { left: number }[]) => (legend[0]?.left ?? NaN) > (legend[1]?.left ?? NaN);

describe.each([
  ['ar', catalogAr.charts],
  ['en', catalogEn.charts],
] as const)('the order of grouped bars in %s', (lang, strings) => {
  const rtl = lang === 'ar';
  const specsOf = chartSpecs(figures, edition, reference, localeFor(lang, edition), strings, previous);
  const of = (id: string) => specsOf.find((s) => s.id === id) as ChartSpec;

  it("puts the legend's first series on the reading side of each group of upright bars", () => {
    const { legend, series } = renderer.inspect(of('status-by-region'), drawn);
    expect(legend.map((l) => l.text)).toEqual([strings.negative, strings.positive]);
    expect(firstOnTheRight(legend)).toBe(rtl);
    const [negative, positive] = [series(strings.negative), series(strings.positive)];
    expect(negative).toHaveLength(figures.byRegion.length);
    negative.forEach((bar, i) => expect(bar.x > (positive[i]?.x ?? NaN), `region ${i}`).toBe(rtl));
  });

  it('keeps this period above the previous one in horizontal groups, in both directions', () => {
    const { legend, series } = renderer.inspect(of('top-countries'), drawn);
    const locale = localeFor(lang, edition);
    const [now, before] = [periodLabel(figures.period, locale), periodLabel(previous.period, locale)];
    expect(legend.map((l) => l.text)).toEqual([now, before]);
    expect(firstOnTheRight(legend)).toBe(rtl);
    expect(series(now)).toHaveLength(figures.topCountries.length);
    series(now).forEach((bar, i) => expect(bar.y).toBeLessThan(series(before)[i]?.y ?? NaN));
  });
});

describe.each([
  ['ar', catalogAr.charts],
  ['en', catalogEn.charts],
] as const)('the per-cent columns of the tables in %s', (lang, strings) => {
  const specsOf = chartSpecs(figures, edition, reference, localeFor(lang, edition), strings, previous);
  const head = (id: string) => specsOf.find((s) => s.id === id)?.table.head;

  it("take their heads from the catalog, never a bare '%'", () => {
    expect(head('top-countries')).toEqual([strings.country, strings.incidents, strings.previous, strings.change, strings.changePercent]);
    expect(head('positive-types')).toEqual([strings.category, strings.incidents, strings.share]);
    for (const s of specsOf) expect(s.table.head, s.id).not.toContain('%');
  });
});
