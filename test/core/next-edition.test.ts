import { describe, expect, it } from 'vitest';
import { EDITION_FIELDS, editionSchema, toFillMessage } from '../../src/core/edition.js';
import { formatJson } from '../../src/core/json-format.js';
import { advancePeriod, nextEditionDescription, templateEdition } from '../../src/core/next-edition.js';

const written2024 = {
  year: 2024,
  number: 17,
  period: { start: '2024-01-01', end: '2024-12-31' },
  cfm: { session: 51, city: { ar: 'إسطنبول', en: 'Istanbul', fr: 'Istanbul' }, start: '2025-06-21', end: '2025-06-22' },
  documentSymbol: 'OIC/OBS/REP-17/2024',
  arabicDigits: 'latn',
  illustrative: true,
};
const edition2024 = editionSchema.parse(written2024);

describe('advancePeriod', () => {
  it('keeps a calendar year a calendar year, a leap year or not', () => {
    expect(advancePeriod({ start: '2024-01-01', end: '2024-12-31' })).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(advancePeriod({ start: '2023-01-01', end: '2023-12-31' })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('keeps a period of whole months as many months, from the day after it ends', () => {
    expect(advancePeriod({ start: '2024-01-01', end: '2024-06-30' })).toEqual({ start: '2024-07-01', end: '2024-12-31' });
    // CFM to CFM on the same day of the month: twelve months, though the first held 29 February.
    expect(advancePeriod({ start: '2023-03-21', end: '2024-03-20' })).toEqual({ start: '2024-03-21', end: '2025-03-20' });
  });

  it('gives any other period as many days, from the day after it ends', () => {
    const next = advancePeriod({ start: '2023-06-10', end: '2024-05-20' });
    expect(next.start).toBe('2024-05-21');
    const days = (p: { start: string; end: string }) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
    expect(days(next)).toBe(days({ start: '2023-06-10', end: '2024-05-20' }));
    expect(next.end).toBe('2025-05-01');
  });
});

describe('nextEditionDescription', () => {
  it('carries the number, period and session forward, keeps the rest, and marks what the editors must fill', () => {
    const next = nextEditionDescription(edition2024, written2024, 2025);
    expect(next).toEqual({
      ...written2024,
      year: 2025,
      number: 18,
      period: { start: '2025-01-01', end: '2025-12-31' },
      cfm: { ...written2024.cfm, session: 52 },
      toFill: ['cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol'],
      toFillFrom: 2024,
    });
    // The marks come first, where the editor opening the file sees them; defaults are not written out.
    expect(Object.keys(next).slice(0, 4)).toEqual(['year', 'toFill', 'toFillFrom', 'number']);
    expect(next).not.toHaveProperty('unwrittenChapters');
    expect(editionSchema.parse(next).toFill).toEqual(['cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol']);
  });

  it('goes as many years on as asked, and keeps to fill what the previous edition still had to fill', () => {
    const previous = editionSchema.parse({ ...written2024, toFill: ['number'] });
    const next = nextEditionDescription(previous, { ...written2024, toFill: ['number'] }, 2026);
    expect(next).toMatchObject({ year: 2026, number: 19, period: { start: '2026-01-01', end: '2026-12-31' }, cfm: { session: 53 } });
    expect(next.toFill).toEqual(['number', 'cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol']);
  });

  it('does not copy the date of issue: the new report is issued on its own day', () => {
    const written = { ...written2024, issued: '2025-06-10' };
    const next = nextEditionDescription(editionSchema.parse(written), written, 2025);
    expect(next).not.toHaveProperty('issued');
    expect(editionSchema.parse(next).issued).toBeUndefined();
  });
});

describe('templateEdition', () => {
  it('validates, covers the calendar year and marks every field', () => {
    const edition = editionSchema.parse(templateEdition(2025));
    expect(edition).toMatchObject({ year: 2025, period: { start: '2025-01-01', end: '2025-12-31' }, toFillFrom: 'template' });
    expect(edition.toFill).toEqual([...EDITION_FIELDS]);
    expect(toFillMessage(edition)).toMatch(/^number, period\.start, .*, documentSymbol are still to fill \(the template's placeholders\); /);
  });
});

describe('formatJson', () => {
  it('writes what fits on one line, breaks what does not, and reads back as the same value', () => {
    const text = formatJson(nextEditionDescription(edition2024, written2024, 2025));
    expect(text).toContain('\n  "period": { "start": "2025-01-01", "end": "2025-12-31" },\n');
    expect(text).toContain('\n  "toFill": ["cfm.city", "cfm.start", "cfm.end", "documentSymbol"],\n');
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
    // The key counts in the width: a list that fits alone does not fit after a long key.
    const keyed = formatJson({ [`key-${'k'.repeat(30)}`]: ['x'.repeat(70)] });
    expect(keyed.split('\n')).toHaveLength(5);
    const value = { a: [1, { b: 'x [ y', c: null }], d: {}, e: 'é"\n', long: 'z'.repeat(120), skipped: undefined };
    expect(JSON.parse(formatJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
