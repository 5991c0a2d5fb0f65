// The PNG thread as the build runs it (compiled, in a worker): every PNG arrives, and on Linux the thread drawing
// them runs at the lowest priority while the thread that drives the browser keeps its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import catalogEn from '../../templates/i18n/en.json' with { type: 'json' };
import { chartSpecs } from '../../src/core/charts.js';
import { computeFigures } from '../../src/core/figures.js';
import { localeFor } from '../../src/core/locale.js';
import { PNG_THREAD_NICE } from '../../src/io/png-thread.js';
import { ROOT } from '../helpers.js';
import { edition, reference } from '../core/fixtures.js';
import { incidents } from '../core/figure-fixtures.js';

const CHILD = join(ROOT, 'test', 'io', 'png-thread-child.mjs');

describe('the PNG thread', () => {
  // setpriority(who = 0) is per thread on Linux only; elsewhere the worker leaves its priority alone.
  it.runIf(process.platform === 'linux')('draws every PNG at nice 19 without lowering the main thread', async () => {
    const specs = chartSpecs(computeFigures(incidents, edition, reference), edition, reference, localeFor('en', edition), catalogEn.charts).slice(0, 3);
    const specsFile = join(mkdtempSync(join(tmpdir(), 'oic-png-thread-')), 'specs.json');
    writeFileSync(specsFile, JSON.stringify(specs));
    const { stdout } = await promisify(execFile)('node', [CHILD, specsFile, join(ROOT, 'fonts')], { cwd: ROOT });
    const run = JSON.parse(stdout) as { drawn: { index: number; signature: string; bytes: number }[]; mainNice: number; threadNices: number[] };
    expect(run.drawn.map((d) => d.index)).toEqual([0, 1, 2]);
    for (const png of run.drawn) expect(png).toMatchObject({ signature: 'PNG', bytes: expect.any(Number) });
    expect(run.threadNices).toContain(PNG_THREAD_NICE);
    expect(run.mainNice).toBe(getPriority()); // the child's main thread kept this process's niceness
  }, 60_000);
});
