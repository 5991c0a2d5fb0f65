// `import`: a foreign CSV, through an import profile, merged into an edition's incidents.csv. Idempotent: a row
// whose id the edition has already is skipped, so importing the same source twice adds nothing twice. Every
// source row is accounted for: filtered out by the profile, outside the edition's period, already present,
// rejected (with reasons), or added.
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { INCIDENT_COLUMNS, type IncidentColumn } from '../core/incident.js';
import { mapRow, missingColumns, profileSchema, type ImportProfile } from '../core/import-profile.js';
import { IncidentValidator, type RejectedRow } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import { csvLine } from './csv-write.js';
import { exists, openIncidentFile, readEdition, readIncidentFile, readReference } from './edition-data.js';
import type { Encoding } from './encoding.js';
import { writeOutput } from './output.js';
import { displayPath, packagePath } from './paths.js';

export interface ImportOptions {
  /** A profile shipped in profiles/ (by name) or the path of a profile file. */
  profile: string;
  source: string;
  year: number;
  dataDir: string;
  encoding?: Encoding;
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
  /** Dates of the rows outside the period, first and last, to say which years they are. */
  outsideRange?: { first: string; last: string };
}

/** Profile formats, by file extension: YAML for people writing a profile by hand, JSON as shipped. */
const FORMATS = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' } as const;
const formatOf = (path: string): 'json' | 'yaml' | undefined => FORMATS[extname(path).toLowerCase() as keyof typeof FORMATS];

export async function loadProfile(nameOrPath: string): Promise<ImportProfile> {
  // A profile name is lower-case-with-dashes, so anything with a slash or an extension is a path.
  const isPath = /[\\/]/.test(nameOrPath) || extname(nameOrPath) !== '';
  const candidates = isPath
    ? [resolve(nameOrPath)]
    : Object.keys(FORMATS).map((ext) => packagePath('profiles', `${nameOrPath}${ext}`));
  const path = candidates[0]!;
  if (!formatOf(path)) {
    throw new UserError(
      `${displayPath(path)} is not a profile file: a profile is .json, .yaml or .yml`,
      EXIT.usage,
      'Name the file after its format (docs/import-profiles.md).',
    );
  }
  let found: { path: string; text: string } | undefined;
  for (const candidate of candidates) {
    found = await readFile(candidate, 'utf8').then((text) => ({ path: candidate, text }), () => undefined);
    if (found) break;
  }
  if (!found) {
    throw new UserError(
      `there is no import profile ${isPath ? displayPath(path) : `"${nameOrPath}"`}`,
      EXIT.usage,
      `Profiles shipped: fbi-hate-crime, nypd-hate-crimes; or give the path of your own (docs/import-profiles.md).`,
    );
  }
  const file = displayPath(found.path);
  const parsed = formatOf(found.path) === 'yaml' ? parseYaml(found.text, file) : parseJson(found.text, file);
  const checked = profileSchema.safeParse(parsed.value);
  if (!checked.success) {
    throw new UserError(
      `${file} is not a valid import profile`,
      EXIT.usage,
      'The format is described in docs/import-profiles.md.',
      checked.error.issues.map((i) => {
        // An unknown key is reported on the object that holds it; its own line is the one to fix.
        const at = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
        const line = parsed.lineOf?.(at);
        return `${i.path.join('.') || '(profile)'}${line ? ` (line ${line})` : ''}: ${i.message}`;
      }),
    );
  }
  return checked.data;
}

interface Parsed {
  value: unknown;
  /** The line of the value at a path in the profile, when the format keeps it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

function parseJson(text: string, file: string): Parsed {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`, EXIT.usage);
  }
}

function parseYaml(text: string, file: string): Parsed {
  // prettyErrors off: the messages stay one line, and the LineCounter gives the position as file:line:column.
  // uniqueKeys (the default) makes a key given twice an error rather than the last one silently winning.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new UserError(
      `${file} is not valid YAML`,
      EXIT.usage,
      // The usual cause: a template such as {label:category} … left unquoted reads as the start of a YAML object.
      'Fix the lines listed. Put in double quotes any text that starts with { or [, or that holds ": " or " #" ' +
        '(every template, to be safe); see docs/import-profiles.md.',
      doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        const message =
          e.code === 'DUPLICATE_KEY'
            ? 'this key is given twice in the same object (keys must be unique)'
            : e.code === 'MULTIPLE_DOCS'
              ? 'a profile is one YAML document: remove the second "---"'
              : e.message;
        return `${file}:${line}:${col}: ${message}`;
      }),
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walks the path down the YAML nodes as far as it goes: a key's line for a map entry, an item's for a list.
    let node: unknown = doc.contents;
    let offset = isNode(node) ? node.range?.[0] : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!isNode(item)) break;
        offset = item.range?.[0];
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { value: doc.toJS(), lineOf };
}

export async function importSource(options: ImportOptions): Promise<ImportResult> {
  const profile = await loadProfile(options.profile);
  const dataDir = resolve(options.dataDir);
  const editionDir = join(dataDir, String(options.year));
  if (!(await exists(join(editionDir, 'edition.json')))) {
    throw new UserError(
      `there is no ${options.year} edition in ${displayPath(dataDir)} (no ${displayPath(join(editionDir, 'edition.json'))})`,
      EXIT.usage,
      'Create the edition folder with its edition.json (the period decides which rows are imported), then import.',
    );
  }
  const edition = await readEdition(editionDir);
  const reference = await readReference(dataDir);
  const targetPath = join(editionDir, 'incidents.csv');
  const target = displayPath(targetPath);

  // What the edition holds already: its ids (to skip) and its header (to append in its column order).
  let existingText = '';
  let columns: readonly string[] = INCIDENT_COLUMNS;
  const existingIds = new Set<string>();
  if (await exists(targetPath)) {
    existingText = await readFile(targetPath, 'utf8');
    if (existingText.trim() !== '') {
      const existing = await readIncidentFile(targetPath);
      columns = existing.columns;
      for (const r of existing.rows) existingIds.add((r.cells.id ?? '').trim());
    } else existingText = '';
  }

  const source = await openIncidentFile(resolve(options.source), options.encoding ? { encoding: options.encoding } : {});
  const missing = missingColumns(profile, source.columns);
  if (missing.length > 0) {
    throw new UserError(
      `${source.file} lacks the column${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} that the profile ${profile.name} reads`,
      EXIT.usage,
      'Check that this file is the source the profile is for, or adapt the profile (docs/import-profiles.md).',
    );
  }
  const used = new Set(Object.keys(profile.fields));
  const lost = [...used].filter((c) => !columns.includes(c));
  if (lost.length > 0) {
    throw new UserError(
      `${target} has no column ${lost.join(', ')}, which the profile ${profile.name} fills`,
      EXIT.invalidData,
      `Add the column${lost.length === 1 ? '' : 's'} to the header of ${target} (the rows may leave ${lost.length === 1 ? 'it' : 'them'} empty), then import again.`,
    );
  }

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
  const validator = new IncidentValidator(source.file, INCIDENT_COLUMNS, edition, reference, {
    keepIncidents: false,
    maxProblems: 0,
    onRejected: (row) => result.rejected.push(row),
  });
  let appended = '';
  const addedIds = new Set<string>();
  const { start, end } = edition.period;
  for await (const row of source.rows) {
    result.rowsRead++;
    if (row.problem) {
      result.rejected.push({ line: row.line, id: '', reasons: [row.problem], cells: row.cells });
      continue;
    }
    const mapped = mapRow(profile, row.cells, reference);
    if (mapped.kind === 'filtered') {
      result.filteredOut++;
      continue;
    }
    if (mapped.kind === 'error') {
      result.rejected.push({ line: row.line, id: '', reasons: mapped.reasons, cells: row.cells });
      continue;
    }
    const { cells } = mapped;
    if (cells.date !== '' && (cells.date < start || cells.date > end)) {
      result.outsidePeriod++;
      const range = result.outsideRange;
      result.outsideRange = {
        first: range && range.first < cells.date ? range.first : cells.date,
        last: range && range.last > cells.date ? range.last : cells.date,
      };
      continue;
    }
    if (addedIds.has(cells.id)) {
      result.repeatedInSource++;
      continue;
    }
    if (existingIds.has(cells.id)) {
      result.alreadyPresent++;
      addedIds.add(cells.id);
      continue;
    }
    const before = result.rejected.length;
    validator.add({ line: row.line, cells });
    if (result.rejected.length > before) continue;
    addedIds.add(cells.id);
    appended += csvLine(columns.map((c) => cells[c as IncidentColumn] ?? ''));
    result.added++;
  }

  if (result.added > 0 && !options.dryRun) {
    const header = existingText === '' ? csvLine(columns) : '';
    const separator = existingText !== '' && !existingText.endsWith('\n') ? '\n' : '';
    await writeOutput(targetPath, existingText + separator + header + appended);
  }
  return result;
}
