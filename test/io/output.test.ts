import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/io/output.js';

describe('writeOutput', () => {
  it('lets writes of one file at the same time all finish, the file whole, no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-output-'));
    const path = join(dir, 'charts', 'chart.svg');
    const contents = Array.from({ length: 8 }, (_, i) => `<svg>${String(i).repeat(100_000)}</svg>`);
    await Promise.all(contents.map((text) => writeOutput(path, text)));
    expect(contents).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(join(dir, 'charts'))).toEqual(['chart.svg']);
  });
});
