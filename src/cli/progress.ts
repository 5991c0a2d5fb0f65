// Progress on long work, the same for every command: the pipeline's typed events turned into a line on stderr
// per step, with the time since the command started, shown on a terminal (or with --progress), never mixed
// into stdout's results.
import { Option } from 'commander';
import type { ProgressEvent, ProgressListener } from '../app/progress.js';
import type { Io } from './io.js';

export interface ProgressFlags {
  progress?: boolean;
}

/** --progress and --no-progress, for a command's options: `.addOption(progressOption()).addOption(noProgressOption())`. */
export const progressOption = () => new Option('--progress', 'show progress even when stderr is not a terminal');
export const noProgressOption = () => new Option('--no-progress', 'show no progress, only the result');

/** A listener that prints each step, or undefined when progress is not to be shown. */
export function progressListener(io: Io, flags: ProgressFlags, started = Date.now()): ProgressListener | undefined {
  if (!(flags.progress ?? io.interactive)) return undefined;
  const tenths = new Map<string, number>();
  return (event) => {
    const text = describe(event, tenths);
    if (text) io.stderr(`  ${seconds(Date.now() - started)}  ${text}…\n`);
  };
}

/** The line for an event, or undefined for one not worth a line (a chart drawn, a megabyte read). */
function describe(event: ProgressEvent, tenths: Map<string, number>): string | undefined {
  const { lang, file = '', done, total } = event;
  switch (event.stage) {
    case 'validate': {
      if (done === undefined || !total) return `Validating ${file}`;
      // Each tenth of the file once: a line every few megabytes would drown the terminal.
      const tenth = Math.floor((done * 10) / total);
      if (tenth <= (tenths.get(file) ?? 0) || tenth >= 10) return undefined;
      tenths.set(file, tenth);
      return `${tenth * 10}% of ${(total / 1e6).toFixed(0)} MB read`;
    }
    case 'previous':
      return `Reading the previous edition, ${file}`;
    case 'charts':
      return done === 0 ? `Drawing the ${lang} charts` : undefined;
    case 'layout':
      return `Laying out the ${lang} edition to number its contents${done && done > 1 ? ` (print ${done})` : ''}`;
    case 'print':
      return `Printing the ${lang} edition`;
    case 'finish':
      return `Finishing the ${lang} PDF: bookmarks, metadata`;
    case 'html':
      return `Writing the HTML edition into ${file}`;
    case 'figures':
      return `Writing figures, tables and charts into ${file}`;
  }
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
