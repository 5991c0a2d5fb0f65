// The oic-report command line: one sub-command per module, errors turned into exit codes and messages.
import { Command, CommanderError } from 'commander';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { importCommand } from './import.js';
import { processIo, type Io } from './io.js';
import { newCommand } from './new.js';
import { previewCommand } from './preview.js';
import { validateCommand } from './validate.js';
import { VERSION } from './version.js';

export type { Io } from './io.js';

export const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   the data has errors (each is listed with file, line and field)
  2   wrong usage: unknown option, unknown edition, missing data folder, a wrong configuration file
  3   something is missing on this machine or failed there: the browser, templates, fonts
  4   a template, string catalog or style sheet is broken (its file, line and column are given)
  70  a bug in oic-report: please report it with the output above
  130, 143, 129  interrupted (Ctrl-C, kill, a closed terminal): the browser killed, the last output left as it was`;

export function createProgram(io: Io, done: (code: ExitCode) => void): Command {
  const program = new Command('oic-report')
    .description(
      "Builds the OIC Islamophobia Observatory's annual report to the Council of Foreign Ministers: " +
        'validated incident data in, print-ready PDFs in Arabic, English and French out.',
    )
    .version(VERSION, '-V, --version', 'print the version of oic-report')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report build 2024              build data/2024 into out/2024/*.pdf, Arabic, English and French
  $ oic-report build 2024 --lang en    the English edition only
  $ oic-report validate 2024           check the data, row by row
  $ oic-report check                   check templates and string catalogs, as a translator's change needs
  $ oic-report build --help            every option of build
${EXIT_CODES_HELP}`,
    );
  // addCommand does not pass on exitOverride and the output settings, which our exit codes rely on.
  const commands = [buildCommand, checkCommand, validateCommand, importCommand, newCommand, diffCommand, previewCommand];
  for (const command of commands.map((make) => make(io, done))) {
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: ExitCode = EXIT.ok;
  const program = createProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version are not failures.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UserError) {
    io.stderr(`oic-report: ${error.message}\n`);
    for (const line of error.details) io.stderr(`  ${line}\n`);
    if (error.hint) io.stderr(`${error.hint}\n`);
    return error.exitCode;
  }
  io.stderr(`oic-report: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  io.stderr('This is a bug in oic-report; please report it with the output above.\n');
  return EXIT.internal;
}
