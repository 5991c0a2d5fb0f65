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

describe('French', () => {
  const fr = localeFor('fr', { arabicDigits: 'arab' });
  const shown = (s: string) => s.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '°');

  it('writes the first of the month 1er, in dates and ranges, and ranges that say their month once', () => {
    expect(fr.date('2024-01-01')).toBe('1er janvier 2024');
    expect(fr.date('2024-12-31')).toBe('31 décembre 2024');
    expect(fr.dateRange('2025-06-21', '2025-06-22')).toBe('21–22 juin 2025');
    expect(fr.dateRange('2025-06-01', '2025-06-02')).toBe('1er–2 juin 2025');
    expect(fr.dateRange('2025-06-30', '2025-07-01')).toBe('30 juin – 1er juillet 2025');
  });

  it('dates by the Umm al-Qura calendar with H for the Hegira, as French OIC documents do', () => {
    expect(shown(fr.hijriDate('2025-06-21'))).toBe('25 dhou al-hijja 1446°H');
    expect(shown(fr.hijriRange('2025-06-21', '2025-06-22'))).toBe('25–26°dhou al-hijja°1446°H');
    // CLDR writes this month with a backtick.
    expect(fr.hijriDate('2025-05-20')).not.toContain('`');
  });

  it('sets numbers, per cents and messages by French typography, without doubling Intl’s own spaces', () => {
    expect(shown(fr.number(12345))).toBe('12⍽345');
    expect(shown(fr.percent(0.125))).toBe('12,5⍽%');
    expect(shown(fr.message('Note: « {category} » ({share})', { category: 'Discours de haine', share: fr.percent(0.5) }))).toBe(
      'Note⍽: «⍽Discours de haine⍽» (50⍽%)',
    );
    expect(fr.list(['France', 'Allemagne', 'Canada'])).toBe('France, Allemagne et Canada');
  });

  it('leaves English and Arabic text as Intl writes it', () => {
    expect(localeFor('en', { arabicDigits: 'arab' }).message('Note: {n}%', { n: 12 })).toBe('Note: 12%');
    expect(localeFor('ar', { arabicDigits: 'arab' }).text('ملاحظة: ١٢٪')).toBe('ملاحظة: ١٢٪');
  });
});
