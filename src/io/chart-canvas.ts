// Chart.js drawing on node-canvas (cairo, Pango): one Chart.js for every chart, on a canvas of the chart's size.
// chartjs-node-canvas loaded a fresh Chart.js for each size of canvas (about 25 ms each, ten sizes, in each thread
// that draws); nothing here needs them apart: the plugins are given per chart, the map's controllers once.
import { createCanvas, type Canvas } from 'canvas';
import type { Chart, ChartConfiguration } from 'chart.js';
import { createRequire } from 'node:module';
import { registerGeo } from './chart-map.js';

const require = createRequire(import.meta.url);

type ChartClass = new (context: unknown, config: ChartConfiguration) => Chart;
let chartJs: ChartClass | undefined;

// The CommonJS Chart.js: the one chartjs-chart-geo extends when it is required.
function loadChartJs(): ChartClass {
  if (!chartJs) {
    chartJs = (require('chart.js/auto') as { Chart: ChartClass }).Chart;
    registerGeo(chartJs as unknown as { register(...items: unknown[]): void });
  }
  return chartJs;
}

/**
 * Draws `config` on a new canvas of width x height (CSS pixels; options.devicePixelRatio scales the raster), as SVG
 * or as an image. Every pixel of a chart is painted over white (plugin whiteBackground), so an image needs no
 * alpha: drawn on an RGB24 surface, its PNG is written as RGB, a quarter less for zlib to compress, the same pixels.
 */
export function drawChart(config: ChartConfiguration, width: number, height: number, type: 'svg' | 'image'): Chart {
  const Chart = loadChartJs();
  const canvas = createCanvas(width, height, type === 'svg' ? 'svg' : undefined) as Canvas & { style?: object };
  // Chart.js reads the canvas's style, which a node-canvas has not; without animation it draws at once.
  canvas.style = {};
  config.options = { ...config.options, responsive: false, animation: false };
  const context = canvas.getContext('2d', type === 'image' ? { pixelFormat: 'RGB24' } : {});
  return new Chart(context, config);
}
