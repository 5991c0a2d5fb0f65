// The thread of io/png-thread.ts: draws each chart's PNG in turn and posts it back.
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../core/charts.js';
import { ChartRenderer } from './charts.js';

const { fontsDir, specs } = workerData as { fontsDir: string; specs: ChartSpec[] };
const renderer = new ChartRenderer(fontsDir);
for (const [index, spec] of specs.entries()) {
  const png = renderer.drawPng(spec);
  parentPort!.postMessage({ index, png }, png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? [png.buffer as ArrayBuffer] : []);
}
