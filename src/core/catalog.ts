// The string catalog of one language (templates/i18n/<lang>.json). Translators edit the JSON; this
// schema says what it must hold, so a missing string is reported by key instead of printing a blank.
import { z } from 'zod';

const s = z.string().min(1);
const titled = z.object({ title: s, caption: s });

export const catalogSchema = z.object({
  language: z.object({ name: s, ar: s, en: s, fr: s }),
  ordinals: z.array(s).min(1),
  ordinalSuffixes: z.record(z.string(), z.string()),
  cover: z.object({
    organisation: s,
    title: s,
    period: s,
    presentedTo: s,
    venue: s,
    hijri: s,
    original: s,
    illustrative: s,
  }),
  running: z.object({ illustrative: s, draft: s, watermark: s }),
  toc: z.object({ heading: s }),
  about: z.object({ heading: s, body: z.array(s).min(1) }),
  foreword: z.object({ heading: s }),
  introduction: z.object({ heading: s }),
  summary: z.object({
    heading: s,
    lead: s,
    change: s,
    up: s,
    down: s,
    same: s,
    topRegion: s,
    topCategory: s,
    keyFigures: z.object({ negative: s, positive: s, countries: s, months: s }),
  }),
  trends: z.object({ heading: s, peak: s }),
  manifestations: z.object({
    heading: s,
    country: s,
    regionLead: s,
    regionTop: s,
    regionNone: s,
    listSeparator: s,
    countryCount: s,
    countriesTable: s,
  }),
  regions: z.object({ heading: s }),
  otherTrends: z.object({ heading: s }),
  positive: z.object({ heading: s, lead: s }),
  conclusions: z.object({ heading: s }),
  annex: z.object({
    heading: s,
    lead: s,
    date: s,
    place: s,
    incident: s,
    weekOf: s,
    count: s,
  }),
  methodology: z.object({
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
  dataQuality: z.object({ heading: s, allAccepted: s, someRejected: s, line: s, id: s, reasons: s }),
  charts: z.object({
    negative: s,
    positive: s,
    month: s,
    category: s,
    region: s,
    incidents: s,
    figure: s,
    table: s,
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
    byTargetType: titled,
    regionByCategory: titled,
    positiveByCategory: titled,
    positiveTypes: titled,
  }),
  footer: z.object({ page: s }),
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
      if (i.code === 'unrecognized_keys') return i.keys.map((key) => ({ path: [...path, key], message: 'is not a key of the catalog' }));
      const missing = i.code === 'invalid_type' && i.input === undefined;
      return [{ path, message: missing ? 'is missing' : i.message.replace(/^Invalid input: /, '') }];
    }),
  };
}
