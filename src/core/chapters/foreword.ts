// The foreword: the editors' narrative alone.
import { ifWritten, type ChapterDefinition } from './context.js';

export const foreword: ChapterDefinition = {
  id: 'foreword',
  numbered: false,
  build: ({ t, section, narrative }) => ifWritten(section('foreword', t.foreword.heading, narrative('foreword'))),
};
