// `oic-report diff` through the real command: after a build, a row added, a row removed and a category changed
// are each reported by id, with the totals that moved; Markdown for a CI job summary, JSON for a script.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, row, runCli, toCsv } from './helpers.js';

describe('oic-report diff', () => {
  it('reports a row added, a row removed and a changed category since the last build', async () => {
    const rows = [
      row({ id: 'A', country: 'FR', category: 'mosque', date: '2024-02-01' }),
      row({ id: 'B', country: 'DE', category: 'hate_speech', date: '2024-03-01' }),
      row({ id: 'C', country: 'GB', category: 'mosque', date: '2024-04-01' }),
    ];
    const data = dataFolder(toCsv(rows));
    const out = mkdtempSync(join(tmpdir(), 'oic-diff-'));
    const built = await runCli(['build', '2024', '--data', data, '--out', out, '--format', 'figures', '--lang', 'en']);
    expect(built.code, built.stderr).toBe(0);
    const nothing = await runCli(['diff', '2024', '--data', data, '--out', out]);
    expect(nothing.stdout).toContain('Nothing changed.');

    const csv = join(data, '2024', 'incidents.csv');
    writeFileSync(csv, toCsv([rows[0]!, { ...rows[1]!, category: 'discrimination' }, row({ id: 'D', country: 'US', category: 'mosque', date: '2024-05-01' })]));
    const text = await runCli(['diff', '2024', '--data', data, '--out', out]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Incidents added (1):\n  D: negative mosque, US, 2024-05-01');
    expect(text.stdout).toContain('Incidents removed (1):\n  C: negative mosque, GB, 2024-04-01');
    expect(text.stdout).toContain('Incidents changed (1):\n  B: category hate_speech → discrimination');
    expect(text.stdout).toContain('negative/discrimination: 0 → 1 (+1)');
    expect(text.stdout).toContain('2024-04: 1 → 0 (-1)');

    const markdown = await runCli(['diff', '2024', '--data', data, '--out', out, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^## Figures of the 2024 edition against /);
    expect(markdown.stdout).toContain('### Incidents added (1)\n- D: negative mosque, US, 2024-05-01');

    const json = JSON.parse((await runCli(['diff', '2024', '--data', data, '--out', out, '--format', 'json'])).stdout);
    expect(json.added.map((i: { id: string }) => i.id)).toEqual(['D']);
    expect(json.removed.map((i: { id: string }) => i.id)).toEqual(['C']);
    expect(json.changed).toEqual([{ id: 'B', fields: [{ field: 'category', from: 'hate_speech', to: 'discrimination' }] }]);
    expect(readFileSync(join(out, 'incident-index.csv'), 'utf8').split('\n')[0]).toBe('id,polarity,date,country,region,category,digest');
  });

  it('exits 2 when there is no build to compare with, saying how to make one', async () => {
    const r = await runCli(['diff', '2024', '--data', dataFolder(toCsv([row()])), '--out', mkdtempSync(join(tmpdir(), 'oic-diff-none-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no build to compare with');
  });
});
