import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stubText } from '../../src/core/stub.js';
import { readNarrative } from '../../src/io/narrative.js';

describe('readNarrative', () => {
  it('reads each language, and reports a chapter not written in a language, one written in one language only, and an unknown file', async () => {
    const edition = mkdtempSync(join(tmpdir(), 'oic-narrative-'));
    for (const lang of ['ar', 'en']) mkdirSync(join(edition, 'narrative', lang), { recursive: true });
    writeFileSync(join(edition, 'narrative', 'en', 'foreword.md'), 'Foreword.');
    writeFileSync(join(edition, 'narrative', 'ar', 'foreword.md'), 'تقديم.');
    writeFileSync(join(edition, 'narrative', 'en', 'conclusions.md'), 'Conclusions.');
    writeFileSync(join(edition, 'narrative', 'en', 'region-europe.md'), 'Europe.');
    writeFileSync(join(edition, 'narrative', 'ar', 'forword.md'), 'typo');

    const { byLanguage, problems } = await readNarrative(edition, ['ar', 'en'], ['europe']);
    expect(byLanguage.en).toEqual({ foreword: 'Foreword.', conclusions: 'Conclusions.', 'region-europe': 'Europe.' });
    expect(byLanguage.ar).toEqual({ foreword: 'تقديم.' });
    const messages = problems.map((p) => `${p.file.split('narrative/')[1]}: ${p.message.split(';')[0]}`).sort();
    // The chapters that are the editors' text alone are reported wherever they are not written.
    expect(messages).toEqual([
      'ar/conclusions.md: is not written: the conclusions chapter is left out of the ar edition (the en edition has it)',
      'ar/forword.md: is not a narrative section and is not printed',
      'ar/introduction.md: is not written: the introduction chapter is left out of the ar edition',
      'ar/other-trends.md: is not written: the other-trends chapter is left out of the ar edition',
      'ar/region-europe.md: is missing: the en edition has this section, the ar edition will not',
      'en/introduction.md: is not written: the introduction chapter is left out of the en edition',
      'en/other-trends.md: is not written: the other-trends chapter is left out of the en edition',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('counts a stub as not written: not read as the chapter, listed as a stub, and said so in its warning', async () => {
    const edition = mkdtempSync(join(tmpdir(), 'oic-narrative-'));
    mkdirSync(join(edition, 'narrative', 'en'), { recursive: true });
    writeFileSync(join(edition, 'narrative', 'en', 'foreword.md'), stubText('foreword', 'en', 2025));
    writeFileSync(join(edition, 'narrative', 'en', 'conclusions.md'), 'Conclusions.');

    const { byLanguage, problems, stubs } = await readNarrative(edition, ['en'], []);
    expect(byLanguage.en).toEqual({ conclusions: 'Conclusions.' });
    expect(stubs.map((s) => [s.lang, s.section, s.file.split('narrative/')[1]])).toEqual([['en', 'foreword', 'en/foreword.md']]);
    const foreword = problems.find((p) => p.file.endsWith('foreword.md'));
    expect(foreword?.message).toBe(
      'is a stub, not written yet: the foreword chapter is left out of the en edition; a draft shows a placeholder where it goes, ' +
        'a final build refuses it unless --allow-stubs',
    );
    expect(problems.find((p) => p.file.endsWith('introduction.md'))?.message).toMatch(/^is not written: /);
  });
});
