// The print side of the pure core: page rules, narrative Markdown, headings, the incident annex and the view.
import { describe, expect, it } from 'vitest';
import { incidentDate, incidentGroups } from '../../src/core/annex.js';
import { computeFigures } from '../../src/core/figures.js';
import { renderReportHtml } from '../../src/core/html.js';
import { localeFor } from '../../src/core/locale.js';
import { renderMarkdown } from '../../src/core/markdown.js';
import { SAMPLE_SOURCE_NAME } from '../../src/core/sample.js';
import { sizeOnly } from '../../src/core/chapters/context.js';
import { headingsOf } from '../../src/core/outline.js';
import { cssString, pageStyle } from '../../src/core/page-style.js';
import { buildReportView, type ReportInput } from '../../src/core/view-model.js';
import { row } from '../helpers.js';
import { edition, handIncidents, reference } from './fixtures.js';
import { catalogs, reportInput, templates } from './report-fixtures.js';

const incidents = handIncidents([
    row({ id: 'A', date: '2024-03-02', country: 'FR', location: 'Lyon', category: 'mosque', title_ar: 'تخريب مسجد' }),
    row({ id: 'B', date: '2024-03-01', country: 'GB', category: 'mosque', date_precision: 'month' }),
    row({ id: 'C', date: '2024-05-06', country: 'US', category: 'hijab', date_precision: 'week', title_en: '<b>bold</b> & "quoted"' }),
    row({ id: 'D', date: '2024-06-01', country: 'CA', polarity: 'positive', category: 'interfaith' }),
  ]);
const figures = computeFigures(incidents, edition, reference);

const input = (lang: 'ar' | 'en' | 'fr', extra: Partial<ReportInput> = {}): ReportInput => reportInput(lang, incidents, { figures, extra });

describe('cssString', () => {
  it('cannot be broken out of by quotes, backslashes, new lines or a closing style tag', () => {
    expect(cssString('a"b\\c\n</style><script>')).toBe('"a\\22 b\\5c c\\a \\3c /style\\3e \\3c script\\3e "');
  });
});

describe('pageStyle', () => {
  it('names a page per chapter so the running header can carry its title, mirrored in Arabic', () => {
    const css = pageStyle({
      locale: localeFor('ar', edition),
      paper: 'A4',
      pageNumbers: 'arabic-indic',
      header: 'OIC/1',
      chapters: [{ id: 'trends', title: '١. الاتجاهات' }],
    });
    expect(css).toContain('@top-right { content: "OIC/1"; }');
    expect(css).toContain('@bottom-center { content: counter(page, arabic-indic); }');
    expect(css).toContain('.chapter-trends { page: chapter-trends; }');
    expect(css).toContain('@page chapter-trends { @top-left { content: "١. الاتجاهات"; } }');
    expect(css).toContain('size: 210mm 297mm;');
  });

  it('grows the page by bleed and crop-mark room, and knows Letter', () => {
    const css = pageStyle({ locale: localeFor('en', edition), paper: 'Letter', pageNumbers: 'decimal', header: 'x', chapters: [], bleedMm: 3 });
    expect(css).toContain('size: 241.9mm 305.4mm;');
    expect(css).toContain('margin: 37mm 31mm 35mm 37mm;');
  });
});

describe('renderMarkdown', () => {
  it('lets no raw HTML, image or script link through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> ![x](http://evil/x.png) [a](javascript:alert(1)) [b](https://oic-oci.org)');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://oic-oci.org">b</a>');
  });
});

describe('headingsOf', () => {
  it('lists headings in document order with their ids and plain text', () => {
    expect(headingsOf('<h1 id="a"><span>1.</span> A &amp; B</h1><p>x</p><h2 id="b">C&#x27;s</h2><h3>D</h3>')).toEqual([
      { level: 1, id: 'a', text: '1. A & B' },
      { level: 2, id: 'b', text: "C's" },
      { level: 3, text: 'D' },
    ]);
  });
});

describe('incident annex', () => {
  it('groups by category in reference order, dates by precision, falls back to English titles', () => {
    const groups = incidentGroups(incidents, 'negative', reference, localeFor('ar', edition), catalogs.ar, edition);
    expect(groups.map((g) => g.id)).toEqual(['annex-negative-hijab', 'annex-negative-mosque']);
    const mosque = groups[1]!;
    expect(mosque.rows.map((r) => r.date)).toEqual(['مارس ٢٠٢٤', '٢ مارس ٢٠٢٤']);
    expect(mosque.rows[1]).toMatchObject({ title: 'تخريب مسجد', titleLang: 'ar', place: 'Lyon', country: 'فرنسا' });
    expect(mosque.rows[0]).toMatchObject({ title: 'Test incident', titleLang: 'en', country: 'المملكة المتحدة' });
    expect(mosque.rows[0]).not.toHaveProperty('place');
    expect(mosque.separator).toBe('، ');
    expect(incidentDate({ date: '2024-05-06', date_precision: 'week' }, localeFor('en', edition), catalogs.en)).toBe(
      'week of 6 May 2024',
    );
  });
});

describe('the place in the annex', () => {
  const placed = handIncidents([
    row({ id: 'P1', country: 'DE', location: 'Cologne', location_ar: 'كولونيا', location_fr: 'Cologne' }),
    row({ id: 'P2', country: 'NL', location: 'The Hague', location_fr: 'La Haye' }),
  ]);
  const places = (lang: 'ar' | 'en' | 'fr') =>
    incidentGroups(placed, 'negative', reference, localeFor(lang, edition), lang === 'ar' ? catalogs.ar : catalogs.en, edition)
      .flatMap((g) => g.rows)
      .map((r) => [r.place, r.placeLang]);

  it("is the row's name in the edition's language, else location as written", () => {
    expect(places('ar')).toEqual([['كولونيا', 'ar'], ['The Hague', 'en']]);
    expect(places('fr')).toEqual([['Cologne', 'fr'], ['La Haye', 'fr']]);
    expect(places('en')).toEqual([['Cologne', 'en'], ['The Hague', 'en']]);
  });

  it('is printed as an isolate before the separator and the country', () => {
    const html = renderReportHtml(templates, buildReportView(input('ar')));
    expect(html).toContain('<span class="incident-place"><bdi lang="en" role="generic">Lyon</bdi>، فرنسا</span>');
    expect(html).toContain('<span class="incident-place">المملكة المتحدة</span>');
  });
});

describe('the source in the annex', () => {
  const sourced = handIncidents([
    row({ id: 'S1', source_name: SAMPLE_SOURCE_NAME }),
    row({ id: 'S2', source_name: 'Le Monde', title_en: 'Another incident' }),
  ]);
  const sources = (lang: 'ar' | 'en', illustrative: boolean) =>
    incidentGroups(sourced, 'negative', reference, localeFor(lang, edition), catalogs[lang], { illustrative })
      .flatMap((g) => g.rows)
      .map((r) => r.source);

  it("is the catalog's phrase for the sample data's source name in an illustrative edition", () => {
    expect(sources('ar', true)).toEqual(['بيانات توضيحية، وليست حادثة حقيقية', 'Le Monde']);
    expect(sources('en', true)).toEqual(['Illustrative sample data, not a real incident', 'Le Monde']);
  });

  it('is printed as written in an edition of real data', () => {
    expect(sources('ar', false)).toEqual([SAMPLE_SOURCE_NAME, 'Le Monde']);
  });
});

describe('the report view and its HTML', () => {
  it('prints narrative chapters only where written, and numbers chapters and sections', () => {
    const view = buildReportView(input('en', { narrative: { conclusions: '1. **Act.**' } }));
    const ids = view.chapters.map((c) => c.id);
    expect(ids).not.toContain('foreword');
    expect(ids).toContain('conclusions');
    const manifestations = view.chapters.find((c) => c.id === 'manifestations')!;
    expect(manifestations.number).toBe('2.');
    // The status by region, then one section per region with incidents: North America before Europe.
    expect(manifestations.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '2.1 Islamophobia status by region',
      '2.2 North America',
      '2.3 Europe',
    ]);
    expect(view.chapters.find((c) => c.id === 'conclusions')!.narrative).toContain('<strong>Act.</strong>');
  });

  it('fills the contents with the pages it is given, placeholders for a layout print, none on a screen', () => {
    const about = (view: ReturnType<typeof buildReportView>) => view.toc.entries.find((e) => e.id === 'about');
    expect(about(buildReportView(input('ar', { layoutOnly: true })))).toMatchObject({ page: '٨٨٨' });
    expect(about(buildReportView(input('ar')))).toMatchObject({ page: '' });
    expect(about(buildReportView(input('ar', { pages: { about: 3 } })))).toMatchObject({ page: '٣' });
  });

  it('gives a layout print empty pictures of each chart\'s size, the final print the charts', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" stroke-width="2" width="900pt" height="420pt" viewBox="0 0 900 420"><path d="M0 0L9 9"/></svg>';
    const charts = reportInput('en', incidents, { figures, charts: true }).charts.map(({ spec }) => ({ spec, svg }));
    const images = (extra: Partial<ReportInput>) => buildReportView(input('en', { charts, ...extra })).chapters.flatMap(function all(s): string[] {
      return [...s.figures.map((f) => Buffer.from(f.image.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()), ...s.sections.flatMap(all)];
    });
    expect(images({}).length).toBeGreaterThan(5);
    expect(new Set(images({}))).toEqual(new Set([svg]));
    expect(new Set(images({ layoutOnly: true }))).toEqual(new Set(['<svg xmlns="http://www.w3.org/2000/svg" width="900pt" height="420pt"/>']));
    // A chart that does not say its size is printed as it is.
    expect(sizeOnly('<svg viewBox="0 0 9 9"/>')).toBeUndefined();
  });

  it('escapes incident text, and every TOC entry names a heading of the page', () => {
    const html = renderReportHtml(templates, buildReportView(input('en')));
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(html).not.toContain('<b>bold</b>');
    const ids = new Set(headingsOf(html).map((h) => h.id));
    for (const entry of buildReportView(input('en')).toc.entries) expect(ids).toContain(entry.id);
  });

  it('marks a draft with a watermark and the build time and data fingerprint in the footer', () => {
    const view = buildReportView(input('en', { draft: { builtAt: '2026-11-25T15:30:00.000Z' } }));
    expect(view.draft).toEqual({ watermark: 'DRAFT' });
    expect(view.pageStyle).toContain('DRAFT · built 25 Nov 2026, 15:30 UTC · data abababababab');
  });
});

describe('the French view', () => {
  const shown = (s: string) => s.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '°');
  const narrative = { foreword: 'Texte illustratif : le "rapport" de l\'Observatoire.' };
  const view = buildReportView(input('fr', { narrative }));

  it('has a French cover: the ordinal title, the 51e session, both calendars', () => {
    expect(view.cover.title).toBe('Dix-septième rapport de l’Observatoire de l’OCI sur l’islamophobie');
    expect(view.cover.period).toBe('Du 1er janvier 2024 au 31 décembre 2024');
    expect(view.cover.presentedTo).toBe('Présenté à la 51e session du Conseil des ministres des Affaires étrangères');
    expect(view.cover.venue).toBe('Istanbul, 21–22 juin 2025');
    expect(shown(view.cover.hijri)).toBe('25–26°dhou al-hijja°1446°H');
    expect(shown(view.cover.original!)).toBe('Original⍽: anglais');
  });

  it('writes the first session 1re, feminine as session is', () => {
    const first = buildReportView(input('fr', { edition: { ...edition, cfm: { ...edition.cfm, session: 1 } } }));
    expect(first.cover.presentedTo).toBe('Présenté à la 1re session du Conseil des ministres des Affaires étrangères');
  });

  it('sets headings, the contents, the running headers and the narrative in French typography', () => {
    const annex = view.chapters.find((c) => c.id === 'annex-incidents')!;
    expect(shown(annex.heading)).toBe('Annexe III⍽: Manifestations de l’islamophobie par catégorie');
    expect(view.toc.entries.map((e) => shown(e.title))).toContain('Annexe I⍽: Méthodologie et définitions');
    expect(shown(view.pageStyle)).toContain('Annexe III⍽: Manifestations');
    const foreword = view.chapters.find((c) => c.id === 'foreword')!;
    expect(shown(foreword.narrative!)).toBe('<p>Texte illustratif⍽: le «⍽rapport⍽» de l’Observatoire.</p>\n');
    const methodology = view.chapters.find((c) => c.id === 'methodology')!;
    expect(shown(methodology.tables[0]!.title)).toBe('Catégories utilisées dans le présent rapport⍽: Manifestations de l’islamophobie');
  });

  it('prints French labels, country names and annex titles, set the same way', () => {
    const placed = handIncidents([row({ id: 'F', country: 'CI', category: 'far_right', title_fr: "Tracts d'extrême droite à Abidjan", location_fr: 'Abidjan' })]);
    const [group] = incidentGroups(placed, 'negative', reference, localeFor('fr', edition), catalogs.fr, edition);
    expect(group!.heading).toBe('Campagnes d’extrême droite');
    expect(group!.rows[0]).toMatchObject({ title: 'Tracts d’extrême droite à Abidjan', titleLang: 'fr', country: 'Côte d’Ivoire', date: '15 mars 2024' });
  });
});
