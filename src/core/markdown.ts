// Editors write the narrative chapters in Markdown. It reaches the page as HTML made here, the one
// place where markup from data is let through, so: no raw HTML, no images (the print page fetches
// nothing), links only to web and mail addresses.
import MarkdownIt from 'markdown-it';
import type { Language } from './incident.js';
import { frenchTypographyHtml } from './typography.js';

const safeLink = /^(https?:|mailto:)/i;

function markdownIt(quotes: string[]): MarkdownIt {
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true, quotes });
  markdown.disable(['image']);
  markdown.validateLink = (url) => safeLink.test(url.trim());
  return markdown;
}

// Quotes an editor types as "…" become the language's: « … » in French, with “ … ” inside them.
const english = markdownIt(['“', '”', '‘', '’']);
const french = markdownIt(['«', '»', '“', '”']);

export function renderMarkdown(source: string, lang: Language = 'en'): string {
  return lang === 'fr' ? frenchTypographyHtml(french.render(source)) : english.render(source);
}
