// The header of an incident file, checked before any row: the required columns, a column given twice, an unknown
// one (with the name it most likely means), and a file that is not comma-separated at all, which shows as a header
// of one column holding the names and the other separator.
import { INCIDENT_COLUMNS, REQUIRED_COLUMNS } from './incident.js';
import { nearestCode } from './reference.js';
import type { Problem, ValidationResult } from './validation/problems.js';

/** Problems of the header alone; an error here makes every row of the file unusable. */
export function checkColumns(file: string, columns: readonly string[]): Problem[] {
  const known = new Set<string>(INCIDENT_COLUMNS);
  const present = new Set(columns);
  const wrong = wrongDelimiter(columns);
  if (wrong) return [{ severity: 'error', kind: 'wrong_delimiter', file, line: 1, message: wrong }];
  const problems: Problem[] = REQUIRED_COLUMNS.filter((c) => !present.has(c)).map((c) => ({
    severity: 'error' as const,
    kind: 'missing_column',
    file,
    line: 1,
    field: c,
    message: `column is missing from the header; the columns an incident file can have are: ${INCIDENT_COLUMNS.join(', ')}`,
  }));
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) {
      problems.push({
        severity: 'error',
        kind: 'duplicate_column',
        file,
        line: 1,
        field: c,
        message: 'column appears twice in the header; each column must appear once',
      });
      continue;
    }
    seen.add(c);
    if (!known.has(c)) {
      const near = c === '' ? undefined : nearestCode(c, INCIDENT_COLUMNS);
      problems.push({
        severity: 'warning',
        kind: 'unknown_column',
        file,
        line: 1,
        field: c === '' ? '(unnamed)' : c,
        message:
          near && !present.has(near)
            ? `is not an incident column and is ignored; did you mean "${near}"?`
            : 'is not an incident column and is ignored',
        ...(near && !present.has(near) ? { suggestion: near } : {}),
      });
    }
  }
  return problems;
}

const DELIMITERS = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
] as const;

/** A header read as one column that another separator would cut into incident columns: the file's separator is not the comma. */
function wrongDelimiter(columns: readonly string[]): string | undefined {
  if (columns.length !== 1) return undefined;
  for (const [delimiter, name] of DELIMITERS) {
    const parts = columns[0]!.split(delimiter).map((c) => c.trim());
    if (parts.length > 1 && parts.some((c) => (INCIDENT_COLUMNS as readonly string[]).includes(c))) {
      const shown = delimiter === '\t' ? 'a tab' : `\`${delimiter}\``;
      return `the header has one column containing ${shown}: is the file separated by ${name}? oic-report reads comma-separated files (in Excel: Save As "CSV UTF-8 (Comma delimited)")`;
    }
  }
  return undefined;
}

/** Kinds of problems that make every row of a file unusable. */
export const HEADER_ERROR_KINDS = ['wrong_delimiter', 'missing_column', 'duplicate_column'] as const;

/** Why a file cannot make a report at all, even one that leaves its rejected rows out (--allow-invalid). */
export function unusableReason(result: ValidationResult): string | undefined {
  const header = HEADER_ERROR_KINDS.filter((k) => result.problemCounts[k]);
  if (header.length > 0) return `its header is unusable (${header.map((k) => k.replace(/_/g, ' ')).join(', ')}), so every row is rejected`;
  if (result.rowsRead > 0 && result.rowsAccepted === 0) return 'not one of its rows is usable';
  return undefined;
}

