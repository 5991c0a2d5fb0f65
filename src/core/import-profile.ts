// Import profiles: how to turn one foreign CSV (police open data, a monitor's spreadsheet) into incident rows,
// written as data (profiles/*.json) so a new source needs no code. The format is documented in
// docs/import-profiles.md. This module is pure: a profile and one source row in, an incident row (cells) out.
import { RE2JS } from 're2js';
import { z } from 'zod';
import { INCIDENT_COLUMNS, type IncidentColumn, type Language } from './incident.js';
import { labelOf, type Reference } from './reference.js';
import { parseDate } from './import-dates.js';

export { parseDate };

/** A source column, or several: the first of them that the file has and that is not empty is used. */
const columnRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const conditionSchema = z
  .object({
    column: columnRef,
    equals: z.string().optional(),
    contains: z.string().optional(),
    in: z.array(z.string()).optional(),
    matches: z.string().optional(),
    notEmpty: z.boolean().optional(),
    ignoreCase: z.boolean().default(false),
  })
  .strict()
  .refine(
    (c) => [c.equals, c.contains, c.in, c.matches, c.notEmpty].filter((x) => x !== undefined).length === 1,
    'a condition needs exactly one test: equals, contains, in, matches or notEmpty',
  );
export type Condition = z.output<typeof conditionSchema>;

const fieldSchema = z.union([
  z.string(),
  z
    .object({
      column: columnRef.optional(),
      /** Split a multi-valued cell ("Arson;Burglary") and take one part. */
      split: z.string().min(1).optional(),
      part: z.union([z.literal('first'), z.literal('last'), z.number().int().min(0)]).default('first'),
      /** Source value → incident value; exact match after trimming. */
      map: z.record(z.string(), z.string()).optional(),
      /** First case whose condition holds gives the value, before column/map are looked at. */
      cases: z.array(z.object({ when: conditionSchema, value: z.string() }).strict()).optional(),
      /** Text with {COLUMN}, {field:name} and {label:name} placeholders (see docs/import-profiles.md). */
      template: z.string().optional(),
      /** Date formats of the source column, e.g. "D-MMM-YY" or "MM/DD/YYYY"; the value becomes YYYY-MM-DD. */
      dateFormat: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
      /** Used when the column is empty or its value is not in `map`. */
      default: z.string().optional(),
    })
    .strict(),
]);
export type FieldSpec = z.output<typeof fieldSchema>;

export const profileSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a profile name is lower-case-with-dashes'),
    description: z.string().optional(),
    /** Conditions every source row must meet to be imported (all of them). */
    filter: z.array(conditionSchema).default([]),
    /** The incident columns: a constant, or how to compute them from the source row. `id` and `date` are required. */
    fields: z
      .record(z.string(), fieldSchema)
      .refine((f) => 'id' in f && 'date' in f, 'fields must say how to build "id" and "date"')
      .superRefine((f, ctx) => {
        const unknown = Object.keys(f).filter((k) => !(INCIDENT_COLUMNS as readonly string[]).includes(k));
        if (unknown.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown incident column(s): ${unknown.join(', ')}; the columns are ${INCIDENT_COLUMNS.join(', ')}`,
          });
        }
      }),
  })
  .strict();
export type ImportProfile = z.output<typeof profileSchema>;

export type MapResult =
  | { kind: 'filtered' }
  | { kind: 'row'; cells: Record<IncidentColumn, string> }
  | { kind: 'error'; reasons: string[] };

/** Source columns a profile names that the file lacks: for each reference, the file must have one of its columns. */
export function missingColumns(profile: ImportProfile, header: readonly string[]): string[] {
  const present = new Set(header);
  const missing: string[] = [];
  const need = (ref: string | string[]) => {
    const list = Array.isArray(ref) ? ref : [ref];
    if (!list.some((c) => present.has(c))) missing.push(list.join(' or '));
  };
  for (const c of profile.filter) need(c.column);
  for (const spec of Object.values(profile.fields)) {
    if (typeof spec === 'string') continue;
    if (spec.column) need(spec.column);
    for (const k of spec.cases ?? []) need(k.when.column);
    for (const ref of templateColumns(spec.template ?? '')) need(ref);
  }
  return [...new Set(missing)];
}

function templateColumns(template: string): string[][] {
  return [...template.matchAll(/\{([^{}]+)\}/g)]
    .map((m) => m[1]!)
    .filter((p) => !p.startsWith('field:') && !p.startsWith('label:'))
    .map((p) => p.split('|'));
}

function cell(row: Record<string, string>, ref: string | string[]): string {
  for (const c of Array.isArray(ref) ? ref : [ref]) {
    const v = row[c]?.trim();
    if (v) return v;
  }
  return '';
}

export function conditionHolds(c: Condition, row: Record<string, string>): boolean {
  const columns = Array.isArray(c.column) ? c.column : [c.column];
  const norm = (s: string) => (c.ignoreCase ? s.toLowerCase() : s);
  return columns.some((col) => {
    const value = norm((row[col] ?? '').trim());
    if (c.notEmpty !== undefined) return (value !== '') === c.notEmpty;
    if (c.equals !== undefined) return value === norm(c.equals);
    if (c.contains !== undefined) return value.includes(norm(c.contains));
    if (c.in !== undefined) return c.in.map(norm).includes(value);
    if (c.matches !== undefined) return compiled(c).test(value);
    return false;
  });
}

/**
 * A profile's regular expressions run on RE2 (re2js, pure JavaScript), whose matching time is linear in the
 * text: no pattern, not even `^(a+)+$` against "aaaa…b", can hang an import, as JavaScript's backtracking
 * RegExp would. RE2 has no lookaround and no backreferences: such a pattern is refused when the profile loads.
 */
const patterns = new WeakMap<Condition, RE2JS>();
function compiled(c: Condition): RE2JS {
  let re = patterns.get(c);
  if (!re) patterns.set(c, (re = RE2JS.compile(c.matches!, c.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0)));
  return re;
}

/** Every `matches` of a profile that RE2 cannot compile, at its path in the profile, with RE2's reason. */
export function patternProblems(profile: ImportProfile): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const check = (c: Condition, path: (string | number)[]) => {
    if (c.matches === undefined) return;
    try {
      compiled(c);
    } catch (error) {
      problems.push({ path: [...path, 'matches'], message: `"${c.matches}" is not a regular expression oic-report can run (RE2 syntax, no lookaround or backreferences): ${(error as Error).message}` });
    }
  };
  profile.filter.forEach((c, i) => check(c, ['filter', i]));
  for (const [field, spec] of Object.entries(profile.fields)) {
    if (typeof spec !== 'string') spec.cases?.forEach((k, i) => check(k.when, ['fields', field, 'cases', i, 'when']));
  }
  return problems;
}

function pick(value: string, spec: Exclude<FieldSpec, string>): string {
  if (!spec.split) return value;
  const parts = value.split(spec.split).map((p) => p.trim());
  if (spec.part === 'first') return parts[0] ?? '';
  if (spec.part === 'last') return parts[parts.length - 1] ?? '';
  return parts[spec.part] ?? '';
}

const LANGUAGE_OF = (column: string): Language => (column.endsWith('_ar') ? 'ar' : column.endsWith('_fr') ? 'fr' : 'en');

/** One source row → the incident row's cells, or why it is left out. */
export function mapRow(profile: ImportProfile, row: Record<string, string>, reference: Reference): MapResult {
  if (!profile.filter.every((c) => conditionHolds(c, row))) return { kind: 'filtered' };
  const cells = Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c, ''])) as Record<IncidentColumn, string>;
  const reasons: string[] = [];
  const entries = Object.entries(profile.fields) as [IncidentColumn, FieldSpec][];
  // Templates last: they may print fields computed from the others.
  const ordered = [
    ...entries.filter(([, s]) => typeof s === 'string' || !s.template),
    ...entries.filter(([, s]) => typeof s !== 'string' && s.template),
  ];
  for (const [field, spec] of ordered) {
    if (typeof spec === 'string') {
      cells[field] = spec;
      continue;
    }
    const fromCase = spec.cases?.find((k) => conditionHolds(k.when, row))?.value;
    if (fromCase !== undefined) {
      cells[field] = fromCase;
      continue;
    }
    if (spec.template !== undefined) {
      cells[field] = fillTemplate(spec.template, row, cells, reference, LANGUAGE_OF(field));
      continue;
    }
    const raw = spec.column ? pick(cell(row, spec.column), spec) : '';
    const source = Array.isArray(spec.column) ? spec.column.join('|') : spec.column;
    if (raw === '') {
      if (spec.default !== undefined) cells[field] = spec.default;
      continue;
    }
    if (spec.dateFormat) {
      const formats = Array.isArray(spec.dateFormat) ? spec.dateFormat : [spec.dateFormat];
      const iso = parseDate(raw, formats);
      if (iso) cells[field] = iso;
      else reasons.push(`${source} "${raw}" is not a date in the format ${formats.join(' or ')}`);
      continue;
    }
    if (spec.map) {
      const mapped = spec.map[raw];
      if (mapped !== undefined) cells[field] = mapped;
      else if (spec.default !== undefined) cells[field] = spec.default;
      else reasons.push(`${source} "${raw}" has no value for ${field} in the profile's map (add it, or a "default")`);
      continue;
    }
    cells[field] = raw;
  }
  return reasons.length > 0 ? { kind: 'error', reasons } : { kind: 'row', cells };
}

function fillTemplate(
  template: string,
  row: Record<string, string>,
  cells: Record<IncidentColumn, string>,
  reference: Reference,
  lang: Language,
): string {
  return template
    .replace(/\{([^{}]+)\}/g, (_, name: string) => {
      if (name.startsWith('field:')) return cells[name.slice(6) as IncidentColumn] ?? '';
      if (name.startsWith('label:')) return labelFor(name.slice(6), cells, reference, lang);
      return cell(row, name.split('|'));
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function labelFor(field: string, cells: Record<IncidentColumn, string>, reference: Reference, lang: Language): string {
  const value = cells[field as IncidentColumn] ?? '';
  if (value === '') return '';
  switch (field) {
    case 'category': {
      const list = cells.polarity === 'positive' ? reference.categories.positive : reference.categories.negative;
      return labelOf(list, value, lang);
    }
    case 'target_type':
      return labelOf(reference.targetTypes, value, lang);
    case 'source_type':
      return labelOf(reference.sourceTypes, value, lang);
    case 'country': {
      const code = reference.countryCode(value);
      return code ? reference.countryName(code, lang) : value;
    }
    case 'region':
      return labelOf(reference.regions, value, lang);
    default:
      return value;
  }
}
