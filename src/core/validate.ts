// CSV rows → validated incidents. Every row ends up either accepted or in `problems` with the file,
// line and field it came from, so that nothing is ever dropped silently.
import { INCIDENT_COLUMNS, REQUIRED_COLUMNS, incidentRowSchema, type Incident } from './incident.js';
import type { Edition } from './edition.js';
import type { Reference } from './reference.js';

/** One data row as read from a CSV file: its first physical line and its cells by column name. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** Physical line in the file (1 is the header); undefined for a problem of the whole file. */
  line?: number;
  field?: string;
  value?: string;
  message: string;
}

export interface ValidationResult {
  incidents: Incident[];
  problems: Problem[];
  rowsRead: number;
  /** Rows with at least one error: they are not in the figures. */
  rowsRejected: number;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` ${p.field}` : '';
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return `${where}:${field}${value} ${p.message}`;
}

/** Problems of the header alone; an error here makes the whole file unusable. */
export function checkColumns(file: string, columns: readonly string[]): Problem[] {
  const known = new Set<string>(INCIDENT_COLUMNS);
  const present = new Set(columns);
  const problems: Problem[] = REQUIRED_COLUMNS.filter((c) => !present.has(c)).map((c) => ({
    severity: 'error' as const,
    file,
    line: 1,
    field: c,
    message: `column is missing from the header; the columns an incident file can have are: ${INCIDENT_COLUMNS.join(', ')}`,
  }));
  for (const c of columns) {
    if (!known.has(c)) {
      problems.push({ severity: 'warning', file, line: 1, field: c, message: 'is not an incident column and is ignored' });
    }
  }
  return problems;
}

export function validateIncidents(
  file: string,
  rows: Iterable<SourceRow>,
  edition: Edition,
  reference: Reference,
): ValidationResult {
  const incidents: Incident[] = [];
  const problems: Problem[] = [];
  const firstLineOfId = new Map<string, number>();
  let rowsRead = 0;
  let rowsRejected = 0;

  for (const row of rows) {
    rowsRead++;
    const rowProblems = validateRow(file, row, edition, reference, firstLineOfId);
    problems.push(...rowProblems.problems);
    if (rowProblems.incident) incidents.push(rowProblems.incident);
    else rowsRejected++;
  }
  return { incidents, problems, rowsRead, rowsRejected };
}

function validateRow(
  file: string,
  row: SourceRow,
  edition: Edition,
  reference: Reference,
  firstLineOfId: Map<string, number>,
): { incident?: Incident; problems: Problem[] } {
  const error = (field: string, message: string): Problem => ({
    severity: 'error',
    file,
    line: row.line,
    field,
    value: row.cells[field] ?? '',
    message,
  });

  const cells = Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c, row.cells[c] ?? '']));
  const parsed = incidentRowSchema.safeParse(cells);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => error(String(issue.path[0] ?? 'row'), describeIssue(issue))),
    };
  }
  const data = parsed.data;
  const problems: Problem[] = [];

  const seenAt = firstLineOfId.get(data.id);
  if (seenAt !== undefined) problems.push(error('id', `is used already by the row on line ${seenAt}; ids must be unique`));
  else firstLineOfId.set(data.id, row.line);

  const country = reference.countryCode(data.country);
  const region = country ? reference.regionOf(country) : undefined;
  if (!country) problems.push(error('country', 'is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)'));
  else if (!region) problems.push(error('country', 'has no region in data/reference/regions.json'));

  const categories = reference.categories[data.polarity];
  if (!categories.some((c) => c.code === data.category)) {
    problems.push(
      error('category', `is not a ${data.polarity} category; use one of: ${categories.map((c) => c.code).join(', ')}`),
    );
  }

  if (data.date < edition.period.start || data.date > edition.period.end) {
    problems.push(
      error('date', `is outside the edition's period, ${edition.period.start} to ${edition.period.end}`),
    );
  }

  if (problems.length > 0 || !country || !region) return { problems };
  return { incident: { ...data, country, region }, problems };
}

function describeIssue(issue: { code: string; message: string; values?: readonly unknown[] }): string {
  if (issue.code === 'invalid_value' && issue.values) {
    return `must be one of: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_format' && issue.message.toLowerCase().includes('url')) {
    return 'must be a web address starting with http:// or https://';
  }
  return issue.message.replace(/^Invalid input: /, '');
}
