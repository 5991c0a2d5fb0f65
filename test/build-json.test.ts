// `build --json` for CI: one document on stdout that holds to its schema, whose SHA-256 values are those of the
// files on disk, and a failure that is a JSON document too.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFailureSchema, buildJsonSchema } from '../src/cli/build-json.js';
import { generatedEdition, runCli } from './helpers.js';

describe('build --json', () => {
  it('writes one document on stdout, in its schema, with the SHA-256 of every file written', async () => {
    const data = generatedEdition(60);
    const out = mkdtempSync(join(tmpdir(), 'oic-json-'));
    const r = await runCli(['build', '2024', '--data', data, '--out', out, '--lang', 'en', '--format', 'pdf,html,figures', '--json', '--progress']);
    expect(r.code, r.stderr).toBe(0);
    const document = buildJsonSchema.parse(JSON.parse(r.stdout));
    // Progress is on stderr only, never mixed into the document.
    expect(r.stderr).toContain('Printing the en edition');
    expect(document.outputs.filter((o) => o.format === 'pdf').map((o) => o.lang)).toEqual(['en']);
    expect(document.outputs.some((o) => o.format === 'figures' && o.path.endsWith('figures.json'))).toBe(true);
    for (const o of document.outputs) {
      const bytes = readFileSync(o.path);
      expect(createHash('sha256').update(bytes).digest('hex'), o.path).toBe(o.sha256);
      expect(bytes.length).toBe(o.bytes);
    }
    const rows = readFileSync(join(data, '2024', 'incidents.csv'), 'utf8').trim().split('\n').length - 1;
    expect(document.data).toMatchObject({ file: '2024/incidents.csv', rowsRead: rows, rowsAccepted: rows, rowsRejected: 0 });
    expect(document.data.fingerprint).toBe(createHash('sha256').update(readFileSync(join(data, '2024', 'incidents.csv'))).digest('hex'));
    expect(document.figures.negative + document.figures.positive).toBe(rows);
    expect(Object.keys(document.timings)).toEqual(expect.arrayContaining(['checks', 'data', 'charts', 'print', 'html', 'figures', 'total']));
  });

  it('a failure is a JSON document too, with the message, hint and exit code', async () => {
    const r = await runCli(['build', '2031', '--json']);
    expect(r.code).toBe(2);
    const failure = buildFailureSchema.parse(JSON.parse(r.stdout));
    expect(failure.error.message).toContain('there is no 2031 edition');
    expect(failure.error.exitCode).toBe(2);
    expect(r.stderr).toContain('there is no 2031 edition');
  });

  it('--timeout bounds each browser stage: whole seconds from 10, and the default grows with the edition', async () => {
    const r = await runCli(['build', '2024', '--timeout', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"5" is not a timeout');
    const { browserTimeout } = await import('../src/app/targets/pdf.js');
    expect(browserTimeout(0)).toBe(60_000);
    expect(browserTimeout(100_000)).toBe(1_060_000);
    expect(browserTimeout(100_000, 900)).toBe(900_000);
  });
});
