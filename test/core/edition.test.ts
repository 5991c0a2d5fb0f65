import { describe, expect, it } from 'vitest';
import { editionSchema, toFillMessage } from '../../src/core/edition.js';

const written2024 = {
  year: 2024,
  number: 17,
  period: { start: '2024-01-01', end: '2024-12-31' },
  cfm: { session: 51, city: { ar: 'إسطنبول', en: 'Istanbul' }, start: '2025-06-21', end: '2025-06-22' },
  documentSymbol: 'OIC/OBS/REP-17/2024',
};

describe('toFill and its message', () => {
  it('is empty by default, so that the editions written before it are complete', () => {
    expect(editionSchema.parse(written2024).toFill).toEqual([]);
  });

  it('names the fields and where their values come from, in the singular for one, and nothing when all are filled', () => {
    expect(toFillMessage(editionSchema.parse({ ...written2024, toFill: ['cfm.city', 'documentSymbol'], toFillFrom: 2023 }))).toBe(
      'cfm.city, documentSymbol are still to fill (from the 2023 edition); edit them, then remove them from toFill',
    );
    expect(toFillMessage(editionSchema.parse({ ...written2024, toFill: ['cfm.end'] }))).toBe('cfm.end is still to fill; edit it, then remove it from toFill');
    expect(toFillMessage(editionSchema.parse(written2024))).toBeUndefined();
  });

  it('is a schema error for a field toFill does not know: a typo would otherwise never be filled', () => {
    expect(editionSchema.safeParse({ ...written2024, toFill: ['cfm.citty'] }).success).toBe(false);
  });
});
