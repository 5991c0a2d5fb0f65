// The introduction: the editors' narrative alone.
import { narrativeChapter } from './context.js';

export const introduction = narrativeChapter('introduction', false, (t) => t.introduction.heading);
