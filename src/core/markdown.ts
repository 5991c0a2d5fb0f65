// Editors write the narrative chapters in Markdown. It reaches the page as HTML made here, the one
// place where markup from data is let through, so: no raw HTML, no images (the print page fetches
// nothing), links only to web and mail addresses.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });
markdown.disable(['image']);
const safeLink = /^(https?:|mailto:)/i;
markdown.validateLink = (url) => safeLink.test(url.trim());

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
