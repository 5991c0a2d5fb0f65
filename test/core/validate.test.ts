import { describe, expect, it } from 'vitest';
import { checkColumns, formatProblem, validateIncidents, type SourceRow } from '../../src/core/validate.js';
import { row, type Row } from '../helpers.js';
import { edition, reference } from './fixtures.js';

const rows = (...list: Row[]): SourceRow[] => list.map((cells, i) => ({ line: i + 2, cells: cells as Record<string, string> }));
const validate = (...list: Row[]) => validateIncidents('data/2024/incidents.csv', rows(...list), edition, reference);

describe('validateIncidents', () => {
  it('accepts a complete row, normalising an alpha-3 country and deriving its region', () => {
    const result = validate(row({ country: 'fra', latitude: '45.7640', longitude: '4.8357', victims: '2' }));
    expect(result.problems).toEqual([]);
    expect(result.incidents).toHaveLength(1);
    expect(result.incidents[0]).toMatchObject({
      country: 'FR',
      region: 'europe',
      latitude: 45.764,
      victims: 2,
      date_precision: 'day',
      verification: 'reported',
    });
  });

  it('names file, line, field and value of each error, and what would be accepted', () => {
    const result = validate(
      row({ id: 'A' }),
      row({ id: 'B', country: 'Frnace' }),
      row({ id: 'C', polarity: 'negative', category: 'interfaith' }),
      row({ id: 'D', date: '2024-02-30' }),
      row({ id: 'E', victims: '-1' }),
    );
    expect(result.rowsRead).toBe(5);
    expect(result.rowsRejected).toBe(4);
    expect(result.incidents.map((i) => i.id)).toEqual(['A']);
    const lines = result.problems.map(formatProblem);
    expect(lines[0]).toBe(
      'data/2024/incidents.csv:3: country "Frnace" is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)',
    );
    expect(lines[1]).toMatch(/^data\/2024\/incidents\.csv:4: category "interfaith" is not a negative category; use one of: discrimination, /);
    expect(lines[2]).toBe('data/2024/incidents.csv:5: date "2024-02-30" is not a day of the calendar');
    expect(lines[3]).toBe('data/2024/incidents.csv:6: victims "-1" must be a whole number of 0 or more');
  });

  it('rejects a duplicate id, pointing at the first row that used it', () => {
    const result = validate(row({ id: 'X' }), row({ id: 'X' }));
    expect(result.incidents).toHaveLength(1);
    expect(result.problems.map(formatProblem)).toEqual([
      'data/2024/incidents.csv:3: id "X" is used already by the row on line 2; ids must be unique',
    ]);
  });

  it('rejects dates outside the edition period and unknown enumerations', () => {
    const result = validate(row({ date: '2023-12-31' }), row({ id: 'T-2', polarity: 'neutral' }));
    expect(result.incidents).toHaveLength(0);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'date'],
      [3, 'polarity'],
    ]);
    expect(result.problems[1]?.message).toBe('must be one of: negative, positive');
  });

  it('insists on a source for every incident', () => {
    const result = validate(row({ source_name: '  ' }));
    expect(result.problems[0]).toMatchObject({ field: 'source_name', line: 2 });
    expect(result.problems[0]?.message).toContain('every incident needs a source');
  });
});

describe('checkColumns', () => {
  it('reports missing required columns as errors and unknown ones as warnings', () => {
    const problems = checkColumns('f.csv', ['id', 'polarity', 'date', 'country', 'category', 'title_en', 'colour']);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['error', 'source_name'],
      ['warning', 'colour'],
    ]);
  });
});
