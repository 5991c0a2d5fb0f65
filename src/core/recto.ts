// Chapters on a right-hand page (recto), as a bound report opens them: odd pages, the right-hand side in English
// and French, the left-hand side in the Arabic edition, which opens from the right. Chromium ignores
// `break-before: right/left/recto` (measured: it breaks to the next page whatever its side), so a print tells on which
// page each chapter falls and the next print puts a blank page before each chapter that fell on an even page.

export interface RectoChapter {
  id: string;
  sections: { id: string }[];
}

export interface RectoPlan {
  /** The chapters preceded by a blank page. */
  blanks: string[];
  /** The page of each heading once those blank pages are in. */
  pages: Record<string, number>;
}

/**
 * The blank pages for `pages`, the heading pages of a print made with the blank pages `previous`. Each blank page
 * moves what follows by exactly one page, chapters starting on a page of their own; so the plan is the same whatever
 * print it is made from, and its pages are those the next print gives.
 */
export function rectoPlan(chapters: readonly RectoChapter[], pages: Readonly<Record<string, number>>, previous: readonly string[]): RectoPlan {
  const before = new Set(previous);
  let removed = 0;
  let added = 0;
  const blanks: string[] = [];
  const planned: Record<string, number> = {};
  // Where each chapter starts in the print read, and how far the new blank pages move it and all it holds.
  const moves: { from: number; by: number }[] = [];
  for (const chapter of chapters) {
    if (before.has(chapter.id)) removed++;
    const page = pages[chapter.id];
    if (page !== undefined && (page - removed + added) % 2 === 0) {
      blanks.push(chapter.id);
      added++;
    }
    if (page !== undefined) moves.push({ from: page, by: added - removed });
    for (const { id } of [chapter, ...chapter.sections]) {
      const at = pages[id];
      if (at !== undefined) planned[id] = at - removed + added;
    }
  }
  // Figures and tables move with the chapter they fall in: the last one started on or before their page.
  for (const [id, page] of Object.entries(pages)) {
    if (planned[id] !== undefined) continue;
    const move = moves.filter((m) => m.from <= page).at(-1);
    planned[id] = page + (move?.by ?? 0);
  }
  return { blanks, pages: planned };
}
