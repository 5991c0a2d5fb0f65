// Editors write the narrative chapters in Markdown. It reaches the page as HTML made here, the one
// place where markup from data is let through, so: no raw HTML, no images (the print page fetches
// nothing), links only to web and mail addresses.
import MarkdownIt from 'markdown-it';
import type { Language } from './incident.js';
import { referenceMark } from './references.js';
import { frenchTypographyHtml } from './typography.js';

const safeLink = /^(https?:|mailto:)/i;
// Any word before the colon, so that a misspelt kind ([[Figure:x]], [[fig:x]]) is reported, not printed as typed.
const REFERENCE = /^\[\[([A-Za-z]+):([^\]\s]+)\]\]/;

function markdownIt(quotes: string[]): MarkdownIt {
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true, quotes });
  markdown.disable(['image']);
  // [[figure:monthly-trend]], [[table:region-europe]], [[chapter:trends]]: a cross-reference, left as a mark that
  // the view model makes "see Figure 1, p. 7" once the report is numbered (references.ts). Not in code spans.
  markdown.inline.ruler.before('link', 'reference', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false; // [[
    const found = REFERENCE.exec(state.src.slice(state.pos, state.pos + 200));
    if (!found) return false;
    if (!silent) state.push('text', '', 0).content = referenceMark(found[1]!, found[2]!);
    state.pos += found[0].length;
    return true;
  });
  markdown.validateLink = (url) => safeLink.test(url.trim());
  return markdown;
}

// Quotes an editor types as "…" become the language's: « … » in French, with “ … ” inside them.
const english = markdownIt(['“', '”', '‘', '’']);
const french = markdownIt(['«', '»', '“', '”']);

export function renderMarkdown(source: string, lang: Language = 'en'): string {
  return lang === 'fr' ? frenchTypographyHtml(french.render(source)) : english.render(source);
}
