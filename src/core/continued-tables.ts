// Tables that run on to another page say so: "Data for Figure 5 (continued)", "(تابع)", "(suite)" above the column
// heads repeated there. Chromium has no CSS for "only on a continuation page"; it repeats a table's header group at
// the top of every page the table runs on to, and the header group of a data table is that title and a copy of the
// heads, which on the table's first page lies in clipped padding (data-table.hbs, report.css .table-clip), as the
// incident annex does. No print is needed to find where a table breaks.
import type { SectionView } from './view-model.js';

/** Every table and figure data table of the chapters, with the title its continuation pages carry. */
export function withContinuedTitles(chapters: SectionView[], continued: (title: string) => string): SectionView[] {
  const section = (s: SectionView): SectionView => ({
    ...s,
    figures: s.figures.map((f) => ({ ...f, continued: continued(f.tableLabel) })),
    tables: s.tables.map((t) => ({ ...t, continued: continued(t.title) })),
    sections: s.sections.map(section),
  });
  return chapters.map(section);
}
