// CSV rows → validated incidents. Every row ends up either accepted or rejected, with each of its problems
// naming the file, line, column, value and what would be accepted, so that nothing is ever dropped silently:
// rows read = rows accepted + rows rejected, always. Rows flow through one at a time (an iterable or an async
// iterable); only what the caller asks to keep is kept, so validating a million rows needs no more memory
// than their ids.
import {
  FIELD_LIMITS,
  INCIDENT_COLUMNS,
  LANGUAGES,
  incidentRowSchema,
  type Incident,
  type IncidentColumn,
  type IncidentRow,
} from './incident.js';
import type { Edition } from './edition.js';
import { nearestCode, type Reference } from './reference.js';
import type { CsvRecord } from './csv.js';
import { FirstLines, Hash64 } from './first-lines.js';
import { balanceBidi, charName, controlCharacter } from './text-safety.js';
import { checkColumns } from './header-check.js';

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

/** How many problems of one kind there were, kept or not. */
export interface ProblemCount {
  severity: Problem['severity'];
  count: number;
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

export { checkColumns, HEADER_ERROR_KINDS, unusableReason } from './header-check.js';

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; suggestion?: string };

const COLUMN_COUNT = INCIDENT_COLUMNS.length;
const SHAPE = incidentRowSchema.shape as Record<IncidentColumn, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Issue[] } } }>;
const MEMO_LIMIT = 20_000;

/** What a quick check returns when it cannot decide: the value goes through zod, for zod's own message. */
const SLOW = Symbol('slow');
type Quick = (value: string) => unknown;
/** `text.min(1, …)`: the trimmed value, when not empty. */
const requiredText: Quick = (v) => {
  const t = v.trim();
  return t === '' ? SLOW : t;
};
/** `optionalText`: the trimmed value, undefined when empty; it never fails. */
const optionalText: Quick = (v) => {
  const t = v.trim();
  return t === '' ? undefined : t;
};
/**
 * Web addresses that zod's `z.url({ protocol: /^https?$/ })` certainly accepts, unchanged: http(s)://, a host
 * name of plain labels ending in letters (no IP address, no punycode, no port), then printable ASCII without
 * spaces or backslashes. Anything else goes through zod.
 */
const SIMPLE_URL =
  /^https?:\/\/(?!(?:[^/?#]*\.)?xn--)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:[/?#][!#-[\]-~]*)?$/i;
const optionalUrl: Quick = (v) => {
  const t = v.trim();
  if (t === '') return undefined;
  return t.length <= 2000 && SIMPLE_URL.test(t) ? t : SLOW;
};
/**
 * Quick checks of the columns of free text (ids, names, places, titles, summaries, source URLs), so that zod,
 * and its allocations, run only on the values they cannot decide (which zod then describes), and no value is
 * looked up among the remembered ones: for text, trimming is quicker than the lookup.
 */
const QUICK: Partial<Record<IncidentColumn, Quick>> = {
  id: requiredText,
  country: requiredText,
  admin1: optionalText,
  location: optionalText,
  location_ar: optionalText,
  location_fr: optionalText,
  category: requiredText,
  source_name: requiredText,
  title_en: requiredText,
  title_ar: optionalText,
  title_fr: optionalText,
  summary_ar: optionalText,
  summary_en: optionalText,
  summary_fr: optionalText,
  source_url: optionalUrl,
};
/** The same, by column number: the loop over a row's columns reads arrays, not objects keyed by name. */
const QUICK_AT = INCIDENT_COLUMNS.map((c) => QUICK[c]);
const LIMIT_AT = INCIDENT_COLUMNS.map((c) => FIELD_LIMITS[c]);
/** How much of a value too long to show is shown in a message. */
const SHOWN = 60;
const index = (column: IncidentColumn) => INCIDENT_COLUMNS.indexOf(column);
const AT = {
  id: index('id'),
  date: index('date'),
  country: index('country'),
  category: index('category'),
  polarity: index('polarity'),
  title_en: index('title_en'),
  source_url: index('source_url'),
};
const SUMMARY_AT = LANGUAGES.map((l) => index(`summary_${l}`));

interface Issue {
  code: string;
  message: string;
  values?: readonly unknown[];
}

/** How many problems the validator keeps; the counts are always exact. */
export interface ProblemLimits {
  /** At most this many problems in all (default all). */
  maxProblems?: number;
  /** At most this many of each kind, e.g. 10 missing_source_url warnings (default all). */
  maxProblemsPerKind?: number;
}

/** Validates rows one at a time; `finish` gives the accounting. */
export class IncidentValidator {
  private readonly incidents: Incident[] = [];
  private readonly problems: Problem[] = [];
  private readonly kinds = new Map<string, ProblemCount>();
  private readonly firstLineOfId = new FirstLines(true);
  private readonly firstLineOfContent = new FirstLines(false);
  private readonly contentHash = new Hash64();
  /** Per incident column without a quick check: the remembered checks of its values, by column number. */
  private readonly memo: (Map<string, Parsed> | undefined)[];
  /** Per incident column, by number: where it is in the file's header, or -1 when the file has no such column. */
  private readonly fieldOf: number[];
  private readonly headerErrors: Problem[];
  private readonly today: string;
  private readonly keep: boolean;
  private readonly wanted: boolean;
  private readonly maxProblems: number;
  private readonly maxPerKind: number;
  /** The current row's values, by column number, and its problems: reused from row to row. */
  private readonly values: unknown[] = new Array<unknown>(COLUMN_COUNT);
  private readonly rowProblems: Problem[] = [];
  private readonly lastValue: (string | undefined)[] = new Array<string | undefined>(COLUMN_COUNT).fill(undefined);
  private readonly lastParsed: (Parsed | undefined)[] = new Array<Parsed | undefined>(COLUMN_COUNT).fill(undefined);
  private rowsRead = 0;
  private rowsRejected = 0;
  private errors = 0;
  private warnings = 0;
  private omitted = 0;

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
    this.maxProblems = options.maxProblems ?? Infinity;
    this.maxPerKind = options.maxProblemsPerKind ?? Infinity;
    const header = checkColumns(file, columns);
    this.headerErrors = header.filter((p) => p.severity === 'error');
    if (!options.part) for (const p of header) this.record(p);
    // The checks of the other columns (codes, dates, numbers) are remembered per distinct value.
    this.memo = INCIDENT_COLUMNS.map((c) => (QUICK[c] ? undefined : new Map()));
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
      this.record(p);
      this.reject(record, [formatReason(p)]);
      return;
    }
    const incident = this.check(record);
    const problems = this.rowProblems;
    let reasons: string[] | undefined;
    for (const p of problems) {
      this.record(p);
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
    return { ids: this.firstLineOfId, contents: this.firstLineOfContent };
  }

  finish(): ValidationResult {
    if (this.rowsRead === 0 && !this.options.part) {
      this.record({
        severity: 'error',
        kind: 'no_rows',
        file: this.file,
        message: 'has a header but no incident rows',
      });
    }
    return {
      file: this.file,
      incidents: this.incidents,
      problems: this.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      problemCounts: Object.fromEntries(this.kinds),
      rowsRead: this.rowsRead,
      rowsAccepted: this.rowsRead - this.rowsRejected,
      rowsRejected: this.rowsRejected,
      errors: this.errors,
      warnings: this.warnings,
      problemsOmitted: this.omitted,
    };
  }

  private reject(record: CsvRecord, reasons: string[]): void {
    this.rowsRejected++;
    if (!this.options.onRejected) return;
    const cells: Record<string, string> = {};
    this.columns.forEach((c, i) => (cells[c] = record.fields[i] ?? ''));
    this.options.onRejected({ line: record.line, id: (cells.id ?? '').trim(), reasons, cells });
  }

  private record(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    else this.warnings++;
    let count = this.kinds.get(p.kind);
    if (!count) this.kinds.set(p.kind, (count = { severity: p.severity, count: 0 }));
    count.count++;
    if (this.problems.length < this.maxProblems && count.count <= this.maxPerKind) {
      this.problems.push(p.value === undefined ? p : { ...p, value: detach(p.value) });
    } else this.omitted++;
  }

  private parseField(column: number, value: string): Parsed {
    // The value of the row before is often this row's (files sorted by date, country or category): comparing
    // two short strings is cheaper than hashing one for the Map.
    if (value === this.lastValue[column]) return this.lastParsed[column]!;
    const memo = this.memo[column];
    const known = memo?.get(value);
    if (known) {
      this.lastValue[column] = value;
      this.lastParsed[column] = known;
      return known;
    }
    const name = INCIDENT_COLUMNS[column]!;
    const result = SHAPE[name].safeParse(value);
    const parsed: Parsed = result.success
      ? { ok: true, value: result.data }
      : describeIssue(name, value, result.error!.issues[0]!);
    if (memo && memo.size < MEMO_LIMIT) {
      memo.set(detach(value), parsed.ok && typeof parsed.value === 'string' ? { ok: true, value: detach(parsed.value) } : parsed);
    }
    return parsed;
  }

  /**
   * The hash of (date, country, category, English title in small letters): probable duplicates are found by
   * hash, so their text need not be kept; ASCII titles are lower-cased as they are hashed (toLowerCase on a
   * title cut from a two-byte text is slow).
   */
  private contentKey(date: string, country: string, category: string, title: string): Hash64 {
    const h = this.contentHash.begin().add(date).separator().add(country).separator().add(category).separator();
    for (let i = 0; i < title.length; i++) if (title.charCodeAt(i) > 127) return h.add(title.toLowerCase()).end();
    return h.add(title, true).end();
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

  /**
   * A record whose text holds a control or bidirectional character: a control character in a field is an error
   * (it prints as a box and drives terminals); a bidirectional control left open is closed at the end of its
   * field, with a warning, so that it cannot reverse what the report prints after the field.
   */
  private screen(record: CsvRecord): void {
    const fields = record.fields;
    for (let i = 0; i < fields.length; i++) {
      const column = this.columns[i];
      if (column === undefined || !(INCIDENT_COLUMNS as readonly string[]).includes(column)) continue;
      const name = column as IncidentColumn;
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

  /**
   * Checks one well-formed record, leaving its problems in `rowProblems`; returns the incident when the row is
   * usable and someone wants it (kept or passed on).
   */
  private check(record: CsvRecord): Incident | undefined {
    const problems = this.rowProblems;
    problems.length = 0;
    const error = (column: IncidentColumn, kind: string, message: string, suggestion?: string) =>
      problems.push(this.problem('error', record, column, kind, message, suggestion));
    const warning = (column: IncidentColumn | undefined, kind: string, message: string) =>
      problems.push(this.problem('warning', record, column, kind, message));

    const v = this.values;
    const fields = record.fields;
    if (record.suspect) this.screen(record);
    for (let c = 0; c < COLUMN_COUNT; c++) {
      const at = this.fieldOf[c]!;
      const raw = at >= 0 ? (fields[at] ?? '') : '';
      if (raw.length > LIMIT_AT[c]!) {
        v[c] = undefined;
        const p = this.problem('error', record, INCIDENT_COLUMNS[c]!, 'too_long', `is ${raw.length.toLocaleString('en')} characters long; the most this column takes is ${LIMIT_AT[c]!.toLocaleString('en')}`);
        p.value = `${raw.slice(0, SHOWN)}…`;
        problems.push(p);
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
      const parsed = this.parseField(c, raw);
      if (parsed.ok) v[c] = parsed.value;
      else {
        v[c] = undefined;
        const column = INCIDENT_COLUMNS[c]!;
        error(column, column, parsed.message, parsed.suggestion);
      }
    }
    // Only errors count: a bidirectional control closed by screen() leaves a warning, and the row is used.
    const fieldsOk = problems.length === 0 || !problems.some((p) => p.severity === 'error');
    const id = v[AT.id] as string | undefined;
    const date = v[AT.date] as string | undefined;
    const countryValue = v[AT.country] as string | undefined;
    const category = v[AT.category] as string | undefined;
    const polarity = v[AT.polarity] as Incident['polarity'] | undefined;

    if (id) {
      const seenAt = this.firstLineOfId.claim(id, record.line);
      if (seenAt !== undefined) error('id', 'duplicate_id', `is used already by the row on line ${seenAt}; ids must be unique`);
    }

    let country: string | undefined;
    let region: string | undefined;
    if (countryValue) {
      country = this.reference.countryCode(countryValue);
      region = country ? this.reference.regionOf(country) : undefined;
      if (!country) {
        const near = this.reference.suggestCountry(countryValue);
        error(
          'country',
          'country',
          near
            ? `is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "${near}" (${this.reference.countryName(near, 'en')})?`
            : 'is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)',
          near,
        );
      } else if (!region) error('country', 'country', 'has no region in data/reference/regions.json');
    }

    if (polarity && category) {
      const categories = this.reference.categories[polarity];
      if (!categories.some((c) => c.code === category)) {
        const other = polarity === 'negative' ? 'positive' : 'negative';
        const codes = categories.map((c) => c.code);
        const near = nearestCode(category, codes);
        const message = this.reference.categories[other].some((c) => c.code === category)
          ? `is a ${other} category, but the row's polarity is ${polarity}; fix one or the other (${polarity} categories: ${codes.join(', ')})`
          : near
            ? `is not a ${polarity} category; did you mean "${near}"? (use one of: ${codes.join(', ')})`
            : `is not a ${polarity} category; use one of: ${codes.join(', ')}`;
        error('category', 'category', message, near);
      }
    }

    if (date !== undefined) {
      const { start, end } = this.edition.period;
      if (date < start || date > end) {
        error('date', 'outside_period', `is outside the edition's period, ${start} to ${end}`);
      } else if (date > this.today) {
        warning('date', 'future_date', `is in the future (today is ${this.today}); check the year`);
      }
    }

    if (!fieldsOk || !country || !region || problems.some((p) => p.severity === 'error')) return undefined;

    // Warnings: the row is used, but an editor should look at it.
    const { h1, h2 } = this.contentKey(date!, country, category!, v[AT.title_en] as string);
    const sameAt = this.firstLineOfContent.claimHash(h1, h2, record.line);
    if (sameAt !== undefined) {
      warning(
        'title_en',
        'probable_duplicate',
        `is probably a duplicate of the row on line ${sameAt} (same date, country, category and English title)`,
      );
    }
    if (v[AT.source_url] === undefined) {
      warning('source_url', 'missing_source_url', 'is empty: the annex can cite the source by name only');
    }
    const missing = LANGUAGES.filter((_, i) => v[SUMMARY_AT[i]!] === undefined);
    if (missing.length > 0 && missing.length < LANGUAGES.length) {
      warning(
        `summary_${missing[0]!}`,
        'missing_summary',
        `is empty: the summary is missing in ${missing.map((l) => LANGUAGE_NAMES[l]).join(' and ')}`,
      );
    } else if (missing.length === LANGUAGES.length) {
      warning(undefined, 'missing_summary', 'has no summary in any language (summary_ar, summary_en, summary_fr)');
    }

    return this.wanted ? incidentOf(v, country, region) : undefined;
  }
}

/**
 * The incident of a row's values (in the order of INCIDENT_COLUMNS), written as one object literal: V8 makes
 * it in one step with a fixed shape, where setting 28 properties by name one after the other took several
 * times longer (1M rows: 0.2 s against 0.9 s).
 */
/** A row's values in the order of INCIDENT_COLUMNS, each of its column's type. */
type ValuesOf<T extends readonly IncidentColumn[]> = { -readonly [K in keyof T]: IncidentRow[T[K] & IncidentColumn] };
type IncidentValues = ValuesOf<typeof INCIDENT_COLUMNS>;

export function incidentOf(values: readonly unknown[], country: string, region: string): Incident {
  const v = values as unknown as IncidentValues;
  return {
    id: v[0],
    polarity: v[1],
    date: v[2],
    date_precision: v[3],
    country,
    admin1: v[5],
    location: v[6],
    location_ar: v[7],
    location_fr: v[8],
    latitude: v[9],
    longitude: v[10],
    category: v[11],
    odihr_type: v[12],
    target_type: v[13],
    victims: v[14],
    injured: v[15],
    killed: v[16],
    perpetrator_type: v[17],
    source_name: v[18],
    source_url: v[19],
    source_type: v[20],
    verification: v[21],
    title_ar: v[22],
    title_en: v[23],
    title_fr: v[24],
    summary_ar: v[25],
    summary_en: v[26],
    summary_fr: v[27],
    region,
  };
}

const LANGUAGE_NAMES = { ar: 'Arabic', en: 'English', fr: 'French' } as const;

function formatReason(p: Problem): string {
  const field = p.field ? `${p.field}` : '';
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return `${field}${value} ${p.message}`.trim();
}

/** Validates rows from an array or any iterable (tests, small files). */
export function validateIncidents(
  file: string,
  rows: Iterable<SourceRow>,
  edition: Edition,
  reference: Reference,
  options: ValidateOptions & { columns?: readonly string[] } = {},
): ValidationResult {
  const validator = new IncidentValidator(file, options.columns ?? INCIDENT_COLUMNS, edition, reference, options);
  for (const row of rows) validator.add(row);
  return validator.finish();
}

/**
 * Validates records as they stream from a file, in batches (one per chunk of text read: a million rows handed
 * over one at a time through an async iterator would cost a promise each); memory holds only what `options`
 * asks to keep.
 */
export async function validateIncidentStream(
  file: string,
  columns: readonly string[],
  batches: AsyncIterable<readonly CsvRecord[]>,
  edition: Edition,
  reference: Reference,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const validator = new IncidentValidator(file, columns, edition, reference, options);
  for await (const batch of batches) for (const record of batch) validator.addRecord(record);
  return validator.finish();
}

/**
 * The results of consecutive parts of one file, validated side by side, as one result: the same as if the
 * file had been read whole, provided no two parts share an id or a content key (the caller checks), since the
 * problems of a part are sorted by line and the limits keep the first problems in line order.
 */
export function mergeResults(parts: readonly ValidationResult[], limits: ProblemLimits = {}): ValidationResult {
  const max = limits.maxProblems ?? Infinity;
  const perKind = limits.maxProblemsPerKind ?? Infinity;
  const problems: Problem[] = [];
  const keptOfKind = new Map<string, number>();
  const problemCounts: Record<string, ProblemCount> = {};
  const sum = (key: 'rowsRead' | 'rowsAccepted' | 'rowsRejected' | 'errors' | 'warnings') =>
    parts.reduce((n, part) => n + part[key], 0);
  for (const part of parts) {
    for (const p of part.problems) {
      const kept = keptOfKind.get(p.kind) ?? 0;
      if (problems.length < max && kept < perKind) {
        problems.push(p);
        keptOfKind.set(p.kind, kept + 1);
      }
    }
    for (const [kind, c] of Object.entries(part.problemCounts)) {
      const total = (problemCounts[kind] ??= { severity: c.severity, count: 0 });
      total.count += c.count;
    }
  }
  const errors = sum('errors');
  const warnings = sum('warnings');
  return {
    file: parts[0]?.file ?? '',
    incidents: parts.flatMap((part) => part.incidents),
    problems,
    problemCounts,
    rowsRead: sum('rowsRead'),
    rowsAccepted: sum('rowsAccepted'),
    rowsRejected: sum('rowsRejected'),
    errors,
    warnings,
    problemsOmitted: errors + warnings - problems.length,
  };
}

/** Why a record whose field count is not the header's cannot be used: it is never silently padded or cut. */
export function fieldCountProblem(fields: number, columns: number): string | undefined {
  return fields === columns
    ? undefined
    : `has ${fields} fields but the header has ${columns}; check for a missing or extra comma`;
}

function describeIssue(column: string, value: string, issue: Issue): Parsed {
  if (issue.code === 'invalid_value' && issue.values) {
    const values = issue.values.map(String);
    const near = nearestCode(value, values);
    return near
      ? { ok: false, message: `must be one of: ${values.join(', ')}; did you mean "${near}"?`, suggestion: near }
      : { ok: false, message: `must be one of: ${values.join(', ')}` };
  }
  if (issue.code === 'invalid_format' && (issue.message.toLowerCase().includes('url') || column === 'source_url')) {
    return { ok: false, message: 'must be a web address starting with http:// or https://' };
  }
  return { ok: false, message: issue.message.replace(/^Invalid input: /, '') };
}

/**
 * A copy of `s` that keeps nothing else alive. V8 cuts a long string out of a text without copying it, and the
 * piece keeps the whole text in memory: an id of 18 characters kept from a 256 KB chunk of the file would keep
 * the chunk, and one id per chunk the whole file. What outlives its row (ids, remembered values, problems) is
 * copied.
 */
function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
