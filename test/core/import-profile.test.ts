import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mapRow, missingColumns, parseDate, profileSchema } from '../../src/core/import-profile.js';
import { ROOT } from '../helpers.js';
import { reference } from './fixtures.js';

const profile = profileSchema.parse({
  name: 'test-source',
  filter: [{ column: ['BIAS', 'BIAS_1'], contains: 'Anti-Islamic' }],
  fields: {
    id: { template: 'T-{ID}' },
    polarity: 'negative',
    date: { column: 'DATE', dateFormat: ['D-MMM-YY', 'MM/DD/YYYY'] },
    country: 'US',
    category: { column: 'OFFENCE', split: ';', map: { Intimidation: 'assault' } },
    source_name: 'Test police',
    title_en: { template: '{label:category} in {STATE}' },
    title_fr: { template: '{label:category} : {STATE}' },
  },
});

describe('import profiles', () => {
  it('parses the date formats of real sources, rejecting days not in the calendar', () => {
    expect(parseDate('24-Jan-20', ['D-MMM-YY'])).toBe('2020-01-24');
    expect(parseDate('1-Jun-20', ['D-MMM-YY'])).toBe('2020-06-01');
    expect(parseDate('03/17/2019', ['MM/DD/YYYY'])).toBe('2019-03-17');
    expect(parseDate('02/30/2019', ['MM/DD/YYYY'])).toBeUndefined();
  });

  it('filters, maps the first of several values, and fills templates with labels in the title language', () => {
    const row = { ID: '7', BIAS: 'Anti-Jewish;Anti-Islamic (Muslim)', DATE: '1-Jun-20', OFFENCE: 'Intimidation;Arson', STATE: 'NJ' };
    const result = mapRow(profile, row, reference);
    expect(result).toMatchObject({
      kind: 'row',
      cells: { id: 'T-7', date: '2020-06-01', category: 'assault', country: 'US', title_en: 'Verbal and physical assault in NJ' },
    });
    expect(result.kind === 'row' && result.cells.title_fr).toBe('Agressions verbales et physiques : NJ');
    expect(mapRow(profile, { ...row, BIAS: 'Anti-Jewish' }, reference)).toEqual({ kind: 'filtered' });
  });

  it('says which value has no mapping, and which columns a file lacks', () => {
    const row = { ID: '8', BIAS: 'Anti-Islamic (Muslim)', DATE: '1-Jun-20', OFFENCE: 'Arson', STATE: 'NJ' };
    expect(mapRow(profile, row, reference)).toEqual({
      kind: 'error',
      reasons: ['OFFENCE "Arson" has no value for category in the profile\'s map (add it, or a "default")'],
    });
    expect(missingColumns(profile, ['ID', 'BIAS_1', 'DATE', 'OFFENCE'])).toEqual(['STATE']);
  });

  it('refuses a profile naming a column that incidents do not have', () => {
    const bad = profileSchema.safeParse({ name: 'x', fields: { id: 'a', date: 'b', colour: 'red' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('unknown incident column(s): colour');
  });

  it('the YAML profile of docs/import-profiles.md is the shipped nypd-hate-crimes.json, key for key', () => {
    // The docs say the two are the same profile; a reader copies the YAML, so it must stay true.
    const docs = readFileSync(join(ROOT, 'docs', 'import-profiles.md'), 'utf8');
    const yaml = /## Writing a profile in YAML[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    const json: unknown = JSON.parse(readFileSync(join(ROOT, 'profiles', 'nypd-hate-crimes.json'), 'utf8'));
    expect(parseYaml(yaml ?? '', { uniqueKeys: true })).toEqual(json);
  });
});
