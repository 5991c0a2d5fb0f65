// Ordinals in words for any report or session number, computed rather than listed, so that the 30th report
// or the 101st session needs no catalog change. Pure: no disk, no Intl, no dependencies.
import { arabicOrdinal } from './ordinals/arabic.js';
import { englishOrdinal, englishSuffix } from './ordinals/english.js';
import { frenchOrdinal, frenchSuffix } from './ordinals/french.js';

export type OrdinalLanguage = 'ar' | 'en' | 'fr';

export interface OrdinalOptions {
  /** The gender of the noun the ordinal qualifies (Arabic; French 1 only). Default masculine. */
  gender?: 'masculine' | 'feminine';
  /** Arabic only: genitive after a preposition (إلى الدورة الحادية والخمسين). Default nominative. */
  case?: 'nominative' | 'genitive';
  /** For titles: "Twenty-first" rather than "twenty-first". Arabic has no capitals and ignores it. */
  capitalised?: boolean;
}

/** Words are written out for 1–999: no report or session number comes near a thousand. */
export const MAX_ORDINAL_WORDS = 999;

function checkOrdinal(n: number, max: number, range: string): void {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`An ordinal must be ${range}: got ${n}`);
}

/** The ordinal of n (1–999) in words, e.g. ar 17 → "السابع عشر". Throws a RangeError outside that range. */
export function ordinalWords(n: number, lang: OrdinalLanguage, options: OrdinalOptions = {}): string {
  checkOrdinal(n, MAX_ORDINAL_WORDS, `an integer from 1 to ${MAX_ORDINAL_WORDS} to be written in words`);
  const gender = options.gender ?? 'masculine';
  switch (lang) {
    case 'ar':
      return arabicOrdinal(n, gender, options.case ?? 'nominative');
    case 'en':
      return englishOrdinal(n, options.capitalised ?? false);
    case 'fr':
      return frenchOrdinal(n, gender === 'feminine', options.capitalised ?? false);
    default:
      throw new RangeError(`No ordinals for language ${String(lang)}`);
  }
}

/**
 * The short ordinal written with digits, plain text: "21st". Any positive integer, since digits need no
 * vocabulary; grouping separators are left out ("1000th"), as they are in session and report numbers.
 */
export function ordinalNumeral(n: number, lang: 'en' | 'fr', options: Pick<OrdinalOptions, 'gender'> = {}): string {
  checkOrdinal(n, Number.MAX_SAFE_INTEGER, 'a positive integer');
  switch (lang) {
    case 'en':
      return `${n}${englishSuffix(n)}`;
    case 'fr':
      return `${n}${frenchSuffix(n, options.gender === 'feminine')}`;
    default:
      throw new RangeError(`No ordinals for language ${String(lang)}`);
  }
}
