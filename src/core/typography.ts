// French typography, applied by the code wherever French text is produced (catalog messages, numbers, dates,
// labels, the editors' narrative), so that translators and editors type ordinary spaces and apostrophes and the
// page still reads as a French document is set: a narrow no-break space (U+202F) before ; : ! ? and %, inside
// « guillemets », none before a full stop or a comma, the typographic apostrophe, and "1er" for the first of a
// month. Every rule is idempotent: text already set is left as it is, so the function may run twice.

const NNBSP = '\u202F';
/** The horizontal spaces a translator, an editor or Intl may have typed (space, no-break, narrow, thin). */
const SPACE = '[ \\u00A0\\u202F\\u2009]';
/** Stands for a tag of HTML while its text is set; the rules neither add nor remove it. */
const MARKUP = '\uE000';
/** What may follow a mark that ends a clause: a space, a closing bracket or quote, a tag, the end. */
const CLAUSE_END = `(?:[\\s\\p{Pe}\\p{Pf}${MARKUP}]|$)`;

/** Months as Intl writes them in French, Gregorian (long and short) and Hijri (Umm al-Qura): "1 janvier" → "1er janvier". */
const MONTHS = (() => {
  const names = new Set<string>();
  const formats = [
    new Intl.DateTimeFormat('fr', { timeZone: 'UTC', month: 'long' }),
    new Intl.DateTimeFormat('fr', { timeZone: 'UTC', month: 'short' }),
  ];
  for (let m = 0; m < 12; m++) for (const f of formats) names.add(f.format(Date.UTC(2024, m, 15)));
  // The first word of each Hijri month is enough to know a date (dhou al-hijja → dhou), over a lunar year and a half.
  const hijri = new Intl.DateTimeFormat('fr-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'long' });
  for (let day = 0; day < 540; day += 10) names.add(hijri.format(Date.UTC(2024, 0, 1 + day)).split(' ')[0]!);
  return [...names].map((n) => n.replace(/[.]/g, '\\.')).sort((a, b) => b.length - a.length);
})();

const RULES: [RegExp, string][] = [
  // l'islam → l’islam: an apostrophe between letters is never a quotation mark.
  [/(?<=\p{L})'(?=\p{L})/gu, '’'],
  [new RegExp(`«${SPACE}*`, 'gu'), `«${NNBSP}`],
  [new RegExp(`${SPACE}*»`, 'gu'), `${NNBSP}»`],
  // 12 % and 12% alike; Intl writes a (wide) no-break space there.
  [new RegExp(`(?<=[\\p{N}])${SPACE}*%`, 'gu'), `${NNBSP}%`],
  // "Note : x", "Note: x": any space typed before the mark becomes the narrow one…
  [new RegExp(`(?<=\\S)${SPACE}+(?=[;:!?])`, 'gu'), NNBSP],
  // …and one is put where none was typed, if the mark ends a clause (not 10:30, https://, "(?)").
  [new RegExp(`(?<=[\\p{L}\\p{N}\\p{Pe}\\p{Pf}%${MARKUP}])(?=[;:!?]+${CLAUSE_END})`, 'gu'), NNBSP],
  // No space before a full stop or a comma that ends a word (an argument left empty, a translator's slip).
  [new RegExp(`(?<=\\S)${SPACE}+(?=[.,]${CLAUSE_END})`, 'gu'), ''],
  // 1er janvier, 1er–2 juin, 1er ramadan; not 11 or 21 janvier.
  [new RegExp(`(?<![\\p{L}\\p{N}])1(?=(?:–\\p{N}{1,2})?${SPACE}(?:${MONTHS.join('|')})(?!\\p{L}))`, 'gu'), '1er'],
];

/** Plain text set by the rules of French typography. */
export function frenchTypography(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}

/**
 * HTML (the narrative rendered from Markdown) set the same way, in its text only: tags and character references
 * are left whole ("&amp;" must not become "&amp ;"). Each stands in the text as one private-use character, so that
 * a space typed between "</em>" and "!" is still seen to follow a word.
 */
export function frenchTypographyHtml(html: string): string {
  const markup: string[] = [];
  const text = html.replace(/<[^>]*>|&(?:#\d+|#x[\da-f]+|\w+);/gi, (m) => {
    markup.push(m);
    return MARKUP;
  });
  let next = 0;
  return frenchTypography(text).replace(new RegExp(MARKUP, 'g'), () => markup[next++] ?? '');
}

/** The typography of a language for plain text: French rules, or the text as it is (Arabic, English). */
export function typographyFor(lang: string): (text: string) => string {
  return lang === 'fr' ? frenchTypography : (text) => text;
}
