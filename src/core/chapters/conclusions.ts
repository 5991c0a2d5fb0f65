// The conclusions and recommendations: the editors' narrative alone, numbered as a main chapter.
import { ifWritten, type ChapterDefinition } from './context.js';

export const conclusions: ChapterDefinition = {
  id: 'conclusions',
  numbered: true,
  build: ({ t, section, narrative }) =>
    ifWritten(section('conclusions', t.conclusions.heading, narrative('conclusions'))),
};
