// The sections of the manifestations chapter, one per region with incidents.
import { interpolate } from '../locale.js';
import type { SectionView } from '../view-model.js';
import type { ChapterContext } from './context.js';

/** Chapters whose regions come first, as in the Observatory's reports; the others follow in table order. */
const REGIONS_FIRST = ['north_america', 'europe'];

type CountryCounts = { negative: number; positive: number; region: string };

/** One section per region: its share of the manifestations, its countries, the editors' narrative. */
export function regionSections(ctx: ChapterContext): SectionView[] {
  const { locale, t, reference, figures, n, section, narrative } = ctx;
  const byCountry = countByCountry(ctx);
  const regions = [...reference.regions].sort(
    (a, b) => rank(a.code) - rank(b.code) || reference.regions.indexOf(a) - reference.regions.indexOf(b),
  );
  return regions.flatMap((region) => {
    const totals = figures.byRegion.find((r) => r.region === region.code);
    if (!totals || totals.negative + totals.positive === 0) return [];
    const name = region[locale.lang];
    const countries = [...byCountry]
      .filter(([, c]) => c.region === region.code)
      .sort(([a, x], [b, y]) => y.negative - x.negative || y.positive - x.positive || a.localeCompare(b));
    const top = countries.filter(([, c]) => c.negative > 0).slice(0, 3);
    return [
      section(`region-${region.code}`, name, {
        paragraphs: regionParagraphs(ctx, name, totals, top),
        ...narrative(`region-${region.code}`),
        tables: [
          {
            title: interpolate(t.manifestations.countriesTable, { region: name }),
            head: [t.manifestations.country, t.charts.negative, t.charts.positive],
            rows: countries.map(([code, c]) => [reference.countryName(code, locale.lang), n(c.negative), n(c.positive)]),
          },
        ],
      }),
    ];
  });
}

/** What the region's section says: its count and share, and its three countries with most manifestations. */
function regionParagraphs(
  { locale, t, reference, figures, n }: ChapterContext,
  name: string,
  totals: { negative: number; positive: number },
  top: [string, CountryCounts][],
): string[] {
  if (totals.negative === 0) return [interpolate(t.manifestations.regionNone, { region: name })];
  return [
    interpolate(t.manifestations.regionLead, {
      count: n(totals.negative),
      region: name,
      share: locale.percent(totals.negative / Math.max(1, figures.totals.negative)),
      positive: n(totals.positive),
    }),
    interpolate(t.manifestations.regionTop, {
      countries: top
        .map(([code, c]) =>
          interpolate(t.manifestations.countryCount, {
            country: reference.countryName(code, locale.lang),
            count: n(c.negative),
          }),
        )
        .join(t.manifestations.listSeparator),
    }),
  ];
}

function countByCountry({ input }: ChapterContext): Map<string, CountryCounts> {
  const byCountry = new Map<string, CountryCounts>();
  for (const incident of input.incidents) {
    const counts = byCountry.get(incident.country) ?? { negative: 0, positive: 0, region: incident.region };
    counts[incident.polarity]++;
    byCountry.set(incident.country, counts);
  }
  return byCountry;
}

function rank(region: string): number {
  const i = REGIONS_FIRST.indexOf(region);
  return i === -1 ? REGIONS_FIRST.length : i;
}
