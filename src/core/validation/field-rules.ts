// The rules of single values: each column's type (zod's incident row schema), its length limit, and the quick
// checks that spare zod the values it would accept unchanged. The checks of a column are remembered per distinct
// value, so a million rows of a few hundred codes and dates cost a few hundred parses.
import { FIELD_LIMITS, INCIDENT_COLUMNS, incidentRowSchema, type IncidentColumn } from '../incident.js';
import { nearestCode } from '../reference.js';
import { detach } from './detach.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string; suggestion?: string };

interface Issue {
  code: string;
  message: string;
  values?: readonly unknown[];
}

const COLUMN_COUNT = INCIDENT_COLUMNS.length;
const SHAPE = incidentRowSchema.shape as Record<IncidentColumn, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Issue[] } } }>;
const MEMO_LIMIT = 20_000;

/** What a quick check returns when it cannot decide: the value goes through zod, for zod's own message. */
export const SLOW = Symbol('slow');
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
export const QUICK_AT = INCIDENT_COLUMNS.map((c) => QUICK[c]);
export const LIMIT_AT = INCIDENT_COLUMNS.map((c) => FIELD_LIMITS[c]);
/** How much of a value too long to show is shown in a message. */
export const SHOWN = 60;

export function tooLongMessage(length: number, limit: number): string {
  return `is ${length.toLocaleString('en')} characters long; the most this column takes is ${limit.toLocaleString('en')}`;
}

/** zod's checks of the columns without a quick check, remembered per distinct value. */
export class FieldParser {
  /** Per incident column without a quick check: the remembered checks of its values, by column number. */
  private readonly memo = INCIDENT_COLUMNS.map((c) => (QUICK[c] ? undefined : new Map<string, Parsed>()));
  private readonly lastValue: (string | undefined)[] = new Array<string | undefined>(COLUMN_COUNT).fill(undefined);
  private readonly lastParsed: (Parsed | undefined)[] = new Array<Parsed | undefined>(COLUMN_COUNT).fill(undefined);

  parse(column: number, value: string): Parsed {
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
