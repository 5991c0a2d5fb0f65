// What a live preview holds between two saves: the loaded edition, the compiled templates, the catalog and the
// prepared language, and the page made from them. A change redoes only what depends on the files changed: a
// template, catalog or style sheet re-renders from the loaded edition; a data file reloads the edition. What
// fails stays to be redone, so the page comes back once the file is fixed, whatever was saved meanwhile.
import { isAbsolute, join, relative } from 'node:path';
import type { Catalog } from '../core/catalog.js';
import { compileReport, type ReportTemplate } from '../core/html.js';
import type { Language } from '../core/incident.js';
import type { Paper } from '../core/page-style.js';
import { errorPage, previewPage } from '../core/preview-page.js';
import { buildReportView } from '../core/view-model.js';
import { ChartRenderer } from '../io/charts.js';
import type { Encoding } from '../io/encoding.js';
import { readTemplates, templatePath, type TemplateSet } from '../io/templates.js';
import { checkViews, dataError, readCatalogs } from './build.js';
import { prepareLanguage, type LanguageEdition } from './edition-view.js';
import { loadEdition, type LoadedEdition } from './load-edition.js';
import type { PrintJob } from './preview-printer.js';
import { SerialRunner } from './serial.js';

/** What a saved file asks to redo: in the order they are redone. */
export const PREVIEW_CHANGES = ['templates', 'catalog', 'style', 'data'] as const;
export type PreviewChange = (typeof PREVIEW_CHANGES)[number];

export interface SessionSettings {
  year: number;
  lang: Language;
  dataDir: string;
  editionDir: string;
  templatesDir: string;
  fontsDir: string;
  paper: Paper;
  encoding?: Encoding;
  threads?: number;
  allowInvalid?: boolean;
}

export interface Refreshed {
  version: number;
  changed: PreviewChange[];
  files: string[];
  /** From the batch of changes to the page made, in ms. */
  ms: number;
  /** Why there is no report to show, when there is none. */
  error?: unknown;
}

const DATA_FILE = /\.(json|csv|md|ya?ml)$/i;

export class PreviewSession {
  version = 0;
  page: { status: number; html: string } = { status: 503, html: '' };
  error: unknown;
  private readonly dirty = new Set<PreviewChange>(PREVIEW_CHANGES);
  private readonly pending = { changes: new Set<PreviewChange>(), files: [] as string[] };
  private readonly runner = new SerialRunner(() => this.refreshPending());
  private readonly renderer: ChartRenderer;
  private templates: TemplateSet | undefined;
  private template: ReportTemplate | undefined;
  /** report.css of the templates folder, or the shipped one beneath a folder that has none. */
  private stylesheetPath: string;
  private catalog: Catalog | undefined;
  private loaded: LoadedEdition | undefined;
  private language: LanguageEdition | undefined;

  constructor(
    readonly settings: SessionSettings,
    private readonly onRefreshed: (refreshed: Refreshed) => void = () => {},
  ) {
    // One renderer for the session: a chart whose spec did not change is not drawn again.
    this.renderer = new ChartRenderer(settings.fontsDir);
    this.stylesheetPath = join(settings.templatesDir, 'report.css');
  }

  get stylesheet(): string {
    return this.stylesheetPath;
  }

  /** The folders whose files make the page. */
  watched(referenceDir: string | undefined): string[] {
    return [this.settings.templatesDir, this.settings.editionDir, ...(referenceDir ? [referenceDir] : [])];
  }

  /** What a saved file asks to redo, or undefined when the page does not depend on it. */
  classify(file: string): PreviewChange | undefined {
    const { templatesDir, editionDir, dataDir, lang } = this.settings;
    const inTemplates = inside(templatesDir, file);
    if (inTemplates !== undefined) {
      if (inTemplates === 'report.css') return 'style';
      // This page's catalog, and English's, which every other is checked against; not a third language's.
      if (inTemplates.startsWith('i18n/')) return [`i18n/${lang}.json`, 'i18n/en.json'].includes(inTemplates) ? 'catalog' : undefined;
      return inTemplates.endsWith('.hbs') ? 'templates' : undefined;
    }
    const inData = inside(editionDir, file) ?? inside(join(dataDir, 'reference'), file);
    return inData !== undefined && DATA_FILE.test(file) ? 'data' : undefined;
  }

  /** Redoes what the changes ask, after any refresh under way; resolves once the page is made. */
  request(changes: Iterable<PreviewChange>, files: string[] = []): Promise<void> {
    for (const change of changes) this.pending.changes.add(change);
    this.pending.files.push(...files);
    return this.runner.run();
  }

  /** The newest report, for the draft PDF; none while the page shows an error. */
  printJob(): PrintJob | undefined {
    if (this.error !== undefined || !this.language || !this.template) return undefined;
    return { version: this.version, language: this.language, template: this.template, stylesheet: this.stylesheet };
  }

  private async refreshPending(): Promise<void> {
    const started = performance.now();
    const changed = PREVIEW_CHANGES.filter((c) => this.pending.changes.has(c));
    const files = this.pending.files;
    this.pending.changes.clear();
    this.pending.files = [];
    for (const change of changed) this.dirty.add(change);
    const version = ++this.version;
    try {
      const html = await this.render();
      this.error = undefined;
      this.page = { status: 200, html: previewPage(html, version, this.settings.paper) };
    } catch (error) {
      this.error = error;
      this.page = { status: 500, html: errorPage(error, version) };
    }
    const ms = performance.now() - started;
    this.onRefreshed({ version, changed, files, ms, ...(this.error !== undefined ? { error: this.error } : {}) });
  }

  /** The report's HTML, redoing each dirty part; a part that throws stays dirty. The same checks as a build's. */
  private async render(): Promise<string> {
    const s = this.settings;
    if (this.dirty.has('templates')) {
      this.templates = await readTemplates(s.templatesDir);
      this.template = compileReport(this.templates);
      this.stylesheetPath = this.templates.stylesheet;
      this.dirty.delete('templates');
    }
    if (this.dirty.has('catalog')) {
      [this.catalog] = await readCatalogs(s.templatesDir, [s.lang]);
      this.language = undefined;
      this.dirty.delete('catalog');
    }
    // The style sheet is linked, not inlined: the page is the same, but for where a new one is found.
    if (this.dirty.has('style')) {
      this.stylesheetPath = await templatePath(s.templatesDir, 'report.css');
      this.templates = { ...this.templates!, stylesheet: this.stylesheetPath };
      this.dirty.delete('style');
    }
    if (this.dirty.has('data')) {
      this.loaded = await loadEdition({
        year: s.year,
        data: s.dataDir,
        keepIncidents: true,
        languages: [s.lang],
        ...(s.encoding ? { encoding: s.encoding } : {}),
        ...(s.threads ? { threads: s.threads } : {}),
      });
      this.language = undefined;
      this.dirty.delete('data');
    }
    const loaded = this.loaded!;
    if (loaded.errors.length > 0 && !s.allowInvalid) {
      throw dataError(loaded.data, loaded.errors, { consequence: 'the report cannot be previewed', hint: 'Fix the rows listed and save the file.' });
    }
    this.language ??= await prepareLanguage(loaded, s.lang, this.catalog!, this.renderer, { paper: s.paper });
    const view = buildReportView(this.language.input);
    await checkViews(this.templates!, [view], s.fontsDir, loaded.editionDir);
    return this.template!.render(view);
  }
}

/** The path of a file relative to a folder it is inside, with / between its parts; undefined if outside. */
function inside(dir: string, file: string): string | undefined {
  const path = relative(dir, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path.split('\\').join('/') : undefined;
}
