// What Chart.js in Node needs beside a spec's configuration: zero in the chart's digits, a white background
// painted in a plugin (so SVG output stays vector), the text direction, the values on bars and slices, and the
// SVG made smaller.
import { Ticks, type Chart, type ChartConfiguration, type Plugin, type Scale, type Tick } from 'chart.js';

// Chart.js writes a value scale's zero as a literal '0' whatever options.locale (Ticks.formatters.numeric);
// its other ticks go through Intl with that locale. Every value scale the spec configures, the map's colour
// key included, is given Chart.js's formatter with zero in the chart's digits too. (A scale option such as
// afterTickToLabelConversion would not do: chartjs-chart-geo's colour scale resolves it as scriptable.)
export function localZero(config: ChartConfiguration): void {
  const scales = (config.options?.scales ?? {}) as Record<string, { type?: string; axis?: string; ticks?: object }>;
  for (const [id, scale] of Object.entries(scales)) {
    if (isValueScale(config, id, scale)) scale.ticks = { ...scale.ticks, callback: localTick };
  }
}

/** As Chart.js types a scale the spec leaves untyped: bars' and lines' index axis is categories, the other
 * linear; a map's scales are named by their type (projection, color). */
function isValueScale(config: ChartConfiguration, id: string, scale: { type?: string; axis?: string }): boolean {
  const indexAxis = (config.options as { indexAxis?: string } | undefined)?.indexAxis ?? 'x';
  const implied = (config.type as string) === 'choropleth' ? id : (scale.axis ?? id[0]) === indexAxis ? 'category' : 'linear';
  return ['linear', 'color'].includes(scale.type ?? implied);
}

function localTick(this: Scale, value: number | string, index: number, ticks: Tick[]): string {
  if (value !== 0) return Ticks.formatters.numeric.call(this, value as number, index, ticks);
  const format = (this.options as { ticks?: { format?: Intl.NumberFormatOptions } }).ticks?.format;
  return new Intl.NumberFormat(this.chart.options.locale, format).format(0);
}

// chartjs-node-canvas's own backgroundColour option makes cairo rasterise the whole SVG: paint it here instead.
export const whiteBackground: Plugin = {
  id: 'oicWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

// Chart.js's textDirection option touches canvas.style and crashes in Node; setting the context's
// direction is what makes mixed Arabic and digits read right to left.
export function textDirection(direction: 'rtl' | 'ltr'): Plugin {
  return {
    id: 'oicTextDirection',
    beforeDraw(chart) {
      (chart.ctx as unknown as { direction: string }).direction = direction;
    },
  };
}

// The value at the end of every bar, in the edition's digits (options.plugins.oicValueLabels.locale).
export function valueLabels(fontFamily: string): Plugin {
  return {
    id: 'oicValueLabels',
    afterDatasetsDraw(chart, _args, options: { locale?: string }) {
      if (!options.locale) return;
      const format = new Intl.NumberFormat(options.locale);
      const horizontal = chart.options.indexAxis === 'y';
      const { ctx } = chart;
      ctx.save();
      ctx.font = `14px ${fontFamily}`;
      ctx.fillStyle = '#222222';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden || meta.type !== 'bar') return;
        meta.data.forEach((element, j) => {
          const value = dataset.data[j];
          if (typeof value !== 'number') return;
          const { x, y, base } = element as unknown as { x: number; y: number; base: number };
          const text = format.format(value);
          if (horizontal) {
            const reversed = Boolean((chart.options.scales?.x as { reverse?: boolean } | undefined)?.reverse);
            const toRight = x === base ? !reversed : x > base;
            ctx.textAlign = toRight ? 'left' : 'right';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, x + (toRight ? 5 : -5), y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, x, y - 3);
          }
        });
      });
      ctx.restore();
    },
  };
}

// Each doughnut slice's share, inside the slice, in the edition's digits (options.plugins.oicSliceLabels.locale).
export function sliceLabels(fontFamily: string): Plugin {
  return {
    id: 'oicSliceLabels',
    afterDatasetsDraw(chart, _args, options: { locale?: string }) {
      if (!options.locale) return;
      const format = new Intl.NumberFormat(options.locale, { style: 'percent', maximumFractionDigits: 0 });
      const dataset = chart.data.datasets[0];
      const meta = chart.getDatasetMeta(0);
      if (!dataset || meta.type !== 'doughnut') return;
      const values = dataset.data as number[];
      const total = values.reduce((a, b) => a + b, 0);
      const colours = dataset.backgroundColor as string[];
      const { ctx } = chart;
      ctx.save();
      ctx.font = `bold 14px ${fontFamily}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((arc, j) => {
        const { startAngle, endAngle } = arc as unknown as { startAngle: number; endAngle: number };
        const value = values[j] ?? 0;
        if (total === 0 || endAngle - startAngle < 0.3) return;
        const { x, y } = (arc as unknown as { tooltipPosition(useFinal: boolean): { x: number; y: number } }).tooltipPosition(true);
        ctx.fillStyle = lightness(colours[j] ?? '#000000') > 0.55 ? '#222222' : '#ffffff';
        ctx.fillText(format.format(value / total), x, y);
      });
      ctx.restore();
    },
  };
}

/**
 * Cairo writes path coordinates to six decimals; a tenth of a pixel (0.02 mm at the printed width, a
 * quarter of a 300 dpi dot) is plenty. Rounding the `d` attributes only (colours stay exact) makes the SVGs
 * about 40 % smaller and the charts' share of each PDF about a quarter smaller.
 */
export function compactSvg(svg: string): string {
  // Cairo numbers its surfaces across the process (surface11, surface335…), and nothing refers to the id: the
  // same chart is the same file whatever was drawn before it in the process (a preview, a test, the cache).
  return svg
    .replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/(\d\.\d)\d+/g, '$1')}"`)
    .replace(/<g id="surface\d+"/g, '<g id="surface1"');
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
