// The thread of io/png-thread.ts: draws each chart's PNG in turn and posts it back.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../core/charts.js';
import { ChartRenderer } from './charts.js';
import { PNG_THREAD_NICE } from './png-thread.js';

// The prints are the build's critical path and the PNGs are not: on Linux, setpriority(who = 0) lowers only the
// calling thread, so the PNGs take the CPU time the prints leave idle. Elsewhere it would lower the whole process.
if (process.platform === 'linux') {
  try {
    setPriority(0, PNG_THREAD_NICE);
  } catch {
    // Refused (a sandbox): drawn at the build's priority, as before.
  }
}

const { fontsDir, specs } = workerData as { fontsDir: string; specs: ChartSpec[] };
const renderer = new ChartRenderer(fontsDir);
for (const [index, spec] of specs.entries()) {
  const png = renderer.drawPng(spec);
  parentPort!.postMessage({ index, png }, png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? [png.buffer as ArrayBuffer] : []);
}
