import { describe, expect, it } from 'vitest';
import { ordinalNumeral, ordinalWords } from '../../src/core/ordinals.js';

// The reference: written out by hand, one line per number, [masculine (التقرير …), feminine (الدورة …)].
// Never generate it with the code under test.
const ARABIC: readonly (readonly [string, string])[] = [
  ['الأول', 'الأولى'],
  ['الثاني', 'الثانية'],
  ['الثالث', 'الثالثة'],
  ['الرابع', 'الرابعة'],
  ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'],
  ['السابع', 'السابعة'],
  ['الثامن', 'الثامنة'],
  ['التاسع', 'التاسعة'],
  ['العاشر', 'العاشرة'],
  ['الحادي عشر', 'الحادية عشرة'],
  ['الثاني عشر', 'الثانية عشرة'],
  ['الثالث عشر', 'الثالثة عشرة'],
  ['الرابع عشر', 'الرابعة عشرة'],
  ['الخامس عشر', 'الخامسة عشرة'],
  ['السادس عشر', 'السادسة عشرة'],
  ['السابع عشر', 'السابعة عشرة'],
  ['الثامن عشر', 'الثامنة عشرة'],
  ['التاسع عشر', 'التاسعة عشرة'],
  ['العشرون', 'العشرون'],
  ['الحادي والعشرون', 'الحادية والعشرون'],
  ['الثاني والعشرون', 'الثانية والعشرون'],
  ['الثالث والعشرون', 'الثالثة والعشرون'],
  ['الرابع والعشرون', 'الرابعة والعشرون'],
  ['الخامس والعشرون', 'الخامسة والعشرون'],
  ['السادس والعشرون', 'السادسة والعشرون'],
  ['السابع والعشرون', 'السابعة والعشرون'],
  ['الثامن والعشرون', 'الثامنة والعشرون'],
  ['التاسع والعشرون', 'التاسعة والعشرون'],
  ['الثلاثون', 'الثلاثون'],
  ['الحادي والثلاثون', 'الحادية والثلاثون'],
  ['الثاني والثلاثون', 'الثانية والثلاثون'],
  ['الثالث والثلاثون', 'الثالثة والثلاثون'],
  ['الرابع والثلاثون', 'الرابعة والثلاثون'],
  ['الخامس والثلاثون', 'الخامسة والثلاثون'],
  ['السادس والثلاثون', 'السادسة والثلاثون'],
  ['السابع والثلاثون', 'السابعة والثلاثون'],
  ['الثامن والثلاثون', 'الثامنة والثلاثون'],
  ['التاسع والثلاثون', 'التاسعة والثلاثون'],
  ['الأربعون', 'الأربعون'],
  ['الحادي والأربعون', 'الحادية والأربعون'],
  ['الثاني والأربعون', 'الثانية والأربعون'],
  ['الثالث والأربعون', 'الثالثة والأربعون'],
  ['الرابع والأربعون', 'الرابعة والأربعون'],
  ['الخامس والأربعون', 'الخامسة والأربعون'],
  ['السادس والأربعون', 'السادسة والأربعون'],
  ['السابع والأربعون', 'السابعة والأربعون'],
  ['الثامن والأربعون', 'الثامنة والأربعون'],
  ['التاسع والأربعون', 'التاسعة والأربعون'],
  ['الخمسون', 'الخمسون'],
  ['الحادي والخمسون', 'الحادية والخمسون'],
  ['الثاني والخمسون', 'الثانية والخمسون'],
  ['الثالث والخمسون', 'الثالثة والخمسون'],
  ['الرابع والخمسون', 'الرابعة والخمسون'],
  ['الخامس والخمسون', 'الخامسة والخمسون'],
  ['السادس والخمسون', 'السادسة والخمسون'],
  ['السابع والخمسون', 'السابعة والخمسون'],
  ['الثامن والخمسون', 'الثامنة والخمسون'],
  ['التاسع والخمسون', 'التاسعة والخمسون'],
  ['الستون', 'الستون'],
  ['الحادي والستون', 'الحادية والستون'],
  ['الثاني والستون', 'الثانية والستون'],
  ['الثالث والستون', 'الثالثة والستون'],
  ['الرابع والستون', 'الرابعة والستون'],
  ['الخامس والستون', 'الخامسة والستون'],
  ['السادس والستون', 'السادسة والستون'],
  ['السابع والستون', 'السابعة والستون'],
  ['الثامن والستون', 'الثامنة والستون'],
  ['التاسع والستون', 'التاسعة والستون'],
  ['السبعون', 'السبعون'],
  ['الحادي والسبعون', 'الحادية والسبعون'],
  ['الثاني والسبعون', 'الثانية والسبعون'],
  ['الثالث والسبعون', 'الثالثة والسبعون'],
  ['الرابع والسبعون', 'الرابعة والسبعون'],
  ['الخامس والسبعون', 'الخامسة والسبعون'],
  ['السادس والسبعون', 'السادسة والسبعون'],
  ['السابع والسبعون', 'السابعة والسبعون'],
  ['الثامن والسبعون', 'الثامنة والسبعون'],
  ['التاسع والسبعون', 'التاسعة والسبعون'],
  ['الثمانون', 'الثمانون'],
  ['الحادي والثمانون', 'الحادية والثمانون'],
  ['الثاني والثمانون', 'الثانية والثمانون'],
  ['الثالث والثمانون', 'الثالثة والثمانون'],
  ['الرابع والثمانون', 'الرابعة والثمانون'],
  ['الخامس والثمانون', 'الخامسة والثمانون'],
  ['السادس والثمانون', 'السادسة والثمانون'],
  ['السابع والثمانون', 'السابعة والثمانون'],
  ['الثامن والثمانون', 'الثامنة والثمانون'],
  ['التاسع والثمانون', 'التاسعة والثمانون'],
  ['التسعون', 'التسعون'],
  ['الحادي والتسعون', 'الحادية والتسعون'],
  ['الثاني والتسعون', 'الثانية والتسعون'],
  ['الثالث والتسعون', 'الثالثة والتسعون'],
  ['الرابع والتسعون', 'الرابعة والتسعون'],
  ['الخامس والتسعون', 'الخامسة والتسعون'],
  ['السادس والتسعون', 'السادسة والتسعون'],
  ['السابع والتسعون', 'السابعة والتسعون'],
  ['الثامن والتسعون', 'الثامنة والتسعون'],
  ['التاسع والتسعون', 'التاسعة والتسعون'],
  ['المائة', 'المائة'],
  ['الحادي بعد المائة', 'الحادية بعد المائة'],
  ['الثاني بعد المائة', 'الثانية بعد المائة'],
  ['الثالث بعد المائة', 'الثالثة بعد المائة'],
  ['الرابع بعد المائة', 'الرابعة بعد المائة'],
  ['الخامس بعد المائة', 'الخامسة بعد المائة'],
  ['السادس بعد المائة', 'السادسة بعد المائة'],
  ['السابع بعد المائة', 'السابعة بعد المائة'],
  ['الثامن بعد المائة', 'الثامنة بعد المائة'],
  ['التاسع بعد المائة', 'التاسعة بعد المائة'],
  ['العاشر بعد المائة', 'العاشرة بعد المائة'],
  ['الحادي عشر بعد المائة', 'الحادية عشرة بعد المائة'],
  ['الثاني عشر بعد المائة', 'الثانية عشرة بعد المائة'],
  ['الثالث عشر بعد المائة', 'الثالثة عشرة بعد المائة'],
  ['الرابع عشر بعد المائة', 'الرابعة عشرة بعد المائة'],
  ['الخامس عشر بعد المائة', 'الخامسة عشرة بعد المائة'],
  ['السادس عشر بعد المائة', 'السادسة عشرة بعد المائة'],
  ['السابع عشر بعد المائة', 'السابعة عشرة بعد المائة'],
  ['الثامن عشر بعد المائة', 'الثامنة عشرة بعد المائة'],
  ['التاسع عشر بعد المائة', 'التاسعة عشرة بعد المائة'],
  ['العشرون بعد المائة', 'العشرون بعد المائة'],
];

describe('ordinalWords in Arabic', () => {
  it('has a hand-written reference for 1–120', () => expect(ARABIC).toHaveLength(120));

  it.each(ARABIC.map(([m, f], i) => [i + 1, m, f] as const))('%i: %s / %s', (n, masculine, feminine) => {
    expect(ordinalWords(n, 'ar')).toBe(masculine);
    expect(ordinalWords(n, 'ar', { gender: 'masculine', case: 'nominative' })).toBe(masculine);
    expect(ordinalWords(n, 'ar', { gender: 'feminine' })).toBe(feminine);
  });

  it('puts the tens, and only the tens (and the dual hundred), in the genitive after a preposition', () => {
    const genitive: [number, string, string][] = [
      [21, 'الحادي والعشرين', 'الحادية والعشرين'],
      [30, 'الثلاثين', 'الثلاثين'],
      [51, 'الحادي والخمسين', 'الحادية والخمسين'],
      [99, 'التاسع والتسعين', 'التاسعة والتسعين'],
      [100, 'المائة', 'المائة'],
      [120, 'العشرين بعد المائة', 'العشرين بعد المائة'],
      [17, 'السابع عشر', 'السابعة عشرة'],
      [1, 'الأول', 'الأولى'],
      [200, 'المائتين', 'المائتين'],
    ];
    for (const [n, masculine, feminine] of genitive) {
      expect(ordinalWords(n, 'ar', { case: 'genitive' }), `${n} m`).toBe(masculine);
      expect(ordinalWords(n, 'ar', { gender: 'feminine', case: 'genitive' }), `${n} f`).toBe(feminine);
    }
  });

  it('writes the hundreds above 120', () => {
    expect(ordinalWords(200, 'ar')).toBe('المائتان');
    expect(ordinalWords(201, 'ar')).toBe('الحادي بعد المائتين');
    expect(ordinalWords(212, 'ar', { gender: 'feminine' })).toBe('الثانية عشرة بعد المائتين');
    expect(ordinalWords(300, 'ar')).toBe('الثلاثمائة');
    expect(ordinalWords(300, 'ar', { gender: 'feminine', case: 'genitive' })).toBe('الثلاثمائة');
    expect(ordinalWords(451, 'ar', { gender: 'feminine', case: 'genitive' })).toBe('الحادية والخمسين بعد الأربعمائة');
    expect(ordinalWords(999, 'ar')).toBe('التاسع والتسعون بعد التسعمائة');
    expect(ordinalWords(999, 'ar', { gender: 'feminine' })).toBe('التاسعة والتسعون بعد التسعمائة');
    expect(ordinalWords(999, 'ar', { case: 'genitive' })).toBe('التاسع والتسعين بعد التسعمائة');
  });
});

const ENGLISH: [number, string][] = [
  [1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [5, 'fifth'], [6, 'sixth'], [7, 'seventh'],
  [8, 'eighth'], [9, 'ninth'], [10, 'tenth'], [11, 'eleventh'], [12, 'twelfth'], [13, 'thirteenth'],
  [14, 'fourteenth'], [15, 'fifteenth'], [16, 'sixteenth'], [17, 'seventeenth'], [18, 'eighteenth'],
  [19, 'nineteenth'], [20, 'twentieth'], [21, 'twenty-first'], [22, 'twenty-second'], [23, 'twenty-third'],
  [30, 'thirtieth'], [31, 'thirty-first'], [40, 'fortieth'], [44, 'forty-fourth'], [52, 'fifty-second'],
  [58, 'fifty-eighth'], [65, 'sixty-fifth'], [79, 'seventy-ninth'], [80, 'eightieth'], [90, 'ninetieth'],
  [99, 'ninety-ninth'], [100, 'one hundredth'], [101, 'one hundred and first'], [111, 'one hundred and eleventh'],
  [112, 'one hundred and twelfth'], [120, 'one hundred and twentieth'], [121, 'one hundred and twenty-first'],
  [200, 'two hundredth'], [999, 'nine hundred and ninety-ninth'],
];

describe('ordinalWords in English', () => {
  it.each(ENGLISH)('%i: %s', (n, words) => expect(ordinalWords(n, 'en')).toBe(words));

  it('capitalises every word but "and" for titles, and not the part after a hyphen', () => {
    expect(ordinalWords(1, 'en', { capitalised: true })).toBe('First');
    expect(ordinalWords(17, 'en', { capitalised: true })).toBe('Seventeenth');
    expect(ordinalWords(21, 'en', { capitalised: true })).toBe('Twenty-first');
    expect(ordinalWords(30, 'en', { capitalised: true })).toBe('Thirtieth');
    expect(ordinalWords(100, 'en', { capitalised: true })).toBe('One Hundredth');
    expect(ordinalWords(101, 'en', { capitalised: true })).toBe('One Hundred and First');
    expect(ordinalWords(121, 'en', { capitalised: true })).toBe('One Hundred and Twenty-first');
  });

  it('ignores gender and case', () => {
    expect(ordinalWords(21, 'en', { gender: 'feminine', case: 'genitive' })).toBe('twenty-first');
  });
});

describe('ordinalNumeral in English', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'],
    [22, '22nd'], [23, '23rd'], [52, '52nd'], [101, '101st'], [111, '111th'], [112, '112th'], [113, '113th'],
    [1000, '1000th'], [1011, '1011th'], [1021, '1021st'],
  ] as const)('%i → %s', (n, numeral) => expect(ordinalNumeral(n, 'en')).toBe(numeral));

  it('agrees with the CLDR ordinal plural rules of Intl for 1–200', () => {
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    for (let n = 1; n <= 200; n++) expect(ordinalNumeral(n, 'en')).toBe(`${n}${suffix[rules.select(n)]}`);
  });

  it.each([0, 1.5, -1, Number.NaN])('rejects %s with a RangeError', (n) => {
    expect(() => ordinalNumeral(n, 'en')).toThrow(RangeError);
    expect(() => ordinalNumeral(n, 'fr')).toThrow(RangeError);
  });
});

// Traditional spelling (no 1990 hyphens), written out by hand.
const FRENCH: [number, string][] = [
  [2, 'deuxième'], [3, 'troisième'], [4, 'quatrième'], [5, 'cinquième'], [6, 'sixième'], [7, 'septième'],
  [8, 'huitième'], [9, 'neuvième'], [10, 'dixième'], [11, 'onzième'], [12, 'douzième'], [13, 'treizième'],
  [14, 'quatorzième'], [15, 'quinzième'], [16, 'seizième'], [17, 'dix-septième'], [18, 'dix-huitième'],
  [19, 'dix-neuvième'], [20, 'vingtième'], [21, 'vingt et unième'], [22, 'vingt-deuxième'],
  [23, 'vingt-troisième'], [30, 'trentième'], [31, 'trente et unième'], [40, 'quarantième'],
  [45, 'quarante-cinquième'], [51, 'cinquante et unième'], [52, 'cinquante-deuxième'], [60, 'soixantième'],
  [61, 'soixante et unième'], [70, 'soixante-dixième'], [71, 'soixante et onzième'], [72, 'soixante-douzième'],
  [77, 'soixante-dix-septième'], [80, 'quatre-vingtième'], [81, 'quatre-vingt-unième'],
  [89, 'quatre-vingt-neuvième'], [90, 'quatre-vingt-dixième'], [91, 'quatre-vingt-onzième'],
  [99, 'quatre-vingt-dix-neuvième'], [100, 'centième'], [101, 'cent unième'], [111, 'cent onzième'],
  [120, 'cent vingtième'], [121, 'cent vingt et unième'], [180, 'cent quatre-vingtième'], [200, 'deux centième'],
  [201, 'deux cent unième'], [300, 'trois centième'], [999, 'neuf cent quatre-vingt-dix-neuvième'],
];

describe('ordinalWords in French', () => {
  it('writes 1 by the gender of the noun', () => {
    expect(ordinalWords(1, 'fr')).toBe('premier');
    expect(ordinalWords(1, 'fr', { gender: 'masculine' })).toBe('premier');
    expect(ordinalWords(1, 'fr', { gender: 'feminine' })).toBe('première');
  });

  it.each(FRENCH)('%i: %s, for both genders', (n, words) => {
    expect(ordinalWords(n, 'fr')).toBe(words);
    expect(ordinalWords(n, 'fr', { gender: 'feminine' })).toBe(words);
  });

  it('capitalises the first letter only, for titles', () => {
    expect(ordinalWords(1, 'fr', { gender: 'feminine', capitalised: true })).toBe('Première');
    expect(ordinalWords(17, 'fr', { capitalised: true })).toBe('Dix-septième');
    expect(ordinalWords(21, 'fr', { capitalised: true })).toBe('Vingt et unième');
  });
});

describe('ordinalNumeral in French', () => {
  it('abbreviates as French typography does, in plain text', () => {
    expect(ordinalNumeral(1, 'fr')).toBe('1er');
    expect(ordinalNumeral(1, 'fr', { gender: 'masculine' })).toBe('1er');
    expect(ordinalNumeral(1, 'fr', { gender: 'feminine' })).toBe('1re');
    expect(ordinalNumeral(2, 'fr')).toBe('2e');
    expect(ordinalNumeral(21, 'fr', { gender: 'feminine' })).toBe('21e');
    expect(ordinalNumeral(52, 'fr', { gender: 'feminine' })).toBe('52e');
    expect(ordinalNumeral(101, 'fr')).toBe('101e');
  });
});

describe('ordinalWords for every number', () => {
  it('gives each of 1–999 its own well-formed words, in every language, gender and case', () => {
    const shapes = {
      ar: /^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$/,
      en: /^[a-z]+([ -][a-z]+)*(st|nd|rd|th)$/,
      fr: /^([a-z]+[ -])*[a-zè]+ième$|^premi(er|ère)$/,
    };
    for (const lang of ['ar', 'en', 'fr'] as const) {
      for (const gender of ['masculine', 'feminine'] as const) {
        for (const grammaticalCase of ['nominative', 'genitive'] as const) {
          const seen = new Set<string>();
          for (let n = 1; n <= 999; n++) {
            const words = ordinalWords(n, lang, { gender, case: grammaticalCase });
            expect(words, `${lang} ${n}`).toMatch(shapes[lang]);
            seen.add(words);
          }
          expect(seen.size).toBe(999);
        }
      }
    }
  });
});

describe('ordinalWords range', () => {
  it.each([0, 1000, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s with a RangeError', (n) => {
    for (const lang of ['ar', 'en', 'fr'] as const) expect(() => ordinalWords(n, lang)).toThrow(RangeError);
  });

  it('accepts both ends of the range', () => {
    for (const lang of ['ar', 'en', 'fr'] as const) {
      expect(() => ordinalWords(1, lang)).not.toThrow();
      expect(() => ordinalWords(999, lang)).not.toThrow();
    }
  });
});
