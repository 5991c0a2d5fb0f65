// Progress on long work, the same for every command: a line on stderr per step, with the time since the
// command started, shown on a terminal (or with --progress), never mixed into stdout's results.
import { Option } from 'commander';
import type { Io } from './index.js';

export interface ProgressFlags {
  progress?: boolean;
}

/** --progress and --no-progress, for a command's options: `.addOption(progressOption()).addOption(noProgressOption())`. */
export const progressOption = () => new Option('--progress', 'show progress even when stderr is not a terminal');
export const noProgressOption = () => new Option('--no-progress', 'show no progress, only the result');

/** Reports a step (`message…`), or undefined when progress is not to be shown. */
export function progressReporter(io: Io, flags: ProgressFlags, started = Date.now()): ((message: string) => void) | undefined {
  if (!(flags.progress ?? io.interactive)) return undefined;
  return (message) => io.stderr(`  ${seconds(Date.now() - started)}  ${message}…\n`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
