// `build`: an edition loaded once, then its targets: the PDF of each language (Chromium), the HTML edition
// (the same HTML, no browser) and the figures (figures.json, tables, chart files). Checks everything cheap
// (edition, catalogs, templates, browser) before the slow work, starts Chromium only when a target prints, and
// writes the PDFs only once every language has printed, so a failed build leaves no PDF of its own behind.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { annexIsCut, incidentListFileName } from '../core/annex.js';
import { compileReport } from '../core/html.js';
import { BUILD_FORMATS, DEFAULT_FORMATS, type BuildFormat } from './build-formats.js';
import type { Catalog } from '../core/catalog.js';
import type { Edition } from '../core/edition.js';
import type { Figures } from '../core/figures.js';
import type { Language } from '../core/incident.js';
import { formatProblem, unusableReason, type Problem } from '../core/validate.js';
import { buildReportView, type ReportView } from '../core/view-model.js';
import { EXIT, UserError } from '../errors.js';
import { closeBrowser, findBrowser, launchBrowser } from '../io/browser.js';
import { BuildCache } from '../io/build-cache.js';
import { ChartRenderer } from '../io/charts.js';
import { incidentsCsv, rejectedCsv } from '../io/csv-write.js';
import { locateEdition, readEdition } from '../io/edition-data.js';
import { writeHtmlAssets } from '../io/html-edition.js';
import { openOutFolder } from '../io/out-folder.js';
import { writeOutput } from '../io/output.js';
import { removeFolder, temporaryFolder } from '../io/temporary.js';
import { packagePath } from '../io/paths.js';
import { catalogLanguages, checkCatalog, readCatalog, readTemplates, usableCatalog, type TemplateSet } from '../io/templates.js';
import { missingValues } from '../core/checks/template-check.js';
import { checkFailure, fontProblems, referenceProblems, templateProblem } from './check.js';
import { drawCharts, outlineLanguage, type LanguageEdition, type PageSettings } from './edition-view.js';
import { loadEdition, type EditionData, type LoadedEdition } from './load-edition.js';
import { DEFAULT_OUT, PROJECT_OPTION_KEYS, projectOptionsSchema, type ProjectOptions } from './options.js';
import type { ProgressListener } from './progress.js';
import { refuseFieldsToFill, refuseStubs } from './readiness.js';
import { reportFileName, writeFigures, writeHtml, writePdfs, type BuildOutput } from './targets/outputs.js';
import { browserTimeout } from './targets/pdf.js';
import { evidenceAttachments } from './targets/pdf-evidence.js';
import { printEditions } from './targets/print-editions.js';

export { BUILD_FORMATS, DEFAULT_FORMATS, type BuildFormat };

/**
 * The project options (the same as the config file's and the flags', see app/options.ts) and what is particular
 * to one build.
 */
export interface BuildOptions extends ProjectOptions {
  year: number;
  /** A DRAFT watermark, and the build time and data fingerprint in every footer; printed untagged, quicker. */
  draft?: boolean;
  /** Build even if rows have errors: they are left out, listed in out/<year>/rejected.csv and the annex. */
  allowInvalid?: boolean;
  /** A final build even with narrative stubs: their chapters are left out, as unwritten ones are. */
  allowStubs?: boolean;
  /**
   * Reuse what the last build into the same out folder made of the same inputs (out/<year>/.cache: the loaded
   * data and figures, the charts, the settled page maps); default true. False reads, draws and lays out anew.
   */
  cache?: boolean;
  /** SOURCE_DATE_EPOCH and the browser variables are read from here; default process.env. */
  env?: NodeJS.ProcessEnv;
  onProgress?: ProgressListener;
}

export type { BuildOutput };
export { reportFileName };

export interface BuildResult {
  edition: Edition;
  outDir: string;
  outputs: BuildOutput[];
  data: EditionData;
  figures: Figures;
  warnings: Problem[];
  /** With allowInvalid and rows rejected: out/<year>/rejected.csv, and the errors that rejected them. */
  rejectedFile?: string;
  rejectedProblems?: Problem[];
  /** Whether Chromium was started (only a pdf target needs it). */
  browserStarted: boolean;
  /**
   * Seconds spent in each stage, in the order they started: the languages print side by side within "print", which
   * starts once the first language's charts are drawn, beside the drawing of the others ("charts"); with PDFs,
   * "figures" are written beside the printing too.
   */
  timings: Record<BuildStage, number>;
}

/** The stages a build's time is told in. */
export type BuildStage = 'checks' | 'data' | 'charts' | 'print' | 'html' | 'figures' | 'total';

const MAX_PROBLEMS_SHOWN = 20;

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const clock = stopwatch();
  const plan = await clock.time('checks', () => planBuild(options));
  const { project, formats, outDir, templates, template, fontsDir, languages } = plan;
  const progress = options.onProgress;
  const chrome = formats.has('pdf') ? findBrowser(project.chrome, plan.env) : undefined;
  // Written beside out/<year> and swapped in at the end (io/out-folder.ts): a failed build leaves the last output.
  const folder = await openOutFolder(outDir, plan.guards);
  const stage = folder.staging;
  // Chromium takes about a second to start: let it start while the data is read and the charts drawn.
  // Every call to the browser is bounded before the data is read: by the size of the incident file (a row is some
  // 800 bytes; 300 here, to be generous), or by --timeout. A print that stops answering ends the build.
  const browserStarting = chrome
    ? launchBrowser(chrome, { timeoutMs: browserTimeout(Math.ceil(plan.dataBytes / 300), project.timeout) })
    : undefined;
  browserStarting?.catch(() => {});
  let workDir: string | undefined;
  let figuresWriting: Promise<BuildOutput[]> | undefined;
  const cacheDir = join(outDir, '.cache');
  const cache = options.cache === false ? undefined : new BuildCache(cacheDir);
  try {
    workDir = await temporaryFolder('oic-report-');
    const loaded = await clock.time('data', () =>
      loadEdition({
        ...(cache ? { cache } : {}),
        year: options.year,
        data: plan.dataDir,
        keepIncidents: true,
        languages,
        ...(project.encoding ? { encoding: project.encoding } : {}),
        ...(project.threads ? { threads: project.threads } : {}),
        ...(progress ? { onProgress: progress } : {}),
      }),
    );
    if (loaded.errors.length > 0 && !options.allowInvalid) throw dataError(loaded.data, loaded.errors);
    // --allow-invalid leaves rejected rows out; a file none of whose rows can be used would print an empty report.
    const unusable = unusableReason(loaded.data.result);
    if (unusable) throw dataError(loaded.data, loaded.errors, { consequence: `${unusable}: no PDF was written, even with --allow-invalid`, hint: 'Fix the file as the problems listed say and build again.' });
    // Only the languages built: an English final may go out while the Arabic chapters are still being written.
    if (!options.draft && !options.allowStubs) refuseStubs(loaded.stubs.filter((s) => languages.includes(s.lang)), options.year);
    const rejectedFile = options.allowInvalid && loaded.data.rejected.length > 0 ? join(stage, 'rejected.csv') : undefined;
    if (rejectedFile) await writeOutput(rejectedFile, rejectedCsv(loaded.data.columns, loaded.data.rejected));
    const incidentList = await writeIncidentList(stage, loaded);

    const date = sourceDate(plan.env);
    const settings: PageSettings = {
      paper: project.paper ?? 'A4',
      ...(date ? { date } : {}),
      ...(project.bleed ? { bleedMm: project.bleed } : {}),
      ...(options.draft ? { draft: { builtAt: (date ?? new Date()).toISOString() } } : {}),
    };
    const renderer = new ChartRenderer(fontsDir, cache ? { cacheDir: join(cacheDir, 'charts') } : {});
    const outputs: BuildOutput[] = incidentList ? [incidentList] : [];
    const attachments = browserStarting && project.attachments !== false && !options.draft ? await evidenceAttachments(loaded) : undefined;
    const styles = cache ? await readFile(templates.stylesheet, 'utf8') : undefined;
    // Each language's charts are drawn in turn, once the layout prints are under way: they need only the charts'
    // sizes, and each language's final print follows as soon as its charts are drawn.
    const outlines = languages.map((lang, i) => outlineLanguage(loaded, lang, plan.catalogs[i]!, settings));
    const chartsStarted = performance.now();
    const preparing: Promise<LanguageEdition>[] = [];
    for (const [i, outline] of outlines.entries()) {
      const previous: Promise<unknown> = preparing[i - 1] ?? new Promise<void>((resolve) => setImmediate(resolve));
      preparing.push(previous.then(() => drawCharts(outline, renderer, progress)));
    }
    const ready = Promise.all(preparing).finally(() => clock.record('charts', chartsStarted));
    let printStarted = 0;
    const printing = browserStarting
      ? printEditions(
          {
            outlines,
            editions: preparing,
            check: (e) => checkViews(templates, [buildReportView(e.input)], fontsDir, loaded.editionDir),
            browser: browserStarting,
            // The folder the PDFs are printed from is the HTML edition, built in the work folder first.
            staging: writeHtmlAssets(join(workDir, 'html'), templates.stylesheet, fontsDir).then(() => join(workDir!, 'html')),
            settings: { ...settings, template, timeoutMs: browserTimeout(loaded.data.result.rowsAccepted, project.timeout), ...(cache ? { cache, styles } : {}), ...(date ? { date } : {}), ...(attachments ? { attachments } : {}) },
            onFirstPrint: () => (printStarted = performance.now()),
          },
          progress,
        )
      : undefined;
    // Whichever fails first is told; the other must not be an unhandled rejection meanwhile.
    printing?.catch(() => {});
    ready.catch(() => {});
    const editions = await ready;
    if (!printing) await checkViews(templates, editions.map((e) => buildReportView(e.input)), fontsDir, loaded.editionDir);
    // The charts' PNG copies are drawn in another thread while the browser prints, not after it, and the figures
    // written meanwhile: the end of the build is the Arabic PDF's finishing, on one core.
    else if (formats.has('figures')) {
      renderer.drawPngsAhead(editions.flatMap((e) => e.specs));
      figuresWriting = clock.beside('figures', () => writeFigures(stage, loaded, editions, renderer));
    }
    const printed = await printing;
    if (printed) {
      clock.record('print', printStarted);
      outputs.push(...(await writePdfs(stage, options.year, editions, printed)));
    }
    if (formats.has('html')) {
      const dir = join(stage, 'html');
      progress?.({ stage: 'html', file: folder.finalPath(dir) });
      outputs.push(...(await clock.time('html', () => writeHtml(dir, { stylesheet: templates.stylesheet, fontsDir }, options.year, editions, template, printed))));
    }
    if (formats.has('figures')) {
      progress?.({ stage: 'figures', file: outDir });
      outputs.push(...(await (figuresWriting ?? clock.time('figures', () => writeFigures(stage, loaded, editions, renderer)))));
    }
    await folder.commit([...outputs.map((o) => o.path), ...(rejectedFile ? [rejectedFile] : [])]);
    return {
      edition: plan.edition,
      outDir,
      outputs: outputs.map((o) => ({ ...o, path: folder.finalPath(o.path) })),
      data: loaded.data,
      figures: loaded.figures,
      warnings: loaded.warnings,
      ...(rejectedFile ? { rejectedFile: folder.finalPath(rejectedFile), rejectedProblems: loaded.errors } : {}),
      browserStarted: browserStarting !== undefined,
      timings: clock.timings(),
    };
  } finally {
    // A failed build removes its staging folder: nothing may still be writing into it.
    await figuresWriting?.catch(() => {});
    if (workDir) await removeFolder(workDir);
    await browserStarting?.then(closeBrowser).catch(() => {});
    await folder.close();
  }
}

/** The full list a limited annex names (see edition.json's annex.limit), beside the PDFs; nothing when none is cut. */
async function writeIncidentList(folder: string, loaded: LoadedEdition): Promise<BuildOutput | undefined> {
  const incidents = loaded.data.result.incidents;
  if (!annexIsCut(incidents, loaded.edition.annex?.limit)) return undefined;
  const path = join(folder, incidentListFileName(loaded.edition.year));
  const text = incidentsCsv(incidents);
  await writeOutput(path, text);
  return { format: 'figures', path, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}

/** What a build needs before any slow work: a wrong edition, language, catalog, template or option is told first. */
async function planBuild(options: BuildOptions) {
  const project = checkOptions(options);
  const dataDir = resolve(project.data ?? 'data');
  const templatesDir = resolve(project.templates ?? packagePath('templates'));
  const editionDir = await locateEdition(dataDir, options.year);
  const edition = await readEdition(editionDir);
  if (!options.draft) refuseFieldsToFill(edition, editionDir);
  const languages = project.languages ?? edition.languages;
  const catalogs = await readCatalogs(templatesDir, languages);
  const templates = await readTemplates(templatesDir);
  const dataBytes = (await stat(join(editionDir, 'incidents.csv')).catch(() => undefined))?.size ?? 0;
  return {
    dataBytes,
    guards: { data: dataDir, edition: editionDir, templates: [templatesDir, packagePath('templates')] },
    project,
    env: options.env ?? process.env,
    formats: new Set(project.formats ?? DEFAULT_FORMATS),
    dataDir,
    outDir: resolve((project.out ?? DEFAULT_OUT).replaceAll('{year}', String(options.year))),
    fontsDir: packagePath('fonts'),
    edition,
    languages,
    catalogs,
    templates,
    template: compileReport(templates),
  };
}

/** Seconds spent in each stage of a build. */
function stopwatch() {
  const started = performance.now();
  const spent: Partial<Record<BuildStage, number>> = {};
  return {
    async time<T>(stage: BuildStage, work: () => Promise<T>): Promise<T> {
      const start = performance.now();
      try {
        return await work();
      } finally {
        spent[stage] = Math.round(performance.now() - start) / 1000;
      }
    },
    /** A stage run beside others, its failure told when it is awaited (not as an unhandled rejection before). */
    beside<T>(stage: BuildStage, work: () => Promise<T>): Promise<T> {
      const running = this.time(stage, work);
      running.catch(() => {});
      return running;
    },
    /** A stage that ran beside others: its time from `start` (performance.now()) until now. */
    record(stage: BuildStage, start: number): void {
      spent[stage] = Math.round(performance.now() - start) / 1000;
    },
    timings: (): Record<BuildStage, number> => ({ checks: 0, data: 0, charts: 0, print: 0, html: 0, figures: 0, ...spent, total: Math.round(performance.now() - started) / 1000 }),
  };
}

/**
 * Each language's catalog against English as written: the same keys, the same arguments. English is the
 * reference: its own errors are told first, not as every other catalog's.
 */
export async function readCatalogs(templatesDir: string, languages: readonly Language[]): Promise<Catalog[]> {
  // English is read and checked once: its catalog is a language of its own and the reference of the others.
  const english = (await catalogLanguages(templatesDir)).includes('en') ? await checkCatalog(templatesDir, 'en') : undefined;
  const englishCatalog = english ? usableCatalog(english, 'en') : undefined;
  return Promise.all(languages.map((lang) => (lang === 'en' && englishCatalog ? englishCatalog : readCatalog(templatesDir, lang, english?.value))));
}

/**
 * Every value the templates print must be one the views have: a misspelt {{cover.titel}} stops here, at its line,
 * rather than printing a blank. A font that does not load is an error, never a silent fallback to another typeface.
 */
export async function checkViews(templates: TemplateSet, views: readonly ReportView[], fontsDir: string, editionDir: string): Promise<void> {
  const missing = [
    ...missingValues(templates, views).map(templateProblem),
    ...referenceProblems(editionDir, views),
    ...(await fontProblems(templates.stylesheet, fontsDir)),
  ];
  if (missing.length > 0) throw checkFailure(missing, formatProblem);
}

/** The library's callers get the config file's checks: a wrong value is a usage error naming the option. */
export function checkOptions(options: ProjectOptions): ProjectOptions {
  const checked = projectOptionsSchema.safeParse(Object.fromEntries(PROJECT_OPTION_KEYS.filter((k) => options[k] !== undefined).map((k) => [k, options[k]])));
  if (checked.success) return checked.data;
  throw new UserError(
    'the build options are not valid',
    EXIT.usage,
    'See the options of oic-report.config.json in the README.',
    checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  );
}

/** The rows with errors, listed; `outcome` says what they stop (a build's PDF, a preview's page). */
export function dataError(
  data: EditionData,
  errors: Problem[],
  outcome = { consequence: 'no PDF was written', hint: 'Fix the rows listed and build again.' },
): UserError {
  const shown = errors.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
  const counted = data.result.errors;
  if (counted > shown.length) shown.push(`… and ${counted - shown.length} more problems (oic-report validate lists them all)`);
  return new UserError(
    `${data.file} has ${plural(counted, 'error')} (${plural(data.result.rowsRejected, 'row')} rejected); ${outcome.consequence}`,
    EXIT.invalidData,
    outcome.hint,
    shown,
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sourceDate(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
