// `new`: a new edition's folder, made from the previous edition's (or from a template when there is none):
// edition.json carried forward with the fields only the editors know marked in `toFill`, an incidents.csv with
// the header alone, and a stub of every narrative chapter in every language of the edition. It never writes into
// an edition that exists, and a failure midway removes what it wrote.
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { editionSchema, type Edition, type EditionField } from '../core/edition.js';
import { INCIDENT_COLUMNS } from '../core/incident.js';
import { formatJson } from '../core/json-format.js';
import { nextEditionDescription, templateEdition } from '../core/next-edition.js';
import { stubText } from '../core/stub.js';
import { NARRATIVE_CHAPTERS } from '../core/view-model.js';
import { EXIT, UserError } from '../errors.js';
import { exists, listEditions, locateEdition, readEditionFile, requireDataFolder } from '../io/edition-data.js';
import { writeOutput } from '../io/output.js';
import { displayPath } from '../io/paths.js';

export interface NewEditionOptions {
  /** The new edition's year: data/<year>/ must not exist, or be empty. */
  year: number;
  /** Folder holding one sub-folder per edition; default ./data. */
  data?: string;
  /** The edition to start from; default the year before, and the template when there is no such edition. */
  from?: number;
}

/** Where the new edition's values come from. */
export type EditionSource =
  | { kind: 'edition'; year: number }
  /** `editions`: those the data folder holds (none of them the year before), to start from one instead. */
  | { kind: 'template'; editions: number[] };

export interface NewEditionResult {
  year: number;
  dataDir: string;
  /** The folder made: data/<year>/. */
  editionDir: string;
  source: EditionSource;
  /** Every file written, in order: edition.json, incidents.csv, the stubs. */
  files: string[];
  /** The narrative stubs among them. */
  stubs: string[];
  /** The fields of edition.json the editors must fill (its `toFill`). */
  toFill: EditionField[];
  /** The new edition's description, as build will read it. */
  edition: Edition;
}

export async function newEdition(options: NewEditionOptions): Promise<NewEditionResult> {
  const dataDir = resolve(options.data ?? 'data');
  await requireDataFolder(dataDir);
  const editionDir = join(dataDir, String(options.year));
  await refuseExisting(editionDir);
  const { source, description } = await startingPoint(dataDir, options);
  const edition = checked(description, editionDir);
  const planned: { path: string; text: string }[] = [
    { path: join(editionDir, 'edition.json'), text: `${formatJson(description)}\n` },
    { path: join(editionDir, 'incidents.csv'), text: `${INCIDENT_COLUMNS.join(',')}\n` },
  ];
  const stubs = edition.languages.flatMap((lang) =>
    NARRATIVE_CHAPTERS.map((section) => ({ path: join(editionDir, 'narrative', lang, `${section}.md`), text: stubText(section, lang, options.year) })),
  );
  const files = await writeAll(editionDir, [...planned, ...stubs]);
  return { year: options.year, dataDir, editionDir, source, files, stubs: stubs.map((s) => s.path), toFill: edition.toFill, edition };
}

/** The previous edition's description carried forward, or the template's when there is no previous edition. */
async function startingPoint(dataDir: string, { year, from }: NewEditionOptions): Promise<{ source: EditionSource; description: Record<string, unknown> }> {
  if (from !== undefined && from >= year) {
    throw new UserError(`the edition to start from (${from}) must be before ${year}`, EXIT.usage, `Start from an earlier edition, e.g. --from ${year - 1}.`);
  }
  const fromYear = from ?? year - 1;
  // An edition named with --from must exist; the year before may not, for a first edition.
  if (from === undefined && !(await exists(join(dataDir, String(fromYear), 'edition.json')))) {
    return { source: { kind: 'template', editions: await listEditions(dataDir) }, description: templateEdition(year) };
  }
  const { value, written } = await readEditionFile(await locateEdition(dataDir, fromYear));
  return { source: { kind: 'edition', year: fromYear }, description: nextEditionDescription(value, written as Record<string, unknown>, year) };
}

/** The description as build will read it; one that does not validate (a year out of range) writes nothing. */
function checked(description: Record<string, unknown>, editionDir: string): Edition {
  const result = editionSchema.safeParse(description);
  if (result.success) return result.data;
  throw new UserError(
    `cannot make ${displayPath(editionDir)}: its edition.json would not be valid`,
    EXIT.usage,
    'Check the year asked for and the edition started from.',
    result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  );
}

/** An edition folder with anything in it, even a file of no edition's, is someone's work: never written into. */
async function refuseExisting(editionDir: string): Promise<void> {
  const entries = await readdir(editionDir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : undefined));
  if (entries?.length === 0) return;
  const what = entries ? `it holds ${[...entries.slice(0, 3), ...(entries.length > 3 ? ['…'] : [])].join(', ')}` : 'not as a folder it can read';
  throw new UserError(
    `${displayPath(editionDir)} exists already (${what}): oic-report new never writes into an edition`,
    EXIT.usage,
    `Edit its files to go on with it; to start it again, move the folder away first, or choose another year.`,
  );
}

/** Writes every file, or none: a failure removes the files written and the folders made for them. */
async function writeAll(editionDir: string, files: readonly { path: string; text: string }[]): Promise<string[]> {
  const madeFolder = !(await exists(editionDir));
  const written: string[] = [];
  try {
    for (const { path, text } of files) {
      await writeOutput(path, text);
      written.push(path);
    }
    return written;
  } catch (error) {
    for (const path of written) await rm(path, { force: true });
    // Deepest first, and only emptied ones: rmdir leaves a folder someone put a file into meanwhile.
    for (const dir of foldersBelow(editionDir, files.map((f) => f.path))) await rmdir(dir).catch(() => {});
    if (madeFolder) await rmdir(editionDir).catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot write ${displayPath(editionDir)} (${reason}); nothing of it was left`, EXIT.environment, 'Check that the data folder is writable and has room, then run oic-report new again.');
  }
}

/** The folders between `root` and the files, deepest first. */
function foldersBelow(root: string, paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let dir = dirname(path); dir.startsWith(`${root}${sep}`); dir = dirname(dir)) folders.add(dir);
  }
  return [...folders].sort((a, b) => b.length - a.length);
}
