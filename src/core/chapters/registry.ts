// The chapters of the report in print order: buildReportView builds them in this order, which is also the
// order of the figure numbers, and numbers those that are numbered. A new chapter is a module and a line
// here; a chapter that is not printed returns nothing.
import type { SectionView } from '../view-model.js';
import { about } from './about.js';
import { dataQuality, incidentsAnnex, methodology } from './annexes.js';
import { conclusions } from './conclusions.js';
import type { ChapterContext, ChapterDefinition } from './context.js';
import { foreword } from './foreword.js';
import { introduction } from './introduction.js';
import { manifestations } from './manifestations.js';
import { positive } from './positive.js';
import { summary } from './summary.js';
import { trends } from './trends.js';

export const CHAPTERS: readonly ChapterDefinition[] = [
  // front matter
  about,
  foreword,
  summary,
  introduction,
  // main chapters
  trends,
  manifestations,
  positive,
  conclusions,
  // annexes; the incident list last (see incidentsAnnex)
  methodology,
  dataQuality,
  incidentsAnnex,
];

/** The printed chapters, in print order, the main ones numbered with their sections. */
export function buildChapters(ctx: ChapterContext): SectionView[] {
  const built = CHAPTERS.flatMap((definition) => {
    const chapter = definition.build(ctx);
    return chapter ? [{ definition, chapter }] : [];
  });
  numberChapters(
    built.filter(({ definition }) => definition.numbered).map(({ chapter }) => chapter),
    ctx,
  );
  return built.map(({ chapter }) => chapter);
}

/**
 * Numbers the main chapters and their sections as the catalog says ("2.", "2.1"; Arabic "٢-", "٢-١": a Latin full
 * stop between Arabic-Indic digits reads as the Arabic zero), in the edition's digits.
 */
function numberChapters(chapters: SectionView[], { t, n, m }: ChapterContext) {
  chapters.forEach((chapter, i) => {
    const number = n(i + 1);
    chapter.number = m(t.numbering.chapter, { number });
    chapter.sections.forEach((s, j) => (s.number = m(t.numbering.section, { chapter: number, number: n(j + 1) })));
  });
}
