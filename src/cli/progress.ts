// Progress on long work, the same for every command: the pipeline's typed events turned into text on stderr, never
// mixed into stdout's results. On a terminal, live lines redrawn in place (see live-progress.ts); in CI and pipes
// (or with --progress there), a plain line per step with the time since the command started.
import { Option } from 'commander';
import type { ProgressEvent, ProgressListener } from '../app/progress.js';
import { terminalSafe } from '../core/text-safety.js';
import type { Io } from './io.js';
import { LiveProgress, seconds, type EditionOutcome } from './live-progress.js';

export { seconds };

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
  const time = (ms: number) => (io.colour ? `\x1b[2m${seconds(ms)}\x1b[0m` : seconds(ms));
  return (event) => {
    const text = describe(event, tenths);
    // The time's colour is ours; the text may hold data (a file name), escaped like every message.
    if (text) (io.terminal ?? io.stderr)(`  ${time(Date.now() - started)}  ${terminalSafe(text)}…\n`);
  };
}

export interface ProgressDisplay {
  listener: ProgressListener;
  /** After the work: the last drawing, with the PDFs written (or none when it failed). */
  end(outputs?: readonly EditionOutcome[]): void;
}

/** Live lines on a terminal that can redraw them, plain lines elsewhere (with --progress), or nothing. */
export function progressDisplay(io: Io, flags: ProgressFlags, started = Date.now()): ProgressDisplay | undefined {
  if (io.columns && flags.progress !== false) {
    // The data line says what runs before the first event, so that a build is never silent from its start.
    const opening = { label: 'data', text: 'checking the edition, catalogs and templates' };
    const live = new LiveProgress({ write: io.terminal ?? io.stderr, columns: io.columns, colour: io.colour ?? false, opening });
    return { listener: live.listener, end: (outputs) => live.end(outputs) };
  }
  const listener = progressListener(io, flags, started);
  return listener ? { listener, end: () => {} } : undefined;
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
    case 'reuse':
      return `The ${lang} edition is unchanged since the last build: its PDF is reused`;
    case 'html':
      return `Writing the HTML edition into ${file}`;
    case 'figures':
      return `Writing figures, tables and charts into ${file}`;
  }
}
