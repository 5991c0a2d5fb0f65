// One way to load an edition, for every command, the bench and the tests: locate its folder, read edition.json
// and the reference tables, read, decode and validate incidents.csv (on every core when it is large), count the
// figures, and read the previous edition and the narrative. Returns one value; nothing here prints.
import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Edition } from '../core/edition.js';
import type { Figures } from '../core/figures.js';
import type { Language } from '../core/incident.js';
import type { Reference } from '../core/reference.js';
import type { Problem, RejectedRow, ValidationResult } from '../core/validate.js';
import { UserError } from '../errors.js';
import { codeVersion, hashParts, hashTree, type BuildCache } from '../io/build-cache.js';
import { exists, locateEdition, readEdition, readReference } from '../io/edition-data.js';
import type { Encoding } from '../io/encoding.js';
import { readNarrative, type Narrative, type NarrativeStub } from '../io/narrative.js';
import { displayPath, packagePath } from '../io/paths.js';
import { validateIncidentFile } from '../io/validate-file.js';
import type { ProgressListener } from './progress.js';
import { toFillProblems } from './readiness.js';

export interface LoadEditionOptions {
  year: number;
  /** Folder holding one sub-folder per edition; default ./data. */
  data?: string;
  /** Encoding of incidents.csv when it has no byte order mark; default UTF-8. */
  encoding?: Encoding;
  /** Threads to read a large file with; default one per core for a file over 160 MB. */
  threads?: number;
  /** Keep every accepted incident and rejected row (a build's annexes list them); validate only counts. */
  keepIncidents?: boolean;
  /** At most this many problems of each kind are kept; every one is counted. */
  maxProblemsPerKind?: number;
  /** Languages whose narrative is read; default the edition's. */
  languages?: readonly Language[];
  /** Read the previous edition for the comparisons (default true). */
  previous?: boolean;
  /** Today, YYYY-MM-DD, for the "date in the future" warning. */
  today?: string;
  onProgress?: ProgressListener;
  /**
   * Where the loaded edition of the same inputs is kept (a build's out/.cache): keyed by the bytes of every file
   * read and by the code that reads them, so a template-only rebuild neither validates nor counts again.
   */
  cache?: BuildCache;
}

export interface EditionData {
  /** The incident file as messages name it (relative to the working folder when inside it). */
  file: string;
  /** The same file as the document names it: relative to the data folder, the same on every machine. */
  name: string;
  columns: string[];
  encoding?: Encoding;
  bytes: number;
  threads: number;
  /** SHA-256 of the file's bytes (with keepIncidents; validate does not hash). */
  fingerprint: string;
  result: ValidationResult;
  /** With keepIncidents: the rejected rows with their cells and reasons. */
  rejected: RejectedRow[];
}

export interface OpenedEdition {
  year: number;
  dataDir: string;
  editionDir: string;
  edition: Edition;
  reference: Reference;
}

export interface LoadedEdition extends OpenedEdition {
  data: EditionData;
  /** The accepted incidents counted: the same whether incidents were kept or not. */
  figures: Figures;
  /** The previous edition, when the data folder holds it and its data has no errors. */
  previous?: { edition: Edition; figures: Figures };
  narrative: Partial<Record<Language, Narrative>>;
  /** Narrative files that are stubs: not written, and refused by a final build. */
  stubs: NarrativeStub[];
  /** Errors of the incident file: each rejects its row. */
  errors: Problem[];
  /**
   * Warnings of edition.json (fields to fill), the incident file, the narrative and the previous edition. A draft is
   * built with any of them; a final build refuses fields to fill and stubs (app/readiness.ts).
   */
  warnings: Problem[];
}

/** An edition's folder, description and reference tables, without its data: what import needs. */
export async function openEdition(options: Pick<LoadEditionOptions, 'year' | 'data'>): Promise<OpenedEdition> {
  const dataDir = resolve(options.data ?? 'data');
  const editionDir = await locateEdition(dataDir, options.year);
  return { year: options.year, dataDir, editionDir, edition: await readEdition(editionDir), reference: await readReference(dataDir) };
}

/** Above this size the file is read again rather than kept: hashing and storing it would cost what reading does. */
const MAX_CACHED_BYTES = 200 * 1024 * 1024;

export async function loadEdition(options: LoadEditionOptions): Promise<LoadedEdition> {
  const opened = await openEdition(options);
  const size = (await stat(join(opened.editionDir, 'incidents.csv')).catch(() => undefined))?.size ?? 0;
  const key = options.cache && options.keepIncidents && size <= MAX_CACHED_BYTES ? await dataKey(opened, options) : undefined;
  // The reference tables hold functions, which a cache cannot keep: they are read again (a few milliseconds).
  const hit = key ? await options.cache!.get<Omit<LoadedEdition, 'reference'>>('data', key) : undefined;
  if (hit) return { ...hit, reference: opened.reference };
  const loaded = await readEditionData(opened, options);
  if (key) {
    const { reference: _, ...kept } = loaded;
    await options.cache!.put('data', key, kept).catch(() => {}); // a cache that cannot be written is only slower
  }
  return loaded;
}

/** Everything a loaded edition is made of: the files' bytes, the options, the working folder (paths in messages), the code. */
async function dataKey(opened: OpenedEdition, options: LoadEditionOptions): Promise<string> {
  const { dataDir, editionDir, year } = opened;
  const previous = join(dataDir, String(year - 1));
  const files = await hashTree([
    editionDir,
    join(dataDir, 'reference'),
    packagePath('data', 'reference'),
    join(previous, 'edition.json'),
    join(previous, 'incidents.csv'),
  ]);
  const settings = {
    year,
    encoding: options.encoding ?? null,
    maxProblemsPerKind: options.maxProblemsPerKind ?? null,
    languages: options.languages ?? null,
    previous: options.previous ?? true,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  return hashParts(['loaded edition 1', await codeVersion(), JSON.stringify(settings), process.cwd(), dataDir, editionDir, ...files]);
}

async function readEditionData(opened: OpenedEdition, options: LoadEditionOptions): Promise<LoadedEdition> {
  const { dataDir, editionDir, edition, reference } = opened;
  const path = join(editionDir, 'incidents.csv');
  const file = displayPath(path);
  const progress = options.onProgress;
  // The previous edition is read beside this one's file (it takes a second at 10k incidents, and the figures and
  // everything after them wait on both).
  const previousLoading = options.previous === false ? Promise.resolve({ warnings: [] }) : loadPrevious(dataDir, options.year, reference, progress);
  previousLoading.catch(() => {});
  progress?.({ stage: 'validate', file });
  const keep = options.keepIncidents ?? false;
  const checked = await validateIncidentFile(path, edition, reference, dataDir, {
    keep,
    fingerprint: keep,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.maxProblemsPerKind !== undefined ? { maxProblemsPerKind: options.maxProblemsPerKind } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(progress ? { onProgress: (done: number, total: number) => progress({ stage: 'validate', file, done, total }) } : {}),
  });
  const { result } = checked;
  const previous: Awaited<ReturnType<typeof loadPrevious>> = await previousLoading;
  // Every language of the edition is read, whatever is built: a chapter missing in any of them is reported.
  const narrativeLanguages = [...new Set([...edition.languages, ...(options.languages ?? [])])];
  const narrative = await readNarrative(editionDir, narrativeLanguages, reference.regions.map((r) => r.code));
  return {
    year: options.year,
    dataDir,
    editionDir,
    edition,
    reference,
    data: {
      file,
      name: relative(dataDir, path).split(sep).join('/'),
      columns: checked.columns,
      ...(checked.encoding ? { encoding: checked.encoding } : {}),
      bytes: checked.bytes,
      threads: checked.threads,
      fingerprint: checked.fingerprint ?? '',
      result,
      rejected: checked.rejected,
    },
    figures: checked.counter.figures(edition, reference),
    ...(previous.loaded ? { previous: previous.loaded } : {}),
    narrative: narrative.byLanguage,
    stubs: narrative.stubs,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: [...toFillProblems(edition, editionDir), ...result.problems.filter((p) => p.severity === 'warning'), ...narrative.problems, ...previous.warnings],
  };
}

/** The previous edition's figures; a warning instead when it cannot be read or has errors. */
async function loadPrevious(
  dataDir: string,
  year: number,
  reference: Reference,
  progress: ProgressListener | undefined,
): Promise<{ loaded?: { edition: Edition; figures: Figures }; warnings: Problem[] }> {
  const dir = join(dataDir, String(year - 1));
  if (!(await exists(join(dir, 'edition.json')))) return { warnings: [] };
  const file = displayPath(join(dir, 'incidents.csv'));
  progress?.({ stage: 'previous', file });
  const warning = (message: string): Problem => ({ severity: 'warning', kind: 'previous_edition', file, message });
  try {
    const edition = await readEdition(dir);
    const checked = await validateIncidentFile(join(dir, 'incidents.csv'), edition, reference, dataDir, { maxProblemsPerKind: 1 });
    if (checked.result.errors > 0) {
      return { warnings: [warning(`has ${checked.result.errors} errors: the report makes no comparison with the ${year - 1} edition (oic-report validate ${year - 1} lists them)`)] };
    }
    return { loaded: { edition, figures: checked.counter.figures(edition, reference) }, warnings: [] };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { warnings: [warning(`cannot be read (${error.message}): the report makes no comparison with the ${year - 1} edition`)] };
  }
}
