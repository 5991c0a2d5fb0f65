import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/io/output.js';
import { watchFiles, type FileWatcher } from '../../src/io/watch-files.js';

describe('watchFiles', () => {
  let watcher: FileWatcher | undefined;
  afterEach(async () => watcher?.close());

  /** The batches seen while `act` runs and for a little while after. */
  async function batches(dir: string, act: () => Promise<void> | void, debounceMs = 80): Promise<string[][]> {
    const seen: string[][] = [];
    watcher = await watchFiles([dir], { debounceMs, onBatch: (files) => seen.push(files.sort()) });
    await act();
    await new Promise((r) => setTimeout(r, debounceMs + 400));
    return seen;
  }

  it('hands a burst of saves on as one batch, once the burst is over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-watch-'));
    mkdirSync(join(dir, 'i18n'));
    const seen = await batches(dir, async () => {
      for (const name of ['a.hbs', 'b.hbs', 'i18n/ar.json']) {
        writeFileSync(join(dir, name), name);
        await new Promise((r) => setTimeout(r, 15));
      }
    });
    expect(seen).toEqual([[join(dir, 'a.hbs'), join(dir, 'b.hbs'), join(dir, 'i18n', 'ar.json')]]);
  });

  it("sees a file replaced by rename (an editor's safe save, our own writes) and ignores the temporary and backup files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-watch-'));
    writeFileSync(join(dir, 'report.css'), 'a');
    const seen = await batches(dir, async () => {
      await writeOutput(join(dir, 'report.css'), 'b');
      writeFileSync(join(dir, 'report.css~'), 'backup');
      writeFileSync(join(dir, '.report.css.swp'), 'swap');
    });
    expect(seen).toEqual([[join(dir, 'report.css')]]);
  });
});
