// About the Observatory: the catalog's text, the same every edition.
import type { ChapterDefinition } from './context.js';

export const about: ChapterDefinition = {
  id: 'about',
  numbered: false,
  build: ({ t, section }) => section('about', t.about.heading, { paragraphs: t.about.body }),
};
