// `oic-report check [year]`: the templates, catalogs, narrative, reference tables and fonts checked, every problem
// at its file and line. Exit 0 clean (warnings allowed unless --strict), 1 errors.
import { Command } from 'commander';
import type { CheckResult } from '../app/check.js';
import type { ProjectOptions } from '../app/options.js';
import { formatProblem } from '../core/validate.js';
import { EXIT, type ExitCode } from '../errors.js';
import { parseYear } from './arguments.js';
import type { Io } from './io.js';
import { configOption, dataOption, projectOptions, textOrJsonOption, type ConfigFlags } from './options.js';

interface CheckFlags extends ConfigFlags, Pick<ProjectOptions, 'data' | 'templates'> {
  format: 'text' | 'json';
  strict?: boolean;
}

export function checkCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('check')
    .summary("check templates, string catalogs, narrative and fonts, as a translator's change needs")
    .description(
      'Checks what translators and editors change, without building: every template problem with its file, line and ' +
        'column (syntax, unknown partials and blocks, values the report does not have such as {{cover.titel}}), every ' +
        'string catalog against English (missing and extra keys, ICU syntax, {arguments} the report does not give, plural ' +
        'categories the language needs, strings left untranslated), the narrative chapters, the reference tables and ' +
        'the fonts the style sheet names. Every build runs the same checks first.',
    )
    .argument('[year]', 'the edition whose data the templates are tried with (default: the latest)', parseYear)
    .addOption(dataOption())
    .option('--templates <dir>', 'templates folder to check (default: the shipped one)')
    .addOption(configOption())
    .addOption(textOrJsonOption())
    .option('--strict', 'warnings fail too (exit 1)')
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report check                          the shipped templates, with the latest edition's data
  $ oic-report check 2024 --templates mine/   a translator's copy
  $ oic-report check --format json > c.json   for CI

Exit codes: 0 no errors (warnings allowed, unless --strict), 1 errors (each listed with file and line),
2 wrong usage.`,
    )
    .action(async (year: number | undefined, flags: CheckFlags) => done(await runCheck(year, flags, io)));
}

async function runCheck(year: number | undefined, flags: CheckFlags, io: Io): Promise<ExitCode> {
  const { checkProject } = await import('../app/check.js');
  const { data, templates, encoding } = await projectOptions(flags);
  const result = await checkProject({
    ...(year !== undefined ? { year } : {}),
    ...(data ? { data } : {}),
    ...(templates ? { templates } : {}),
    ...(encoding ? { encoding } : {}),
  });
  io.stdout(flags.format === 'json' ? `${JSON.stringify({ ok: result.errors === 0, ...result }, null, 2)}\n` : textReport(result));
  return result.errors > 0 || (flags.strict && result.warnings > 0) ? EXIT.invalidData : EXIT.ok;
}

function textReport(result: CheckResult): string {
  const lines = result.problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}${result.year ? ` (templates tried with the ${result.year} edition)` : ''}.`,
    result.errors > 0 ? 'Fix the errors listed: a build refuses them.' : 'No errors: the templates and catalogs can be built.',
  );
  return `${lines.join('\n')}\n`;
}
