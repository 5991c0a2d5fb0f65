// Failures a user can act on. Each carries its exit code and one line saying what to do next; the CLI
// prints them without a stack trace. Anything else reaching the CLI is a bug and is reported as one.

/** Exit codes, documented in `oic-report --help` and the README. */
export const EXIT = {
  ok: 0,
  /** The data has errors: fix the rows listed. */
  invalidData: 1,
  /** The command line, the configuration or the edition asked for is wrong. */
  usage: 2,
  /** The machine lacks something or failed: a browser, fonts, a writable folder. */
  environment: 3,
  /** A template, string catalog or style sheet is broken: fix the file and line given. */
  template: 4,
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

/** Where in a template (or catalog) the problem is; line and column are 1-based. */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A template that does not parse, compile or render: names the file, line and column, gives Handlebars' own
 * message and the offending line with a caret under the column. Never blamed on the browser.
 */
export class TemplateError extends UserError {
  constructor(
    readonly position: SourcePosition,
    readonly reason: string,
    /** The offending line of the template, when known. */
    readonly excerpt?: string,
  ) {
    const where = [position.file, position.line, position.column].filter((p) => p !== undefined).join(':');
    const caret = excerpt !== undefined && position.column !== undefined ? [`  ${excerpt}`, `  ${' '.repeat(Math.max(0, position.column - 1))}^`] : [];
    super(
      `${where}: ${reason}`,
      EXIT.template,
      'Fix the template at the place given and build again.',
      caret,
    );
    this.name = 'TemplateError';
  }
}
