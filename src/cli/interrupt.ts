// A build stopped by Ctrl-C, `kill` or a closed terminal: the browser killed, the temporary and staging folders
// removed (io/leftovers.ts), the previous output left as it was, and the shell's code for the signal (128 + its
// number), with a message that says so rather than a browser failure.
import { removeLeftovers } from '../io/leftovers.js';
import type { Io } from './io.js';

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Until the returned function is called, an interruption ends the process at once, cleanly. */
export function exitOnInterrupt(io: Io, outcome: string): () => void {
  const handlers = Object.entries(SIGNAL_CODES).map(([signal, code]) => {
    const handler = () => {
      removeLeftovers();
      io.stderr(`oic-report: interrupted (${signal}): ${outcome}\n`);
      process.exit(code);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}
