// What the tests of the report view and its HTML share: the shipped catalogs and templates, and the input of a
// report of a few incidents (the hand-checked data of the test, figures computed from it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog, type Catalog } from '../../src/core/catalog.js';
import { chartSpecs } from '../../src/core/charts.js';
import type { Edition } from '../../src/core/edition.js';
import { computeFigures, type Figures } from '../../src/core/figures.js';
import type { Incident, Language } from '../../src/core/incident.js';
import { localeFor } from '../../src/core/locale.js';
import type { ReportInput, SectionView } from '../../src/core/view-model.js';
import ar from '../../templates/i18n/ar.json' with { type: 'json' };
import en from '../../templates/i18n/en.json' with { type: 'json' };
import fr from '../../templates/i18n/fr.json' with { type: 'json' };
import { ROOT } from '../helpers.js';
import { edition as edition2024, reference } from './fixtures.js';

export const catalogs: Record<Language, Catalog> = { ar: parseCatalog(ar).catalog!, en: parseCatalog(en).catalog!, fr: parseCatalog(fr).catalog! };

const template = (file: string) => ({ file, text: readFileSync(join(ROOT, 'templates', file), 'utf8') });
/** The shipped report.hbs and its partials, as renderReportHtml and compileReport take them. */
export const templates = {
  layout: template('report.hbs'),
  partials: Object.fromEntries(readdirSync(join(ROOT, 'templates', 'partials')).map((f) => [f.replace('.hbs', ''), template(`partials/${f}`)])),
};

export interface InputOptions {
  /** Chart specs with an empty SVG each (default none): the view then numbers figures and lists them. */
  charts?: boolean;
  figures?: Figures;
  edition?: Edition;
  /** Everything else the test sets itself. */
  extra?: Partial<ReportInput>;
}

/** The view's input for these incidents in one language: no narrative, a fingerprint of "abab…". */
export function reportInput(lang: Language, incidents: Incident[], options: InputOptions = {}): ReportInput {
  const edition = options.edition ?? edition2024;
  const figures = options.figures ?? computeFigures(incidents, edition, reference);
  const locale = localeFor(lang, edition);
  const charts = options.charts ? chartSpecs(figures, edition, reference, locale, catalogs[lang].charts).map((spec) => ({ spec, svg: '<svg/>' })) : [];
  const rows = incidents.length;
  return {
    edition,
    locale,
    catalog: catalogs[lang],
    reference,
    figures,
    incidents,
    charts,
    data: { file: '2024/incidents.csv', rowsRead: rows, rowsAccepted: rows, rowsRejected: 0, fingerprint: 'ab'.repeat(32) },
    narrative: {},
    stylesheet: 'file:///report.css',
    ...options.extra,
  };
}

/** Every section of the view, chapters first, depth first. */
export const sections = (chapters: SectionView[]): SectionView[] => chapters.flatMap((c) => [c, ...sections(c.sections)]);
