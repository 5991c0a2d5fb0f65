// Failures a user can act on. Each carries its exit code and one line saying what to do next; the CLI
// prints them without a stack trace. Anything else reaching the CLI is a bug and is reported as one.

/** Exit codes, documented in `oic-report --help`. */
export const EXIT = {
  ok: 0,
  /** The data has errors: fix the rows listed. */
  invalidData: 1,
  /** The command line or the edition asked for is wrong. */
  usage: 2,
  /** The machine lacks something: a browser, fonts, templates. */
  environment: 3,
  /** A bug in oic-report. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** What to do next, printed under the message. */
    readonly hint?: string,
    /** Further lines, such as the problems of a data file. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
