// `oic-report validate <year>`: checks every row of an edition's data without building anything, and ends
// with the accounting (rows read = accepted + rejected, per file). Exit 0 clean (warnings allowed), 1 errors,
// 2 unusable input (no such edition or file, no header, bytes that cannot be decoded).
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { formatProblem, validateIncidentStream, type Problem, type ValidationResult } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import { locateEdition, openIncidentFile, readEdition, readReference } from '../io/edition-data.js';
import { ENCODINGS, parseEncoding, type Encoding } from '../io/encoding.js';
import { displayPath } from '../io/paths.js';
import { parseYear } from './arguments.js';
import type { Io } from './index.js';

interface ValidateFlags {
  data: string;
  format: 'text' | 'json';
  encoding?: Encoding;
  allWarnings?: boolean;
}

/** Warnings of one kind shown in text output before "… and N more". */
const WARNINGS_SHOWN_PER_KIND = 10;

export interface FileReport {
  file: string;
  encoding?: string;
  bytes: number;
  result: ValidationResult;
}

export function validateCommand(io: Io, exit: { code: number }): Command {
  return new Command('validate')
    .summary("check an edition's data, row by row, without building")
    .description(
      'Reads data/<year>/incidents.csv as a stream and reports every problem with its file, line, column, value ' +
        'and what would be accepted. Errors reject the row (build refuses such data unless --allow-invalid); ' +
        'warnings (probable duplicates, dates in the future, missing source URLs or summaries) do not. ' +
        'Ends with the accounting: rows read = rows accepted + rows rejected.',
    )
    .argument('<year>', 'the edition to check, named by its year', parseYear)
    .option('-d, --data <dir>', 'folder holding one sub-folder per edition', 'data')
    .addOption(new Option('-f, --format <format>', 'text for people, json for CI').choices(['text', 'json']).default('text'))
    .addOption(
      new Option(
        '--encoding <encoding>',
        `encoding of a file without byte order mark: ${ENCODINGS.join(', ')} (default utf-8)`,
      ).argParser(parseEncodingOption),
    )
    .option('--all-warnings', `list every warning (by default ${WARNINGS_SHOWN_PER_KIND} of each kind)`)
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report validate 2024                          problems and the accounting
  $ oic-report validate 2024 --format json > v.json   the same, for CI
  $ oic-report validate 2024 --encoding windows-1256  an Arabic file saved by Excel as "CSV"

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 unusable input (missing edition or file, no header,
a file that cannot be decoded).`,
    )
    .action(async (year: number, flags: ValidateFlags) => {
      let reports: FileReport[];
      try {
        reports = await validateEdition(year, flags.data, flags.encoding);
      } catch (error) {
        if (flags.format === 'json' && error instanceof UserError) {
          io.stdout(
            `${JSON.stringify({ edition: year, ok: false, unusable: { message: error.message, hint: error.hint ?? null } }, null, 2)}\n`,
          );
        }
        throw error;
      }
      const errors = reports.reduce((n, r) => n + r.result.errors, 0);
      io.stdout(flags.format === 'json' ? jsonReport(year, reports) : textReport(reports, flags.allWarnings ?? false));
      exit.code = errors > 0 ? EXIT.invalidData : EXIT.ok;
    });
}

/** Validates every data file of an edition; counts and problems only, no incidents kept. */
export async function validateEdition(year: number, data: string, encoding?: Encoding): Promise<FileReport[]> {
  const dataDir = resolve(data);
  const editionDir = await locateEdition(dataDir, year);
  const edition = await readEdition(editionDir);
  const reference = await readReference(dataDir);
  const source = await openIncidentFile(join(editionDir, 'incidents.csv'), encoding ? { encoding } : {});
  const result = await validateIncidentStream(source.file, source.columns, source.records, edition, reference, {
    keepIncidents: false,
  });
  const encodingUsed = source.encoding();
  return [{ file: source.file, ...(encodingUsed ? { encoding: encodingUsed } : {}), bytes: source.bytes(), result }];
}

export function textReport(reports: FileReport[], allWarnings: boolean): string {
  const lines: string[] = [];
  for (const { result } of reports) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    for (const p of errors) lines.push(`error: ${formatProblem(p)}`);
    const byKind = new Map<string, Problem[]>();
    for (const w of warnings) {
      const list = byKind.get(w.kind);
      if (list) list.push(w);
      else byKind.set(w.kind, [w]);
    }
    for (const [kind, list] of byKind) {
      const shown = allWarnings ? list : list.slice(0, WARNINGS_SHOWN_PER_KIND);
      for (const p of shown) lines.push(`warning: ${formatProblem(p)}`);
      if (list.length > shown.length) {
        lines.push(`warning: … and ${list.length - shown.length} more ${kind.replace(/_/g, ' ')} warnings (--all-warnings lists them)`);
      }
    }
  }
  lines.push('');
  for (const { file, result } of reports) {
    lines.push(
      `${file}: ${result.rowsRead} rows read = ${result.rowsAccepted} accepted + ${result.rowsRejected} rejected; ` +
        `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}`,
    );
  }
  const errors = reports.reduce((n, r) => n + r.result.errors, 0);
  lines.push(
    errors > 0
      ? 'Fix the errors listed (build refuses this data unless --allow-invalid).'
      : 'No errors: the data can be built.',
  );
  return `${lines.join('\n')}\n`;
}

function jsonReport(year: number, reports: FileReport[]): string {
  const files = reports.map(({ file, encoding, bytes, result }) => ({
    file,
    encoding: encoding ?? null,
    bytes,
    rowsRead: result.rowsRead,
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
    errors: result.errors,
    warnings: result.warnings,
    problems: result.problems,
  }));
  return `${JSON.stringify({ edition: year, ok: files.every((f) => f.errors === 0), files }, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function parseEncodingOption(value: string): Encoding {
  const encoding = parseEncoding(value);
  if (!encoding) {
    throw new UserError(`unknown encoding "${value}"`, EXIT.usage, `Use one of: ${ENCODINGS.join(', ')}.`);
  }
  return encoding;
}
