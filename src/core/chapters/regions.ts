// The sections of the manifestations chapter, one per region with incidents.
import type { SectionView } from '../view-model.js';
import { countryScope } from '../figures.js';
import type { ChapterContext } from './context.js';

/** Chapters whose regions come first, as in the Observatory's reports; the others follow in table order. */
const REGIONS_FIRST = ['north_america', 'europe'];

type CountryCounts = { negative: number; positive: number; region: string };

/** One section per region: its share of the manifestations, its countries, the editors' narrative. */
export function regionSections(ctx: ChapterContext): SectionView[] {
  const { locale, t, reference, figures, n, m, section, narrative } = ctx;
  const withManifestations = figures.byRegion.filter((r) => r.negative > 0).length;
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
    const recorded = countries.filter(([, c]) => c.negative > 0);
    const top = { list: recorded.slice(0, 3), recorded: recorded.length };
    return [
      section(`region-${region.code}`, name, {
        paragraphs: regionParagraphs(ctx, reference.regionInSentence(region.code, locale.lang), totals, top, withManifestations === 1, `region-${region.code}`),
        ...narrative(`region-${region.code}`),
        tables: [
          {
            id: `region-${region.code}`,
            title: m(t.manifestations.countriesTable, { region: name }),
            head: [t.manifestations.country, t.charts.negative, t.charts.positive],
            rows: countries.map(([code, c]) => [reference.countryName(code, locale.lang), n(c.negative), n(c.positive)]),
          },
        ],
      }),
    ];
  });
}

/** What the region's section says: its count and share, and its three countries with most manifestations (of how many). */
function regionParagraphs(
  { locale, t, reference, figures, m, refer }: ChapterContext,
  inSentence: string,
  totals: { negative: number; positive: number },
  top: { list: [string, CountryCounts][]; recorded: number },
  only: boolean,
  tableId: string,
): string[] {
  if (totals.negative === 0) return [m(t.manifestations.regionNone, { region: inSentence })];
  const countries = top.list.map(([code, c]) => m(t.manifestations.countryCount, { country: reference.countryInSentence(code, locale.lang), count: c.negative }));
  return [
    m(t.manifestations.regionLead, {
      count: totals.negative,
      region: inSentence,
      // The share of the whole is no news where the region is the whole.
      only: only ? 'yes' : 'no',
      share: locale.percent(totals.negative / figures.totals.negative),
      positive: totals.positive,
    }),
    // The region's table of countries follows the sentence.
    m(t.manifestations.regionTop, { scope: countryScope(countries.length, top.recorded), list: locale.list(countries), table: refer('table', tableId, true) }),
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
