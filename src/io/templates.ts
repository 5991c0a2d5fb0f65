// Reading templates/: the layout, its partials, the stylesheet and the string catalogs.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { messageSyntaxProblems, parseCatalog, type Catalog } from '../core/catalog.js';
import type { TemplateFile, TemplateSources } from '../core/html.js';
import type { Language } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { displayPath } from './paths.js';
import { readStructuredFile } from './structured-file.js';

export interface TemplateSet extends TemplateSources {
  dir: string;
  /** report.css, which finds the fonts relative to itself (../fonts/). */
  stylesheet: string;
}

export async function readTemplates(dir: string): Promise<TemplateSet> {
  const layout = await readTemplate(join(dir, 'report.hbs'));
  const partialsDir = join(dir, 'partials');
  const partials: Record<string, TemplateFile> = {};
  for (const name of (await readdir(partialsDir).catch(() => [])).filter((f) => f.endsWith('.hbs')).sort()) {
    partials[basename(name, '.hbs')] = await readTemplate(join(partialsDir, name));
  }
  return { dir, layout, partials, stylesheet: join(dir, 'report.css') };
}

/** The languages that have a string catalog in a templates folder. */
export async function catalogLanguages(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'i18n')).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

export async function readCatalog(dir: string, lang: Language): Promise<Catalog> {
  const path = join(dir, 'i18n', `${lang}.json`);
  const available = await catalogLanguages(dir);
  if (!available.includes(lang)) {
    throw new UserError(
      `there is no ${lang} edition yet: ${displayPath(path)} does not exist`,
      EXIT.usage,
      `Languages with a string catalog: ${available.join(', ') || 'none'}. A translator adds one by copying templates/i18n/en.json.`,
    );
  }
  const parsed = await readStructuredFile(path, { kind: 'a string catalog', exitCode: EXIT.template });
  const parsedCatalog = parseCatalog(parsed.value);
  const { catalog } = parsedCatalog;
  const problems = catalog ? messageSyntaxProblems(catalog, lang) : parsedCatalog.problems;
  if (!catalog || problems.length > 0) {
    throw new UserError(
      `the ${lang} string catalog ${parsed.file} ${catalog ? 'has messages that cannot be used' : 'is incomplete'}`,
      EXIT.template,
      catalog
        ? 'Fix the messages listed: they are ICU MessageFormat, e.g. {count, plural, one {# incident} other {# incidents}}.'
        : 'Add the strings listed; templates/i18n/en.json has every key.',
      problems.map((p) => {
        const line = parsed.lineOf(p.path);
        return `${parsed.file}${line ? `:${line}` : ''}: ${p.path.join('.') || '(catalog)'}: ${p.message}`;
      }),
    );
  }
  return catalog;
}

async function readTemplate(path: string): Promise<TemplateFile> {
  return { file: displayPath(path), text: await readText(path) };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${displayPath(path)} is missing`, EXIT.environment, 'Reinstall oic-report or pass --templates DIR.');
  }
}
