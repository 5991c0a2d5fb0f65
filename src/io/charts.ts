// Chart specs → SVG, with Chart.js in Node (chartjs-node-canvas on cairo/Pango, which shape Arabic
// correctly once the fonts are registered). The only module that touches the canvas.
import { registerFont } from 'canvas';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import type { Plugin } from 'chart.js';
import { join } from 'node:path';
import type { ChartSpec } from '../core/charts.js';

const FONT_FILES = [
  ['NotoSans-Regular.ttf', 'Noto Sans', 'normal'],
  ['NotoSans-Bold.ttf', 'Noto Sans', 'bold'],
  ['NotoSansArabic-Regular.ttf', 'Noto Sans Arabic', 'normal'],
  ['NotoSansArabic-Bold.ttf', 'Noto Sans Arabic', 'bold'],
] as const;

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
}

export class ChartRenderer {
  // chartjs-node-canvas loads a fresh Chart.js per instance: keep one per size.
  private readonly canvases = new Map<string, ChartJSNodeCanvas>();

  constructor(fontsDir: string) {
    for (const [file, family, weight] of FONT_FILES) registerFont(join(fontsDir, file), { family, weight });
  }

  render(spec: ChartSpec): RenderedChart {
    const canvas = this.canvasFor(spec.width, spec.height);
    const config = {
      ...spec.config,
      plugins: [whiteBackground, textDirection(spec.direction)],
    };
    const svg = canvas.renderToBufferSync(config as never, 'image/svg+xml').toString('utf8');
    return { spec, svg };
  }

  private canvasFor(width: number, height: number): ChartJSNodeCanvas {
    const key = `${width}x${height}`;
    let canvas = this.canvases.get(key);
    if (!canvas) {
      canvas = new ChartJSNodeCanvas({ width, height, type: 'svg' });
      this.canvases.set(key, canvas);
    }
    return canvas;
  }
}

// chartjs-node-canvas's own backgroundColour option makes cairo rasterise the whole SVG: paint it here instead.
const whiteBackground: Plugin = {
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
function textDirection(direction: 'rtl' | 'ltr'): Plugin {
  return {
    id: 'oicTextDirection',
    beforeDraw(chart) {
      (chart.ctx as unknown as { direction: string }).direction = direction;
    },
  };
}
