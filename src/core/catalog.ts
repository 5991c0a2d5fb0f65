// The string catalog of one language (templates/i18n/<lang>.json). Translators edit the JSON; this
// schema says what it must hold, so a missing string is reported by key instead of printing a blank.
import { z } from 'zod';
import { messageProblems } from './messages.js';

const s = z.string().min(1);
const titled = z.strictObject({ title: s, caption: s });

export const catalogSchema = z.strictObject({
  language: z.strictObject({ name: s, ar: s, en: s, fr: s }),
  /** How chapters ("2."), sections ("2.1") and the narrative's list items ("1.") are numbered in this language. */
  numbering: z.strictObject({ chapter: s, section: s, listMarker: s }),
  cover: z.strictObject({
    organisation: s,
    title: s,
    period: s,
    presentedTo: s,
    venue: s,
    hijri: s,
    original: s,
    /** The date of issue under the document symbol: `{gregorian}` and `{hijri}` of the same day. */
    issued: s,
    illustrative: s,
  }),
  running: z.strictObject({ illustrative: s, draft: s, watermark: s, unwritten: s }),
  toc: z.strictObject({ heading: s }),
  /** The lists of figures and of tables after the contents, and the label of a numbered table ("Table {number}"). */
  lists: z.strictObject({ figures: s, tables: s, running: s, table: s }),
  /**
   * The abbreviations the report may use, by a stable key, each with its short form as this language writes it
   * and its expansion; the list prints those whose short form the edition's text uses.
   */
  abbreviations: z.strictObject({
    heading: s,
    terms: z.record(z.string().regex(/^[a-z0-9-]+$/), z.strictObject({ short: s, long: s })),
  }),
  /**
   * Cross-references ("see Figure 3, p. 9"): `{number}` (or `{title}` of an unnumbered part) and `{page}`, which is
   * `none` where the output has no pages (a screen).
   */
  references: z.strictObject({ figure: s, table: s, chapter: s, section: s, part: s }),
  about: z.strictObject({ heading: s, body: z.array(s).min(1) }),
  foreword: z.strictObject({ heading: s }),
  introduction: z.strictObject({ heading: s }),
  summary: z.strictObject({
    heading: s,
    lead: s,
    change: s,
    topRegion: s,
    topCategory: s,
    keyFigures: z.strictObject({ negative: s, positive: s, countries: s, months: s }),
  }),
  trends: z.strictObject({ heading: s, peak: s }),
  manifestations: z.strictObject({
    heading: s,
    country: s,
    regionLead: s,
    regionTop: s,
    regionNone: s,
    listSeparator: s,
    countryCount: s,
    countriesTable: s,
  }),
  regions: z.strictObject({ heading: s }),
  otherTrends: z.strictObject({ heading: s }),
  positive: z.strictObject({ heading: s, lead: s }),
  conclusions: z.strictObject({ heading: s }),
  annex: z.strictObject({
    heading: s,
    lead: s,
    date: s,
    place: s,
    incident: s,
    weekOf: s,
    count: s,
    /** A category's count when the edition's annex.limit lists only some of its incidents. */
    countShown: s,
    /** The annex's lead when annex.limit cut it: how many it shows of how many, and the file of the full list. */
    limited: s,
    /** Printed for the sample data's source name in an illustrative edition. */
    sampleSource: s,
  }),
  methodology: z.strictObject({
    heading: s,
    body: s,
    rows: s,
    fingerprint: s,
    definitions: s,
    negative: s,
    positive: s,
    code: s,
    label: s,
  }),
  dataQuality: z.strictObject({ heading: s, allAccepted: s, someRejected: s, line: s, id: s, reasons: s, table: s }),
  charts: z.strictObject({
    negative: s,
    positive: s,
    month: s,
    category: s,
    region: s,
    incidents: s,
    figure: s,
    table: s,
    /** The title of a table again at the top of each page it runs on to. */
    continued: s,
    monthlyTrend: titled,
    negativeByCategory: titled,
    byRegion: titled,
    country: s,
    targetType: s,
    previous: s,
    change: s,
    changePercent: s,
    share: s,
    other: s,
    unspecified: s,
    monthOfPeriod: s,
    monthlyComparison: titled,
    topCountries: titled,
    map: titled,
    /** Printed under the map: the customary disclaimer on boundaries and names. */
    mapDisclaimer: s,
    byTargetType: titled,
    regionByCategory: titled,
    positiveByCategory: titled,
    positiveTypes: titled,
    alt: z.strictObject({ kind: s, series: s }),
  }),
  footer: z.strictObject({ page: s }),
});

export type Catalog = z.output<typeof catalogSchema>;

export interface CatalogProblem {
  /** Where in the catalog: its keys down to the string, e.g. ["summary", "lead"]. */
  path: (string | number)[];
  message: string;
}

/** Parses a catalog, or returns its problems, each at its key. */
export function parseCatalog(json: unknown): { catalog?: Catalog; problems: CatalogProblem[] } {
  const result = catalogSchema.safeParse(json);
  if (result.success) return { catalog: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
      // An unknown key is reported on its own path, not on the object that holds it.
      if (i.code === 'unrecognized_keys') return i.keys.map((key) => ({ path: [...path, key], message: 'is not a key of the catalog: the report never prints it (misspelt?)' }));
      const missing = i.code === 'invalid_type' && i.input === undefined;
      return [{ path, message: missing ? 'is missing' : i.message.replace(/^Invalid input: /, '') }];
    }),
  };
}

/** Every message of a catalog with its keys, e.g. ["summary", "lead"] → "Between {start} and {end}…". */
export function catalogMessages(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => catalogMessages(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => catalogMessages(v, [...path, k]));
  return [];
}

/**
 * A catalog (or part of one) with its plain strings, headings and labels that have no ICU argument, set by a
 * language's typography. Its messages are set when they are formatted (Locale.message), once their arguments
 * are in: the spaces of "« {category} »" depend on what {category} is.
 */
export function typesetCatalog<T>(value: T, text: (plain: string) => string): T {
  if (typeof value === 'string') return (isPlainText(value) ? text(value) : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => typesetCatalog(v, text)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetCatalog(v, text)])) as T;
  return value;
}

/** Text that ICU prints as it is written: no argument, no quoted apostrophe. */
const isPlainText = (s: string) => !/[{}]|''/.test(s);

/** Messages that are not ICU, or whose plurals lack a category the language needs, each at its key. */
export function messageSyntaxProblems(catalog: Catalog, lang: string): CatalogProblem[] {
  return catalogMessages(catalog).flatMap(({ path, text }) => messageProblems(text, lang).map((message) => ({ path, message })));
}

/** The key of a message, found by its text: to say where a message that cannot be filled is. */
export function keyOfMessage(catalog: Catalog, text: string): string | undefined {
  return catalogMessages(catalog).find((m) => m.text === text)?.path.join('.');
}
