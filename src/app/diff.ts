// `diff`: what changed in an edition's figures since a build: incidents added, removed or changed (by id), and
// the totals by region, category and month. The base is a build folder (its figures.json and incident-index.csv),
// a figures.json alone (counts only), by default the edition's own output folder as the last build left it.
import { spreadsheetText } from '../core/text-safety.js';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { diffFigures, INDEX_COLUMNS, indexIncidents, type FiguresDiff, type IndexedIncident } from '../core/figures-diff.js';
import type { Figures } from '../core/figures.js';
import { EXIT, UserError } from '../errors.js';
import { incidentDigest, INDEX_FILE } from '../io/figures-output.js';
import { displayPath } from '../io/paths.js';
import { loadEdition } from './load-edition.js';
import { DEFAULT_OUT, type ProjectOptions } from './options.js';

export interface DiffOptions extends Pick<ProjectOptions, 'data' | 'out' | 'encoding'> {
  year: number;
  /** A build folder or a figures.json; default the edition's output folder (out/{year}). */
  base?: string;
}

export interface DiffResult extends FiguresDiff {
  year: number;
  /** The figures.json compared with, as messages name it. */
  base: string;
  /** Whether the base had an incident index (else incidents were not compared one by one). */
  byIncident: boolean;
}

export async function diffEdition(options: DiffOptions): Promise<DiffResult> {
  const folder = resolve(options.base ?? (options.out ?? DEFAULT_OUT).replaceAll('{year}', String(options.year)));
  const isFile = (await stat(folder).catch(() => undefined))?.isFile() ?? false;
  const figuresFile = isFile ? folder : join(folder, 'figures.json');
  const before = await readBase(figuresFile, isFile ? join(dirname(folder), INDEX_FILE) : join(folder, INDEX_FILE));
  const loaded = await loadEdition({ year: options.year, keepIncidents: true, previous: false, ...(options.data ? { data: options.data } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) });
  const after = { figures: loaded.figures, index: indexIncidents(loaded.data.result.incidents, incidentDigest) };
  return { year: options.year, base: displayPath(figuresFile), byIncident: before.index !== undefined, ...diffFigures(before, after) };
}

async function readBase(figuresFile: string, indexFile: string): Promise<{ figures: Figures; index?: IndexedIncident[] }> {
  const text = await readFile(figuresFile, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new UserError(
      `there is no build to compare with: ${displayPath(figuresFile)} does not exist`,
      EXIT.usage,
      'Build the edition once (oic-report build YEAR --format figures), or name a build folder or figures.json with --base.',
    );
  }
  let figures: Figures;
  try {
    figures = (JSON.parse(text) as { figures: Figures }).figures;
    if (!figures?.totals) throw new Error('no figures');
  } catch {
    throw new UserError(`${displayPath(figuresFile)} is not the figures.json of a build`, EXIT.usage, 'Name a build folder or its figures.json with --base.');
  }
  const index = await readFile(indexFile, 'utf8').then(
    (csv) => (parse(csv, { columns: true, skip_empty_lines: true }) as Record<(typeof INDEX_COLUMNS)[number], string>[]).map((r) => ({ ...r, id: spreadsheetText(r.id) })),
    () => undefined,
  );
  return { figures, ...(index ? { index } : {}) };
}
