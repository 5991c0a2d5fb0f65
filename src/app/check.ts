// `check`: what translators and editors change, checked before anything slow: every template problem at its
// file, line and column (syntax, partials, values the view model lacks), every catalog against English (keys,
// arguments, ICU, plural categories, what looks untranslated), the narrative, the reference tables, and the fonts
// the style sheet names. Also run by every build, whose errors stop it before a browser starts.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { missingValues } from '../core/checks/template-check.js';
import { templateProblems } from '../core/html.js';
import type { Language } from '../core/incident.js';
import type { Problem } from '../core/validate.js';
import { REFERENCE_KINDS, type ReferenceKind } from '../core/references.js';
import { buildReportView, type ReportView } from '../core/view-model.js';
import { EXIT, UserError, type TemplateError } from '../errors.js';
import { listEditions } from '../io/edition-data.js';
import { displayPath, packagePath } from '../io/paths.js';
import { catalogLanguages, checkCatalog, readTemplates, type CatalogCheck } from '../io/templates.js';
import { NO_CHARTS, prepareLanguage, type LanguageEdition } from './edition-view.js';
import { loadEdition, type LoadedEdition } from './load-edition.js';
import type { ProjectOptions } from './options.js';

export interface CheckOptions extends Pick<ProjectOptions, 'data' | 'templates' | 'encoding'> {
  /** The edition whose data the templates are rendered with; default the latest in the data folder. */
  year?: number;
}

export interface CheckResult {
  year?: number;
  problems: Problem[];
  errors: number;
  warnings: number;
}

export async function checkProject(options: CheckOptions = {}): Promise<CheckResult> {
  const templatesDir = resolve(options.templates ?? packagePath('templates'));
  const templates = await readTemplates(templatesDir);
  const syntax = templateProblems(templates).map(templateProblem);
  const problems: Problem[] = [...syntax, ...(await fontProblems(templates.stylesheet, packagePath('fonts')))];
  const catalogs = await checkCatalogs(templatesDir);
  problems.push(...catalogs.flatMap((c) => c.problems));
  const year = options.year ?? (await listEditions(resolve(options.data ?? 'data'))).at(-1);
  // The values the templates print are looked for once they parse: a view is made with each usable catalog.
  if (year !== undefined && syntax.length === 0) {
    const loaded = await loadEdition({ year, keepIncidents: true, ...(options.data ? { data: options.data } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) });
    for (const warning of loaded.warnings) if (warning.file !== loaded.data.file) problems.push(warning);
    const editions = await viewsOf(loaded, catalogs);
    const views = draftAndFinal(editions);
    problems.push(...missingValues(templates, views).map(templateProblem), ...referenceProblems(loaded.editionDir, views));
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ...(year !== undefined ? { year } : {}), problems, errors, warnings: problems.length - errors };
}

/** Every catalog of the templates folder, English first, the others against it. */
async function checkCatalogs(dir: string): Promise<(CatalogCheck & { lang: Language })[]> {
  const languages = (await catalogLanguages(dir)) as Language[];
  const english = languages.includes('en') ? await checkCatalog(dir, 'en') : undefined;
  const others = await Promise.all(languages.filter((l) => l !== 'en').map(async (lang) => ({ lang, ...(await checkCatalog(dir, lang, english?.value)) })));
  return [...(english ? [{ lang: 'en' as const, ...english }] : []), ...others];
}

/** The edition's languages that have a usable catalog, prepared without drawing their charts. */
async function viewsOf(loaded: LoadedEdition, catalogs: readonly (CatalogCheck & { lang: Language })[]): Promise<LanguageEdition[]> {
  const editions: LanguageEdition[] = [];
  for (const lang of loaded.edition.languages) {
    const checked = catalogs.find((c) => c.lang === lang);
    const usable = checked?.catalog && checked.problems.every((p) => p.severity !== 'error');
    if (usable) editions.push(await prepareLanguage(loaded, lang, checked.catalog!, NO_CHARTS, { paper: 'A4' }));
  }
  return editions;
}

/** Each language as printed and as a draft: a template's draft-only branches are read too. */
export function draftAndFinal(editions: readonly LanguageEdition[]): ReportView[] {
  return editions.flatMap((e) => [
    buildReportView({ ...e.input, pages: {} }),
    buildReportView({ ...e.input, draft: { builtAt: '2000-01-01T00:00:00.000Z' } }),
  ]);
}

/**
 * Every @font-face of the style sheet must name a font file that is there and is a font. The page is printed from
 * a folder where the style sheet is assets/report.css and the fonts are in fonts/ (io/html-edition.ts), so
 * ../fonts/ is oic-report's fonts folder wherever the templates are; another path is the style sheet's own.
 */
export async function fontProblems(stylesheet: string, fontsDir: string): Promise<Problem[]> {
  const css = await readFile(stylesheet, 'utf8').catch(() => '');
  const problems: Problem[] = [];
  for (const match of css.matchAll(/url\(\s*['"]?([^'")]+\.(?:ttf|otf|woff2?))['"]?\s*\)/gi)) {
    const url = match[1]!;
    const path = url.startsWith('../fonts/') ? join(fontsDir, url.slice('../fonts/'.length)) : resolve(dirname(stylesheet), url);
    const head = await readFile(path).then((b) => b.subarray(0, 4), () => undefined);
    const line = css.slice(0, match.index).split('\n').length;
    const font = head && ['00010000', '74727565', '4f54544f', '774f4646', '774f4632'].includes(head.toString('hex'));
    if (!font) {
      problems.push({
        severity: 'error',
        kind: 'font',
        file: displayPath(stylesheet),
        line,
        message: head ? `names ${displayPath(path)}, which is not a font file` : `names ${displayPath(path)}, which does not exist: the PDF would fall back to another font`,
      });
    }
  }
  return problems;
}

/** A reference of the narrative ([[figure:id]]) to nothing the edition has, at its Markdown file, once per language. */
export function referenceProblems(editionDir: string, views: readonly ReportView[]): Problem[] {
  const seen = new Set<string>();
  return views.flatMap((view) =>
    view.unresolvedReferences.flatMap(({ section, reference, known }) => {
      const file = displayPath(join(editionDir, 'narrative', view.lang, `${section}.md`));
      if (seen.has(`${file}\u0000${reference}`)) return [];
      seen.add(`${file}\u0000${reference}`);
      const kind = /^\[\[([A-Za-z]*):/.exec(reference)?.[1] ?? '';
      const message = REFERENCE_KINDS.includes(kind as ReferenceKind)
        ? `${reference} refers to no ${kind} of the ${view.lang} edition; ${known.length > 0 ? `its ${kind} ids are: ${known.join(', ')}` : `it has no ${kind}`}`
        : `${reference} is not a reference: write [[figure:id]], [[table:id]] or [[chapter:id]]`;
      return [{ severity: 'error' as const, kind: 'unknown_reference', file, message }];
    }),
  );
}

export function templateProblem(error: TemplateError): Problem {
  const { file, line, column } = error.position;
  return { severity: 'error', kind: 'template', file, ...(line ? { line } : {}), ...(column ? { column } : {}), message: `${error.reason}${error.excerpt ? ` (${error.excerpt.trim()})` : ''}` };
}

/** The errors of a check as one failure, for a build that must not go on (exit 4). */
export function checkFailure(problems: readonly Problem[], format: (p: Problem) => string): UserError {
  const errors = problems.filter((p) => p.severity === 'error');
  return new UserError(
    `the templates or catalogs have ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built`,
    EXIT.template,
    'Fix the places listed (oic-report check lists every problem, warnings too) and build again.',
    errors.map(format),
  );
}
