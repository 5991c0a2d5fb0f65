import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../../src/core/incident.js';
import { checkColumns, formatProblem, incidentOf, mergeResults, validateIncidents, type SourceRow } from '../../src/core/validate.js';
import { row, type Row } from '../helpers.js';
import { edition, reference } from './fixtures.js';

// Complete rows: a source URL and summaries in the three languages, so only the problem under test shows.
const complete = (r: Row): Row => ({
  source_url: 'https://example.org/a',
  summary_ar: 'ملخص',
  summary_en: 'Summary',
  summary_fr: 'Résumé',
  ...r,
});
const rows = (...list: Row[]): SourceRow[] =>
  list.map((cells, i) => ({ line: i + 2, cells: complete(cells) as Record<string, string> }));
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
      'data/2024/incidents.csv:3: country "Frnace" is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "FR" (France)?',
    );
    expect(lines[1]).toMatch(/^data\/2024\/incidents\.csv:4: category "interfaith" is a positive category, but the row's polarity is negative/);
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

describe('validateIncidents: what would be accepted, and warnings', () => {
  it('suggests the code for a country name in any of the three languages, and for near-miss codes', () => {
    const result = validate(
      row({ id: 'A', country: 'Allemagne' }),
      row({ id: 'B', country: 'مصر' }),
      row({ id: 'C', country: 'Germny' }),
      row({ id: 'D', country: 'Atlantis' }),
    );
    expect(result.problems.map((p) => p.suggestion)).toEqual(['DE', 'EG', 'DE', undefined]);
    expect(result.problems[3]?.message).toBe('is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)');
  });

  it('suggests near-miss categories and enumeration values, and names a category of the other polarity', () => {
    const result = validate(
      row({ id: 'A', category: 'mosqe' }),
      row({ id: 'B', category: 'interfaith' }),
      row({ id: 'C', source_type: 'Police' }),
    );
    expect(result.problems.map((p) => [p.field, p.suggestion])).toEqual([
      ['category', 'mosque'],
      ['category', undefined],
      ['source_type', 'police'],
    ]);
    expect(result.problems[0]?.message).toMatch(/^is not a negative category; did you mean "mosque"\?/);
    expect(result.problems[1]?.message).toMatch(/^is a positive category, but the row's polarity is negative/);
  });

  it('warns, without rejecting, of probable duplicates, future dates, missing URLs and summaries', () => {
    const future = { ...edition, period: { start: '2024-01-01', end: '2099-12-31' } };
    const result = validateIncidents(
      'f.csv',
      rows(
        row({ id: 'A', title_en: 'Mosque attacked' }),
        row({ id: 'B', title_en: 'mosque attacked ' }),
        row({ id: 'C', date: '2099-01-01' }),
        row({ id: 'D', source_url: '', title_en: 'D' }),
        row({ id: 'E', summary_fr: '', summary_ar: '', title_en: 'E' }),
      ),
      future,
      reference,
      { today: '2025-06-01' },
    );
    expect(result.rowsRejected).toBe(0);
    expect(result.problems.map((p) => [p.severity, p.line, p.kind])).toEqual([
      ['warning', 3, 'probable_duplicate'],
      ['warning', 4, 'future_date'],
      ['warning', 5, 'missing_source_url'],
      ['warning', 6, 'missing_summary'],
    ]);
    expect(result.problems[0]?.message).toContain('probably a duplicate of the row on line 2');
    expect(result.problems[3]?.message).toBe('is empty: the summary is missing in Arabic and French');
  });

  it('keeps the accounting exact while keeping only counts', () => {
    const rejected: number[] = [];
    const result = validateIncidents('f.csv', rows(row({ id: 'A' }), row({ id: 'B', country: 'XX' }), row({ id: 'C' })), edition, reference, {
      keepIncidents: false,
      maxProblems: 0,
      onRejected: (r) => rejected.push(r.line),
    });
    // C repeats A's date, country, category and title: a probable duplicate (a warning, not a rejection).
    expect(result).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1, errors: 1, warnings: 1, problemsOmitted: 2, incidents: [] });
    expect(rejected).toEqual([3]);
  });

  it('keeps at most so many problems of each kind, and counts every one', () => {
    const list = Array.from({ length: 7 }, (_, i) => row({ id: `R${i}`, title_en: `Title ${i}`, source_url: '', country: i < 3 ? 'XX' : 'FR' }));
    const result = validateIncidents('f.csv', rows(...list), edition, reference, { maxProblemsPerKind: 2 });
    expect(result.problemCounts).toEqual({
      country: { severity: 'error', count: 3 },
      missing_source_url: { severity: 'warning', count: 4 },
    });
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([
      ['country', 2],
      ['country', 3],
      ['missing_source_url', 5],
      ['missing_source_url', 6],
    ]);
    expect(result).toMatchObject({ errors: 3, warnings: 4, problemsOmitted: 3, rowsRejected: 3 });
  });

  it('knows the 57 OIC member states', () => {
    expect(reference.isOicMember('SA')).toBe(true);
    expect(reference.isOicMember('tr')).toBe(true);
    expect(reference.isOicMember('FR')).toBe(false);
    expect(reference.targetTypes.map((t) => t.code)).toContain('mosque');
  });
});

describe('checkColumns', () => {
  it('reports missing required columns as errors and unknown ones as warnings', () => {
    const problems = checkColumns('f.csv', ['id', 'polarity', 'date', 'country', 'category', 'title_en', 'colour']);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['error', 'source_name'],
      ['warning', 'colour'],
    ]);
    const typo = checkColumns('f.csv', ['id', 'polarity', 'date', 'country', 'category', 'source_name', 'title_en', 'sumary_en', 'id']);
    expect(typo.map((p) => [p.severity, p.field, p.suggestion])).toEqual([
      ['warning', 'sumary_en', 'summary_en'],
      ['error', 'id', undefined],
    ]);
  });
});

describe('the place in Arabic and French', () => {
  const placed = row({ location: 'Cologne', location_ar: ' كولونيا ', location_fr: 'Cologne' });

  it('are incident columns, read as trimmed optional text', () => {
    const result = validate(placed, row({ id: 'T-2', title_en: 'Another incident' }));
    expect(result.problems).toEqual([]);
    expect(result.incidents.map((i) => [i.location, i.location_ar, i.location_fr])).toEqual([
      ['Cologne', 'كولونيا', 'Cologne'],
      [undefined, undefined, undefined],
    ]);
  });

  it('may be left out of the header: a file from before them validates as it did', () => {
    const columns = INCIDENT_COLUMNS.filter((c) => c !== 'location_ar' && c !== 'location_fr');
    const result = validateIncidents('old.csv', rows(placed), edition, reference, { columns });
    expect(result.problems).toEqual([]);
    expect(result.incidents[0]).toMatchObject({ location: 'Cologne', location_ar: undefined, location_fr: undefined });
  });
});

describe('incidentOf', () => {
  it('puts each value under the name of its column, and the country and region given', () => {
    const values = INCIDENT_COLUMNS.map((c) => `value of ${c}`);
    const incident = incidentOf(values, 'FR', 'europe') as unknown as Record<string, string>;
    for (const column of INCIDENT_COLUMNS) {
      if (column !== 'country') expect(incident[column]).toBe(`value of ${column}`);
    }
    expect(incident).toMatchObject({ country: 'FR', region: 'europe' });
    expect(Object.keys(incident).sort()).toEqual([...INCIDENT_COLUMNS, 'region'].sort());
  });
});

describe('mergeResults', () => {
  it('adds up the parts of a file as if it had been read whole, limits included', () => {
    const list = rows(
      ...Array.from({ length: 12 }, (_, i) =>
        row({ id: `M${i}`, title_en: `Title ${i}`, ...(i % 3 === 0 ? { country: 'XX' } : {}), ...(i % 2 === 0 ? { source_url: '' } : {}) }),
      ),
      row({ id: '', title_en: 'No id' }),
    );
    const limits = { maxProblemsPerKind: 2, maxProblems: 5 };
    const whole = validateIncidents('f.csv', list, edition, reference, limits);
    const first = validateIncidents('f.csv', list.slice(0, 7), edition, reference, limits);
    const second = validateIncidents('f.csv', list.slice(7), edition, reference, { ...limits, part: true });
    expect(mergeResults([first, second], limits)).toEqual(whole);
    expect(whole).toMatchObject({ rowsRead: 13, rowsRejected: 5, problemsOmitted: whole.errors + whole.warnings - 5 });
  });
});
