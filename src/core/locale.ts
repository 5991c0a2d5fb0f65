// Numbers, dates and messages in the language of an edition. Everything goes through Intl so that
// digits (Arabic-Indic or Latin), separators and calendars follow the edition's choice, never string hacks.
import type { Edition } from './edition.js';
import type { Language } from './incident.js';

export type Direction = 'rtl' | 'ltr';

export interface Locale {
  lang: Language;
  dir: Direction;
  /** BCP 47 tag with the numbering system, e.g. ar-u-nu-arab. */
  tag: string;
  number(n: number): string;
  percent(fraction: number): string;
  /** A Gregorian date written out, e.g. "21 June 2025". */
  date(isoDate: string): string;
  /** The same day in the Hijri calendar (Umm al-Qura), e.g. "25 Dhuʻl-Hijjah 1446 AH". */
  hijriDate(isoDate: string): string;
  /** Short month name for a YYYY-MM key, e.g. "Jan" or "يناير". */
  monthShort(month: string): string;
  /** Month and year for a YYYY-MM key, e.g. "January 2024". */
  monthLong(month: string): string;
}

export function localeFor(lang: Language, edition: Pick<Edition, 'arabicDigits'>): Locale {
  // OIC documents use British English: "1 January 2024".
  const tag = lang === 'ar' ? `ar-u-nu-${edition.arabicDigits}` : lang === 'en' ? 'en-GB' : lang;
  const numberFormat = new Intl.NumberFormat(tag);
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const utc = { timeZone: 'UTC' } as const;
  const dateFormat = new Intl.DateTimeFormat(tag, { ...utc, day: 'numeric', month: 'long', year: 'numeric' });
  const hijriFormat = new Intl.DateTimeFormat(`${tag.includes('-u-') ? tag : `${tag}-u`}-ca-islamic-umalqura`, {
    ...utc,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const monthShortFormat = new Intl.DateTimeFormat(tag, { ...utc, month: 'short' });
  const monthLongFormat = new Intl.DateTimeFormat(tag, { ...utc, month: 'long', year: 'numeric' });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const month = (key: string) => new Date(`${key}-01T00:00:00Z`);

  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    tag,
    number: (n) => numberFormat.format(n),
    percent: (f) => percentFormat.format(f),
    date: (iso) => dateFormat.format(day(iso)),
    hijriDate: (iso) => hijriFormat.format(day(iso)),
    monthShort: (key) => monthShortFormat.format(month(key)),
    monthLong: (key) => monthLongFormat.format(month(key)),
  };
}

/** Fills `{name}` placeholders of a catalog message; a placeholder without a value is left visible. */
export function interpolate(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
