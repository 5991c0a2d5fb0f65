import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/core/locale.js';

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
    expect(localeFor('ar', { arabicDigits: 'arab' }).hijriDate('2025-06-21')).toBe('٢٥ ذي الحجة ١٤٤٦هـ');
    expect(localeFor('en', { arabicDigits: 'arab' }).hijriDate('2025-06-21')).toMatch(/^25 Dhuʻl-Hijjah 1446 AH$/);
  });

  it('writes English dates the British way', () => {
    expect(localeFor('en', { arabicDigits: 'arab' }).date('2024-01-01')).toBe('1 January 2024');
  });
});

describe('date ranges', () => {
  it('say their month and year once, with the Hijri months in the genitive after a day in Arabic', () => {
    const en = localeFor('en', { arabicDigits: 'arab' });
    const ar = localeFor('ar', { arabicDigits: 'arab' });
    expect(en.dateRange('2025-06-21', '2025-06-22')).toBe('21–22 June 2025');
    expect(en.dateRange('2025-06-30', '2025-07-02')).toBe('30 June – 2 July 2025');
    expect(ar.dateRange('2025-06-21', '2025-06-22')).toBe('٢١–٢٢ يونيو ٢٠٢٥');
    expect(ar.hijriRange('2025-06-21', '2025-06-22')).toBe('٢٥–٢٦ ذي الحجة ١٤٤٦هـ');
    expect(ar.hijriDate('2025-06-21')).toBe('٢٥ ذي الحجة ١٤٤٦هـ');
  });

  it('lists as each language does, and writes three-letter English months', () => {
    expect(localeFor('en', { arabicDigits: 'arab' }).list(['France', 'Germany', 'Canada'])).toBe('France, Germany and Canada');
    expect(localeFor('ar', { arabicDigits: 'arab' }).list(['فرنسا', 'ألمانيا', 'كندا'])).toBe('فرنسا وألمانيا وكندا');
    expect(localeFor('en', { arabicDigits: 'arab' }).monthShort('2024-09')).toBe('Sep');
  });
});
