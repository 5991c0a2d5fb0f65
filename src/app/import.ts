// `import`: a foreign CSV, through an import profile, merged into an edition's incidents.csv. Idempotent: a row
// whose id the edition has already is skipped, so importing the same source twice adds nothing twice. Every
// source row is accounted for: filtered out by the profile, outside the edition's period, already present,
// rejected (with reasons), or added.
import { join, resolve } from 'node:path';
import { INCIDENT_COLUMNS, type IncidentColumn } from '../core/incident.js';
import type { Edition } from '../core/edition.js';
import { mapRow, missingColumns, type ImportProfile } from '../core/import-profile.js';
import type { Reference } from '../core/reference.js';
import { IncidentValidator, type RejectedRow, type SourceRow } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import { openIncidentFile } from '../io/edition-data.js';
import type { Encoding } from '../io/encoding.js';
import { appendRows, readTarget, type TargetFile } from '../io/incident-append.js';
import { displayPath } from '../io/paths.js';
import { loadProfile } from '../io/profile.js';
import { openEdition } from './load-edition.js';
import type { ProjectOptions } from './options.js';

export interface ImportOptions extends Pick<ProjectOptions, 'data'> {
  /** A profile shipped in profiles/ (by name) or the path of a profile file. */
  profile: string;
  source: string;
  year: number;
  /** Encoding of the source when it has no byte order mark. */
  encoding?: ProjectOptions['encoding'];
  /** Encoding of the edition's incidents.csv when it has no byte order mark (the config's `encoding`). */
  editionEncoding?: Encoding;
  /** Count and check, but write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  profile: string;
  source: string;
  target: string;
  rowsRead: number;
  /** Rows the profile's filter leaves out (e.g. not anti-Muslim). */
  filteredOut: number;
  /** Rows kept by the filter but dated outside the edition's period. */
  outsidePeriod: number;
  /** Rows whose id the edition has already (imported before). */
  alreadyPresent: number;
  /** Rows repeating the id of an earlier row of the same source: one incident, several rows (e.g. one per arrest). */
  repeatedInSource: number;
  rejected: RejectedRow[];
  added: number;
  /** Where the edition's previous incidents.csv was kept, when the import changed it. */
  backup?: string;
  /** The encoding the edition's file is (and was written) in. */
  encoding?: Encoding;
  /** Dates of the rows outside the period, first and last, to say which years they are. */
  outsideRange?: { first: string; last: string };
}

export async function importSource(options: ImportOptions): Promise<ImportResult> {
  const profile = await loadProfile(options.profile);
  const { editionDir, edition, reference } = await openEdition({ year: options.year, ...(options.data ? { data: options.data } : {}) });
  const targetPath = join(editionDir, 'incidents.csv');
  const target = displayPath(targetPath);
  // What the edition holds already: its ids (to skip), its header (to append in its column order), its encoding.
  const existing = await readTarget(targetPath, options.editionEncoding);
  const source = await openIncidentFile(resolve(options.source), { within: null, ...(options.encoding ? { encoding: options.encoding } : {}) });
  refuseUnmatchedColumns(profile, source.file, source.columns, existing.columns, target);

  const result: ImportResult = {
    profile: profile.name,
    source: source.file,
    target,
    rowsRead: 0,
    filteredOut: 0,
    outsidePeriod: 0,
    alreadyPresent: 0,
    repeatedInSource: 0,
    rejected: [],
    added: 0,
  };
  const added = await sortRows(source.rows, { profile, edition, reference, existing, file: source.file }, result);
  if (result.added > 0 && !options.dryRun) {
    const written = await appendRows(existing, added.rows, added.ids);
    if (written.backup) result.backup = written.backup;
  }
  result.encoding = existing.encoding;
  return result;
}

/** The source must have every column the profile reads, and the edition every column the profile fills. */
function refuseUnmatchedColumns(profile: ImportProfile, sourceFile: string, sourceColumns: readonly string[], columns: readonly string[], target: string): void {
  const missing = missingColumns(profile, sourceColumns);
  if (missing.length > 0) {
    throw new UserError(
      `${sourceFile} lacks the column${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} that the profile ${profile.name} reads`,
      EXIT.usage,
      'Check that this file is the source the profile is for, or adapt the profile (docs/import-profiles.md).',
    );
  }
  const lost = Object.keys(profile.fields).filter((c) => !columns.includes(c));
  if (lost.length > 0) {
    throw new UserError(
      `${target} has no column ${lost.join(', ')}, which the profile ${profile.name} fills`,
      EXIT.invalidData,
      `Add the column${lost.length === 1 ? '' : 's'} to the header of ${target} (the rows may leave ${lost.length === 1 ? 'it' : 'them'} empty), then import again.`,
    );
  }
}

interface Sorting {
  profile: ImportProfile;
  edition: Edition;
  reference: Reference;
  existing: TargetFile;
  file: string;
}

/** Each source row counted where it belongs in `result`; the rows to add, in the edition's column order. */
async function sortRows(rows: AsyncIterable<SourceRow>, { profile, edition, reference, existing, file }: Sorting, result: ImportResult) {
  const validator = new IncidentValidator(file, INCIDENT_COLUMNS, edition, reference, {
    keepIncidents: false,
    maxProblems: 0,
    onRejected: (row) => result.rejected.push(row),
  });
  const added = { rows: [] as string[][], ids: [] as string[] };
  const seenIds = new Set<string>();
  const { start, end } = edition.period;
  for await (const row of rows) {
    result.rowsRead++;
    if (row.problem) {
      result.rejected.push({ line: row.line, id: '', reasons: [row.problem], cells: row.cells });
      continue;
    }
    const mapped = mapRow(profile, row.cells, reference);
    if (mapped.kind === 'filtered') result.filteredOut++;
    else if (mapped.kind === 'error') result.rejected.push({ line: row.line, id: '', reasons: mapped.reasons, cells: row.cells });
    else if (mapped.cells.date !== '' && (mapped.cells.date < start || mapped.cells.date > end)) outsidePeriod(result, mapped.cells.date);
    else if (seenIds.has(mapped.cells.id)) result.repeatedInSource++;
    else if (existing.ids.has(mapped.cells.id)) {
      result.alreadyPresent++;
      seenIds.add(mapped.cells.id);
    } else {
      const { cells } = mapped;
      const before = result.rejected.length;
      validator.add({ line: row.line, cells });
      if (result.rejected.length > before) continue;
      seenIds.add(cells.id);
      added.rows.push(existing.columns.map((c) => cells[c as IncidentColumn] ?? ''));
      added.ids.push(cells.id);
      result.added++;
    }
  }
  return added;
}

/** A row dated outside the period: counted, and the range of such dates widened to it. */
function outsidePeriod(result: ImportResult, date: string): void {
  result.outsidePeriod++;
  const range = result.outsideRange;
  result.outsideRange = {
    first: range && range.first < date ? range.first : date,
    last: range && range.last > date ? range.last : date,
  };
}
