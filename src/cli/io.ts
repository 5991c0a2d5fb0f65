// Where a command's words go: results on stdout, messages and progress on stderr. Tests pass their own.
import { terminalSafe } from '../core/text-safety.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr as it is, for the live progress's own cursor moves and colours (it escapes the data it shows). */
  terminal?: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only there, unless asked for. */
  interactive: boolean;
  /** stderr's width, when it is a terminal that can redraw a line (not TERM=dumb): progress is then live. */
  columns?: () => number;
  /** Whether progress may use colours: FORCE_COLOR, then NO_COLOR, else whether stderr is a terminal. */
  colour?: boolean;
}

/** The streams an Io writes to: the process's, or a test's fake terminal. */
export interface IoStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
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
  return streamIo(process, process.env);
}

/** An Io on two streams; whether stderr is a terminal, its width and colours come from the stream and `env`. */
export function streamIo({ stdout, stderr }: IoStreams, env: NodeJS.ProcessEnv): Io {
  const terminal = Boolean(stderr.isTTY);
  // Data values reach messages (a title with ESC[2J in it): no control character but tab and newline reaches the
  // terminal, or a file, raw. JSON output is unchanged by it: JSON writes such characters escaped already.
  return {
    stdout: (text) => void stdout.write(terminalSafe(text)),
    stderr: (text) => void stderr.write(terminalSafe(text)),
    terminal: (text) => void stderr.write(text),
    interactive: terminal,
    ...(terminal && env.TERM !== 'dumb' ? { columns: () => stderr.columns || 80 } : {}),
    colour: colourWanted(env, terminal),
  };
}

/** https://no-color.org and FORCE_COLOR (as Node.js reads it: 0 or false is off, anything else on), FORCE_COLOR first. */
export function colourWanted(env: NodeJS.ProcessEnv, terminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return terminal && env.TERM !== 'dumb';
}
