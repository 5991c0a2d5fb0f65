// Hyphenation of English and French prose: Chromium on Linux has no hyphenation dictionary, so `hyphens: auto`
// does nothing there and justified lines open wide gaps. The `hyphen` package's TeX patterns (British English,
// French) put soft hyphens (U+00AD) into words; the browser breaks a line at one only when it must, and prints
// no hyphen elsewhere. Arabic is not hyphenated.
// CommonJS modules: their functions come on the default export.
import english from 'hyphen/en-gb/index.js';
import french from 'hyphen/fr/index.js';

const SOFT_HYPHEN = '\u00AD';
const HYPHENATORS: Partial<Record<string, (word: string) => string>> = {
  en: (word) => english.hyphenateSync(word, { html: false }),
  fr: (word) => french.hyphenateSync(word, { html: false }),
};
/** A word of letters only, long enough to break: not a number, a code, an address, an acronym (OIC, ODIHR). */
const WORD = /(?<![\p{L}\p{N}_@./:\\-])\p{L}{7,}(?![\p{L}\p{N}_@/\\]|\.\p{L})/gu;
const ACRONYM = /^\p{Lu}+$/u;

/** Plain text with soft hyphens in its long words, for a language that has patterns; other text as it is. */
export function hyphenateText(text: string, lang: string): string {
  const hyphenate = HYPHENATORS[lang];
  if (!hyphenate || text.includes(SOFT_HYPHEN)) return text;
  return text.replace(WORD, (word) => (ACRONYM.test(word) ? word : hyphenate(word)));
}

/** Elements whose text is never hyphenated: headings, code, links (their text is often an address). */
const KEEP = /^<(h[1-6]|code|pre|a|kbd|samp)\b/i;

/** HTML (the narrative from Markdown) hyphenated in its text only, not inside headings, code or links. */
export function hyphenateHtml(html: string, lang: string): string {
  if (!HYPHENATORS[lang]) return html;
  let kept = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (KEEP.test(part)) kept++;
        else if (/^<\/(h[1-6]|code|pre|a|kbd|samp)\s*>/i.test(part)) kept = Math.max(0, kept - 1);
        return part;
      }
      // Character references stay whole: "&amp;" is not a word.
      return kept > 0 ? part : part.replace(/[^&]+|&[^;\s]*;?/g, (run) => (run.startsWith('&') ? run : hyphenateText(run, lang)));
    })
    .join('');
}
