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
  const chapters = built.map(({ chapter }) => chapter);
  numberTables(chapters, ctx);
  return chapters;
}

/**
 * Numbers the main chapters and their sections as the catalog says ("2.", "2.1"; Arabic "٢-", "٢-١": a Latin full
 * stop between Arabic-Indic digits reads as the Arabic zero), in the edition's digits.
 */
function numberChapters(chapters: SectionView[], { t, n, m }: ChapterContext) {
  chapters.forEach((chapter, i) => {
    const number = n(i + 1);
    chapter.number = m(t.numbering.chapter, { number });
    chapter.refNumber = number;
    chapter.sections.forEach((s, j) => (s.number = s.refNumber = m(t.numbering.section, { chapter: number, number: n(j + 1) })));
  });
}

/**
 * Numbers the tables through the report in print order (a chapter's own, then its sections'), as the figures are:
 * "Table 3:", with its colon in the language's typography.
 */
function numberTables(chapters: SectionView[], { t, m, locale }: ChapterContext) {
  let number = 0;
  const visit = (s: SectionView) => {
    for (const table of s.tables) {
      table.number = ++number;
      table.label = locale.text(`${m(t.lists.table, { number })}:`);
    }
    s.sections.forEach(visit);
  };
  chapters.forEach(visit);
}
