// Rendered charts kept on disk by a hash of what draws them, so a build whose figures did not change
// does not draw its charts again. Files are written through writeOutput (atomic rename), so a
// half-written chart is never read back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartSpec } from '../core/charts.js';
import { writeOutput } from './output.js';

const require = createRequire(import.meta.url);

/**
 * Changes whenever the drawing changes without the spec changing: bump RENDERER_REVISION when editing
 * the renderer's plugins; the Chart.js and chartjs-chart-geo versions are read from their packages.
 */
const RENDERER_REVISION = 5;
const RENDERER = JSON.stringify([RENDERER_REVISION, versionOf('chart.js'), versionOf('chartjs-chart-geo')]);

// Both packages keep their entry point one folder below package.json (dist/, build/) and do not export it.
function versionOf(name: string): string {
  const manifest = join(dirname(require.resolve(name)), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export type ChartFormat = 'svg' | 'png';

/** SHA-256 of everything that decides a chart's pixels: its size, direction, fonts, configuration and format. */
export function chartKey(spec: ChartSpec, format: ChartFormat): string {
  const { width, height, direction, fontFamily, config } = spec;
  return createHash('sha256')
    .update(JSON.stringify([RENDERER, format, width, height, direction, fontFamily, config]))
    .digest('hex');
}

export class ChartCache {
  constructor(readonly dir: string) {}

  path(key: string, format: ChartFormat): string {
    return join(this.dir, `${key}.${format}`);
  }

  async get(key: string, format: ChartFormat): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.path(key, format)));
    } catch {
      return undefined;
    }
  }

  async put(key: string, format: ChartFormat, data: string | Uint8Array): Promise<void> {
    await writeOutput(this.path(key, format), data);
  }
}
