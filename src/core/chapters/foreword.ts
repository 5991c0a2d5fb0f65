// The foreword: the editors' narrative alone.
import { narrativeChapter } from './context.js';

export const foreword = narrativeChapter('foreword', false, (t) => t.foreword.heading);
