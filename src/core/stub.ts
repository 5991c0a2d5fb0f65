// A narrative file that `oic-report new` writes for the editors to write over. Its first line marks it, so that a
// stub counts as not written (a draft shows a placeholder, a final build refuses it) however much text it holds.
import type { Language } from './incident.js';

export const STUB_MARKER = '<!-- oic-report: stub -->';

export function isStub(text: string): boolean {
  // An editor's tool may add a byte order mark or indent the line: the marker is still the marker.
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.trim() === STUB_MARKER;
}

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** The stub of one chapter: the marker, and what to write in its place. */
export function stubText(section: string, lang: Language, year: number): string {
  return (
    `${STUB_MARKER}\n` +
    `Write the ${section.replaceAll('-', ' ')} chapter of the ${year} edition here, in ${languageNames.of(lang) ?? lang} ` +
    `(Markdown), then delete the first line of this file: until then the chapter counts as not written.\n`
  );
}
