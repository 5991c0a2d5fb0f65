// CSV rows → validated incidents. Every row ends up either accepted or rejected, with each of its problems
// naming the file, line, column, value and what would be accepted, so that nothing is ever dropped silently:
// rows read = rows accepted + rows rejected, always. Rows flow through one at a time (an iterable or an async
// iterable); only what the caller asks to keep is kept, so validating a million rows needs no more memory
// than their ids.
import { INCIDENT_COLUMNS, LANGUAGES, type Incident, type IncidentColumn } from '../incident.js';
import type { Edition } from '../edition.js';
import type { Reference } from '../reference.js';
import type { CsvRecord } from '../csv.js';
import { balanceBidi, charName, controlCharacter } from '../text-safety.js';
import { checkColumns } from '../header-check.js';
import { DuplicateFinder } from './duplicates.js';
import { FieldParser, LIMIT_AT, QUICK_AT, SHOWN, SLOW, tooLongMessage } from './field-rules.js';
import { AT, SUMMARY_AT, incidentOf } from './incident-values.js';
import {
  ProblemLog,
  fieldCountProblem,
  formatReason,
  type Problem,
  type ProblemLimits,
  type RejectedRow,
  type SourceRow,
  type ValidationResult,
} from './problems.js';
import { categoryRule, countryRule, dateRule, summaryRule, type Finding } from './row-rules.js';
import type { FirstLines } from '../first-lines.js';

export interface ValidateOptions extends ProblemLimits {
  /** Today, YYYY-MM-DD, for the "date in the future" warning; default the current UTC date. */
  today?: string;
  /** Keep the accepted incidents in `incidents` (default true); false keeps only counts and problems. */
  keepIncidents?: boolean;
  /** Called with each accepted incident, e.g. to aggregate without keeping them. */
  onIncident?: (incident: Incident) => void;
  /** Called with each rejected row and its reasons. */
  onRejected?: (row: RejectedRow) => void;
  /**
   * The rows are a part of a file that another validator reads from its start: the header's warnings and an
   * empty file are that validator's to report.
   */
  part?: boolean;
}

const COLUMN_COUNT = INCIDENT_COLUMNS.length;
const isIncidentColumn = (column: string | undefined): column is IncidentColumn =>
  column !== undefined && (INCIDENT_COLUMNS as readonly string[]).includes(column);

/** Validates rows one at a time; `finish` gives the accounting. */
export class IncidentValidator {
  private readonly incidents: Incident[] = [];
  private readonly log: ProblemLog;
  private readonly duplicates = new DuplicateFinder();
  private readonly parser = new FieldParser();
  /** Per incident column, by number: where it is in the file's header, or -1 when the file has no such column. */
  private readonly fieldOf: number[];
  private readonly headerErrors: Problem[];
  private readonly today: string;
  private readonly keep: boolean;
  private readonly wanted: boolean;
  /** The current row's values, by column number, and its problems: reused from row to row. */
  private readonly values: unknown[] = new Array<unknown>(COLUMN_COUNT);
  private readonly rowProblems: Problem[] = [];
  private rowsRead = 0;
  private rowsRejected = 0;

  constructor(
    readonly file: string,
    readonly columns: readonly string[],
    private readonly edition: Edition,
    private readonly reference: Reference,
    private readonly options: ValidateOptions = {},
  ) {
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.keep = options.keepIncidents ?? true;
    this.wanted = this.keep || options.onIncident !== undefined;
    this.log = new ProblemLog(options);
    const header = checkColumns(file, columns);
    this.headerErrors = header.filter((p) => p.severity === 'error');
    if (!options.part) for (const p of header) this.log.record(p);
    this.fieldOf = INCIDENT_COLUMNS.map((c) => columns.indexOf(c));
  }

  /** A row by column name (tests, import). */
  add(row: SourceRow): void {
    const fields = this.columns.map((c) => row.cells[c] ?? '');
    // Rows handed over one by one (import, tests) were not searched as a chunk of text: each field is looked at.
    this.addRecord(row.problem === undefined ? { line: row.line, fields, suspect: true } : { line: row.line, fields, problem: row.problem, suspect: true });
  }

  /** A record as the CSV reader gives it: its fields in the order of the file's header. */
  addRecord(record: CsvRecord): void {
    this.rowsRead++;
    if (this.headerErrors.length > 0) {
      // The header is unusable: every row is rejected for that one reason, which is reported once.
      this.reject(record, this.headerErrors.map(formatReason));
      return;
    }
    const malformed = record.problem ?? fieldCountProblem(record.fields.length, this.columns.length);
    if (malformed !== undefined) {
      const p: Problem = { severity: 'error', kind: 'malformed_row', file: this.file, line: record.line, message: malformed };
      this.log.record(p);
      this.reject(record, [formatReason(p)]);
      return;
    }
    const incident = this.check(record);
    let reasons: string[] | undefined;
    for (const p of this.rowProblems) {
      this.log.record(p);
      if (p.severity === 'error') (reasons ??= []).push(formatReason(p));
    }
    if (reasons) this.reject(record, reasons);
    else if (incident) {
      if (this.keep) this.incidents.push(incident);
      this.options.onIncident?.(incident);
    }
  }

  /** The first line of each id and of each content key seen: parts of one file must not share any. */
  keys(): { ids: FirstLines; contents: FirstLines } {
    return { ids: this.duplicates.ids, contents: this.duplicates.contents };
  }

  finish(): ValidationResult {
    if (this.rowsRead === 0 && !this.options.part) {
      this.log.record({ severity: 'error', kind: 'no_rows', file: this.file, message: 'has a header but no incident rows' });
    }
    const log = this.log;
    return {
      file: this.file,
      incidents: this.incidents,
      problems: log.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      problemCounts: Object.fromEntries(log.kinds),
      rowsRead: this.rowsRead,
      rowsAccepted: this.rowsRead - this.rowsRejected,
      rowsRejected: this.rowsRejected,
      errors: log.errors,
      warnings: log.warnings,
      problemsOmitted: log.omitted,
    };
  }

  private reject(record: CsvRecord, reasons: string[]): void {
    this.rowsRejected++;
    if (!this.options.onRejected) return;
    const cells: Record<string, string> = {};
    this.columns.forEach((c, i) => (cells[c] = record.fields[i] ?? ''));
    this.options.onRejected({ line: record.line, id: (cells.id ?? '').trim(), reasons, cells });
  }

  private problem(
    severity: Problem['severity'],
    record: CsvRecord,
    column: IncidentColumn | undefined,
    kind: string,
    message: string,
    suggestion?: string,
  ): Problem {
    const p: Problem = { severity, kind, file: this.file, line: record.line, message };
    if (column !== undefined) {
      p.field = column;
      const at = this.columns.indexOf(column);
      p.value = at >= 0 ? (record.fields[at] ?? '') : '';
    }
    if (suggestion !== undefined) p.suggestion = suggestion;
    return p;
  }

  private found(record: CsvRecord, f: Finding | undefined): void {
    if (f) this.rowProblems.push(this.problem(f.severity, record, f.field, f.kind, f.message, f.suggestion));
  }

  /**
   * A record whose text holds a control or bidirectional character: a control character in a field is an error
   * (it prints as a box and drives terminals); a bidirectional control left open is closed at the end of its
   * field, with a warning, so that it cannot reverse what the report prints after the field.
   */
  private screen(record: CsvRecord): void {
    const fields = record.fields;
    for (let i = 0; i < fields.length; i++) {
      const name = this.columns[i];
      if (!isIncidentColumn(name)) continue;
      const control = controlCharacter(fields[i]!);
      if (control) {
        const p = this.problem('error', record, name, 'control_character', `holds the control character ${charName(control.code)} at character ${control.index + 1}; remove it (it prints as a box)`);
        p.value = fields[i]!.slice(0, SHOWN);
        this.rowProblems.push(p);
        continue;
      }
      const balanced = balanceBidi(fields[i]!);
      if (balanced.changed) {
        this.rowProblems.push(
          this.problem('warning', record, name, 'unpaired_bidi_control', balanced.unclosed.length > 0
            ? `opens a text direction (${balanced.unclosed.map(charName).join(', ')}) that it never closes; the report closes it at the end of the field, so that it cannot turn around what follows`
            : 'closes a text direction it never opened; the report leaves the stray control out'),
        );
        fields[i] = balanced.text;
      }
    }
  }

  /** Each field's value into `values` (undefined where it fails its column's rule, with an error). */
  private readFields(record: CsvRecord): void {
    const v = this.values;
    const fields = record.fields;
    for (let c = 0; c < COLUMN_COUNT; c++) {
      const at = this.fieldOf[c]!;
      const raw = at >= 0 ? (fields[at] ?? '') : '';
      if (raw.length > LIMIT_AT[c]!) {
        v[c] = undefined;
        const p = this.problem('error', record, INCIDENT_COLUMNS[c]!, 'too_long', tooLongMessage(raw.length, LIMIT_AT[c]!));
        p.value = `${raw.slice(0, SHOWN)}…`;
        this.rowProblems.push(p);
        continue;
      }
      const quick = QUICK_AT[c];
      if (quick !== undefined) {
        const value = quick(raw);
        if (value !== SLOW) {
          v[c] = value;
          continue;
        }
      }
      const parsed = this.parser.parse(c, raw);
      if (parsed.ok) v[c] = parsed.value;
      else {
        v[c] = undefined;
        const column = INCIDENT_COLUMNS[c]!;
        this.rowProblems.push(this.problem('error', record, column, column, parsed.message, parsed.suggestion));
      }
    }
  }

  /**
   * Checks one well-formed record, leaving its problems in `rowProblems`; returns the incident when the row is
   * usable and someone wants it (kept or passed on).
   */
  private check(record: CsvRecord): Incident | undefined {
    const problems = this.rowProblems;
    problems.length = 0;
    if (record.suspect) this.screen(record);
    this.readFields(record);
    // Only errors count: a bidirectional control closed by screen() leaves a warning, and the row is used.
    const fieldsOk = problems.length === 0 || !problems.some((p) => p.severity === 'error');
    const v = this.values;
    const id = v[AT.id] as string | undefined;
    const date = v[AT.date] as string | undefined;
    const countryValue = v[AT.country] as string | undefined;
    const category = v[AT.category] as string | undefined;
    const polarity = v[AT.polarity] as Incident['polarity'] | undefined;

    if (id) {
      const seenAt = this.duplicates.idSeenAt(id, record.line);
      if (seenAt !== undefined) problems.push(this.problem('error', record, 'id', 'duplicate_id', `is used already by the row on line ${seenAt}; ids must be unique`));
    }
    const { country, region, error } = countryValue ? countryRule(this.reference, countryValue) : {};
    this.found(record, error);
    if (polarity && category) this.found(record, categoryRule(this.reference, polarity, category));
    if (date !== undefined) this.found(record, dateRule(this.edition.period, this.today, date));

    if (!fieldsOk || !country || !region || problems.some((p) => p.severity === 'error')) return undefined;
    this.warnings(record, date!, country, category!);
    return this.wanted ? incidentOf(v, country, region) : undefined;
  }

  /** What makes a usable row worth an editor's look: a probable duplicate, no source address, missing summaries. */
  private warnings(record: CsvRecord, date: string, country: string, category: string): void {
    const v = this.values;
    const sameAt = this.duplicates.contentSeenAt(date, country, category, v[AT.title_en] as string, record.line);
    if (sameAt !== undefined) {
      this.rowProblems.push(
        this.problem('warning', record, 'title_en', 'probable_duplicate', `is probably a duplicate of the row on line ${sameAt} (same date, country, category and English title)`),
      );
    }
    if (v[AT.source_url] === undefined) {
      this.rowProblems.push(this.problem('warning', record, 'source_url', 'missing_source_url', 'is empty: the annex can cite the source by name only'));
    }
    this.found(record, summaryRule(LANGUAGES.filter((_, i) => v[SUMMARY_AT[i]!] === undefined)));
  }
}
