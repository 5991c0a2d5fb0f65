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
  running: z.object({ illustrative: s }),
  about: z.object({ heading: s, body: z.array(s).min(1) }),
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
  manifestations: z.object({ heading: s, hotspots: s, rank: s, country: s, share: s }),
  regions: z.object({ heading: s }),
  methodology: z.object({ heading: s, body: s, rows: s, fingerprint: s }),
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

/** Parses a catalog, or returns its problems as "key.path: message" lines. */
export function parseCatalog(json: unknown): { catalog?: Catalog; problems: string[] } {
  const result = catalogSchema.safeParse(json);
  if (result.success) return { catalog: result.data, problems: [] };
  return {
    problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message.replace(/^Invalid input: /, '')}`),
  };
}
