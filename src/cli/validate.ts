// `oic-report validate <year>`: checks every row of an edition's data without building anything, and ends
// with the accounting (rows read = accepted + rejected, per file). Exit 0 clean (warnings allowed), 1 errors,
// 2 unusable input (no such edition or file, no header, bytes that cannot be decoded).
import { Command, Option } from 'commander';
import { validateEdition, type FileReport } from '../app/validate.js';
import { formatProblem, type Problem } from '../core/validate.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import type { ProjectOptions } from '../app/options.js';
import { nextCommand, parseYear } from './arguments.js';
import type { Io } from './io.js';
import { configOption, dataOption, encodingOption, projectOptions, textOrJsonOption, threadsOption, type ConfigFlags } from './options.js';
import { noProgressOption, progressListener, progressOption } from './progress.js';

interface ValidateFlags extends ConfigFlags, Pick<ProjectOptions, 'data' | 'encoding' | 'threads'> {
  format: 'text' | 'json';
  all?: boolean;
  allWarnings?: boolean;
  progress?: boolean;
}

/** Warnings of one kind shown in text output before "… and N more". */
const WARNINGS_SHOWN_PER_KIND = 10;
/** Problems of one kind kept (and so listed) without --all: a file with an error on every row stays readable. */
const KEPT_PER_KIND = 100;

export function validateCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('validate')
    .summary("check an edition's data, row by row, without building")
    .description(
      'Reads data/<year>/incidents.csv as a stream and reports every problem with its file, line, column, value ' +
        'and what would be accepted. Errors reject the row (build refuses such data unless --allow-invalid); ' +
        'warnings (probable duplicates, dates in the future, missing source URLs or summaries) do not. ' +
        'Ends with the accounting (rows read = rows accepted + rows rejected) and the totals the report would print.',
    )
    .argument('<year>', 'the edition to check, named by its year', parseYear)
    .addOption(dataOption())
    .addOption(configOption())
    .addOption(textOrJsonOption())
    .addOption(encodingOption('a file'))
    .option(
      '--all',
      `list every problem (by default the text lists ${WARNINGS_SHOWN_PER_KIND} warnings and ${KEPT_PER_KIND} errors of each kind, the JSON ${KEPT_PER_KIND} of each; the rest are counted)`,
    )
    .addOption(new Option('--all-warnings', 'the same as --all').hideHelp())
    .addOption(threadsOption())
    .addOption(progressOption())
    .addOption(noProgressOption())
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report validate 2024                          problems, the accounting and the totals
  $ oic-report validate 2024 --format json > v.json   the same, for CI
  $ oic-report validate 2024 --all                    every problem, however many of a kind
  $ oic-report validate 2024 --encoding windows-1256  an Arabic file saved by Excel as "CSV"

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 unusable input (missing edition or file, no header,
a file that cannot be decoded).`,
    )
    .action(async (year: number, flags: ValidateFlags) => done(await runValidate(year, flags, io)));
}

async function runValidate(year: number, flags: ValidateFlags, io: Io): Promise<ExitCode> {
  const all = flags.all || flags.allWarnings;
  const listener = progressListener(io, flags);
  let files: FileReport[];
  let edition: Problem[];
  try {
    const { data, encoding, threads } = await projectOptions(flags);
    ({ files, edition } = await validateEdition({
      year,
      ...(data ? { data } : {}),
      ...(encoding ? { encoding } : {}),
      ...(threads ? { threads } : {}),
      ...(all ? {} : { maxProblemsPerKind: KEPT_PER_KIND }),
      ...(listener ? { onProgress: listener } : {}),
    }));
  } catch (error) {
    if (flags.format === 'json' && error instanceof UserError) {
      io.stdout(`${JSON.stringify({ edition: year, ok: false, unusable: { message: error.message, hint: error.hint ?? null } }, null, 2)}\n`);
    }
    throw error;
  }
  const errors = files.reduce((n, r) => n + r.result.errors, 0);
  const next = nextCommand('build', flags, String(year));
  io.stdout(flags.format === 'json' ? jsonReport(year, files, edition) : textReport(files, all ?? false, edition, next));
  return errors > 0 ? EXIT.invalidData : EXIT.ok;
}

export function textReport(reports: FileReport[], all: boolean, edition: readonly Problem[] = [], build = 'oic-report build'): string {
  const lines: string[] = edition.map((p) => `warning: ${formatProblem(p)}`);
  for (const { result } of reports) {
    const byKind = new Map<string, Problem[]>();
    for (const p of result.problems) {
      const list = byKind.get(p.kind);
      if (list) list.push(p);
      else byKind.set(p.kind, [p]);
    }
    // Errors first, then warnings, each kind in the order first met.
    for (const severity of ['error', 'warning'] as const) {
      for (const [kind, list] of byKind) {
        if (list[0]!.severity !== severity) continue;
        const shown = all || severity === 'error' ? list : list.slice(0, WARNINGS_SHOWN_PER_KIND);
        for (const p of shown) lines.push(`${severity}: ${formatProblem(p)}`);
        const more = (result.problemCounts[kind]?.count ?? list.length) - shown.length;
        if (more > 0) {
          lines.push(`${severity}: … and ${more} more ${kind.replace(/_/g, ' ')} ${severity}s (--all lists them)`);
        }
      }
    }
  }
  lines.push('');
  for (const { file, result, figures } of reports) {
    lines.push(
      `${file}: ${count(result.rowsRead)} rows read = ${count(result.rowsAccepted)} accepted + ${count(result.rowsRejected)} rejected; ` +
        `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}`,
    );
    lines.push(
      `Accepted: ${plural(figures.totals.negative, 'negative manifestation')} and ${plural(figures.totals.positive, 'positive development')} ` +
        `in ${plural(figures.countries, 'country', 'countries')}.`,
    );
  }
  const errors = reports.reduce((n, r) => n + r.result.errors, 0);
  lines.push(
    errors > 0
      ? `Fix the errors listed (build refuses this data unless --allow-invalid), then: ${build}`
      : `No errors: the data can be built: ${build}`,
  );
  return `${lines.join('\n')}\n`;
}

function jsonReport(year: number, reports: FileReport[], edition: readonly Problem[]): string {
  const files = reports.map(({ file, encoding, bytes, threads, result, figures }) => ({
    file,
    encoding: encoding ?? null,
    bytes,
    threads,
    rowsRead: result.rowsRead,
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
    errors: result.errors,
    warnings: result.warnings,
    totals: { ...figures.totals, countries: figures.countries },
    problemCounts: result.problemCounts,
    problemsOmitted: result.problemsOmitted,
    problems: result.problems,
  }));
  return `${JSON.stringify({ edition: year, ok: files.every((f) => f.errors === 0), files, warnings: edition }, null, 2)}\n`;
}

const count = (n: number) => n.toLocaleString('en-US');

function plural(n: number, word: string, words = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : words}`;
}
