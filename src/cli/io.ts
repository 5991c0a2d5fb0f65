// Where a command's words go: results on stdout, messages and progress on stderr. Tests pass their own.
import { terminalSafe } from '../core/text-safety.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only there, unless asked for. */
  interactive: boolean;
}

let guarded = false;

/** The process's own streams. A reader that goes away (`oic-report help build | head -1`) ends the command quietly. */
export function processIo(): Io {
  if (!guarded) {
    guarded = true;
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        // Nobody reads any more: there is nothing left to say and nobody to say it to.
        process.exit(process.exitCode ?? 0);
      });
    }
  }
  // Data values reach messages (a title with ESC[2J in it): no control character but tab and newline reaches the
  // terminal, or a file, raw. JSON output is unchanged by it: JSON writes such characters escaped already.
  return {
    stdout: (text) => void process.stdout.write(terminalSafe(text)),
    stderr: (text) => void process.stderr.write(terminalSafe(text)),
    interactive: Boolean(process.stderr.isTTY),
  };
}
