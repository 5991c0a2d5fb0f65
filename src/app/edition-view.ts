// One language of a loaded edition, ready for any target: its catalog, locale, chart specs and drawn charts,
// and the input of the view model. The PDF, the HTML edition and a preview all start from this.
import type { Catalog } from '../core/catalog.js';
import { chartSpecs, type ChartSpec } from '../core/charts.js';
import type { Language } from '../core/incident.js';
import { localeFor, type Locale } from '../core/locale.js';
import type { Paper } from '../core/page-style.js';
import type { ReportInput } from '../core/view-model.js';
import type { ChartRenderer } from '../io/charts.js';
import { STYLESHEET_HREF } from '../io/html-edition.js';
import type { LoadedEdition } from './load-edition.js';
import type { ProgressListener } from './progress.js';

export interface PageSettings {
  paper: Paper;
  /** The build's date (SOURCE_DATE_EPOCH, else now): the date of issue where edition.json gives none. */
  date?: Date;
  bleedMm?: number;
  draft?: { builtAt: string };
}

export interface LanguageEdition {
  lang: Language;
  locale: Locale;
  catalog: Catalog;
  specs: ChartSpec[];
  /** Everything the view model needs but the page numbers of the contents. */
  input: Omit<ReportInput, 'pages' | 'layoutOnly'>;
}

/** Draws a chart for the page: the renderer's SVG, or nothing where only the HTML's words matter (check). */
export type ChartDrawer = Pick<ChartRenderer, 'render'>;

/** A drawer that draws nothing: views whose text is all that is wanted. */
export const NO_CHARTS: ChartDrawer = { render: async (spec) => ({ spec, svg: '', cached: true }) };

export async function prepareLanguage(
  loaded: LoadedEdition,
  lang: Language,
  catalog: Catalog,
  renderer: ChartDrawer,
  settings: PageSettings,
  onProgress?: ProgressListener,
): Promise<LanguageEdition> {
  return drawCharts(outlineLanguage(loaded, lang, catalog, settings), renderer, onProgress);
}

/** The language with its charts drawn. */
export async function drawCharts(outline: LanguageEdition, renderer: ChartDrawer, onProgress?: ProgressListener): Promise<LanguageEdition> {
  const { lang, specs } = outline;
  const charts = [];
  for (const [i, spec] of specs.entries()) {
    onProgress?.({ stage: 'charts', lang, done: i, total: specs.length });
    charts.push(await renderer.render(spec));
  }
  if (specs.length > 0) onProgress?.({ stage: 'charts', lang, done: specs.length, total: specs.length });
  return { ...outline, input: { ...outline.input, charts } };
}

/**
 * The language with its charts not yet drawn (each an empty SVG): enough for a layout print, whose charts are
 * empty pictures of their size (see core/chapters/context.ts), and for the checks of what the page says.
 */
export function outlineLanguage(loaded: LoadedEdition, lang: Language, catalog: Catalog, settings: PageSettings): LanguageEdition {
  const { edition, reference, figures, data } = loaded;
  const locale = localeFor(lang, edition);
  const previous = loaded.previous?.figures;
  const specs = chartSpecs(figures, edition, reference, locale, catalog.charts, previous);
  const charts = specs.map((spec) => ({ spec, svg: '' }));
  return {
    lang,
    locale,
    catalog,
    specs,
    input: {
      edition,
      reference,
      figures,
      incidents: data.result.incidents,
      ...(previous ? { previousTotals: previous.totals } : {}),
      data: {
        file: data.name,
        rowsRead: data.result.rowsRead,
        rowsAccepted: data.result.rowsAccepted,
        rowsRejected: data.result.rowsRejected,
        fingerprint: data.fingerprint,
        rejected: data.rejected.map(({ line, id, reasons }) => ({ line, id, reasons })),
      },
      locale,
      catalog,
      charts,
      narrative: loaded.narrative[lang] ?? {},
      stylesheet: STYLESHEET_HREF,
      paper: settings.paper,
      ...(settings.bleedMm ? { bleedMm: settings.bleedMm } : {}),
      ...(settings.draft ? { draft: settings.draft } : {}),
      issued: edition.issued ?? (settings.date ?? new Date()).toISOString().slice(0, 10),
    },
  };
}
