// What long work tells while it runs, as typed events: the library emits them, and only the CLI turns them
// into text (a line per step, a live line, JSON). Nothing below the CLI writes to a terminal.
import type { Language } from '../core/incident.js';

export type Stage =
  /** Reading and validating the edition's incident file; done and total in bytes. */
  | 'validate'
  /** Reading the previous edition, for the comparisons. */
  | 'previous'
  /** Drawing one language's charts; done and total in charts (done = total once all are drawn). */
  | 'charts'
  /** A print that only finds the page of each heading, for the contents; done counts the prints. */
  | 'layout'
  /** The print of the finished PDF. */
  | 'print'
  /** Bookmarks, metadata and boxes written into the PDF. */
  | 'finish'
  /** The finished PDF of the last build of the very same report (HTML, stylesheet, fonts, browser), taken as it is. */
  | 'reuse'
  /** Writing the HTML edition. */
  | 'html'
  /** Writing figures.json, the tables and the chart files. */
  | 'figures';

export interface ProgressEvent {
  stage: Stage;
  lang?: Language;
  /** The file the stage reads or writes, as the user knows it. */
  file?: string;
  done?: number;
  total?: number;
  /** Pages of the language's PDF, where the stage knows them (after a layout or final print). */
  pages?: number;
}

export type ProgressListener = (event: ProgressEvent) => void;
