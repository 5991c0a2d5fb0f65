// The introduction: the editors' narrative alone.
import { ifWritten, type ChapterDefinition } from './context.js';

export const introduction: ChapterDefinition = {
  id: 'introduction',
  numbered: false,
  build: ({ t, section, narrative }) =>
    ifWritten(section('introduction', t.introduction.heading, narrative('introduction'))),
};
