// edition.json's annex.limit: Annex III lists at most N incidents of each category (verified first, then by date)
// and says how many it shows of how many, and where the full list is; the build writes that list beside the PDF.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { annexCut, incidentGroups } from '../src/core/annex.js';
import { localeFor } from '../src/core/locale.js';
import { buildReportView } from '../src/core/view-model.js';
import { edition, handIncidents, reference } from './core/fixtures.js';
import { catalogs, reportInput } from './core/report-fixtures.js';
import { generatedEdition, row, runCli } from './helpers.js';
import { pdfText } from './pdf.js';

const limited = { ...edition, annex: { limit: 2 } };
const incidents = handIncidents([
  row({ id: 'M1', date: '2024-01-05', category: 'mosque', verification: 'reported' }),
  row({ id: 'M2', date: '2024-02-05', category: 'mosque', verification: 'verified' }),
  row({ id: 'M3', date: '2024-03-05', category: 'mosque', verification: 'reported' }),
  row({ id: 'M4', date: '2024-04-05', category: 'mosque', verification: 'verified' }),
  row({ id: 'H1', date: '2024-05-05', category: 'hijab' }),
  row({ id: 'P1', date: '2024-06-01', polarity: 'positive', category: 'interfaith' }),
]);

describe('the annex limit, in the core', () => {
  it('lists verified incidents first, then by date, and counts what it shows of how many', () => {
    const groups = incidentGroups(incidents, 'negative', reference, localeFor('en', limited), catalogs.en, limited);
    const mosque = groups.find((g) => g.id === 'annex-negative-mosque')!;
    // M2 and M4 are verified: they are shown although M1 is older.
    expect(mosque.rows.map((r) => r.date)).toEqual(['5 February 2024', '5 April 2024']);
    expect(mosque.count).toBe('2 of 4 incidents');
    expect(groups.find((g) => g.id === 'annex-negative-hijab')!.count).toBe('one incident');
    expect(annexCut(groups, 2)).toEqual({ limit: 2, shown: 3, total: 5 });
    expect(annexCut(incidentGroups(incidents, 'negative', reference, localeFor('en', edition), catalogs.en, edition), undefined)).toBeUndefined();
  });

  it('says so in each language, with its plural forms and digits', () => {
    const lead = (lang: 'ar' | 'en' | 'fr') => {
      const view = buildReportView(reportInput(lang, incidents, { edition: limited }));
      return JSON.stringify(view).match(/"([^"]*oic-islamophobia-incidents-2024\.csv[^"]*)"/)?.[1];
    };
    expect(lead('en')).toBe(
      'For each category, this annex lists at most 2 incidents, verified incidents first, then by date: it shows 3 of the 5 incidents counted in this report. The full list is in the file oic-islamophobia-incidents-2024.csv, published with this report.',
    );
    // Arabic: the dual after "at most", few (3–10) plural after "out of", Arabic-Indic digits.
    expect(lead('ar')).toContain('لكل فئة حادثتين على الأكثر');
    expect(lead('ar')).toContain('فيعرض ٣ من أصل ٥ حوادث يحتسبها هذا التقرير');
    expect(lead('fr')).toMatch(/au plus 2 incidents, .* elle en présente 3 sur les 5 incidents pris en compte/);
  });
});

describe('a build with an annex limit', () => {
  it('prints at most the limit per category, says how many of how many, and writes the full list beside the PDF', async () => {
    const data = generatedEdition(400);
    const editionFile = join(data, '2024', 'edition.json');
    writeFileSync(editionFile, JSON.stringify({ ...JSON.parse(readFileSync(editionFile, 'utf8')), annex: { limit: 5 } }));
    const out = mkdtempSync(join(tmpdir(), 'oic-annex-'));
    const run = await runCli(['build', '2024', '--data', data, '--out', out, '--lang', 'en', '--format', 'pdf', '--json']);
    expect(run.code, run.stderr).toBe(0);

    // The full list: every incident of the edition, as an incidents.csv, listed among the outputs.
    const listFile = join(out, 'oic-islamophobia-incidents-2024.csv');
    const rows = parse(readFileSync(listFile, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(400);
    expect(JSON.parse(run.stdout).outputs.map((o: { path: string }) => o.path)).toContain(listFile);

    const byCategory = new Map<string, number>();
    for (const r of rows) if (r.polarity === 'negative') byCategory.set(r.category!, (byCategory.get(r.category!) ?? 0) + 1);
    const negative = [...byCategory.values()].reduce((a, b) => a + b, 0);
    const shown = [...byCategory.values()].reduce((a, n) => a + Math.min(n, 5), 0);
    expect(shown).toBeLessThan(negative);

    const text = pdfText(join(out, 'oic-islamophobia-report-2024-en.pdf'));
    const annex = text.slice(text.indexOf('For each category, this annex'));
    // pdftotext joins a file name hyphenated at a line end: compare without hyphens.
    expect(annex.replaceAll('-', '')).toContain(
      `For each category, this annex lists at most 5 incidents, verified incidents first, then by date: it shows ${shown} of the ${negative} incidents counted in this report. ` +
        'The full list is in the file oicislamophobiaincidents2024.csv, published with this report.',
    );
    for (const n of byCategory.values()) expect(annex).toContain(n > 5 ? `5 of ${n} incidents` : n === 1 ? 'one incident' : `${n} incidents`);
    // Every row of the generated (illustrative) data cites the same source phrase: one per row printed (its end is
    // left out: pdftotext moves a wrapped line's end among the next row's columns).
    expect(annex.split('Illustrative sample data').length - 1).toBe(shown);
  }, 180_000);
});
