// Numbers, dates and messages in the language of an edition. Everything goes through Intl so that
// digits (Arabic-Indic or Latin), separators and calendars follow the edition's choice, never string hacks.
import type { Edition } from './edition.js';
import type { Language } from './incident.js';
import { messageFormatter, type MessageValues } from './messages.js';

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
  const hijri = (text: string) => (lang === 'ar' ? text.replace(/ذو (القعدة|الحجة)/gu, 'ذي $1').replace(/ هـ/gu, 'هـ') : text);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const month = (key: string) => new Date(`${key}-01T00:00:00Z`);

  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    tag,
    number: (n) => numberFormat.format(n),
    percent: (f) => percentFormat.format(f),
    date: (iso) => dateFormat.format(day(iso)),
    hijriDate: (iso) => hijri(hijriFormat.format(day(iso))),
    dateRange: (start, end) => range(dateFormat.formatRange(day(start), day(end))),
    hijriRange: (start, end) => hijri(range(hijriFormat.formatRange(day(start), day(end)))),
    // CLDR's British "Sept" stands alone among three-letter months.
    monthShort: (key) => monthShortFormat.format(month(key)).replace(/^Sept$/, 'Sep'),
    monthLong: (key) => monthLongFormat.format(month(key)),
    message: messageFormatter(tag),
    list: (items) => listFormat.format(items),
  };
}
