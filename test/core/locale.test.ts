import { describe, expect, it } from 'vitest';
import { interpolate, localeFor } from '../../src/core/locale.js';

describe('localeFor', () => {
  it('writes Arabic-Indic digits with Arabic separators when the edition chooses them', () => {
    const ar = localeFor('ar', { arabicDigits: 'arab' });
    expect(ar.dir).toBe('rtl');
    expect(ar.number(12345.5)).toBe('١٢٬٣٤٥٫٥');
    expect(ar.date('2025-06-21')).toBe('٢١ يونيو ٢٠٢٥');
  });

  it('writes Latin digits in Arabic when the edition chooses them', () => {
    const ar = localeFor('ar', { arabicDigits: 'latn' });
    expect(ar.number(2024)).toBe('2,024');
    expect(ar.date('2025-06-21')).toBe('21 يونيو 2025');
  });

  it('dates by the Umm al-Qura calendar', () => {
    // 21 June 2025 is 25 Dhu al-Hijjah 1446 in the Umm al-Qura calendar.
    expect(localeFor('ar', { arabicDigits: 'arab' }).hijriDate('2025-06-21')).toBe('٢٥ ذو الحجة ١٤٤٦ هـ');
    expect(localeFor('en', { arabicDigits: 'arab' }).hijriDate('2025-06-21')).toMatch(/^25 Dhuʻl-Hijjah 1446 AH$/);
  });

  it('writes English dates the British way', () => {
    expect(localeFor('en', { arabicDigits: 'arab' }).date('2024-01-01')).toBe('1 January 2024');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
