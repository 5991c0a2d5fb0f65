// CSV rows → validated incidents. Every row ends up either accepted or rejected, with each of its problems
// naming the file, line, column, value and what would be accepted, so that nothing is ever dropped silently:
// rows read = rows accepted + rows rejected, always. Rows flow through one at a time (an iterable or an async
// iterable); only what the caller asks to keep is kept, so validating a million rows needs no more memory
// than their ids.
import {
  INCIDENT_COLUMNS,
  LANGUAGES,
  REQUIRED_COLUMNS,
  incidentRowSchema,
  type Incident,
  type IncidentColumn,
  type IncidentRow,
} from './incident.js';
import type { Edition } from './edition.js';
import { nearestCode, type Reference } from './reference.js';

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

export interface ValidateOptions {
  /** Today, YYYY-MM-DD, for the "date in the future" warning; default the current UTC date. */
  today?: string;
  /** Keep the accepted incidents in `incidents` (default true); false keeps only counts and problems. */
  keepIncidents?: boolean;
  /** Called with each accepted incident, e.g. to aggregate without keeping them. */
  onIncident?: (incident: Incident) => void;
  /** Called with each rejected row and its reasons. */
  onRejected?: (row: RejectedRow) => void;
  /** At most this many problems are kept in `problems` (default all); the counts stay exact. */
  maxProblems?: number;
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
  /** Problems counted but not kept, beyond `maxProblems`. */
  problemsOmitted: number;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` ${p.field}` : '';
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return `${where}:${field}${value} ${p.message}`;
}

/** Problems of the header alone; an error here makes every row of the file unusable. */
export function checkColumns(file: string, columns: readonly string[]): Problem[] {
  const known = new Set<string>(INCIDENT_COLUMNS);
  const present = new Set(columns);
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

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; suggestion?: string };

const SHAPE = incidentRowSchema.shape as Record<IncidentColumn, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Issue[] } } }>;
/** Columns whose values repeat from row to row: their checks are remembered per distinct value. */
const UNIQUE_PER_ROW: ReadonlySet<IncidentColumn> = new Set<IncidentColumn>([
  'id',
  'source_url',
  'title_ar',
  'title_en',
  'title_fr',
  'summary_ar',
  'summary_en',
  'summary_fr',
]);
const REPEATING: ReadonlySet<IncidentColumn> = new Set(INCIDENT_COLUMNS.filter((c) => !UNIQUE_PER_ROW.has(c)));
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
 * Quick checks of the columns whose values differ from row to row (ids, titles, summaries, source URLs), so
 * that zod, and its allocations, run only on the values they cannot decide (which zod then describes).
 */
const QUICK: Partial<Record<IncidentColumn, Quick>> = {
  id: requiredText,
  title_en: requiredText,
  title_ar: optionalText,
  title_fr: optionalText,
  summary_ar: optionalText,
  summary_en: optionalText,
  summary_fr: optionalText,
  source_url: optionalUrl,
};

interface Issue {
  code: string;
  message: string;
  values?: readonly unknown[];
}

/** Validates rows one at a time; `finish` gives the accounting. */
export class IncidentValidator {
  private readonly incidents: Incident[] = [];
  private readonly problems: Problem[] = [];
  private readonly firstLineOfId = new Map<string, number>();
  private readonly firstLineOfContent = new Map<number, number>();
  private readonly memo = new Map<IncidentColumn, Map<string, Parsed>>();
  private readonly headerErrors: Problem[];
  private readonly today: string;
  private readonly keep: boolean;
  private readonly maxProblems: number;
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
    this.maxProblems = options.maxProblems ?? Infinity;
    const header = checkColumns(file, columns);
    this.headerErrors = header.filter((p) => p.severity === 'error');
    for (const p of header) this.record(p);
    for (const c of REPEATING) this.memo.set(c, new Map());
  }

  add(row: SourceRow): void {
    this.rowsRead++;
    if (this.headerErrors.length > 0) {
      // The header is unusable: every row is rejected for that one reason, which is reported once.
      this.reject(row, this.headerErrors.map(formatReason));
      return;
    }
    const { accepted, incident, problems } = this.check(row);
    const reasons: string[] = [];
    for (const p of problems) {
      this.record(p);
      if (p.severity === 'error') reasons.push(formatReason(p));
    }
    if (accepted && reasons.length === 0) {
      if (incident) {
        if (this.keep) this.incidents.push(incident);
        this.options.onIncident?.(incident);
      }
    } else {
      this.reject(row, reasons);
    }
  }

  finish(): ValidationResult {
    if (this.rowsRead === 0) {
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
      rowsRead: this.rowsRead,
      rowsAccepted: this.rowsRead - this.rowsRejected,
      rowsRejected: this.rowsRejected,
      errors: this.errors,
      warnings: this.warnings,
      problemsOmitted: this.omitted,
    };
  }

  private reject(row: SourceRow, reasons: string[]): void {
    this.rowsRejected++;
    this.options.onRejected?.({ line: row.line, id: (row.cells.id ?? '').trim(), reasons, cells: row.cells });
  }

  private record(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    else this.warnings++;
    if (this.problems.length < this.maxProblems) this.problems.push(p.value === undefined ? p : { ...p, value: detach(p.value) });
    else this.omitted++;
  }

  private parseField(column: IncidentColumn, value: string): Parsed {
    const memo = this.memo.get(column);
    const known = memo?.get(value);
    if (known) return known;
    const result = SHAPE[column].safeParse(value);
    const parsed: Parsed = result.success
      ? { ok: true, value: result.data }
      : describeIssue(column, value, result.error!.issues[0]!);
    if (memo && memo.size < MEMO_LIMIT) {
      memo.set(detach(value), parsed.ok && typeof parsed.value === 'string' ? { ok: true, value: detach(parsed.value) } : parsed);
    }
    return parsed;
  }

  /** The row's problems; `accepted` when the row is usable, with its incident when someone wants it. */
  private check(row: SourceRow): { accepted?: boolean; incident?: Incident | undefined; problems: Problem[] } {
    const file = this.file;
    const problems: Problem[] = [];
    const error = (field: string, kind: string, message: string, suggestion?: string): Problem => ({
      severity: 'error',
      kind,
      file,
      line: row.line,
      field,
      value: row.cells[field] ?? '',
      message,
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
    const warning = (field: string | undefined, kind: string, message: string): Problem => ({
      severity: 'warning',
      kind,
      file,
      line: row.line,
      ...(field ? { field, value: row.cells[field] ?? '' } : {}),
      message,
    });

    if (row.problem) {
      problems.push({ severity: 'error', kind: 'malformed_row', file, line: row.line, message: row.problem });
      return { problems };
    }

    const data: Record<string, unknown> = {};
    for (const column of INCIDENT_COLUMNS) {
      const raw = row.cells[column] ?? '';
      const quick = QUICK[column];
      if (quick !== undefined) {
        const value = quick(raw);
        if (value !== SLOW) {
          data[column] = value;
          continue;
        }
      }
      const parsed = this.parseField(column, raw);
      if (parsed.ok) data[column] = parsed.value;
      else problems.push(error(column, column, parsed.message, parsed.suggestion));
    }
    const fieldsOk = problems.length === 0;
    const r = data as IncidentRow;

    if (typeof r.id === 'string' && r.id !== '') {
      const seenAt = this.firstLineOfId.get(r.id);
      if (seenAt !== undefined) {
        problems.push(error('id', 'duplicate_id', `is used already by the row on line ${seenAt}; ids must be unique`));
      } else this.firstLineOfId.set(detachId(r.id), row.line);
    }

    let country: string | undefined;
    let region: string | undefined;
    if (typeof r.country === 'string' && r.country !== '') {
      country = this.reference.countryCode(r.country);
      region = country ? this.reference.regionOf(country) : undefined;
      if (!country) {
        const near = this.reference.suggestCountry(r.country);
        problems.push(
          error(
            'country',
            'country',
            near
              ? `is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "${near}" (${this.reference.countryName(near, 'en')})?`
              : 'is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)',
            near,
          ),
        );
      } else if (!region) problems.push(error('country', 'country', 'has no region in data/reference/regions.json'));
    }

    if (r.polarity && typeof r.category === 'string' && r.category !== '') {
      const categories = this.reference.categories[r.polarity];
      if (!categories.some((c) => c.code === r.category)) {
        const other = r.polarity === 'negative' ? 'positive' : 'negative';
        const codes = categories.map((c) => c.code);
        const near = nearestCode(r.category, codes);
        const message = this.reference.categories[other].some((c) => c.code === r.category)
          ? `is a ${other} category, but the row's polarity is ${r.polarity}; fix one or the other (${r.polarity} categories: ${codes.join(', ')})`
          : near
            ? `is not a ${r.polarity} category; did you mean "${near}"? (use one of: ${codes.join(', ')})`
            : `is not a ${r.polarity} category; use one of: ${codes.join(', ')}`;
        problems.push(error('category', 'category', message, near));
      }
    }

    if (typeof r.date === 'string' && problems.every((p) => p.field !== 'date')) {
      const { start, end } = this.edition.period;
      if (r.date < start || r.date > end) {
        problems.push(error('date', 'outside_period', `is outside the edition's period, ${start} to ${end}`));
      } else if (r.date > this.today) {
        problems.push(warning('date', 'future_date', `is in the future (today is ${this.today}); check the year`));
      }
    }

    if (!fieldsOk || !country || !region || problems.some((p) => p.severity === 'error')) return { problems };

    // Warnings: the row is used, but an editor should look at it.
    const key = contentKey(r.date, country, r.category, r.title_en);
    const sameAt = this.firstLineOfContent.get(key);
    if (sameAt !== undefined) {
      problems.push(
        warning(
          'title_en',
          'probable_duplicate',
          `is probably a duplicate of the row on line ${sameAt} (same date, country, category and English title)`,
        ),
      );
    } else this.firstLineOfContent.set(key, row.line);
    if (!r.source_url) {
      problems.push(warning('source_url', 'missing_source_url', 'is empty: the annex can cite the source by name only'));
    }
    const missing = LANGUAGES.filter((l) => !r[`summary_${l}`]);
    if (missing.length > 0 && missing.length < LANGUAGES.length) {
      problems.push(
        warning(
          `summary_${missing[0]}`,
          'missing_summary',
          `is empty: the summary is missing in ${missing.map((l) => LANGUAGE_NAMES[l]).join(' and ')}`,
        ),
      );
    } else if (missing.length === LANGUAGES.length) {
      problems.push(warning(undefined, 'missing_summary', 'has no summary in any language (summary_ar, summary_en, summary_fr)'));
    }

    const wanted = this.keep || this.options.onIncident !== undefined;
    return { accepted: true, incident: wanted ? { ...r, country, region } : undefined, problems };
  }
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

/** Validates rows as they stream from a file; memory holds only what `options` asks to keep. */
export async function validateIncidentStream(
  file: string,
  columns: readonly string[],
  rows: AsyncIterable<SourceRow>,
  edition: Edition,
  reference: Reference,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const validator = new IncidentValidator(file, columns, edition, reference, options);
  for await (const row of rows) validator.add(row);
  return validator.finish();
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

/**
 * A kept id, as small as a string can be: a slice of the decoded text is a two-byte string (the text has Arabic
 * in it) even when the id is ASCII, and a copy made by slicing a longer string is two objects. JSON.parse
 * makes one flat one-byte string (1M sample-length ids: 121 MB -> 72 MB of heap with their Map).
 */
function detachId(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * cyrb53, a fast 53-bit string hash, of `${date}\0${country}\0${category}\0${title.toLowerCase()}`: probable
 * duplicates are found by hash so their text need not be kept. Computed over the parts without building that
 * string, ASCII titles lower-cased on the fly (toLowerCase on a title cut from a two-byte text is slow).
 */
function contentKey(date: string, country: string, category: string, title: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const parts = [date, country, category];
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 0, 2654435761);
    h2 = Math.imul(h2 ^ 0, 1597334677);
  }
  let t = title;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) > 127) {
      t = t.toLowerCase();
      break;
    }
  }
  for (let i = 0; i < t.length; i++) {
    let ch = t.charCodeAt(i);
    if (ch >= 65 && ch <= 90 && t === title) ch += 32;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
