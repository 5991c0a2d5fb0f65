// The hotspot list and each region's countries say "the countries with the most manifestations" only of a
// selection: where the list holds every country recorded, the caption and the sentence say that instead.
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/core/charts.js';
import { computeFigures } from '../../src/core/figures.js';
import type { Language } from '../../src/core/incident.js';
import { localeFor } from '../../src/core/locale.js';
import { buildReportView } from '../../src/core/view-model.js';
import { row } from '../helpers.js';
import { edition, handIncidents, reference } from './fixtures.js';
import { catalogs, reportInput, sections } from './report-fixtures.js';

const LANGS: Language[] = ['ar', 'en', 'fr'];
const twoCountries = handIncidents([
  row({ id: 'A', date: '2024-03-02', country: 'FR', category: 'mosque' }),
  row({ id: 'B', date: '2024-03-09', country: 'FR', category: 'hijab' }),
  row({ id: 'C', date: '2024-05-06', country: 'DE', category: 'mosque' }),
]);
// Twelve European countries, one manifestation each but France's two: the hotspot list keeps ten.
const EUROPE = ['FR', 'DE', 'GB', 'ES', 'IT', 'NL', 'BE', 'AT', 'SE', 'DK', 'PL', 'PT'];
const twelveCountries = handIncidents(EUROPE.map((country, i) => row({ id: `E${i}`, date: '2024-04-01', country, category: 'mosque', title_en: `Incident ${i}` })).concat(row({ id: 'F2', date: '2024-04-02', country: 'FR', category: 'hijab' })));

const caption = (lang: Language, incidents: typeof twoCountries) => {
  const figures = computeFigures(incidents, edition, reference);
  return chartSpecs(figures, edition, reference, localeFor(lang, edition), catalogs[lang].charts).find((s) => s.id === 'top-countries')!.caption;
};
const europeText = (lang: Language, incidents: typeof twoCountries) => {
  const view = buildReportView(reportInput(lang, incidents));
  return sections(view.chapters).find((s) => s.id === 'region-europe')!.paragraphs.map(String).join(' ');
};

describe('a ranking of countries', () => {
  it('says it covers every country when only two countries were recorded, in every language', () => {
    expect(caption('en', twoCountries)).toBe('Manifestations by country in this reporting period: all 2 countries where any were recorded, most first.');
    expect(caption('fr', twoCountries)).toMatch(/^Manifestations par pays au cours de la période considérée\s:\sl’ensemble des 2 pays où des manifestations ont été recensées/);
    expect(caption('ar', twoCountries)).toContain('المظاهر في كل دولة رُصدت فيها مظاهر في فترة التقرير هذه، وعدد هذه الدول اثنتان');
    for (const lang of LANGS) expect(caption(lang, twoCountries)).not.toMatch(/with the most|comptant le plus|الأكثر تسجيلًا/);
    expect(europeText('en', twoCountries)).toMatch(/They were recorded in France \(2\) and Germany \(1\)/);
    expect(europeText('fr', twoCountries)).toMatch(/Elles ont été recensées dans les pays suivants\s:\s/);
    expect(europeText('ar', twoCountries)).toContain('وتوزّعت على: ');
  });

  it('names the first ten as those with the most where more countries were recorded', () => {
    expect(caption('en', twelveCountries)).toBe('The 10 countries with the most manifestations in this reporting period.');
    expect(caption('fr', twelveCountries)).toMatch(/^Les 10 pays comptant le plus de manifestations/);
    expect(caption('ar', twelveCountries)).toContain('الدول الأكثر تسجيلًا للمظاهر في فترة التقرير هذه');
    expect(europeText('en', twelveCountries)).toMatch(/The countries with the most manifestations were France \(2\), /);
  });

  it('speaks of the one country where only one was recorded', () => {
    const one = handIncidents([row({ id: 'A', date: '2024-03-02', country: 'FR', category: 'mosque' })]);
    expect(caption('en', one)).toBe('The only country where manifestations were recorded in this reporting period.');
    expect(europeText('en', one)).toMatch(/All of them were recorded in France/);
  });
});
