// Chart specs → SVG (for the PDF) and PNG (300 dpi, for reuse), with Chart.js in Node (chartjs-node-canvas
// on cairo/Pango, which shape Arabic correctly once the fonts are registered). The only module that
// touches the canvas. Charts are cached by a hash of their spec: an unchanged chart is not drawn again.
import { Canvas, registerFont } from 'canvas';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import type { Chart, ChartConfiguration } from 'chart.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartSpec } from '../core/charts.js';
import { ChartCache, chartKey } from './chart-cache.js';
import { compactSvg, localZero, sliceLabels, textDirection, valueLabels, whiteBackground } from './chart-plugins.js';
import { attachWorldShapes, registerGeo } from './chart-map.js';
import { canDrawPngsInThread, drawPngsInThread } from './png-thread.js';

const FONT_FILES = [
  ['NotoSans-Regular.ttf', 'Noto Sans', 'normal'],
  ['NotoSans-Bold.ttf', 'Noto Sans', 'bold'],
  ['Amiri-Regular.ttf', 'Amiri', 'normal'],
  ['Amiri-Bold.ttf', 'Amiri', 'bold'],
] as const;

/** Width the report prints a chart at, and the resolution of the PNG copies. */
export const PRINT_WIDTH_MM = 170;
export const PNG_DPI = 300;

// Charts are flat colours and straight edges: libpng's default (each row tries all five filters, then zlib level 6)
// spent three times as long on the 30 PNGs of a 10k build as no filter at the same level, for 20% larger files.
const PNG_ENCODING = { resolution: PNG_DPI, filters: Canvas.PNG_FILTER_NONE };

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  /** True when the SVG came from the cache instead of being drawn. */
  cached: boolean;
}

export interface RenderedPng {
  spec: ChartSpec;
  png: Uint8Array;
  cached: boolean;
}

export interface ChartRendererOptions {
  /** Folder of cached charts (<sha256>.svg, <sha256>.png); no cache without it. */
  cacheDir?: string;
}

export class ChartRenderer {
  // chartjs-node-canvas loads a fresh Chart.js per instance: keep one per size and type.
  private readonly canvases = new Map<string, ChartJSNodeCanvas>();
  private readonly cache: ChartCache | undefined;
  private readonly made = new Map<string, Promise<{ cached: boolean }>>();
  /** Charts actually drawn (not served from the cache), for tests and timings. */
  drawn = 0;

  constructor(
    private readonly fontsDir: string,
    options: ChartRendererOptions = {},
  ) {
    for (const [file, family, weight] of FONT_FILES) registerFont(join(fontsDir, file), { family, weight });
    this.cache = options.cacheDir ? new ChartCache(options.cacheDir) : undefined;
  }

  render(spec: ChartSpec): Promise<RenderedChart> {
    return this.once(chartKey(spec, 'svg'), async (key) => {
      const hit = await this.cache?.get(key, 'svg');
      if (hit) return { spec, svg: Buffer.from(hit).toString('utf8'), cached: true };
      const svg = this.renderSvg(spec);
      await this.cache?.put(key, 'svg', svg);
      return { spec, svg, cached: false };
    });
  }

  renderPng(spec: ChartSpec): Promise<RenderedPng> {
    return this.once(chartKey(spec, 'png'), (key) => this.makePng(key, spec));
  }

  private async makePng(key: string, spec: ChartSpec): Promise<RenderedPng> {
    const hit = await this.cache?.get(key, 'png');
    if (hit) return { spec, png: hit, cached: true };
    const png = this.drawPng(spec);
    await this.cache?.put(key, 'png', png);
    return { spec, png, cached: false };
  }

  /**
   * Starts drawing the PNGs of the specs that are neither made nor cached, in another thread (see io/png-thread.ts);
   * renderPng then waits for them there. Where no thread can run, or it fails, they are drawn here when asked for.
   */
  drawPngsAhead(specs: readonly ChartSpec[]): void {
    if (!canDrawPngsInThread()) return;
    const wanted = new Map<string, ChartSpec>();
    for (const spec of specs) {
      const key = chartKey(spec, 'png');
      if (!this.made.has(key) && !(this.cache && existsSync(this.cache.path(key, 'png')))) wanted.set(key, spec);
    }
    if (wanted.size === 0) return;
    const entries = [...wanted];
    const arrived: ((png: Uint8Array | undefined) => void)[] = [];
    entries.forEach(([key, spec]) => {
      const making = new Promise<Uint8Array | undefined>((resolve) => arrived.push(resolve)).then(async (png) => {
        if (!png) return this.makePng(key, spec);
        await this.cache?.put(key, 'png', png);
        return { spec, png, cached: false };
      });
      this.made.set(key, making);
      making.catch(() => this.made.delete(key));
    });
    const thread = drawPngsInThread(this.fontsDir, entries.map(([, spec]) => spec), (i, png) => arrived[i]?.(png));
    // What the thread did not draw (it failed, or ended early) is drawn in this thread.
    void thread.finished.catch(() => {}).then(() => arrived.forEach((resolve) => resolve(undefined)));
  }

  /**
   * Each chart is drawn once per renderer, however many ask for it (the print and the files beside the PDFs,
   * drawn at the same time): the others are given the same chart, as from a cache.
   */
  private once<T extends { cached: boolean }>(key: string, make: (key: string) => Promise<T>): Promise<T> {
    const known = this.made.get(key) as Promise<T> | undefined;
    if (known) return known.then((made) => ({ ...made, cached: true }));
    const making = make(key);
    this.made.set(key, making);
    making.catch(() => this.made.delete(key));
    return making;
  }

  /** The chart as SVG, vector throughout (text as outlines), without the cache. */
  renderSvg(spec: ChartSpec): string {
    return this.inspect(spec, (_chart, svg) => svg);
  }

  /**
   * Draws the chart as SVG and hands `read` the drawn Chart (its scales, legend and elements where Chart.js
   * placed them) with the SVG, before the Chart is destroyed: what the tests look at.
   */
  inspect<T>(spec: ChartSpec, read: (chart: Chart, svg: string) => T): T {
    const chart = this.draw(spec, 'svg', 1);
    try {
      const svg = (chart.canvas as unknown as { toBuffer(mime: string): Buffer }).toBuffer('image/svg+xml').toString('utf8');
      return read(chart, compactSvg(svg));
    } finally {
      chart.destroy();
    }
  }

  /** The chart as PNG at PNG_DPI when printed PRINT_WIDTH_MM wide, without the cache. */
  drawPng(spec: ChartSpec): Uint8Array {
    const scale = (PRINT_WIDTH_MM / 25.4) * PNG_DPI / spec.width;
    const chart = this.draw(spec, 'image', scale);
    try {
      return (chart.canvas as unknown as Canvas).toBuffer('image/png', PNG_ENCODING);
    } finally {
      chart.destroy();
    }
  }

  private draw(spec: ChartSpec, type: 'svg' | 'image', scale: number): Chart {
    this.drawn++;
    const canvas = this.canvasFor(spec.width, spec.height, type);
    // Chart.js writes into the configuration it is given: draw from a copy, so the spec (and its hash) stay as they were.
    const config = structuredClone(spec.config) as ChartConfiguration & { options: Record<string, unknown> };
    config.options = { ...config.options, devicePixelRatio: scale };
    if ((config.type as string) === 'choropleth') attachWorldShapes(config);
    localZero(config);
    config.plugins = [whiteBackground, textDirection(spec.direction), valueLabels(spec.fontFamily), sliceLabels(spec.fontFamily)];
    // renderChart is private in the typings but is the documented way to keep the Chart (and its canvas).
    return (canvas as unknown as { renderChart(c: unknown): Chart }).renderChart(config);
  }

  private canvasFor(width: number, height: number, type: 'svg' | 'image'): ChartJSNodeCanvas {
    const key = `${width}x${height}/${type}`;
    let canvas = this.canvases.get(key);
    if (!canvas) {
      canvas = new ChartJSNodeCanvas({ width, height, ...(type === 'svg' ? { type: 'svg' as const } : {}), chartCallback: registerGeo });
      if (type === 'image') drawOpaque(canvas);
      this.canvases.set(key, canvas);
    }
    return canvas;
  }
}

/**
 * Every pixel of a chart is painted over white (plugin whiteBackground), so its raster needs no alpha: drawn on an
 * RGB24 surface, the PNG is written as RGB, a quarter less for zlib to compress, with the same pixels (the 30 charts of
 * a 10k build compared). chartjs-node-canvas has no option for it: its canvas factory is wrapped, where it has one.
 */
function drawOpaque(canvas: ChartJSNodeCanvas): void {
  const owner = canvas as unknown as { _createCanvas?: (width: number, height: number, type?: string) => Canvas };
  const create = owner._createCanvas;
  if (typeof create !== 'function') return;
  owner._createCanvas = (width, height, type) => {
    const made = create(width, height, type);
    made.getContext('2d', { pixelFormat: 'RGB24' });
    return made;
  };
}
