// The incident annexes: every incident counted in the report, by category, with its date, place and
// source, as the Observatory's reports list them.
import type { Catalog } from './catalog.js';
import type { Edition } from './edition.js';
import type { Incident, Language, Polarity } from './incident.js';
import type { Locale } from './locale.js';
import type { Reference } from './reference.js';
import { SAMPLE_SOURCE_NAME } from './sample.js';

export interface IncidentRowView {
  date: string;
  /** The place in the edition's language where the row names it so, else as `location` writes it (Latin). */
  place?: string;
  placeLang: Language;
  /** Whether the place is in another language than the edition's (then tagged with its language in the PDF). */
  placeForeign?: true;
  country: string;
  title: string;
  /** The language the title is in: the edition's, or English where the row has no translation. */
  titleLang: Language;
  titleForeign?: true;
  source: string;
}

export interface IncidentGroupView {
  id: string;
  heading: string;
  /** The heading with "(continued)", above the column heads on the pages the category runs on to. */
  continued: string;
  count: string;
  head: string[];
  /** Between a row's place and its country: "Lyon, France", "ليون، فرنسا". */
  separator: string;
  rows: IncidentRowView[];
  /** How many incidents the group lists, and how many its category counts (more with the edition's annex.limit). */
  listed: number;
  total: number;
}

/** The full incident list a limited annex points to, written beside the PDFs in out/<year>/. */
export function incidentListFileName(year: number): string {
  return `oic-islamophobia-incidents-${year}.csv`;
}

/** Whether the edition's annex.limit leaves some manifestations out of the annex. */
export function annexIsCut(incidents: readonly Incident[], limit: number | undefined): boolean {
  if (limit === undefined) return false;
  const counts = new Map<string, number>();
  for (const i of incidents) if (i.polarity === 'negative') counts.set(i.category, (counts.get(i.category) ?? 0) + 1);
  return [...counts.values()].some((n) => n > limit);
}

const byDate = (a: Incident, b: Incident) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
// Verified incidents first: an annex cut to a limit shows those the Observatory confirmed before those reported.
const verifiedFirst = (a: Incident, b: Incident) => Number(a.verification !== 'verified') - Number(b.verification !== 'verified') || byDate(a, b);

/**
 * Each category's incidents by date; with the edition's `annex.limit`, at most that many of each category:
 * verified first, then by date (the full list is in the CSV published beside the report).
 */
export function incidentGroups(
  incidents: readonly Incident[],
  polarity: Polarity,
  reference: Reference,
  locale: Locale,
  catalog: Catalog,
  edition: Pick<Edition, 'illustrative'> & { annex?: Edition['annex'] },
): IncidentGroupView[] {
  const byCategory = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (incident.polarity !== polarity) continue;
    const list = byCategory.get(incident.category) ?? [];
    list.push(incident);
    byCategory.set(incident.category, list);
  }
  const t = catalog.annex;
  const limit = edition.annex?.limit;
  return reference.categories[polarity]
    .filter((category) => byCategory.has(category.code))
    .map((category) => {
      const all = byCategory.get(category.code)!;
      const listed = limit !== undefined && all.length > limit ? [...all].sort(verifiedFirst).slice(0, limit) : [...all].sort(byDate);
      return {
        id: `annex-${polarity}-${category.code}`,
        heading: category[locale.lang],
        continued: locale.message(catalog.charts.continued, { title: category[locale.lang] }),
        count: listed.length < all.length ? locale.message(t.countShown, { shown: listed.length, count: all.length }) : locale.message(t.count, { count: all.length }),
        head: [t.date, t.place, t.incident],
        separator: catalog.manifestations.listSeparator,
        rows: listed.map((incident) => incidentRow(incident, reference, locale, catalog, edition)),
        listed: listed.length,
        total: all.length,
      };
    });
}

/** What a limited annex leaves out, for its lead sentence; undefined when it lists every incident. */
export function annexCut(groups: readonly IncidentGroupView[], limit: number | undefined): { limit: number; shown: number; total: number } | undefined {
  const shown = groups.reduce((sum, g) => sum + g.listed, 0);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return limit !== undefined && shown < total ? { limit, shown, total } : undefined;
}

function incidentRow(
  incident: Incident,
  reference: Reference,
  locale: Locale,
  catalog: Catalog,
  edition: Pick<Edition, 'illustrative'>,
): IncidentRowView {
  // The edition's own language is set by its typography; an English fallback is left as it is written.
  const translated = optional(incident[`title_${locale.lang}`], locale.text);
  const localPlace = locale.lang === 'en' ? undefined : optional(incident[`location_${locale.lang}`], locale.text);
  const place = localPlace ?? incident.location;
  return {
    date: incidentDate(incident, locale, catalog),
    ...(place ? { place } : {}),
    placeLang: localPlace ? locale.lang : 'en',
    ...(place && !localPlace && locale.lang !== 'en' ? { placeForeign: true as const } : {}),
    country: reference.countryName(incident.country, locale.lang),
    title: translated ?? incident.title_en,
    titleLang: translated ? locale.lang : 'en',
    ...(!translated && locale.lang !== 'en' ? { titleForeign: true as const } : {}),
    source: sourceName(incident.source_name, edition, catalog),
  };
}

function optional(text: string | undefined, set: (text: string) => string): string | undefined {
  return text === undefined ? undefined : set(text);
}

/**
 * A source as the annex prints it. The sample data's source phrase is English and the same in every row: in an
 * illustrative edition the catalog says it in the edition's language. Real source names are printed as written.
 */
export function sourceName(name: string, edition: Pick<Edition, 'illustrative'>, catalog: Catalog): string {
  return edition.illustrative && name === SAMPLE_SOURCE_NAME ? catalog.annex.sampleSource : name;
}

/** A date as precise as the record says it is: a day, the week it falls in, or only its month. */
export function incidentDate(incident: Pick<Incident, 'date' | 'date_precision'>, locale: Locale, catalog: Catalog) {
  switch (incident.date_precision) {
    case 'month':
      return locale.monthLong(incident.date.slice(0, 7));
    case 'week':
      return locale.message(catalog.annex.weekOf, { date: locale.date(incident.date) });
    default:
      return locale.date(incident.date);
  }
}
