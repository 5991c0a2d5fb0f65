// Tables that run on to another page say so: "Data for Figure 5 (continued)", "(تابع)", "(suite)" above the column
// heads repeated there. Chromium has no CSS for "only on a continuation page", so a layout print marks every row
// (a named destination each), tells on which page each row fell, and the next print splits each table there into
// parts: the first as before, each other one opening a page with the title "(continued)" and the column heads.
// Another layout print checks the parts: a part that the added title pushed on to a further page is split there
// too, until the prints agree (see app/targets/pdf.ts).
import type { SectionView } from './view-model.js';

export interface TableRowView {
  /** The row's named destination in a layout print: its page tells where the table breaks. */
  id?: string;
  cells: string[];
}

export interface TablePartView {
  /** A part after the first: it opens a page with the table's title "(continued)" and its column heads. */
  continued: boolean;
  rows: TableRowView[];
}

/** A table as printed: its parts, and the title its continued parts carry. */
export interface TableLayoutView {
  id: string;
  continuedTitle: string;
  parts: TablePartView[];
}

/** For each table, by id, the rows that open a new page: where a continued part begins. */
export type TableBreaks = Readonly<Record<string, readonly number[]>>;

const ROW_ID = /^tbl-(\d+)-(\d+)$/;

/** The breaks a print shows: the rows that fell on a later page than the row before them. */
export function tableBreaksFrom(pages: Readonly<Record<string, number>>): Record<string, number[]> {
  const tables = new Map<string, Map<number, number>>();
  for (const [id, page] of Object.entries(pages)) {
    const match = ROW_ID.exec(id);
    if (!match) continue;
    const table = `tbl-${match[1]}`;
    if (!tables.has(table)) tables.set(table, new Map());
    tables.get(table)!.set(Number(match[2]), page);
  }
  const breaks: Record<string, number[]> = {};
  for (const [table, rows] of tables) {
    const found = [...rows.keys()].filter((row) => rows.has(row - 1) && rows.get(row)! > rows.get(row - 1)!).sort((a, b) => a - b);
    if (found.length > 0) breaks[table] = found;
  }
  return breaks;
}

/** The pages of the headings only, without the rows a layout print marks. */
export function withoutRows(pages: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(pages).filter(([id]) => !ROW_ID.test(id)));
}

export function sameBreaks(a: TableBreaks, b: TableBreaks): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k]!.join() === (b[k] ?? []).join());
}

export interface TableLayoutOptions {
  breaks: TableBreaks;
  /** A layout print: every row gets its destination, and `marks` lists them for the links that make them. */
  markRows: boolean;
  continued: (title: string) => string;
}

/** Every table of the chapters, numbered in print order and split into parts where `breaks` says. */
export function layTables(chapters: SectionView[], options: TableLayoutOptions): { chapters: SectionView[]; marks: string[] } {
  let next = 0;
  const marks: string[] = [];
  const lay = (title: string, rows: string[][]): TableLayoutView => {
    const id = `tbl-${++next}`;
    const starts = [0, ...(options.breaks[id] ?? []).filter((r) => r > 0 && r < rows.length)];
    const parts = starts.map((start, i) => ({
      continued: i > 0,
      rows: rows.slice(start, starts[i + 1] ?? rows.length).map((cells, j) => {
        if (!options.markRows) return { cells };
        marks.push(`${id}-${start + j}`);
        return { id: `${id}-${start + j}`, cells };
      }),
    }));
    return { id, continuedTitle: options.continued(title), parts };
  };
  const section = (s: SectionView): SectionView => ({
    ...s,
    figures: s.figures.map((f) => ({ ...f, layout: lay(f.tableLabel, f.table.rows) })),
    tables: s.tables.map((t) => ({ ...t, layout: lay(t.title, t.rows) })),
    sections: s.sections.map(section),
  });
  // Chapters are laid out first, then their sections, as they print (chapter.hbs).
  return { chapters: chapters.map(section), marks };
}
