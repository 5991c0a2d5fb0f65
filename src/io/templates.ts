// Reading templates/: the layout, its partials, the stylesheet and the string catalogs.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCatalog, type Catalog } from '../core/catalog.js';
import type { TemplateSources } from '../core/html.js';
import type { Language } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { displayPath } from './paths.js';

export interface TemplateSet extends TemplateSources {
  dir: string;
  /** file:// URL of report.css, which finds the fonts relative to itself. */
  stylesheetUrl: string;
}

export async function readTemplates(dir: string): Promise<TemplateSet> {
  const layout = await readText(join(dir, 'report.hbs'));
  const partialsDir = join(dir, 'partials');
  const partials: Record<string, string> = {};
  for (const name of (await readdir(partialsDir).catch(() => [])).filter((f) => f.endsWith('.hbs'))) {
    partials[basename(name, '.hbs')] = await readText(join(partialsDir, name));
  }
  return { dir, layout, partials, stylesheetUrl: pathToFileURL(join(dir, 'report.css')).href };
}

export async function readCatalog(dir: string, lang: Language): Promise<Catalog> {
  const path = join(dir, 'i18n', `${lang}.json`);
  const available = (await readdir(join(dir, 'i18n')).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'));
  if (!available.includes(lang)) {
    throw new UserError(
      `there is no ${lang} edition yet: ${displayPath(path)} does not exist`,
      EXIT.usage,
      `Languages with a string catalog: ${available.join(', ') || 'none'}. A translator adds one by copying templates/i18n/en.json.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${displayPath(path)} is not valid JSON: ${(error as Error).message}`, EXIT.environment);
  }
  const { catalog, problems } = parseCatalog(json);
  if (!catalog) {
    throw new UserError(
      `the ${lang} string catalog ${displayPath(path)} is incomplete`,
      EXIT.environment,
      'Add the strings listed; templates/i18n/en.json has every key.',
      problems.map((p) => `${displayPath(path)}: ${p}`),
    );
  }
  return catalog;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${displayPath(path)} is missing`, EXIT.environment, 'Reinstall oic-report or pass --templates DIR.');
  }
}
