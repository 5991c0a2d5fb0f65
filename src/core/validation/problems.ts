// What validation reports: problems at their file, line and column, rejected rows with their reasons, and the
// accounting of a file (rows read = rows accepted + rows rejected, always).
import type { Incident } from '../incident.js';
import { detach } from './detach.js';

/** One data row as read from a CSV file: its first physical line and its cells by column name. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
  /** Set by the reader when the row is not well-formed (wrong number of fields, a stray quote). */
  problem?: string;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** Physical line in the file (1 is the header); undefined for a problem of the whole file. */
  line?: number;
  /** Character on the line, from 1, where a text file's problem is (a template's). */
  column?: number;
  /** The column. */
  field?: string;
  value?: string;
  message: string;
  /** The value that would most likely be accepted, when there is one ("FR" for "Frnace"). */
  suggestion?: string;
  /** A stable name for the kind of problem, e.g. "country", "duplicate_id", "missing_source_url". */
  kind: string;
}

/** A rejected row, for rejected.csv and the report's data-quality annex. */
export interface RejectedRow {
  line: number;
  id: string;
  reasons: string[];
  cells: Record<string, string>;
}

/** How many problems of one kind there were, kept or not. */
export interface ProblemCount {
  severity: Problem['severity'];
  count: number;
}

/** How many problems the validator keeps; the counts are always exact. */
export interface ProblemLimits {
  /** At most this many problems in all (default all). */
  maxProblems?: number;
  /** At most this many of each kind, e.g. 10 missing_source_url warnings (default all). */
  maxProblemsPerKind?: number;
}

export interface ValidationResult {
  file: string;
  incidents: Incident[];
  problems: Problem[];
  rowsRead: number;
  rowsAccepted: number;
  /** Rows with at least one error: they are not in the figures. */
  rowsRejected: number;
  errors: number;
  warnings: number;
  /** Problems counted but not kept, beyond `maxProblems` or `maxProblemsPerKind`. */
  problemsOmitted: number;
  /** Every kind of problem met, with its severity and how many there were. */
  problemCounts: Record<string, ProblemCount>;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line === undefined ? undefined : p.column].filter((part) => part !== undefined).join(':');
  const field = p.field ? ` ${p.field}` : '';
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return `${where}:${field}${value} ${p.message}`;
}

/** A problem as one reason of a rejected row: the file and line are the row's own. */
export function formatReason(p: Problem): string {
  const field = p.field ? `${p.field}` : '';
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return `${field}${value} ${p.message}`.trim();
}

/** Why a record whose field count is not the header's cannot be used: it is never silently padded or cut. */
export function fieldCountProblem(fields: number, columns: number): string | undefined {
  return fields === columns
    ? undefined
    : `has ${fields} fields but the header has ${columns}; check for a missing or extra comma`;
}

/** Every problem counted by severity and kind; only the first ones within the limits are kept. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  readonly kinds = new Map<string, ProblemCount>();
  errors = 0;
  warnings = 0;
  omitted = 0;
  private readonly max: number;
  private readonly perKind: number;

  constructor(limits: ProblemLimits) {
    this.max = limits.maxProblems ?? Infinity;
    this.perKind = limits.maxProblemsPerKind ?? Infinity;
  }

  record(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    else this.warnings++;
    let count = this.kinds.get(p.kind);
    if (!count) this.kinds.set(p.kind, (count = { severity: p.severity, count: 0 }));
    count.count++;
    if (this.problems.length < this.max && count.count <= this.perKind) {
      this.problems.push(p.value === undefined ? p : { ...p, value: detach(p.value) });
    } else this.omitted++;
  }
}
