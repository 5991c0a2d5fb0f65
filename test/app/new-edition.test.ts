// `newEdition` through the library: the files it makes from a 2024 edition, what it refuses, and how build and
// validate then report the edition's fields to fill and its stubs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/app/build.js';
import { loadEdition } from '../../src/app/load-edition.js';
import { newEdition } from '../../src/app/new-edition.js';
import { validateEdition } from '../../src/app/validate.js';
import { EDITION_FIELDS, editionSchema } from '../../src/core/edition.js';
import { INCIDENT_COLUMNS } from '../../src/core/incident.js';
import { isStub } from '../../src/core/stub.js';
import { NARRATIVE_CHAPTERS } from '../../src/core/view-model.js';
import { UserError } from '../../src/errors.js';
import { appendRows, folderSnapshot, ROOT, row, shippedDataFolder } from '../helpers.js';

const dataWith2024 = () => shippedDataFolder(2024);
const snapshot = folderSnapshot;

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const addIncident = (data: string) => appendRows(join(data, '2025', 'incidents.csv'), [row({ date: '2025-03-15' })]);
/** The shipped 2024 edition's languages: a stub of every chapter in each. */
const LANGS: string[] = JSON.parse(readFileSync(join(ROOT, 'data', '2024', 'edition.json'), 'utf8')).languages;
const CHAPTER_STUBS = LANGS.length * NARRATIVE_CHAPTERS.length;
const stubs = (dir: string) => LANGS.flatMap((lang) => NARRATIVE_CHAPTERS.map((s) => join(dir, 'narrative', lang, `${s}.md`)));

describe('newEdition from a 2024 edition', () => {
  it('writes edition.json carried forward, the header of incidents.csv and a stub of every chapter in every language', async () => {
    const data = dataWith2024();
    const result = await newEdition({ year: 2025, data });
    const dir = join(data, '2025');
    expect(result.editionDir).toBe(dir);
    expect(result.source).toEqual({ kind: 'edition', year: 2024 });
    expect(result.files).toEqual([join(dir, 'edition.json'), join(dir, 'incidents.csv'), ...stubs(dir)]);
    expect(Object.keys(snapshot(dir)).sort()).toEqual([...result.files].sort());
    expect(result.toFill).toEqual(['cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol']);

    const written = editionSchema.parse(JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')));
    const previous = editionSchema.parse(JSON.parse(readFileSync(join(data, '2024', 'edition.json'), 'utf8')));
    // The date of issue is the new report's own: it is not carried forward.
    const { issued: _issued, ...carried } = previous;
    expect(written).toEqual({
      ...carried,
      year: 2025,
      number: 18,
      period: { start: '2025-01-01', end: '2025-12-31' },
      cfm: { ...previous.cfm, session: 52 },
      toFill: ['cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol'],
      toFillFrom: 2024,
    });
    expect(readFileSync(join(dir, 'incidents.csv'), 'utf8')).toBe(`${INCIDENT_COLUMNS.join(',')}\n`);
    for (const stub of stubs(dir)) expect(isStub(readFileSync(stub, 'utf8')), stub).toBe(true);
  });

  it('refuses a second time with exit 2, naming the folder, and changes nothing', async () => {
    const data = dataWith2024();
    await newEdition({ year: 2025, data });
    writeFileSync(join(data, '2025', 'narrative', 'en', 'foreword.md'), 'The foreword, being written.');
    const before = snapshot(data);
    const error = await refusal(newEdition({ year: 2025, data }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`${join(data, '2025')} exists already (it holds edition.json, incidents.csv, narrative)`);
    expect(error.hint).toMatch(/move the folder away/);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a folder holding any file, even of no edition, and writes into an empty one', async () => {
    const data = dataWith2024();
    mkdirSync(join(data, '2025'));
    writeFileSync(join(data, '2025', 'notes.txt'), 'ideas');
    expect((await refusal(newEdition({ year: 2025, data }))).exitCode).toBe(2);
    expect(readdirSync(join(data, '2025'))).toEqual(['notes.txt']);
    mkdirSync(join(data, '2026'));
    expect((await newEdition({ year: 2026, data, from: 2024 })).files).toHaveLength(2 + CHAPTER_STUBS);
  });

  it('goes on from an older edition with --from, as many years on', async () => {
    const data = dataWith2024();
    const result = await newEdition({ year: 2026, data, from: 2024 });
    expect(result.edition).toMatchObject({ number: 19, period: { start: '2026-01-01', end: '2026-12-31' }, cfm: { session: 53 } });
  });

  it('starts from the template when there is no previous edition, every field to fill, and says which editions there are', async () => {
    const data = dataWith2024();
    const result = await newEdition({ year: 2030, data });
    expect(result.source).toEqual({ kind: 'template', editions: [2024] });
    expect(result.toFill).toEqual([...EDITION_FIELDS]);
    expect(result.edition.toFillFrom).toBe('template');
  });

  it('is a usage error, writing nothing, for a --from edition that does not exist or is not earlier, or no data folder', async () => {
    const data = dataWith2024();
    for (const from of [2023, 2025]) {
      const error = await refusal(newEdition({ year: 2025, data, from }));
      expect(error.exitCode, String(from)).toBe(2);
    }
    expect(readdirSync(data).sort()).toEqual(['2024', 'reference']);
    expect((await refusal(newEdition({ year: 2025, data: join(data, 'nowhere') }))).exitCode).toBe(2);
  });
});

describe('an edition new made, in build and validate', () => {
  const toFillWarning = (data: string) =>
    `${join(data, '2025', 'edition.json')}: cfm.city, cfm.start, cfm.end, documentSymbol are still to fill (from the 2024 edition); ` +
    'edit them, then remove them from toFill';

  it('is reported by loadEdition and validate: the fields to fill, and every stub', async () => {
    const data = dataWith2024();
    await newEdition({ year: 2025, data });
    addIncident(data);
    const loaded = await loadEdition({ year: 2025, data, previous: false });
    expect(loaded.stubs).toHaveLength(CHAPTER_STUBS);
    const { edition } = await validateEdition({ year: 2025, data });
    const lines = edition.map((p) => `${p.file}: ${p.message}`);
    expect(lines[0]).toBe(toFillWarning(data));
    expect(lines.filter((l) => l.includes(': is a stub, not written yet: '))).toHaveLength(CHAPTER_STUBS);
  });

  it('refuses a final build with exit 1 while fields are to fill, before writing anything; then while chapters are stubs', async () => {
    const data = dataWith2024();
    await newEdition({ year: 2025, data });
    addIncident(data);
    const out = mkdtempSync(join(tmpdir(), 'oic-new-out-'));
    const fields = await refusal(buildReport({ year: 2025, data, out, formats: ['html'] }));
    expect(fields.exitCode).toBe(1);
    expect(fields.message).toBe(toFillWarning(data));
    expect(readdirSync(out)).toEqual([]);

    const file = join(data, '2025', 'edition.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), toFill: [] }));
    const stubbed = await refusal(buildReport({ year: 2025, data, out, formats: ['html'] }));
    expect(stubbed.exitCode).toBe(1);
    expect(stubbed.message).toBe(`${CHAPTER_STUBS} narrative chapters are stubs, not written yet; no report was written`);
    expect(stubbed.details).toContain(`${join(data, '2025', 'narrative', 'ar', 'foreword.md')}: the foreword chapter of the ar edition`);
    expect(readdirSync(out)).toEqual([]);

    // The chapters of the languages built are what count: the English edition, its chapters written, goes out.
    for (const section of NARRATIVE_CHAPTERS) writeFileSync(join(data, '2025', 'narrative', 'en', `${section}.md`), `The ${section}.`);
    const english = await buildReport({ year: 2025, data, out, formats: ['html'], languages: ['en'] });
    expect(english.outputs.map((o) => o.lang)).toEqual(['en']);
  });
});
