// The charts, drawn for real from the hand-checked incidents: what each SVG holds, in every language, the
// cache, and the files written for reuse.
import { mkdtempSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalogAr from '../../templates/i18n/ar.json' with { type: 'json' };
import catalogEn from '../../templates/i18n/en.json' with { type: 'json' };
import catalogFr from '../../templates/i18n/fr.json' with { type: 'json' };
import { chartSpecs, PALETTE, sequence, type ChartSpec } from '../../src/core/charts.js';
import { computeFigures } from '../../src/core/figures.js';
import { localeFor } from '../../src/core/locale.js';
import { layoutImage } from '../../src/core/chapters/context.js';
import { ChartRenderer, PNG_DPI } from '../../src/io/charts.js';
import { writeFiguresOutput } from '../../src/io/figures-output.js';
import { ROOT } from '../helpers.js';
import { edition, reference } from '../core/fixtures.js';
import { incidents, previousEdition, previousIncidents } from '../core/figure-fixtures.js';
import { filled } from './svg-count.js';

const fonts = join(ROOT, 'fonts');
const figures = computeFigures(incidents, edition, reference);
const previous = computeFigures(previousIncidents, previousEdition, reference);
const catalogs = { ar: catalogAr.charts, en: catalogEn.charts, fr: catalogFr.charts };
const specsFor = (lang: 'ar' | 'en' | 'fr') => chartSpecs(figures, edition, reference, localeFor(lang, edition), catalogs[lang], previous);

const ALL = [
  'monthly-trend',
  'monthly-comparison',
  'negative-by-category',
  'top-countries',
  'manifestations-map',
  'negative-by-target',
  'status-by-region',
  'region-by-category',
  'positive-by-category',
  'positive-types',
];

describe.each(['en', 'ar', 'fr'] as const)('charts in %s', (lang) => {
  const renderer = new ChartRenderer(fonts);
  const specs = specsFor(lang);
  const svg = Object.fromEntries(specs.map((s) => [s.id, renderer.renderSvg(s)]));
  const spec = (id: string) => specs.find((s) => s.id === id) as ChartSpec;

  it('draws every chart, vector only', () => {
    expect(specs.map((s) => s.id)).toEqual(ALL);
    for (const id of ALL) {
      expect(svg[id]).toMatch(/^<\?xml[\s\S]*<svg/);
      // No embedded raster: a chart must stay vector in the PDF.
      expect(svg[id]).not.toContain('<image');
    }
  });

  // A layout print takes an empty picture of this size in the chart's place (core/chapters/context.ts layoutImage).
  it("sizes every SVG as the layout print's placeholder is sized", () => {
    for (const s of specs) {
      const root = /<svg\b[^>]*>/.exec(svg[s.id]!)![0];
      const placeholder = decodeURIComponent(layoutImage(s).split(',')[1]!);
      for (const name of ['width', 'height', 'viewBox']) expect(root).toContain(new RegExp(`\\s${name}="[^"]*"`).exec(placeholder)![0]);
    }
  });

  // Cairo leaves out bars of zero length; each series with a legend adds one key of its colour.
  it('draws one bar per non-zero count', () => {
    expect(filled(svg['negative-by-category']!, PALETTE.negative)).toBe(4); // mosque, hijab, online hate, assault
    expect(filled(svg['negative-by-target']!, PALETTE.negative)).toBe(3); // mosque, individual, unspecified
    expect(filled(svg['positive-by-category']!, PALETTE.positive)).toBe(2); // court decision, interfaith
    // Status by region: negative in Asia, Europe, North America; positive in Africa, Europe, North America.
    expect(filled(svg['status-by-region']!, PALETTE.negative)).toBe(3 + 1);
    expect(filled(svg['status-by-region']!, PALETTE.positive)).toBe(3 + 1);
    // Hotspots: FR, DE, IN, US now; before, FR and US only.
    expect(filled(svg['top-countries']!, PALETTE.negative)).toBe(4 + 1);
    expect(filled(svg['top-countries']!, PALETTE.previous)).toBe(2 + 1);
  });

  it('stacks region × type: one segment per region holding that type', () => {
    // Types by count: mosque (2, Europe), assault (Asia), online hate (North America), hijab (Europe).
    const colours = sequence(4);
    expect(spec('region-by-category').config.data.datasets.map((d) => d.label)).toEqual(
      ['mosque', 'assault', 'online_hate', 'hijab'].map((c) => reference.categories.negative.find((x) => x.code === c)?.[lang]),
    );
    for (const colour of colours) expect(filled(svg['region-by-category']!, colour)).toBe(1 + 1);
  });

  it('draws a point for every month, this period and the previous one', () => {
    // Legend keys are the series' markers: one more of each colour.
    expect(filled(svg['monthly-trend']!, PALETTE.negative)).toBe(12 + 1);
    expect(filled(svg['monthly-trend']!, PALETTE.positive)).toBe(12 + 1);
    expect(filled(svg['monthly-comparison']!, PALETTE.negative)).toBe(12 + 1);
    expect(filled(svg['monthly-comparison']!, PALETTE.previous)).toBe(14 + 1);
  });

  it('draws a slice per positive type that occurred', () => {
    for (const colour of sequence(2)) expect(filled(svg['positive-types']!, colour)).toBe(1 + 1);
  });

  it('maps every country, those without a manifestation in the missing colour', () => {
    // world-atlas 110m has 177 countries; Antarctica is left out; FR, DE, IN and US have manifestations.
    expect(filled(svg['manifestations-map']!, '#e6e6e6')).toBe(176 - 4);
  });

  it('mirrors categorical layout in Arabic, keeps time left to right', () => {
    const rtl = lang === 'ar';
    const scales = (id: string) => spec(id).config.options?.scales as Record<string, { reverse?: boolean; position?: string }>;
    expect(scales('negative-by-category').x?.reverse).toBe(rtl);
    expect(scales('negative-by-category').y?.position).toBe(rtl ? 'right' : 'left');
    expect(scales('status-by-region').x?.reverse).toBe(rtl);
    expect(scales('monthly-trend').x?.reverse).toBe(false);
    expect(spec('monthly-trend').direction).toBe(rtl ? 'rtl' : 'ltr');
  });
});

describe('chart specs', () => {
  it('writes numbers in the edition digits and mirrors time axes when the edition asks', () => {
    const mirrored = chartSpecs(figures, { ...edition, mirrorTimeAxes: true }, reference, localeFor('ar', edition), catalogs.ar, previous);
    const trend = mirrored.find((s) => s.id === 'monthly-trend');
    expect((trend?.config.options?.scales as Record<string, { reverse?: boolean }>).x?.reverse).toBe(true);
    expect(trend?.config.options?.locale).toBe('ar-u-nu-arab');
    expect(mirrored.find((s) => s.id === 'negative-by-category')?.table.rows[0]).toEqual([expect.any(String), '٢']);
    expect(mirrored.find((s) => s.id === 'monthly-comparison')?.title).toContain('٢٠٢٤');
  });

  it('are written in French with Noto Sans, titles and legends in French typography', () => {
    const specs = specsFor('fr');
    expect(new Set(specs.map((s) => s.fontFamily))).toEqual(new Set(["'Noto Sans'"]));
    const byRegion = specs.find((s) => s.id === 'status-by-region')!;
    expect(byRegion.title).toBe('État de l’islamophobie\u202F: manifestations et évolutions positives par région');
    expect(byRegion.config.data.datasets.map((d) => d.label)).toEqual(['Manifestations', 'Évolutions positives']);
    const types = specs.find((s) => s.id === 'positive-types')!;
    expect(types.table.rows.flat().filter((cell) => cell.endsWith('%'))).toEqual(expect.arrayContaining([expect.stringMatching(/\d\u202F%$/)]));
  });

  it('leaves out the comparison without a previous edition', () => {
    const ids = chartSpecs(figures, edition, reference, localeFor('en', edition), catalogs.en).map((s) => s.id);
    expect(ids).not.toContain('monthly-comparison');
    expect(ids).toHaveLength(ALL.length - 1);
  });
});

describe('chart cache and the files written for reuse', () => {
  it('writes figures.json, tables, SVG and 300 dpi PNG, and draws nothing again on the next build', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'oic-charts-'));
    const cacheDir = join(outDir, '.cache', 'charts');
    const input = {
      outDir,
      edition,
      reference,
      figures,
      previous,
      charts: (['ar', 'en'] as const).map((lang) => ({ lang, specs: specsFor(lang) })),
    };

    const first = await writeFiguresOutput({ ...input, renderer: new ChartRenderer(fonts, { cacheDir }) });
    expect(first.drawn).toBe(ALL.length * 2 * 2);
    const json = JSON.parse(readFileSync(join(outDir, 'figures.json'), 'utf8'));
    expect(json.figures).toEqual(JSON.parse(JSON.stringify(computeFigures(incidents, edition, reference))));
    expect(json.comparison.totals.negative).toEqual({ current: 5, previous: 4, change: 1, percent: 0.25 });
    expect(readdirSync(join(outDir, 'tables'))).toContain('top-countries.csv');
    const charts = readdirSync(join(outDir, 'charts'));
    expect(charts).toHaveLength(ALL.length * 2 * 2);
    expect(charts).toContain('manifestations-map-ar.svg');
    const png = readFileSync(join(outDir, 'charts', 'status-by-region-en.png'));
    expect(png.readUInt32BE(16)).toBe(Math.floor((170 / 25.4) * PNG_DPI)); // 170 mm wide at 300 dpi
    const phys = png.indexOf('pHYs');
    expect(png.readUInt32BE(phys + 4)).toBe(Math.round(PNG_DPI / 0.0254)); // pixels per metre
    expect([png[24], png[25]]).toEqual([8, 2]); // 8-bit RGB: drawn opaque, no alpha channel to encode

    const cached = readdirSync(cacheDir);
    const mtimes = Object.fromEntries(cached.map((f) => [f, statSync(join(cacheDir, f)).mtimeMs]));
    const second = await writeFiguresOutput({ ...input, renderer: new ChartRenderer(fonts, { cacheDir }) });
    expect(second.drawn).toBe(0);
    expect(readdirSync(cacheDir).sort()).toEqual(cached.sort());
    for (const f of cached) expect(statSync(join(cacheDir, f)).mtimeMs).toBe(mtimes[f]);

    // A changed figure is a new chart: drawn, in both formats, for each language.
    const renderer = new ChartRenderer(fonts, { cacheDir });
    const spec = specsFor('en').find((s) => s.id === 'status-by-region') as ChartSpec;
    expect((await renderer.render(spec)).cached).toBe(true);
    const changed = structuredClone(spec);
    (changed.config.data.datasets[0] as { data: number[] }).data[0] = 7;
    expect((await renderer.render(changed)).cached).toBe(false);
    expect(renderer.drawn).toBe(1);
  }, 60_000);
});
