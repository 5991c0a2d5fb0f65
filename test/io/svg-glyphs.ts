// Finding a glyph in a chart's SVG. Cairo writes text as outlines: a <path> per run of text, a subpath per
// contour of each glyph. A contour taken relative to its first point is the same wherever the glyph
// stands (to the 0.1 px that compactSvg keeps), so a glyph drawn anywhere can be found by its contours.
import type { ChartSpec } from '../../src/core/charts.js';
import type { ChartRenderer } from '../../src/io/charts.js';

type Contour = number[];

/** The contours of every filled shape (text, bars, countries), each relative to its first point. */
export function contours(svg: string): Contour[] {
  const found: Contour[] = [];
  for (const [, d] of svg.matchAll(/<path\b[^>]*\bstyle="[^"]*\bfill:rgb[^>]*\bd="([^"]*)"/g)) {
    for (const subpath of (d ?? '').split(/(?=M )/)) {
      const n = subpath.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
      // A lone move (cairo ends each glyph with one) is no shape.
      if (n.length > 2) found.push(n.map((v, i) => v - (n[i % 2] ?? 0)));
    }
  }
  return found;
}

// Each coordinate is cut to 0.1 px, so two copies of a glyph differ by less than 0.2 px per number.
const same = (a: Contour, b: Contour) => a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) < 0.25);

/** How many of the glyphs' contours the SVG draws, anywhere. */
export function countGlyphs(svg: string, glyphs: readonly Contour[]): number {
  return contours(svg).filter((c) => glyphs.some((g) => same(c, g))).length;
}

/**
 * The contours of `characters` as a chart draws them in `fontFamily` at each CSS font (e.g. '16px',
 * 'bold 14px'): each character the only text under a bar of its own, drawn by the renderer itself.
 */
export function glyphsOf(renderer: ChartRenderer, characters: string[], fontFamily: string, fonts: string[]): Contour[] {
  return fonts.flatMap((font) => {
    const [weight, size] = font.includes(' ') ? font.split(' ') : ['normal', font];
    const spec = {
      id: 'glyphs',
      section: 'trends',
      title: '',
      caption: '',
      width: 60 * characters.length,
      height: 60,
      direction: 'ltr',
      fontFamily,
      config: {
        type: 'bar',
        data: { labels: characters, datasets: [] },
        options: {
          responsive: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: {
            y: { display: false },
            x: { grid: { display: false }, ticks: { font: { family: fontFamily, size: parseInt(size ?? '', 10), weight } } },
          },
        },
      },
      table: { head: [], rows: [] },
    } as unknown as ChartSpec;
    return contours(renderer.renderSvg(spec));
  });
}
