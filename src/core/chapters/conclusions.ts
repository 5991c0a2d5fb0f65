// The conclusions and recommendations: the editors' narrative alone, numbered as a main chapter.
import { narrativeChapter } from './context.js';

export const conclusions = narrativeChapter('conclusions', true, (t) => t.conclusions.heading);
