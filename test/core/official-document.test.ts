// What an official document has, in the view and its HTML: numbered figures and tables listed with their pages,
// cross-references with the number and page of their target, the abbreviations the text uses, the date of issue,
// the map's disclaimer.
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/core/figures.js';
import { abbreviationList } from '../../src/core/front-matter.js';
import { renderReportHtml } from '../../src/core/html.js';
import { localeFor } from '../../src/core/locale.js';
import { buildReportView, type ReportInput } from '../../src/core/view-model.js';
import { row } from '../helpers.js';
import { edition, handIncidents, reference } from './fixtures.js';
import { catalogs, reportInput, sections, templates } from './report-fixtures.js';

const incidents = handIncidents([
  row({ id: 'A', date: '2024-03-02', country: 'FR', category: 'mosque' }),
  row({ id: 'B', date: '2024-03-09', country: 'GB', category: 'mosque' }),
  row({ id: 'C', date: '2024-05-06', country: 'US', category: 'hijab', title_en: 'Hijab ban debated' }),
  row({ id: 'D', date: '2024-06-01', country: 'CA', polarity: 'positive', category: 'interfaith' }),
]);
const figures = computeFigures(incidents, edition, reference);

const input = (lang: 'ar' | 'en' | 'fr', extra: Partial<ReportInput> = {}, withCharts = true): ReportInput =>
  reportInput(lang, incidents, { figures, charts: withCharts, extra });

const chapter = (view: ReturnType<typeof buildReportView>, id: string) => sections(view.chapters).find((s) => s.id === id)!;

describe('the lists of figures and of tables', () => {
  it('list every figure and every table in print order, with the numbers their captions carry', () => {
    const view = buildReportView(input('en'));
    const printed = sections(view.chapters);
    const figuresList = view.lists.find((l) => l.id === 'list-of-figures')!;
    expect(figuresList.entries.map((e) => e.label)).toEqual(printed.flatMap((s) => s.figures).map((f, i) => `Figure ${i + 1}`));
    expect(figuresList.entries.map((e) => e.target)).toEqual(printed.flatMap((s) => s.figures).map((f) => `figure-${f.id}`));
    const tables = printed.flatMap((s) => s.tables);
    expect(tables.map((t) => t.label)).toEqual(tables.map((_, i) => `Table ${i + 1}:`));
    expect(view.lists.find((l) => l.id === 'list-of-tables')!.entries.map((e) => e.title)).toEqual(tables.map((t) => t.title));
    // Every entry links to an element of the page, and the contents list the lists.
    const html = renderReportHtml(templates, view);
    for (const entry of view.lists.flatMap((l) => l.entries)) expect(html).toContain(`id="${entry.target}"`);
    expect(view.toc.entries.slice(0, 2).map((e) => e.id)).toEqual(['list-of-figures', 'list-of-tables']);
  });

  it('give the pages of the layout print, in the edition’s digits, and leave out a list with nothing in it', () => {
    const arabic = buildReportView(input('ar', { pages: { 'figure-monthly-trend': 9, 'table-categories-negative': 21 } }));
    const [figureList, tableList] = arabic.lists;
    expect(figureList!.entries[0]).toMatchObject({ label: 'الشكل ١', page: '٩' });
    expect(tableList!.entries.find((e) => e.target === 'table-categories-negative')!.page).toBe('٢١');
    expect(buildReportView(input('en', { layoutOnly: true })).lists[0]!.entries[0]!.page).toBe('888');
    expect(buildReportView(input('en')).lists[0]!.entries[0]!.page).toBe('');
    const noCharts = buildReportView(input('en', {}, false));
    expect(noCharts.lists.map((l) => l.id)).toEqual(['list-of-tables']);
    expect(renderReportHtml(templates, noCharts)).not.toContain('id="list-of-figures"');
  });
});

describe('cross-references', () => {
  const pages = { 'figure-monthly-trend': 9, 'figure-negative-by-category': 11, 'table-region-europe': 14, methodology: 20 };

  it('the trends sentence refers to its figure by number and page, as a link, in each language', () => {
    const said = (lang: 'ar' | 'en' | 'fr', extra: Partial<ReportInput> = { pages }) => chapter(buildReportView(input(lang, extra)), 'trends').paragraphs[0]!;
    expect(String(said('en'))).toContain('(see Figure 1, p.\u00a09)');
    expect(String(said('ar'))).toContain('(انظر الشكل ١، ص\u00a0٩)');
    expect(String(said('fr'))).toContain('(voir la figure 1, p.\u00a09)');
    expect(String(said('en', {}))).toContain('(see Figure 1)');
    const html = (said('en') as { toHTML(): string }).toHTML();
    expect(html).toContain('<a class="xref" href="#figure-monthly-trend">see Figure 1, p.\u00a09</a>');
  });

  it('the region’s sentence refers to its table, the summary to the chart of the types', () => {
    const view = buildReportView(input('en', { pages }));
    const europe = chapter(view, 'region-europe');
    const number = europe.tables[0]!.number;
    expect(europe.paragraphs.map(String).join(' ')).toContain(`; see Table ${number}, p.\u00a014.`);
    expect(chapter(view, 'summary').paragraphs.map(String).join(' ')).toMatch(/see Figure \d+, p.\u00a011\)/);
  });

  it('the narrative’s [[kind:id]] becomes a link; one to nothing is printed as written and reported', () => {
    const narrative = { introduction: 'Method ([[chapter:methodology]]), map [[figure:manifestations-map]], `[[figure:x]]`, [[figure:nope]], [[Figure:map]].' };
    const view = buildReportView(input('en', { pages, narrative }));
    const html = chapter(view, 'introduction').narrative!;
    // Page 20 in the layout print; a blank page before it, that the annex open on a right-hand page, makes it 21.
    expect(html).toContain(`<a class="xref" href="#methodology">see “Annex I: Methodology and definitions”, p.\u00a0${view.recto ? 21 : 20}</a>`);
    expect(html).toMatch(/<a class="xref" href="#figure-manifestations-map">see Figure \d+/);
    expect(html).toContain('<code>[[figure:x]]</code>');
    expect(html).toContain('[[figure:nope]]');
    expect(html).not.toMatch(/[\uE010-\uE012]/);
    expect(view.unresolvedReferences).toEqual([
      { section: 'introduction', reference: '[[figure:nope]]', known: expect.arrayContaining(['monthly-trend']) },
      { section: 'introduction', reference: '[[Figure:map]]', known: [] },
    ]);
  });
});

describe('the abbreviations', () => {
  it('list those the text uses, with their expansions: OIC from the symbol and the cover, AH from the Hijri date', () => {
    const view = buildReportView(input('en', { issued: '2025-06-21' }));
    const shorts = view.abbreviations!.entries.map((e) => e.short);
    expect(view.abbreviations!.entries).toContainEqual({ short: 'OIC', long: 'Organisation of Islamic Cooperation' });
    expect(shorts).toContain('AH');
    expect(shorts).not.toContain('CFM'); // the text says "Council of Foreign Ministers" in full
    expect(view.toc.entries.map((e) => e.id)).toContain('abbreviations');
  });

  it('are sorted as the language sorts: Arabic script first in Arabic, by Arabic collation', () => {
    const view = buildReportView(input('ar', { issued: '2025-06-21' }));
    const shorts = view.abbreviations!.entries.map((e) => e.short);
    expect(shorts).toEqual(expect.arrayContaining(['م', 'هـ', 'OIC']));
    expect(shorts).toEqual([...shorts].sort(new Intl.Collator('ar').compare));
    expect(shorts.indexOf('م')).toBeLessThan(shorts.indexOf('هـ'));
    expect(shorts.indexOf('هـ')).toBeLessThan(shorts.indexOf('OIC'));
  });

  it('match a short form as a word only: the H of "1446 H", not that of "Hijab"', () => {
    const fr = { t: catalogs.fr, locale: localeFor('fr', edition) };
    expect(abbreviationList(fr, ['Hijab, UNESCO, OCIs'])).toBeUndefined();
    expect(abbreviationList(fr, ['25 ramadan 1446\u00a0H, l’OCI'])!.entries.map((e) => e.short)).toEqual(['H', 'OCI']);
  });
});

describe('the cover and the map', () => {
  it('date the issue under the symbol, in both calendars as the cover does', () => {
    expect(buildReportView(input('en', { issued: '2025-06-21' })).cover.issued).toBe('Date of issue: 21 June 2025 (25 Dhuʻl-Hijjah 1446 AH)');
    expect(buildReportView(input('ar', { issued: '2025-06-21' })).cover.issued).toBe('تاريخ الإصدار: ٢٥ ذي الحجة ١٤٤٦هـ الموافق ٢١ يونيو ٢٠٢٥م');
    const html = renderReportHtml(templates, buildReportView(input('en', { issued: '2025-06-21' })));
    expect(html.indexOf('cover-issued')).toBeGreaterThan(html.indexOf('cover-symbol'));
  });

  it('print the disclaimer under the map, in each language', () => {
    for (const lang of ['ar', 'en', 'fr'] as const) {
      const view = buildReportView(input(lang));
      const map = sections(view.chapters).flatMap((s) => s.figures).find((f) => f.id === 'manifestations-map')!;
      expect(map.note).toBe(localeFor(lang, edition).text(catalogs[lang].charts.mapDisclaimer));
      const html = renderReportHtml(templates, view);
      const figure = html.slice(html.indexOf('id="figure-manifestations-map"'));
      expect(figure.indexOf('class="chart-note"')).toBeGreaterThan(figure.indexOf('<img'));
      expect(figure.indexOf('class="chart-note"')).toBeLessThan(figure.indexOf('</figure>'));
    }
  });
});
