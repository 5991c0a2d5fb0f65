// The build of one edition, end to end: read and validate the data, compute the figures, then for each
// language render the charts, fill the templates and print the PDF. Returns what it did; the CLI prints it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Edition } from './core/edition.js';
import { computeFigures, type Figures } from './core/figures.js';
import type { Language } from './core/incident.js';
import type { Paper } from './core/page-style.js';
import type { PrintedPdf } from './core/pdf-finish.js';
import type { Reference } from './core/reference.js';
import { formatProblem, validateIncidentStream, type Problem, type RejectedRow } from './core/validate.js';
import type { DataSummary } from './core/view-model.js';
import { EXIT, UserError } from './errors.js';
import { findBrowser, launchBrowser } from './io/browser.js';
import { ChartRenderer } from './io/charts.js';
import { exists, locateEdition, openIncidentFile, readEdition, readReference } from './io/edition-data.js';
import { rejectedCsv } from './io/csv-write.js';
import type { Encoding } from './io/encoding.js';
import { writeFiguresOutput } from './io/figures-output.js';
import { writeOutput } from './io/output.js';
import { displayPath, packagePath } from './io/paths.js';
import { readNarrative } from './io/narrative.js';
import { printEdition, type PrintSettings } from './print-edition.js';
import { readCatalog, readTemplates } from './io/templates.js';

export interface BuildOptions {
  year: number;
  /** Folder holding one sub-folder per edition year; default ./data. */
  dataDir: string;
  /** Default ./out/<year>. */
  outDir?: string;
  /** Default: the edition's languages. */
  languages?: Language[];
  chrome?: string;
  templatesDir?: string;
  paper?: Paper;
  /** Bleed around the trim for a print shop, in mm; adds trim and bleed boxes and crop marks. */
  bleedMm?: number;
  /** A DRAFT watermark, and the build time and data fingerprint in every footer; printed untagged, quicker. */
  draft?: boolean;
  /** Build even if rows have errors: they are left out, listed in out/<year>/rejected.csv and the annex. */
  allowInvalid?: boolean;
  /** Encoding of incidents.csv when it has no byte order mark (default UTF-8). */
  encoding?: Encoding;
  env?: NodeJS.ProcessEnv;
}

export interface BuildOutput {
  lang: Language;
  path: string;
  pages: number;
  bytes: number;
}

export interface BuildResult {
  edition: Edition;
  outputs: BuildOutput[];
  data: DataSummary;
  figures: Figures;
  warnings: Problem[];
  /** With --allow-invalid and rows rejected: out/<year>/rejected.csv, and the errors that rejected them. */
  rejectedFile?: string;
  rejectedProblems?: Problem[];
}

export type Progress = (message: string) => void;

const MAX_PROBLEMS_SHOWN = 20;

export function reportFileName(year: number, lang: Language): string {
  return `oic-islamophobia-report-${year}-${lang}.pdf`;
}

export async function buildReport(options: BuildOptions, progress: Progress = () => {}): Promise<BuildResult> {
  const env = options.env ?? process.env;
  const dataDir = resolve(options.dataDir);
  const editionDir = await locateEdition(dataDir, options.year);
  const templatesDir = resolve(options.templatesDir ?? packagePath('templates'));
  const fontsDir = packagePath('fonts');
  const outDir = resolve(options.outDir ?? join('out', String(options.year)));

  const edition = await readEdition(editionDir);
  const languages = options.languages ?? edition.languages;
  // Catalogs first: a language without one is a usage error, found before any slow work starts.
  const catalogs = await Promise.all(languages.map((lang) => readCatalog(templatesDir, lang)));
  const browserPath = findBrowser(options.chrome, env);
  // Chromium takes about a second to start: let it start while the data is read and the charts drawn.
  const browserStarting = launchBrowser(browserPath);
  browserStarting.catch(() => {});

  try {
    progress(`Reading ${displayPath(join(editionDir, 'incidents.csv'))}`);
    const reference = await readReference(dataDir);
    const current = await readValidated(editionDir, edition, reference, options.encoding ? { encoding: options.encoding } : {});
    if (current.errors.length > 0 && !options.allowInvalid) throw dataError(current.data.file, current.errors, current.data.rowsRejected);
    const rejectedFile = options.allowInvalid && current.rejected.length > 0 ? await writeRejected(outDir, current) : undefined;
    const figures = computeFigures(current.incidents, edition, reference);
    const previous = await previousEditionFigures(dataDir, options.year, reference);

    const templates = await readTemplates(templatesDir);
    const narrative = await readNarrative(editionDir, languages, reference.regions.map((r) => r.code));
    const charts = new ChartRenderer(fontsDir, { cacheDir: join(outDir, '.cache', 'charts') });
    const workDir = await mkdtemp(join(tmpdir(), 'oic-report-'));
    const outputs: BuildOutput[] = [];
    try {
      const settings: PrintSettings = {
        browser: await browserStarting,
        charts,
        templates,
        assetFolders: [templatesDir, fontsDir],
        workDir,
        paper: options.paper ?? 'A4',
        ...(options.bleedMm ? { bleedMm: options.bleedMm } : {}),
        ...(options.draft ? { draft: { builtAt: (sourceDate(env) ?? new Date()).toISOString() } } : {}),
        ...(sourceDate(env) ? { date: sourceDate(env) } : {}),
      };
      const content = {
        edition,
        reference,
        figures,
        incidents: current.incidents,
        ...(previous ? { previousTotals: previous.totals, previous } : {}),
        data: current.data,
      };
      // The languages print side by side: each page of the browser lays out in its own process.
      const printed = await Promise.all(
        languages.map(async (lang, i) => {
          const catalog = catalogs[i]!;
          return print(() => printEdition(content, lang, catalog, narrative.byLanguage[lang] ?? {}, settings, progress));
        }),
      );
      // Written only once every language has printed: a failed build leaves no PDF of this run behind.
      for (const [i, lang] of languages.entries()) {
        const pdf = printed[i]!;
        const path = join(outDir, reportFileName(edition.year, lang));
        await writeOutput(path, pdf.bytes);
        outputs.push({ lang, path, pages: pdf.pages, bytes: pdf.bytes.length });
      }
      progress(`Writing figures, tables and charts into ${displayPath(outDir)}`);
      await writeFiguresOutput({ outDir, edition, reference, figures, ...(previous ? { previous } : {}), languages, templatesDir, charts });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    return {
      edition,
      outputs,
      data: current.data,
      figures,
      warnings: [...current.warnings, ...narrative.problems],
      ...(rejectedFile ? { rejectedFile, rejectedProblems: current.errors } : {}),
    };
  } finally {
    await browserStarting.then((b) => b.close()).catch(() => {});
  }
}

async function readValidated(editionDir: string, edition: Edition, reference: Reference, options: { encoding?: Encoding } = {}) {
  const source = await openIncidentFile(join(editionDir, 'incidents.csv'), options);
  const rejected: RejectedRow[] = [];
  const result = await validateIncidentStream(source.file, source.columns, source.records, edition, reference, {
    onRejected: (row) => rejected.push(row),
  });
  const data: DataSummary = {
    file: source.file,
    rowsRead: result.rowsRead,
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
    fingerprint: source.fingerprint(),
    rejected: rejected.map(({ line, id, reasons }) => ({ line, id, reasons })),
  };
  return {
    incidents: result.incidents,
    data,
    columns: source.columns,
    rejected,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
  };
}

/** out/<year>/rejected.csv: each rejected row with its original columns, its line and why it was rejected. */
async function writeRejected(outDir: string, current: Awaited<ReturnType<typeof readValidated>>): Promise<string> {
  const path = join(outDir, 'rejected.csv');
  await writeOutput(path, rejectedCsv(current.columns, current.rejected));
  return path;
}

/** The previous edition's figures, for the changes the summary and charts show; none if its data has errors. */
async function previousEditionFigures(dataDir: string, year: number, reference: Reference) {
  const dir = join(dataDir, String(year - 1));
  if (!(await exists(join(dir, 'edition.json')))) return undefined;
  const edition = await readEdition(dir);
  const previous = await readValidated(dir, edition, reference);
  if (previous.errors.length > 0) return undefined;
  return computeFigures(previous.incidents, edition, reference);
}

function dataError(file: string, errors: Problem[], rowsRejected: number): UserError {
  const shown = errors.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
  if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more problems`);
  return new UserError(
    `${file} has ${plural(errors.length, 'error')} (${plural(rowsRejected, 'row')} rejected); no PDF was written`,
    EXIT.invalidData,
    'Fix the rows listed and build again.',
    shown,
  );
}

async function print(printing: () => Promise<PrintedPdf>): Promise<PrintedPdf> {
  try {
    return await printing();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Chromium failed while printing: ${(error as Error).message.split('\n')[0]}`,
      EXIT.environment,
      'Try again; if it keeps failing, point --chrome at another Chromium.',
    );
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sourceDate(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
