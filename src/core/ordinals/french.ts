// French ordinals in words, by the traditional spelling (not the 1990 rectifications): hyphens only between
// tens and units below a hundred, never with "et" or around "cent" ("vingt et unième", "cent unième",
// "deux centième"). It is the spelling of the examples the reports need and of most official French texts;
// the 1990 spelling would hyphenate everything ("vingt-et-unième", "cent-unième").

const UNITS = [
  '', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf',
  'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
];
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/**
 * 1–99 as the cardinal an ordinal is built on: 70–79 and 90–99 count on from soixante and quatre-vingt with
 * 10–19. The plural s of quatre-vingts and deux cents never shows in an ordinal, so it is left out.
 */
function belowHundred(n: number): string {
  if (n <= 16) return UNITS[n] ?? '';
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 7) return u === 1 ? 'soixante et onze' : `soixante-${belowHundred(n - 60)}`;
  // 81 has no "et": quatre-vingt-un.
  if (t >= 8) return n === 80 ? 'quatre-vingt' : `quatre-vingt-${belowHundred(n - 80)}`;
  const tens = TENS[t] ?? '';
  if (u === 0) return tens;
  return u === 1 ? `${tens} et un` : `${tens}-${UNITS[u]}`;
}

function cardinal(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return belowHundred(rest);
  const hundred = h === 1 ? 'cent' : `${UNITS[h]} cent`;
  return rest === 0 ? hundred : `${hundred} ${belowHundred(rest)}`;
}

/** The last word takes -ième: a final e goes (quatrième, trentième), cinq takes a u, neuf turns f into v. */
function lastWordOrdinal(word: string): string {
  if (word === 'cinq') return 'cinquième';
  if (word === 'neuf') return 'neuvième';
  return `${word.replace(/e$/, '')}ième`;
}

/**
 * 1–999. Only 1 alone has a gender (premier, première); elsewhere un becomes unième (vingt et unième).
 * `capitalised` capitalises the first letter only, as French titles do.
 */
export function frenchOrdinal(n: number, feminine: boolean, capitalised: boolean): string {
  const words = n === 1 ? (feminine ? 'première' : 'premier') : cardinal(n).replace(/[a-z]+$/, lastWordOrdinal);
  return capitalised ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : words;
}

/** The abbreviation after the digits, as the Imprimerie nationale writes it: 1er, 1re, 2e, 52e. */
export function frenchSuffix(n: number, feminine: boolean): string {
  if (n !== 1) return 'e';
  return feminine ? 're' : 'er';
}
