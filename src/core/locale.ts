// Numbers, dates and messages in the language of an edition. Everything goes through Intl so that
// digits (Arabic-Indic or Latin), separators and calendars follow the edition's choice, never string hacks; what
// Intl leaves to a typesetter (French spaces, 1er) is done by the language's typography, on every output.
import type { Edition } from './edition.js';
import type { Language } from './incident.js';
import { messageFormatter, type MessageValues } from './messages.js';
import { typographyFor } from './typography.js';


/** The writing direction of a language of the report. */
export function directionOf(lang: string): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

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
  /** Two days as a range that says its month and year once: "21–22 June 2025", "٢١–٢٢ يونيو ٢٠٢٥". */
  dateRange(startIso: string, endIso: string): string;
  /** The same range in the Hijri calendar: "25–26 Dhuʻl-Hijjah 1446 AH", "٢٥–٢٦ ذي الحجة ١٤٤٦هـ". */
  hijriRange(startIso: string, endIso: string): string;
  /** Short month name for a YYYY-MM key, e.g. "Jan" or "يناير". */
  monthShort(month: string): string;
  /** Month and year for a YYYY-MM key, e.g. "January 2024". */
  monthLong(month: string): string;
  /** A catalog message (ICU MessageFormat) with its values: plurals by this language's rules, numbers in its digits. */
  message(text: string, values?: MessageValues): string;
  /** Items joined as this language joins a list: "A, B and C", "أ وب وج". */
  list(items: readonly string[]): string;
  /** Plain text set by this language's typography (French: narrow no-break spaces in "Note : x" and "« x »"); Arabic and English as they are. */
  text(text: string): string;
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
  const listFormat = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
  // ICU writes "21 – 22 June" in British English: a range of bare days takes an unspaced en dash;
  // and its other ranges thin spaces: ordinary ones, which every font and text layer has.
  const range = (text: string) => text.replace(/([\d٠-٩]+)\s+–\s+([\d٠-٩]+)(?=\s)/u, '$1–$2').replace(/\s+–\s+/gu, ' – ');
  // Arabic: after a day number the months named with ذو are in the genitive (٢٥ ذي الحجة), and هـ follows its year.
  // French: "1446 H", as French OIC documents abbreviate the Hegira, and CLDR's backtick made an apostrophe.
  const hijri = (text: string) =>
    lang === 'ar'
      ? text.replace(/ذو (القعدة|الحجة)/gu, 'ذي $1').replace(/ هـ/gu, 'هـ')
      : lang === 'fr'
        ? text.replace(/`/g, '’').replace(/[ \u00A0]AH$/u, '\u00A0H')
        : text;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const month = (key: string) => new Date(`${key}-01T00:00:00Z`);

  // Every piece of text the locale writes is set by the language's typography (French: a narrow space before %, 1er janvier).
  const text = typographyFor(lang);
  const message = messageFormatter(tag);
  return {
    lang,
    dir: directionOf(lang),
    tag,
    number: (n) => text(numberFormat.format(n)),
    percent: (f) => text(percentFormat.format(f)),
    date: (iso) => text(dateFormat.format(day(iso))),
    hijriDate: (iso) => text(hijri(hijriFormat.format(day(iso)))),
    dateRange: (start, end) => text(range(dateFormat.formatRange(day(start), day(end)))),
    hijriRange: (start, end) => text(hijri(range(hijriFormat.formatRange(day(start), day(end))))),
    // CLDR's British "Sept" stands alone among three-letter months.
    monthShort: (key) => text(monthShortFormat.format(month(key)).replace(/^Sept$/, 'Sep')),
    monthLong: (key) => text(monthLongFormat.format(month(key))),
    message: (source, values) => text(message(source, values)),
    list: (items) => text(listFormat.format(items)),
    text,
  };
}
