// Reading templates/: the layout, its partials, the stylesheet and the string catalogs. A templates folder given
// with --templates is an overlay: it holds only the files a translator changed (one catalog, the style sheet, a
// partial), and every other file is the shipped one, file by file.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { messageSyntaxProblems, parseCatalog, type Catalog } from '../core/catalog.js';
import { compareCatalogs } from '../core/checks/catalog-check.js';
import { formatProblem, type Problem } from '../core/validate.js';
import type { TemplateFile, TemplateSources } from '../core/html.js';
import type { Language } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { displayPath, packagePath } from './paths.js';
import { readStructuredFile, type StructuredFile } from './structured-file.js';
import { openRegularFile, readRegularText } from './safe-read.js';

export interface TemplateSet extends TemplateSources {
  dir: string;
  /** report.css, which finds the fonts relative to itself (../fonts/). */
  stylesheet: string;
}

const SHIPPED = packagePath('templates');

/** The folders a file is looked for in: the overlay, then the shipped templates. */
const foldersOf = (dir: string) => (resolve(dir) === resolve(SHIPPED) ? [dir] : [dir, SHIPPED]);

/** Where a templates file is: in the overlay when it holds one, else the shipped one. */
export async function templatePath(dir: string, relative: string): Promise<string> {
  for (const folder of foldersOf(dir)) {
    const path = join(folder, relative);
    if (await stat(path).then((s) => s.isFile(), () => false)) return path;
  }
  return join(dir, relative);
}

/** The file names of a sub-folder across the overlay and the shipped templates. */
async function namesIn(dir: string, sub: string, extension: string): Promise<string[]> {
  const names = new Set<string>();
  for (const folder of foldersOf(dir)) {
    for (const f of await readdir(join(folder, sub)).catch(() => [] as string[])) if (f.endsWith(extension)) names.add(basename(f, extension));
  }
  return [...names].sort();
}

export async function readTemplates(dir: string): Promise<TemplateSet> {
  if (!(await readdir(dir).then(() => true, () => false))) {
    throw new UserError(`the templates folder ${displayPath(dir)} does not exist`, EXIT.usage, 'Give --templates a folder holding the files you changed; the others are the shipped ones.');
  }
  const layout = await readTemplate(await templatePath(dir, 'report.hbs'));
  const partials: Record<string, TemplateFile> = {};
  for (const name of await namesIn(dir, 'partials', '.hbs')) partials[name] = await readTemplate(await templatePath(dir, `partials/${name}.hbs`));
  const stylesheet = await templatePath(dir, 'report.css');
  // Chromium reads the style sheet itself: it is checked here as the templates are (a regular file, not a link out).
  await (await openRegularFile(stylesheet, { within: dirname(stylesheet), missingHint: 'Reinstall oic-report or pass --templates DIR.' })).handle.close();
  return { dir, layout, partials, stylesheet };
}

/** The languages that have a string catalog in a templates folder (or the shipped one beneath it). */
export async function catalogLanguages(dir: string): Promise<string[]> {
  return namesIn(dir, 'i18n', '.json');
}

/** A catalog and its problems, each at its file, line and key; errors and warnings (untranslated strings). */
export interface CatalogCheck {
  catalog?: Catalog;
  /** The catalog as written, for comparing another language's with it. */
  value?: unknown;
  file: string;
  problems: Problem[];
}

/**
 * Reads a language's catalog and checks it: JSON, the keys the report needs, ICU messages with the language's
 * plural categories, and with `reference` (English, as written) the same keys and arguments as it has.
 */
export async function checkCatalog(dir: string, lang: Language, reference?: unknown): Promise<CatalogCheck> {
  const path = await templatePath(dir, `i18n/${lang}.json`);
  const available = await catalogLanguages(dir);
  if (!available.includes(lang)) {
    throw new UserError(
      `there is no ${lang} edition yet: ${displayPath(path)} does not exist`,
      EXIT.usage,
      `Languages with a string catalog: ${available.join(', ') || 'none'}. A translator adds one by copying templates/i18n/en.json.`,
    );
  }
  let parsed: StructuredFile;
  try {
    parsed = await readStructuredFile(path, { kind: 'a string catalog', exitCode: EXIT.template });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const at = /^.+?:(\d+):(\d+): (.*)$/.exec(error.details[0] ?? '');
    return {
      file: displayPath(path),
      problems: [{ severity: 'error', kind: 'catalog_syntax', file: displayPath(path), ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}), message: at?.[3] ?? error.message }],
    };
  }
  const at = (key: (string | number)[], severity: Problem['severity'], kind: string, message: string): Problem => {
    const line = parsed.lineOf(key);
    return { severity, kind, file: parsed.file, ...(line ? { line } : {}), field: key.join('.') || '(catalog)', message };
  };
  const { catalog, problems: schema } = parseCatalog(parsed.value);
  const problems = schema.map((p) => at(p.path, 'error', 'catalog_key', p.message));
  if (catalog && reference === undefined) problems.push(...messageSyntaxProblems(catalog, lang).map((p) => at(p.path, 'error', 'message_syntax', p.message)));
  if (reference !== undefined) {
    // A key the schema already says is missing is not told twice.
    const told = new Set(problems.map((p) => p.field));
    const compared = compareCatalogs(reference, parsed.value, lang).filter((f) => !(/^(missing|extra)_key$/.test(f.kind) && told.has(f.path.join('.'))));
    problems.push(...compared.map((f) => at(f.path, f.severity, f.kind, f.message)));
  }
  return { ...(catalog ? { catalog } : {}), value: parsed.value, file: parsed.file, problems };
}

/** A language's catalog, or a template error (exit 4) listing every error of it, at its file, line and key. */
export async function readCatalog(dir: string, lang: Language, reference?: unknown): Promise<Catalog> {
  return usableCatalog(await checkCatalog(dir, lang, reference), lang);
}

/** A checked catalog, or a template error (exit 4) listing every error of it. */
export function usableCatalog(checked: CatalogCheck, lang: Language): Catalog {
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (!checked.catalog || errors.length > 0) {
    throw new UserError(
      `the ${lang} string catalog ${checked.file} ${checked.catalog ? 'has messages that cannot be used' : 'is incomplete or unreadable'}`,
      EXIT.template,
      checked.catalog
        ? 'Fix the messages listed: they are ICU MessageFormat, e.g. {count, plural, one {# incident} other {# incidents}}.'
        : 'Add the strings listed; templates/i18n/en.json has every key.',
      errors.map(formatProblem),
    );
  }
  return checked.catalog;
}

async function readTemplate(path: string): Promise<TemplateFile> {
  return { file: displayPath(path), text: await readText(path) };
}

async function readText(path: string): Promise<string> {
  try {
    return await readRegularText(path, { within: dirname(path) });
  } catch (error) {
    if (error instanceof UserError && !error.message.startsWith('there is no file')) throw error;
    throw new UserError(`${displayPath(path)} is missing`, EXIT.environment, 'Reinstall oic-report or pass --templates DIR.');
  }
}
