// ICU messages: plural forms by each language's CLDR rules, numbers in the edition's digits, errors for what is
// missing, and the catalogs' own messages checked for the categories their language needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogMessages, messageSyntaxProblems, parseCatalog } from '../../src/core/catalog.js';
import { localeFor } from '../../src/core/locale.js';
import { messageArguments, messageFormatter, messageProblems, MessageError } from '../../src/core/messages.js';
import { ROOT } from '../helpers.js';

const COUNTS = [0, 1, 2, 3, 10, 11, 100, 101, 1000];
const shipped = (lang: string): unknown => JSON.parse(readFileSync(join(ROOT, 'templates', 'i18n', `${lang}.json`), 'utf8'));

describe('plural forms', () => {
  // One form per CLDR category, named after it: the form chosen must be the category Intl gives the count.
  const every = '{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}';
  for (const [lang, tag] of [['ar', 'ar-u-nu-arab'], ['en', 'en-GB'], ['fr', 'fr']] as const) {
    it(`${lang}: the form of ${COUNTS.join(', ')} is the one Intl.PluralRules names`, () => {
      const format = messageFormatter(tag);
      const rules = new Intl.PluralRules(lang);
      for (const n of COUNTS) expect(`${n}: ${format(every, { n })}`).toBe(`${n}: ${rules.select(n)}`);
    });
  }

  it('Arabic counted nouns, by hand: حادثة واحدة، حادثتان، ٣ حوادث، ١١ حادثةً، ١٠٠ حادثةٍ', () => {
    const catalog = parseCatalog(JSON.parse(readFileSync(join(ROOT, 'templates', 'i18n', 'ar.json'), 'utf8'))).catalog!;
    const format = messageFormatter('ar-u-nu-arab');
    const forms = COUNTS.map((count) => format(catalog.annex.count, { count }));
    expect(forms).toEqual(['لا حوادث', 'حادثة واحدة', 'حادثتان', '٣ حوادث', '١٠ حوادث', '١١ حادثةً', '١٠٠ حادثةٍ', '١٠١ حادثةٍ', '١٬٠٠٠ حادثةٍ']);
  });

  it('English: one incident, 2 incidents, 1,000 incidents', () => {
    const catalog = parseCatalog(JSON.parse(readFileSync(join(ROOT, 'templates', 'i18n', 'en.json'), 'utf8'))).catalog!;
    const format = messageFormatter('en-GB');
    expect(COUNTS.map((count) => format(catalog.annex.count, { count }))).toEqual([
      '0 incidents', 'one incident', '2 incidents', '3 incidents', '10 incidents', '11 incidents', '100 incidents', '101 incidents', '1,000 incidents',
    ]);
  });
});

describe('messages', () => {
  it('write a plain number argument in the edition’s digits, and refuse a missing value', () => {
    const format = messageFormatter('ar-u-nu-arab');
    expect(format('الشكل {number}', { number: 12 })).toBe('الشكل ١٢');
    expect(format('{country} ({count})', { country: 'فرنسا', count: 1234 })).toBe('فرنسا (١٬٢٣٤)');
    expect(() => format('{count, plural, one {# incident} other {# incidents}} in {place}', { count: 1 })).toThrow(MessageError);
    expect(() => format('{count, plural, one {# incident} other {# incidents}} in {place}', { count: 1 })).toThrow('no value is given for {place}');
  });

  it('find a plural that lacks a category its language needs, and text that is not ICU', () => {
    expect(messageProblems('{n, plural, one {#} other {#}}', 'ar')).toEqual(['the plural of {n} lacks the ar categories few, many, two, zero']);
    expect(messageProblems('{n, plural, =0 {none} =1 {one} =2 {two} few {#} many {#} other {#}}', 'ar')).toEqual([]);
    expect(messageProblems('{n, plural, one {#} other {#}}', 'en')).toEqual([]);
    expect(messageProblems('{n, plural, one {#}', 'en')[0]).toMatch(/^is not a valid ICU message/);
  });

  it('the shipped catalogs: every message is ICU, every plural has its language’s categories', () => {
    for (const lang of ['ar', 'en', 'fr']) {
      const catalog = parseCatalog(shipped(lang)).catalog!;
      expect(catalogMessages(catalog).length).toBeGreaterThan(100);
      expect(messageSyntaxProblems(catalog, lang)).toEqual([]);
    }
  });
});

describe('the French catalog', () => {
  const byKey = (json: unknown) => new Map(catalogMessages(json).map((m) => [m.path.join('.'), m.text]));
  const en = byKey(shipped('en'));
  const fr = byKey(shipped('fr'));

  it('has exactly the keys of en.json, and passes the checks the build makes', () => {
    expect([...fr.keys()]).toEqual([...en.keys()]);
    const parsed = parseCatalog(shipped('fr'));
    expect(parsed.problems).toEqual([]);
    expect(messageSyntaxProblems(parsed.catalog!, 'fr')).toEqual([]);
  });

  it('uses no argument the report does not give: each is one of the English message’s', () => {
    const unknown = [...fr].flatMap(([key, text]) =>
      [...messageArguments(text)].filter((name) => !messageArguments(en.get(key)!).has(name)).map((name) => `${key}: {${name}}`),
    );
    expect(unknown).toEqual([]);
  });

  it('is French, not a copy of the English: only words the two languages share read the same', () => {
    const words = (text: string) => /\p{L}{2}/u.test(text.replace(/\{[^{}]*\}/g, ''));
    const same = [...fr].filter(([key, text]) => text === en.get(key) && words(text)).map(([key]) => key);
    expect(same.filter((key) => !SAME_IN_BOTH.has(key))).toEqual([]);
  });

  it('counts as French does: 0 and 1 in the singular, a million “de”', () => {
    const format = localeFor('fr', { arabicDigits: 'latn' }).message;
    const count = fr.get('annex.count')!;
    expect([0, 1, 2, 1000, 1_000_000].map((n) => format(count, { count: n }).replace(/\u202F/g, ' '))).toEqual([
      'aucun incident', 'un incident', '2 incidents', '1 000 incidents', '1 000 000 d’incidents',
    ]);
  });
});

/** Messages that are rightly the same word in French and English. */
const SAME_IN_BOTH = new Set([
  'introduction.heading', 'annex.date', 'methodology.code', 'charts.figure', 'charts.category', 'charts.incidents', 'footer.page',
  'manifestations.countryCount', 'charts.negative',
  // Acronyms both languages write alike.
  'abbreviations.terms.osce.short', 'abbreviations.terms.fra.short', 'abbreviations.terms.ecri.short', 'abbreviations.terms.sha.short',
]);
