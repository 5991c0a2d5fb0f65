// Where a command's words go: results on stdout, messages and progress on stderr. Tests pass their own.

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
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  };
}
