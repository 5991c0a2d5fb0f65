// English ordinals in words, British style: "one hundred and first", with "and" before the tens and units.

const ONES = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// The cardinals whose ordinal is not the cardinal plus -th (or -ieth for the tens).
const IRREGULAR: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

function cardinal(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return belowHundred(rest);
  return rest === 0 ? `${ONES[h]} hundred` : `${ONES[h]} hundred and ${belowHundred(rest)}`;
}

/** Only the last word (after a space or a hyphen) becomes ordinal: twenty-one → twenty-first. */
function lastWordOrdinal(word: string): string {
  return IRREGULAR[word] ?? (word.endsWith('y') ? `${word.slice(0, -1)}ieth` : `${word}th`);
}

/**
 * 1–999, lower case; `capitalised` for titles: every word takes a capital except "and", and the part after a
 * hyphen stays small, as in a headline ("One Hundred and Twenty-first", Chicago's rule for spelled-out numbers).
 */
export function englishOrdinal(n: number, capitalised: boolean): string {
  const words = cardinal(n).replace(/[a-z]+$/, lastWordOrdinal);
  if (!capitalised) return words;
  return words
    .split(' ')
    .map((word) => (word === 'and' ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join(' ');
}

/** The suffix written after the digits: 1st, 2nd, 3rd, 4th, but 11th, 12th, 13th (and 111th, 112th…). */
export function englishSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
